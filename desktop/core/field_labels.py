"""One label per record field, in Vietnamese and English, used by every message.

A person never sees a record-JSON key: ``households_total`` is "Tổng số hộ" and the
path ``items[0].votes_for`` is "Nội dung 1 — Số hộ tán thành" (en "Item 1 — Households
for"), in the window's form errors and on the command line alike.
"""

from __future__ import annotations

import re

from desktop.core.convention_messages import CONVENTION_FIELD_LABELS
from desktop.core.field_labels_civic import CIVIC_FIELD_LABELS, KIND_LABEL_CODES
from desktop.core.sync_messages import SYNC_FIELD_LABELS

Lang = str  # "vi" or "en"

_SHARED_LABELS: dict[str, dict[Lang, str]] = {
    "code": {"vi": "Mã", "en": "Code"},
    "name": {"vi": "Tên", "en": "Name"},
    "village_type": {"vi": "Loại", "en": "Type"},
    "head_name": {"vi": "Trưởng thôn/Tổ trưởng", "en": "Head"},
    "households_total": {"vi": "Tổng số hộ", "en": "Total households"},
    "households_as_of": {"vi": "Ngày thống kê số hộ", "en": "Households counted on"},
    "retired_on": {"vi": "Ngày thôi hoạt động", "en": "Retired on"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "upper_name": {"vi": "Tên cấp trên", "en": "Upper level name"},
    "upper_code": {"vi": "Mã cấp trên", "en": "Upper level code"},
    "upper_kind": {"vi": "Loại cấp trên", "en": "Upper level kind"},
    "province_code": {"vi": "Mã tỉnh", "en": "Province code"},
    "parent_code": {"vi": "Mã xã", "en": "Commune code"},
    "version": {"vi": "Phiên bản", "en": "Version"},
    "json": {"vi": "Dữ liệu JSON", "en": "JSON input"},
    "day_off": {"vi": "Ngày nghỉ", "en": "Day off"},
    "working_day": {"vi": "Ngày làm việc bù", "en": "Working day"},
    "village": {"vi": "Thôn/Tổ dân phố", "en": "Village"},
    "attachments": {"vi": "Tệp đính kèm", "en": "Attachments"},
    "title": {"vi": "Tiêu đề", "en": "Title"},
    "meeting_type": {"vi": "Loại hội nghị", "en": "Meeting type"},
    "held_on": {"vi": "Ngày họp", "en": "Held on"},
    "place": {"vi": "Địa điểm", "en": "Place"},
    "convened_by": {"vi": "Người triệu tập", "en": "Convened by"},
    "chair": {"vi": "Chủ trì", "en": "Chair"},
    "secretary": {"vi": "Thư ký", "en": "Secretary"},
    "notice_on": {"vi": "Ngày gửi giấy mời", "en": "Invitation sent on"},
    "households_present": {"vi": "Số hộ dự họp", "en": "Households present"},
    "minutes_sent_on": {"vi": "Ngày gửi biên bản", "en": "Minutes sent on"},
    "recognized_on": {"vi": "Ngày công nhận", "en": "Recognised on"},
    "recognized_by": {"vi": "Cơ quan công nhận", "en": "Recognised by"},
    "refused_on": {"vi": "Ngày từ chối công nhận", "en": "Refused on"},
    "refusal_reason": {"vi": "Lý do từ chối", "en": "Refusal reason"},
    "items": {"vi": "Nội dung biểu quyết", "en": "Matters"},
    "matter": {"vi": "Loại nội dung", "en": "Matter"},
    "method": {"vi": "Hình thức biểu quyết", "en": "Voting method"},
    "votes_for": {"vi": "Số hộ tán thành", "en": "Households for"},
    "votes_against": {"vi": "Số hộ không tán thành", "en": "Households against"},
    "votes_other": {"vi": "Ý kiến khác", "en": "Other votes"},
    "ballot": {"vi": "Phiếu lấy ý kiến hộ gia đình", "en": "Household ballot"},
    "papers_issued": {"vi": "Số phiếu phát ra", "en": "Papers issued"},
    "papers_returned": {"vi": "Số phiếu thu về", "en": "Papers returned"},
    "announced_on": {"vi": "Ngày thông báo", "en": "Announced on"},
    "ballot.deadline_on": {"vi": "Hạn thu phiếu", "en": "Return deadline"},
    "deadline_on": {"vi": "Hạn công khai theo luật chuyên ngành", "en": "Sector-law deadline"},
    "category": {"vi": "Nội dung công khai", "en": "Disclosure item"},
    "summary": {"vi": "Tóm tắt", "en": "Summary"},
    "decision_no": {"vi": "Số văn bản", "en": "Document number"},
    "decided_on": {"vi": "Ngày ban hành văn bản", "en": "Decided on"},
    "responsible": {"vi": "Người chịu trách nhiệm", "en": "Responsible"},
    "forms": {"vi": "Hình thức công khai", "en": "Forms"},
    "postings": {"vi": "Niêm yết", "en": "Postings"},
    "location": {"vi": "Nơi niêm yết", "en": "Location"},
    "posted_on": {"vi": "Ngày niêm yết", "en": "Posted on"},
    "removed_on": {"vi": "Ngày gỡ", "en": "Removed on"},
    "broadcast_days": {"vi": "Ngày phát loa", "en": "Loudspeaker days"},
    "portal_url": {"vi": "Đường dẫn cổng thông tin", "en": "Portal link"},
    "planned_on": {"vi": "Ngày dự kiến công khai", "en": "Planned on"},
    "content_changed_on": {"vi": "Ngày nội dung thay đổi", "en": "Content changed on"},
    "feedback": {"vi": "Ý kiến phản ánh", "en": "Feedback"},
    "received_on": {"vi": "Ngày nhận ý kiến", "en": "Received on"},
    "sender": {"vi": "Người gửi", "en": "Sender"},
    "content": {"vi": "Nội dung", "en": "Content"},
    "answered_on": {"vi": "Ngày trả lời", "en": "Answered on"},
    "answer": {"vi": "Nội dung trả lời", "en": "Answer"},
    "sha256": {"vi": "Mã băm tệp", "en": "File hash"},
    "size": {"vi": "Dung lượng", "en": "Size"},
    "year": {"vi": "Năm", "en": "Year"},
    "on": {"vi": "Ngày", "en": "Date"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "period": {"vi": "Kỳ báo cáo", "en": "Reporting period"},
    "sections": {"vi": "Các phần của báo cáo", "en": "Report sections"},
    "after_failed_meeting": {"vi": "Hội nghị không đạt trước đó", "en": "Earlier failed meeting"},
    "minutes_text": {"vi": "Nội dung biên bản", "en": "Minutes text"},
    "representatives": {"vi": "Đại diện hộ dự họp", "en": "Household representatives"},
    "counting_board": {"vi": "Ban kiểm phiếu", "en": "Counting board"},
    "witnesses": {"vi": "Người chứng kiến", "en": "Witnesses"},
    "silent_days": {"vi": "Số ngày chưa gửi dữ liệu", "en": "Days without data"},
    "unit": {"vi": "Đơn vị cấp dưới", "en": "Unit below"},
    "kind": {"vi": "Loại bản ghi", "en": "Record kind"},
    "uuid": {"vi": "Mã định danh bản ghi", "en": "Record identifier"},
    "created_at": {"vi": "Thời điểm tạo", "en": "Created at"},
    "created_by": {"vi": "Người tạo", "en": "Created by"},
    "updated_at": {"vi": "Thời điểm sửa", "en": "Updated at"},
    "updated_by": {"vi": "Người sửa", "en": "Updated by"},
    "deleted": {"vi": "Đã xóa", "en": "Deleted"},
    "warnings": {"vi": "Cảnh báo", "en": "Warnings"},
    "origin_code": {"vi": "Mã đơn vị gửi", "en": "Sending unit's code"},
    "officer_name": {"vi": "Cán bộ phụ trách", "en": "Officer"},
    "province_name": {"vi": "Tên tỉnh", "en": "Province name"},
    "parent_name": {"vi": "Tên xã", "en": "Commune name"},
    "village_code": {"vi": "Mã thôn/tổ dân phố", "en": "Village code"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "out": {"vi": "Tệp kết quả", "en": "Output file"},
    # --- fields the kind declarations name (desktop.core.specs) ---------------------
    "households_history": {"vi": "Lịch sử số hộ", "en": "Household count history"},
    "counted_on": {"vi": "Ngày thống kê", "en": "Counted on"},
    "households": {"vi": "Số hộ", "en": "Households"},
    "outcome": {"vi": "Kết quả", "en": "Outcome"},
    "rule": {"vi": "Tỷ lệ áp dụng", "en": "Rule applied"},
    "rule_code": {"vi": "Mã tỷ lệ áp dụng", "en": "Rule code"},
    "takes_effect": {"vi": "Thời điểm có hiệu lực", "en": "Takes effect"},
    "convention_type": {"vi": "Loại văn bản", "en": "Convention type"},
    "text": {"vi": "Nội dung", "en": "Text"},
    "preamble": {"vi": "Phần mở đầu", "en": "Preamble"},
    "articles": {"vi": "Các điều", "en": "Articles"},
    "number": {"vi": "Số điều", "en": "Article number"},
    "chapter": {"vi": "Chương", "en": "Chapter"},
    "chapter_title": {"vi": "Tên chương", "en": "Chapter title"},
    "ethnic_text": {"vi": "Bản tiếng dân tộc", "en": "Ethnic-language text"},
    "drafting_team": {"vi": "Tổ soạn thảo", "en": "Drafting team"},
    "proposer": {"vi": "Người đề xuất", "en": "Proposed by"},
    "citizen_initiative": {"vi": "Sáng kiến của cộng đồng", "en": "Citizen initiative"},
    "supersedes": {"vi": "Thay thế văn bản", "en": "Supersedes"},
    "review_day": {"vi": "Ngày đánh giá hằng năm", "en": "Yearly review day"},
    "events": {"vi": "Các bước", "en": "Steps"},
    "type": {"vi": "Bước", "en": "Step"},
    "until": {"vi": "Đến ngày", "en": "Until"},
    "meeting": {"vi": "Hội nghị thôn", "en": "Meeting"},
    "signer": {"vi": "Người ký", "en": "Signed by"},
    "reason": {"vi": "Lý do", "en": "Reason"},
    "part": {"vi": "Phần áp dụng", "en": "Part concerned"},
    "households_supporting": {"vi": "Số hộ ủng hộ", "en": "Households supporting"},
    "opinions": {"vi": "Ý kiến góp ý", "en": "Opinions"},
    "handling": {"vi": "Tiếp thu, giải trình", "en": "Handling"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "successor": {"vi": "Văn bản thay thế", "en": "Replaced by"},
    "status": {"vi": "Tình trạng", "en": "Status"},
    "effective_from": {"vi": "Có hiệu lực từ", "en": "In force from"},
    "next_review_on": {"vi": "Ngày đánh giá tiếp theo", "en": "Next review on"},
    "allowed_events": {"vi": "Bước có thể ghi tiếp", "en": "Steps that may follow"},
    "media_type": {"vi": "Loại tệp", "en": "File type"},
    "permanent": {"vi": "Niêm yết thường xuyên", "en": "Posted permanently"},
    "posting_until": {"vi": "Niêm yết đến ngày", "en": "Posted until"},
    "due_on": {"vi": "Hạn công khai", "en": "Due on"},
}

# Every field's label: the shared ones and those of issue 15's and 16's kinds.
FIELD_LABELS: dict[str, dict[Lang, str]] = {**_SHARED_LABELS, **CIVIC_FIELD_LABELS}

# Lists whose elements an error can point at (``items[0]``): each element is named by
# its place, counted from 1 as the officer counts ("Nội dung 1", not "items[0]").
ITEM_LABELS: dict[str, dict[Lang, str]] = {
    "items": {"vi": "Nội dung {n}", "en": "Item {n}"},
    "postings": {"vi": "Lần niêm yết {n}", "en": "Posting {n}"},
    "feedback": {"vi": "Ý kiến phản ánh {n}", "en": "Feedback {n}"},
    "attachments": {"vi": "Tệp đính kèm {n}", "en": "Attachment {n}"},
    "articles": {"vi": "Điều thứ {n} trong danh sách", "en": "Article entry {n}"},
    "events": {"vi": "Bước {n}", "en": "Step {n}"},
    "opinions": {"vi": "Ý kiến góp ý {n}", "en": "Opinion {n}"},
    "forms": {"vi": "Hình thức công khai {n}", "en": "Form {n}"},
    "broadcast_days": {"vi": "Ngày phát loa {n}", "en": "Loudspeaker day {n}"},
    "sections": {"vi": "Phần báo cáo {n}", "en": "Report section {n}"},
    "representatives": {"vi": "Đại diện hộ {n}", "en": "Household representative {n}"},
    "counting_board": {"vi": "Thành viên ban kiểm phiếu {n}", "en": "Counting board member {n}"},
    "witnesses": {"vi": "Người chứng kiến {n}", "en": "Witness {n}"},
    "drafting_team": {"vi": "Thành viên tổ soạn thảo {n}", "en": "Drafting team member {n}"},
    "visits": {"vi": "Lượt tiếp {n}", "en": "Visit {n}"},
    "staff": {"vi": "Cán bộ tiếp {n}", "en": "Staff member {n}"},
    "senders": {"vi": "Người gửi đơn {n}", "en": "Sender {n}"},
    "group_representatives": {"vi": "Người đại diện {n}", "en": "Representative {n}"},
    "criteria": {"vi": "Tiêu chí {n}", "en": "Criterion {n}"},
    "consultation_forms": {"vi": "Hình thức lấy ý kiến {n}", "en": "Consultation form {n}"},
    "questions": {"vi": "Ý kiến, câu hỏi {n}", "en": "Question {n}"},
    "commitments": {"vi": "Cam kết {n}", "en": "Commitment {n}"},
    "chaired_by": {"vi": "Người chủ trì {n}", "en": "Chair {n}"},
    "members": {"vi": "Thành viên {n}", "en": "Member {n}"},
    "recommendations": {"vi": "Kiến nghị {n}", "en": "Recommendation {n}"},
    "reports": {"vi": "Báo cáo {n}", "en": "Report {n}"},
}
_ITEM = {"vi": "Phần tử {n} của {label}", "en": "Entry {n} of {label}"}
_SEGMENT = re.compile(r"^(?P<key>[^\[\]]*)(?:\[(?P<index>\d+)\])?$")


# Every label: the shared ones above win over the areas' own tables, listed here.
_ALL_LABELS: dict[str, dict[Lang, str]] = {
    **CONVENTION_FIELD_LABELS,
    **SYNC_FIELD_LABELS,
    **FIELD_LABELS,
}


def _plain(key: str, lang: Lang) -> str | None:
    entry = _ALL_LABELS.get(key)
    return (entry.get(lang) or entry.get("vi")) if entry else None


def has_label(field: str) -> bool:
    """True when every named part of ``field`` has a label (tests use it for coverage)."""
    parts = [_SEGMENT.match(p) for p in field.split(".")]
    return all(m is not None and (not m["key"] or m["key"] in _ALL_LABELS) for m in parts)


def _leaf(keys: list[str], lang: Lang, kind: str = "") -> str:
    """The label of the longest labelled tail of the keys (``ballot.deadline_on`` first);
    a key ``kind`` words in its own way takes that kind's label code."""
    own = KIND_LABEL_CODES.get(kind, {}).get(keys[-1])
    if own is not None and len(keys) == 1:
        return _plain(own, lang) or f"«{keys[-1]}»"
    for start in range(len(keys)):
        label = _plain(".".join(keys[start:]), lang)
        if label is not None:
            return label
    return f"«{keys[-1]}»"


def field_label(field: str, lang: Lang = "vi", kind: str = "") -> str:
    """How the officer sees a field: ``items[0].votes_for`` -> "Nội dung 1 — Số hộ tán thành".

    A nested path keeps the list elements it passes through ("Lần niêm yết 2 — Ngày gỡ") and
    the label of its last field; a sub-object without an index (``ballot.papers_issued``) is
    named by its field alone, unless the tail has its own label (``ballot.deadline_on``). A
    key no catalog knows (a misspelt field in a script's JSON) is quoted as it was typed.
    ``kind``: the record kind, for the keys two kinds word differently (``handling``).
    """
    parts: list[str] = []
    keys: list[str] = []
    for segment in field.split("."):
        m = _SEGMENT.match(segment)
        if m is None:
            return f"«{field}»"
        key, index = m["key"], m["index"]
        keys.append(key)
        if index is None:
            continue
        n = int(index) + 1
        item = ITEM_LABELS.get(key)
        if item is not None:
            parts.append((item.get(lang) or item["vi"]).format(n=n))
        else:
            label = _plain(key, lang) or f"«{key}»"
            parts.append((_ITEM.get(lang) or _ITEM["vi"]).format(n=n, label=label))
        keys = []
    if keys:
        parts.append(_leaf(keys, lang, kind))
    return " — ".join(parts)
