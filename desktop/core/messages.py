"""Wording of typed errors, in Vietnamese (default) and English.

Core raises codes (:mod:`desktop.core.errors`); this catalog is the one place
that words them, shared by the window and the command line so both say the
same thing. Field labels name the field as the officer sees it, followed by
the record-JSON name so a script author can find it too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.core.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    SetupError,
    ValidationError,
    VersionConflictError,
)

Lang = str  # "vi" or "en"

FIELD_LABELS: dict[str, dict[Lang, str]] = {
    "code": {"vi": "Mã", "en": "Code"},
    "name": {"vi": "Tên", "en": "Name"},
    "village_type": {"vi": "Loại", "en": "Type"},
    "head_name": {"vi": "Trưởng thôn/Tổ trưởng", "en": "Head"},
    "households_total": {"vi": "Tổng số hộ", "en": "Total households"},
    "households_as_of": {"vi": "Ngày thống kê số hộ", "en": "Households counted on"},
    "retired_on": {"vi": "Ngày thôi hoạt động", "en": "Retired on"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "upper_name": {"vi": "Tên cấp trên", "en": "Upper level name"},
    "officer_name": {"vi": "Tên cán bộ", "en": "Officer's name"},
    "upper_code": {"vi": "Mã cấp trên", "en": "Upper level code"},
    "upper_kind": {"vi": "Loại cấp trên", "en": "Upper level kind"},
    "province_code": {"vi": "Mã tỉnh", "en": "Province code"},
    "parent_code": {"vi": "Mã xã", "en": "Commune code"},
    "province_name": {"vi": "Tên tỉnh", "en": "Province name"},
    "parent_name": {"vi": "Tên xã", "en": "Commune name"},
    "version": {"vi": "Phiên bản", "en": "Version"},
    "json": {"vi": "Dữ liệu JSON", "en": "JSON input"},
    "day_off": {"vi": "Ngày nghỉ", "en": "Day off"},
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
    "votes_for": {"vi": "Số hộ tán thành", "en": "Votes for"},
    "votes_against": {"vi": "Số hộ không tán thành", "en": "Votes against"},
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
}

MESSAGES: dict[str, dict[Lang, str]] = {
    "required": {"vi": "{label}: bắt buộc phải nhập", "en": "{label}: is required"},
    "min": {"vi": "{label}: phải từ {min} trở lên", "en": "{label}: must be at least {min}"},
    "range": {
        "vi": "{label}: «{value}» phải là số nguyên từ {min} đến {max}",
        "en": "{label}: '{value}' must be a whole number from {min} to {max}",
    },
    "max_length": {
        "vi": "{label}: tối đa {max} ký tự",
        "en": "{label}: at most {max} characters",
    },
    "control_chars": {
        "vi": "{label}: không được có ký tự điều khiển (xuống dòng, tab…)",
        "en": "{label}: must not contain control characters (line breaks, tabs…)",
    },
    "code_chars": {
        "vi": "{label}: chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới",
        "en": "{label}: only unaccented letters, digits, '.', '-' and '_'",
    },
    "unique": {
        "vi": "{label}: «{value}» đã được dùng cho bản ghi khác",
        "en": "{label}: '{value}' is already used by another record",
    },
    "not_in_future": {
        "vi": "{label}: không được là ngày trong tương lai",
        "en": "{label}: cannot be a future date",
    },
    "admin_code": {
        "vi": "{label}: phải là mã số gồm {lengths} chữ số (Quyết định 19/2025/QĐ-TTg)",
        "en": "{label}: must be a numeric code of {lengths} digits (Decision 19/2025/QĐ-TTg)",
    },
    "invalid_report_period": {
        "vi": "{label}: «{value}» không phải kỳ báo cáo: năm (2026), 6 tháng (2026H1, 2026H2) "
        "hoặc quý (2026Q1 … 2026Q4)",
        "en": "{label}: '{value}' is not a reporting period: a year (2026), a half year "
        "(2026H1, 2026H2) or a quarter (2026Q1 … 2026Q4)",
    },
    "invalid_choice": {
        "vi": "{label}: giá trị «{value}» không hợp lệ (chọn một trong: {choices})",
        "en": "{label}: '{value}' is not valid (one of: {choices})",
    },
    "invalid_date": {
        "vi": "{label}: «{value}» không phải ngày dạng YYYY-MM-DD",
        "en": "{label}: '{value}' is not a date of the form YYYY-MM-DD",
    },
    "invalid_int": {
        "vi": "{label}: «{value}» không phải số nguyên",
        "en": "{label}: '{value}' is not a whole number",
    },
    "invalid_json": {
        "vi": "{label}: không đọc được JSON ({detail})",
        "en": "{label}: cannot read the JSON ({detail})",
    },
    "unknown_field": {
        "vi": "{label}: trường không được hỗ trợ",
        "en": "{label}: unknown field",
    },
    "weekend_day_off": {
        "vi": "{label}: thứ Bảy, Chủ nhật vốn không phải ngày làm việc",
        "en": "{label}: Saturdays and Sundays are not working days anyway",
    },
    "not_found_ref": {
        "vi": "{label}: không tìm thấy bản ghi «{value}»",
        "en": "{label}: no record '{value}'",
    },
    "failed_meeting_other_village": {
        "vi": "{label}: hội nghị không đạt được dẫn chiếu thuộc thôn khác",
        "en": "{label}: the failed meeting referred to belongs to another village",
    },
    "failed_meeting_matter": {
        "vi": (
            "{label}: hội nghị được dẫn chiếu không có nội dung cùng loại bị «Không đạt»; chỉ "
            "phát phiếu lấy ý kiến sau một hội nghị không đạt về cùng nội dung (Điều 17 Luật "
            "10/2022/QH15)"
        ),
        "en": (
            "{label}: the meeting referred to did not fail on the same matter; a household "
            "ballot only follows a meeting that failed on it (Law 10/2022/QH15, Art. 17)"
        ),
    },
    "file_unreadable": {
        "vi": "{label}: không đọc được tệp «{value}»",
        "en": "{label}: cannot read the file '{value}'",
    },
    "file_empty": {
        "vi": "{label}: tệp «{value}» rỗng",
        "en": "{label}: the file '{value}' is empty",
    },
    "file_too_large": {
        "vi": "{label}: tệp «{value}» lớn hơn giới hạn {max_mb} MB",
        "en": "{label}: the file '{value}' is larger than the {max_mb} MB limit",
    },
    "event_missing": {
        "vi": "{label}: chưa ghi bước «{event}» nên chưa in được văn bản này",
        "en": "{label}: the step '{event}' is not recorded, so this document cannot be printed",
    },
    "not_in_force": {
        "vi": "{label}: không có phiên bản nào có hiệu lực ngày {on}",
        "en": "{label}: no version was in force on {on}",
    },
    "already_retired": {
        "vi": "{label}: thôn/tổ dân phố này đã thôi hoạt động",
        "en": "{label}: this village is already retired",
    },
}

ERROR_MESSAGES: dict[str, dict[Lang, str]] = {
    "report_commune_only": {
        "vi": (
            "Báo cáo kỳ là báo cáo của Ủy ban nhân dân xã gửi Hội đồng nhân dân xã: chỉ in "
            "trên máy của xã (hoặc của thôn), không in ở cấp nhận dữ liệu"
        ),
        "en": (
            "The period report is the commune People's Committee's report to the commune "
            "People's Council: print it on the commune's (or a village's) computer, not at "
            "the receiving level"
        ),
    },
    "not_found": {
        "vi": "Không tìm thấy bản ghi {kind} «{key}»",
        "en": "No {kind} record '{key}'",
    },
    "version_conflict": {
        "vi": (
            "Bản ghi {kind} {uuid} đã được người khác sửa (phiên bản {actual}, "
            "bạn đang sửa phiên bản {expected}); hãy mở lại và nhập lại"
        ),
        "en": (
            "The {kind} record {uuid} was changed meanwhile (stored version {actual}, "
            "you edited version {expected}); reopen it and try again"
        ),
    },
    "not_initialized": {
        "vi": "Chưa thiết lập: hãy chạy «sodanchu init» hoặc mở cửa sổ để thiết lập",
        "en": "Not set up yet: run 'sodanchu init' or open the window to set up",
    },
    "already_initialized": {
        "vi": "Đã thiết lập rồi ({name}); không thiết lập lại để tránh mất dữ liệu",
        "en": "Already set up ({name}); refusing to set up again so no data is lost",
    },
    "data_dir_not_empty": {
        "vi": "Thư mục dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ tạo trong thư mục trống",
        "en": "The data folder already holds data; demo data is only made in an empty one",
    },
    "backup_sqlite_only": {
        "vi": "Chỉ sao lưu được cơ sở dữ liệu SQLite; với PostgreSQL hãy dùng pg_dump",
        "en": "Only a SQLite store can be backed up here; use pg_dump for PostgreSQL",
    },
    "demo_scale_unavailable": {
        "vi": "Quy mô dữ liệu mẫu «{scale}» chưa có trong phiên bản này",
        "en": "Demo scale '{scale}' is not available in this version",
    },
    "backup_write_failed": {
        "vi": (
            "Không ghi được vào thư mục «{path}» (thư mục chỉ đọc hoặc đĩa đã đầy); dữ liệu "
            "không thay đổi"
        ),
        "en": "Could not write in the folder '{path}' (read-only, or the disk is full); "
        "nothing was changed",
    },
    "store_in_use": {
        "vi": (
            "Dữ liệu «{path}» đang được một chương trình khác mở (có thể là một cửa sổ Sổ "
            "Dân Chủ khác); hãy đóng chương trình đó rồi khôi phục lại; dữ liệu không thay đổi"
        ),
        "en": "The data '{path}' is open in another program (perhaps another Sổ Dân Chủ "
        "window); close it and restore again; nothing was changed",
    },
    "backup_missing": {
        "vi": "Không tìm thấy tệp sao lưu «{path}»",
        "en": "Backup file '{path}' not found",
    },
}

CHECK_MESSAGES: dict[str, dict[Lang, str]] = {
    "journal_hash_mismatch": {
        "vi": "Mục nhật ký số {entry_id} ({kind} {uuid}) đã bị sửa ngoài phần mềm",
        "en": "Journal entry {entry_id} ({kind} {uuid}) was edited outside the app",
    },
    "journal_chain_broken": {
        "vi": "Chuỗi nhật ký bị đứt ở mục số {entry_id}: có mục đã bị xóa hoặc chèn thêm",
        "en": "The journal chain breaks at entry {entry_id}: an entry was removed or inserted",
    },
    "record_mismatch": {
        "vi": "Bản ghi {kind} {uuid} khác với nhật ký: đã bị sửa ngoài phần mềm",
        "en": "Record {kind} {uuid} differs from its journal: it was edited outside the app",
    },
    "record_unjournaled": {
        "vi": "Bản ghi {kind} {uuid} không có trong nhật ký",
        "en": "Record {kind} {uuid} has no journal entry",
    },
}


def format_problem(code: str, lang: Lang = "vi", **params: object) -> str:
    """Word one problem found by ``check``."""
    entry = CHECK_MESSAGES.get(code)
    if entry is None:
        return code
    return (entry.get(lang) or entry["vi"]).format(**params)


_EXTRA_CATALOGS: list[Mapping[str, Mapping[Lang, str]]] = []


def register_messages(catalog: Mapping[str, Mapping[Lang, str]]) -> None:
    """Add the messages of a record kind's rules to the catalog (called at import)."""
    _EXTRA_CATALOGS.append(catalog)


def _template(code: str, lang: Lang) -> str | None:
    for catalog in (MESSAGES, *_EXTRA_CATALOGS):
        entry = catalog.get(code)
        if entry:
            return entry.get(lang) or entry.get("vi")
    return None


def field_label(field: str, lang: Lang = "vi") -> str:
    """How the officer sees a field's name: ``Tổng số hộ (households_total)``."""
    plain = re.sub(r"\[\d+\]", "", field)  # items[1].votes_for -> items.votes_for
    entry = FIELD_LABELS.get(plain) or FIELD_LABELS.get(plain.split(".")[-1], {})
    label = entry.get(lang)
    return f"{label} ({field})" if label else field


def format_field_error(err: FieldError, lang: Lang = "vi") -> str:
    """One sentence naming the field and the rule it broke."""
    template = _template(err.code, lang)
    label = field_label(err.field, lang)
    params = {**err.params, "label": label, "field": label}
    if template is None:
        return f"{params['label']}: {err.code}"
    try:
        return template.format(**params).rstrip(".")
    except (KeyError, IndexError):
        return f"{params['label']}: {err.code}"


def format_error(exc: DomainError, lang: Lang = "vi") -> str:
    """Word any refusal for a person, all its field errors joined by '; '."""
    if isinstance(exc, ValidationError):
        return "; ".join(format_field_error(e, lang) for e in exc.errors)
    params: dict[str, object] = {}
    if isinstance(exc, NotFoundError):
        params = {"kind": exc.kind, "key": exc.key}
    elif isinstance(exc, VersionConflictError):
        params = {
            "kind": exc.kind,
            "uuid": exc.uuid,
            "expected": exc.expected,
            "actual": exc.actual,
        }
    elif isinstance(exc, SetupError):
        params = dict(exc.params)
    from desktop.core.convention_events import TransitionRefused

    if isinstance(exc, TransitionRefused):
        from desktop.core.convention_messages import format_transition

        return format_transition(exc.code, exc.params, lang)
    entry = ERROR_MESSAGES.get(exc.code)
    if entry is None:
        return str(exc)
    try:
        return (entry.get(lang) or entry["vi"]).format(**params)
    except (KeyError, IndexError):
        return str(exc)


def _register_builtin() -> None:
    from desktop.core.convention_messages import CONVENTION_FIELD_LABELS, CONVENTION_MESSAGES
    from desktop.core.disclosure_messages import DISCLOSURE_MESSAGES
    from desktop.core.meeting_messages import MEETING_MESSAGES
    from desktop.core.sync_messages import SYNC_ERRORS, SYNC_FIELD_LABELS, SYNC_FIELD_MESSAGES

    register_messages(MEETING_MESSAGES)
    register_messages(DISCLOSURE_MESSAGES)
    register_messages(CONVENTION_MESSAGES)
    register_messages(SYNC_FIELD_MESSAGES)
    for code, words in SYNC_ERRORS.items():
        ERROR_MESSAGES.setdefault(code, words)
    for key, labels in SYNC_FIELD_LABELS.items():
        FIELD_LABELS.setdefault(key, labels)
    for key, labels in CONVENTION_FIELD_LABELS.items():
        FIELD_LABELS.setdefault(key, labels)


_register_builtin()
