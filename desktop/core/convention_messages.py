"""Wording of the hương ước / quy ước error codes, Vietnamese first.

``CONVENTION_MESSAGES`` maps each code to ``{"vi": ..., "en": ...}``
:meth:`str.format` templates. Two families share it:

* field errors (:class:`~desktop.core.errors.FieldError` from reading and
  validating a record) use ``{field}`` and the error's params;
* refused steps (:class:`~desktop.core.convention_events.TransitionRefused`)
  use their params plus ``{event_label}``, ``{status_label}``, ``{kind}`` and
  ``{previous_event_label}``, which :func:`format_transition` adds from the
  label tables below in the requested language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

D61_VI = "Nghị định 61/2023/NĐ-CP"
D61_EN = "Decree 61/2023/ND-CP"

EVENT_LABELS: dict[str, dict[str, str]] = {
    "proposed": {"vi": "Đề xuất xây dựng", "en": "Proposed"},
    "drafting": {"vi": "Soạn thảo", "en": "Drafting"},
    "consultation": {"vi": "Lấy ý kiến", "en": "Consultation"},
    "adopted": {"vi": "Thông qua", "en": "Adopted"},
    "rejected": {"vi": "Không được thông qua", "en": "Rejected"},
    "submitted": {"vi": "Nộp hồ sơ đề nghị công nhận", "en": "Submitted for recognition"},
    "recognized": {"vi": "Công nhận", "en": "Recognised"},
    "refused": {"vi": "Không công nhận", "en": "Recognition refused"},
    "distributed": {"vi": "Gửi và phổ biến", "en": "Distributed"},
    "reviewed": {"vi": "Đánh giá hằng năm", "en": "Yearly review"},
    "suspended": {"vi": "Tạm ngưng thực hiện", "en": "Suspended"},
    "reinstated": {"vi": "Tiếp tục thực hiện", "en": "Reinstated"},
    "abolished": {"vi": "Bãi bỏ", "en": "Abolished"},
    "superseded": {"vi": "Thay thế", "en": "Superseded"},
}

STATUS_LABELS: dict[str, dict[str, str]] = {
    "": {"vi": "chưa ghi bước nào", "en": "nothing recorded yet"},
    "proposed": {"vi": "Đã đề xuất", "en": "Proposed"},
    "drafting": {"vi": "Đang soạn thảo", "en": "Drafting"},
    "consultation": {"vi": "Đang lấy ý kiến", "en": "In consultation"},
    "adopted": {"vi": "Đã thông qua", "en": "Adopted"},
    "rejected": {"vi": "Không được thông qua", "en": "Rejected"},
    "submitted": {"vi": "Đã nộp hồ sơ đề nghị công nhận", "en": "Submitted for recognition"},
    "recognized": {"vi": "Đã công nhận", "en": "Recognised"},
    "refused": {"vi": "Không được công nhận", "en": "Recognition refused"},
    "in_force": {"vi": "Đang có hiệu lực", "en": "In force"},
    "suspended": {"vi": "Tạm ngưng thực hiện", "en": "Suspended"},
    "superseded": {"vi": "Đã được thay thế", "en": "Superseded"},
    "abolished": {"vi": "Đã bị bãi bỏ", "en": "Abolished"},
}

TYPE_LABELS: dict[str, dict[str, str]] = {
    "huong_uoc": {"vi": "hương ước", "en": "village convention (hương ước)"},
    "quy_uoc": {"vi": "quy ước", "en": "community convention (quy ước)"},
}

# Field names of conventions: in desktop.core.field_labels with every other field's (the
# kind declarations name them there); kept for desktop.core.messages, which merges it.
CONVENTION_FIELD_LABELS: dict[str, dict[str, str]] = {}

_NO_VI = "Không thể ghi «{event_label}»: "
_NO_EN = "Cannot record '{event_label}': "


def _step(code: str, vi: str, en: str, art: str = "") -> tuple[str, dict[str, str]]:
    cite_vi = f" ({art} {D61_VI})" if art else ""
    cite_en = f" ({D61_EN}, {art.replace('Điều', 'Art.')})" if art else ""
    return code, {"vi": f"{_NO_VI}{vi}{cite_vi}", "en": f"{_NO_EN}{en}{cite_en}"}


_TRANSITIONS = dict(
    [
        _step(
            "convention_closed",
            "{kind} đang ở trạng thái «{status_label}», không ghi thêm bước nào được",
            "the {kind} is '{status_label}'; no further step can be recorded",
            "Điều 13, Điều 14",
        ),
        _step("already_proposed", "{kind} đã được đề xuất", "the {kind} was already proposed"),
        _step(
            "not_proposed",
            "{kind} chưa được đề xuất xây dựng",
            "the {kind} has not been proposed",
            "Điều 7",
        ),
        _step(
            "not_drafted",
            "dự thảo {kind} chưa được soạn thảo",
            "the draft {kind} has not been drafted",
            "Điều 8",
        ),
        _step(
            "not_consulted",
            "dự thảo {kind} chưa được niêm yết lấy ý kiến",
            "the draft {kind} has not been put out for opinions",
            "Điều 9",
        ),
        _step(
            "not_adopted",
            "{kind} chưa được thông qua",
            "the {kind} has not been adopted",
            "Điều 10, Điều 11",
        ),
        _step(
            "not_submitted",
            "{kind} chưa được nộp hồ sơ đề nghị công nhận",
            "the {kind} has not been submitted for recognition",
            "Điều 11",
        ),
        _step(
            "already_recognized",
            "{kind} đã được công nhận",
            "the {kind} is already recognised",
            "Điều 11",
        ),
        _step(
            "not_recognized",
            "{kind} chưa được Ủy ban nhân dân xã công nhận",
            "the {kind} has not been recognised by the commune People's Committee",
            "Điều 11",
        ),
        _step(
            "already_suspended",
            "{kind} đang bị tạm ngưng thực hiện",
            "the {kind} is already suspended",
            "Điều 12",
        ),
        _step(
            "not_suspended",
            "{kind} không bị tạm ngưng thực hiện",
            "the {kind} is not suspended",
            "Điều 12",
        ),
        _step(
            "not_allowed_now",
            "bước này không áp dụng khi {kind} ở trạng thái «{status_label}»",
            "this step does not apply while the {kind} is '{status_label}'",
        ),
        _step(
            "date_before_previous",
            "ngày {on} trước ngày của bước trước «{previous_event_label}» ({previous})",
            "{on} is before the previous step '{previous_event_label}' ({previous})",
        ),
        _step(
            "initiative_support_missing",
            "đề xuất theo sáng kiến của cộng đồng phải ghi số hộ ủng hộ và tổng số hộ của thôn",
            "a citizen initiative needs the households supporting it and the village's total",
            "Điều 7",
        ),
        _step(
            "supporting_gt_total",
            "số hộ ủng hộ ({supporting}) lớn hơn tổng số hộ ({total})",
            "households supporting ({supporting}) exceed the total households ({total})",
        ),
        _step(
            "initiative_support_too_low",
            "chỉ có {supporting}/{total} hộ ủng hộ; sáng kiến của cộng đồng cần ít nhất 10% "
            "tổng số hộ, tức {needed} hộ",
            "only {supporting} of {total} households support it; a citizen initiative needs "
            "at least 10% of households, i.e. {needed}",
            "Điều 7",
        ),
        _step(
            "meeting_required",
            "phải chỉ ra hội nghị thôn (hoặc đợt phát phiếu lấy ý kiến hộ gia đình) đã "
            "thông qua {kind}",
            "name the village meeting (or household ballot) that adopted the {kind}",
            "Điều 10",
        ),
        _step(
            "meeting_not_found",
            "không tìm thấy hội nghị «{meeting}»",
            "no meeting '{meeting}'",
        ),
        _step(
            "meeting_other_village",
            "hội nghị được dẫn chiếu là của thôn, tổ dân phố khác",
            "the meeting named belongs to another village",
            "Điều 10",
        ),
        _step(
            "meeting_other_matter",
            "hội nghị được dẫn chiếu không biểu quyết về hương ước, quy ước",
            "the meeting named did not vote on a convention",
            "Điều 10",
        ),
        _step(
            "meeting_not_passed",
            "hội nghị được dẫn chiếu không thông qua {kind} (cần trên 50% tổng số hộ dự họp "
            "và trên 50% tổng số hộ tán thành)",
            "the meeting named did not adopt the {kind} (more than 50% of all households "
            "must attend and more than 50% of all households agree)",
            "Điều 10",
        ),
        _step(
            "meeting_after_adoption",
            "hội nghị họp ngày {held_on}, sau ngày thông qua đã ghi ({on})",
            "the meeting was held on {held_on}, after the adoption date recorded ({on})",
        ),
        _step(
            "text_missing",
            "chưa có nội dung {kind} gồm các điều",
            "the {kind} has no text made of articles yet",
            "Điều 6",
        ),
        _step(
            "text_duplicate_article",
            "nội dung {kind} có hai Điều {number}",
            "the {kind} has two articles numbered {number}",
            "Điều 6",
        ),
        _step(
            "decision_no_required",
            "phải ghi số quyết định công nhận của Ủy ban nhân dân xã",
            "the number of the commune People's Committee's recognition decision is required",
            "Điều 11",
        ),
        _step(
            "reason_required",
            "phải ghi rõ lý do",
            "the reason is required",
            "Điều 11, Điều 12, Điều 14",
        ),
        _step(
            "until_required",
            "phải ghi thời hạn tạm ngưng thực hiện",
            "the end of the suspension is required",
            "Điều 12",
        ),
        _step(
            "until_before_on",
            "thời hạn tạm ngưng ({until}) trước ngày tạm ngưng ({on})",
            "the suspension ends ({until}) before it starts ({on})",
            "Điều 12",
        ),
        _step(
            "supersede_via_new_version",
            "{kind} chỉ được thay thế khi văn bản mới thay thế nó được công nhận; hãy ghi "
            "«Công nhận» cho văn bản mới",
            "a {kind} is superseded only when its new version is recognised; record "
            "'Recognised' on the new version",
            "Điều 13",
        ),
        _step(
            "not_a_new_version",
            "văn bản mới không ghi là thay thế {kind} này",
            "the new version does not name this {kind} as the one it supersedes",
            "Điều 13",
        ),
        _step(
            "predecessor_superseded",
            "văn bản mà {kind} này thay thế đã được một văn bản khác thay thế từ ngày "
            "{superseded_on}; mỗi lúc chỉ một {kind} có hiệu lực. Hãy sửa «Thay thế văn bản» "
            "thành văn bản đang có hiệu lực rồi ghi lại",
            "the text this {kind} replaces was already replaced by another version on "
            "{superseded_on}; only one {kind} is in force at a time. Name the version in "
            "force under 'Supersedes', then record it again",
            "Điều 13",
        ),
        _step(
            "successor_not_recognized",
            "văn bản mới chưa được công nhận",
            "the new version is not recognised yet",
            "Điều 13",
        ),
    ]
)

CONVENTION_MESSAGES: dict[str, dict[str, str]] = {
    "no_articles": {
        "vi": (
            "{field}: chưa nhận ra điều nào (dòng bắt đầu bằng «Điều 1.», «Điều 2.» ...); "
            f"hương ước, quy ước gồm các chương, điều, khoản, điểm (Điều 6 {D61_VI})."
        ),
        "en": (
            "{field}: no article found (lines starting 'Điều 1.', 'Điều 2.' ...); a "
            f"convention is made of chapters, articles, clauses and points ({D61_EN}, Art. 6)."
        ),
    },
    "duplicate_article": {
        "vi": "{field}: có hai Điều {number}.",
        "en": "{field}: two articles are numbered {number}.",
    },
    "supersedes_superseded": {
        "vi": (
            "{field}: văn bản này đã được một văn bản khác thay thế từ ngày {superseded_on}; "
            "văn bản mới phải thay thế văn bản đang có hiệu lực, mỗi lúc chỉ một văn bản có "
            f"hiệu lực (Điều 13 {D61_VI})."
        ),
        "en": (
            "{field}: that text was already replaced by another version on {superseded_on}; "
            "a new version replaces the one in force, only one is in force at a time "
            f"({D61_EN}, Art. 13)."
        ),
    },
    "text_frozen": {
        "vi": (
            "{field}: văn bản đã được thông qua nên không sửa được; muốn sửa đổi, bổ sung "
            f"hoặc thay thế phải lập phiên bản mới và làm lại các bước (Điều 13 {D61_VI})."
        ),
        "en": (
            "{field}: the text was adopted and can no longer change; an amendment or "
            f"replacement is a new version that goes through the steps again ({D61_EN}, Art. 13)."
        ),
    },
    "invalid_review_day": {
        "vi": (
            "{field}: «{value}» không phải một ngày trong năm dạng MM-DD (ví dụ 11-18 là "
            "ngày 18 tháng 11)."
        ),
        "en": "{field}: '{value}' is not a day of the year as MM-DD (e.g. 11-18 for 18 November).",
    },
    "article_heading_in_body": {
        "vi": (
            "{field}: nội dung một điều có dòng bắt đầu bằng «Điều ...»; hãy tách thành điều riêng."
        ),
        "en": "{field}: an article's text has a line starting 'Điều ...'; make it its own article.",
    },
    **_TRANSITIONS,
}


def _label(table: Mapping[str, Mapping[str, str]], key: str, lang: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["vi"]


def format_transition(code: str, params: Mapping[str, Any], lang: str = "vi") -> str:
    """Word a refused step (a ``TransitionRefused``'s ``code`` and ``params``)."""
    entry = CONVENTION_MESSAGES.get(code)
    values = dict(params)
    values["event_label"] = _label(EVENT_LABELS, str(params.get("event", "")), lang)
    values["status_label"] = _label(STATUS_LABELS, str(params.get("status", "")), lang)
    values["kind"] = _label(TYPE_LABELS, str(params.get("convention_type", "huong_uoc")), lang)
    previous = str(params.get("previous_event", ""))
    values["previous_event_label"] = _label(EVENT_LABELS, previous, lang)
    if entry is None:
        return code
    template = entry.get(lang) or entry["vi"]
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return code
