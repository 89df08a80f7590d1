"""Wording of typed errors, in Vietnamese (default) and English.

Core raises codes (:mod:`desktop.core.errors`); this catalog is the one place
that words them, shared by the window and the command line so both say the
same thing. Fields are named by their one label (:mod:`desktop.core.field_labels`),
never by their record-JSON key.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.catalog import Catalog
from desktop.core.citizen_deadline_messages import CATALOG_WORDS as CITIZEN_DEADLINES
from desktop.core.citizen_messages import CITIZEN_ERRORS, CITIZEN_WARNINGS
from desktop.core.civic_messages import (
    CIVIC_DEADLINES,
    CIVIC_REFUSALS,
    CIVIC_WARNINGS,
    civic_params,
)
from desktop.core.convention_messages import CONVENTION_MESSAGES
from desktop.core.convention_warning_messages import CONVENTION_WARNINGS
from desktop.core.disclosure_messages import DISCLOSURE_MESSAGES
from desktop.core.disclosure_warning_messages import DISCLOSURE_WARNINGS
from desktop.core.env_messages import ENV_MESSAGES
from desktop.core.errors import (
    DomainError,
    EnvironmentFault,
    FieldError,
    NotFoundError,
    SetupError,
    ValidationError,
    VersionConflictError,
)
from desktop.core.field_labels import FIELD_LABELS, field_label
from desktop.core.meeting_messages import MEETING_MESSAGES
from desktop.core.meeting_warning_messages import MEETING_WARNINGS, RULE_MESSAGES
from desktop.core.sync_audit_messages import AUDIT_CHECK
from desktop.core.sync_messages import SYNC_ERRORS, SYNC_FIELD_MESSAGES

__all__ = [
    "CATALOG",
    "FIELD_LABELS",
    "field_label",
    "format_error",
    "format_field_error",
]

Lang = str  # "vi" or "en"

MESSAGES: dict[str, dict[Lang, str]] = {
    "required": {"vi": "{label}: bắt buộc phải nhập", "en": "{label}: is required"},
    "min": {"vi": "{label}: phải từ {min} trở lên", "en": "{label}: must be at least {min}"},
    "max": {"vi": "{label}: không được lớn hơn {max}", "en": "{label}: must be at most {max}"},
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
    "print_no_visit": {
        "vi": "{label}: không có lượt tiếp số {value} (phiên tiếp có {count} lượt)",
        "en": "{label}: there is no visit {value} (the session has {count})",
    },
    "print_not_applicable": {
        "vi": "{label}: giấy tờ này không in cho bản ghi có giá trị «{value}»",
        "en": "{label}: this document is not printed for a record whose value is '{value}'",
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
        "vi": "{label}: không đọc được JSON ở dòng {line}, cột {column}",
        "en": "{label}: cannot read the JSON at line {line}, column {column}",
    },
    "not_object": {
        "vi": "{label}: phải là một đối tượng JSON {{…}}",
        "en": "{label}: must be a JSON object {{…}}",
    },
    "not_list": {
        "vi": "{label}: phải là một danh sách JSON […]",
        "en": "{label}: must be a JSON list […]",
    },
    "invalid_record": {
        "vi": "{label}: bản ghi không đúng cấu trúc của Sổ Dân Chủ",
        "en": "{label}: the record does not have Sổ Dân Chủ's structure",
    },
    "not_text": {
        "vi": "{label}: phải là chữ (một chuỗi văn bản)",
        "en": "{label}: must be text (a string)",
    },
    "not_name_list": {
        "vi": "{label}: phải là danh sách các tên",
        "en": "{label}: must be a list of names",
    },
    "not_utf8": {
        "vi": "{label}: không phải văn bản UTF-8 (byte thứ {position} không hợp lệ)",
        "en": "{label}: is not UTF-8 text (invalid byte at position {position})",
    },
    "not_utf8_text": {
        "vi": "{label}: có ký tự không hợp lệ (nửa cặp thay thế UTF-16), không lưu được",
        "en": "{label}: holds an invalid character (half a UTF-16 surrogate pair)",
    },
    "too_deep": {
        "vi": "{label}: lồng nhau quá {max} tầng",
        "en": "{label}: nested deeper than {max} levels",
    },
    "number_too_large": {
        "vi": "{label}: số quá lớn (tối đa {max})",
        "en": "{label}: number too large (at most {max})",
    },
    "invalid_datetime": {
        "vi": "{label}: «{value}» không phải thời điểm dạng YYYY-MM-DDTHH:MM:SS",
        "en": "{label}: '{value}' is not a date and time of the form YYYY-MM-DDTHH:MM:SS",
    },
    "unknown_field": {
        "vi": "{label}: không có trường nào tên như vậy",
        "en": "{label}: no field of that name",
    },
    "weekend_day_off": {
        "vi": "{label}: thứ Bảy, Chủ nhật vốn không phải ngày làm việc",
        "en": "{label}: Saturdays and Sundays are not working days anyway",
    },
    "weekday_working_day": {
        "vi": "{label}: từ thứ Hai đến thứ Sáu vốn là ngày làm việc",
        "en": "{label}: Monday to Friday are working days anyway",
    },
    "not_found_ref": {
        "vi": "{label}: không tìm thấy bản ghi «{value}»",
        "en": "{label}: no record '{value}'",
    },
    "failed_meeting_other_village": {
        "vi": "{label}: hội nghị không đạt được dẫn chiếu thuộc thôn khác",
        "en": "{label}: the failed meeting referred to belongs to another village",
    },
    "failed_meeting_not_before": {
        "vi": (
            "{label}: hội nghị được dẫn chiếu họp ngày {held_on}, không trước ngày phát phiếu "
            "{ballot_on}; chỉ phát phiếu lấy ý kiến hộ gia đình sau một hội nghị đã họp trước "
            "đó (điểm b khoản 1 Điều 4 Nghị định 59/2023/NĐ-CP)"
        ),
        "en": (
            "{label}: the meeting referred to was held on {held_on}, not before the ballot "
            "papers went out on {ballot_on}; a household ballot only follows an earlier "
            "meeting (Decree 59/2023/ND-CP, Art. 4(1)(b))"
        ),
    },
    "failed_meeting_had_quorum": {
        "vi": (
            "{label}: hội nghị được dẫn chiếu có {present}/{total} hộ dự họp, đủ để đạt tỷ lệ "
            "biểu quyết; kết quả của hội nghị đó là kết quả cuối cùng. Chỉ phát phiếu lấy ý "
            "kiến hộ gia đình khi hội nghị không đủ số hộ dự họp để đạt tỷ lệ (điểm b khoản 1 "
            "Điều 4 Nghị định 59/2023/NĐ-CP)"
        ),
        "en": (
            "{label}: the meeting referred to had {present}/{total} households present, enough "
            "to reach the threshold, so its result stands. A household ballot only follows a "
            "meeting without enough households present to reach it (Decree 59/2023/ND-CP, "
            "Art. 4(1)(b))"
        ),
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
    "report_receiving_only": {
        "vi": "Báo cáo tổng hợp các đơn vị chỉ lập ở cấp nhận dữ liệu (tỉnh, huyện)",
        "en": "The report over the units is made at the receiving level (province, district)",
    },
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
        "vi": "Không tìm thấy {kind} «{key}»",
        "en": "No {kind} '{key}'",
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
    "backup_out_exists": {
        "vi": "Tệp «{path}» đã có; sao lưu không ghi đè tệp có sẵn — chọn tên khác",
        "en": "'{path}' already exists; a backup never overwrites a file — choose another name",
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


# Refusals and check problems of every area, composed (the tables above win).
_ERRORS: Mapping[str, Mapping[Lang, str]] = {**SYNC_ERRORS, **ENV_MESSAGES, **ERROR_MESSAGES}
_CHECKS: Mapping[str, Mapping[Lang, str]] = {**AUDIT_CHECK, **CHECK_MESSAGES}


def format_problem(code: str, lang: Lang = "vi", **params: object) -> str:
    """Word one problem found by ``check``."""
    entry = _CHECKS.get(code)
    if entry is None:
        return code
    return (entry.get(lang) or entry["vi"]).format(**params)


# The one catalog of field-error and warning wordings, by (kind, code): the shared
# table above, then each kind's own tables, listed here and nowhere else.
CATALOG = Catalog(
    shared=MESSAGES,
    kinds={
        "meeting": (MEETING_MESSAGES, MEETING_WARNINGS, RULE_MESSAGES),
        "disclosure": (DISCLOSURE_MESSAGES, DISCLOSURE_WARNINGS),
        "convention": (CONVENTION_MESSAGES, CONVENTION_WARNINGS),
        "sync": (SYNC_FIELD_MESSAGES,),
        # Citizen reception, letters, complaints and denunciations (issue 15).
        "reception": (CITIZEN_ERRORS, CITIZEN_WARNINGS, CITIZEN_DEADLINES),
        "letter": (CITIZEN_ERRORS, CITIZEN_WARNINGS, CITIZEN_DEADLINES),
        "case": (CITIZEN_ERRORS, CITIZEN_WARNINGS, CITIZEN_DEADLINES),
        # Issue 16: consultations, dialogues, the two boards and their oversight.
        "consultation": (CIVIC_REFUSALS, CIVIC_WARNINGS, CIVIC_DEADLINES),
        "dialogue": (CIVIC_REFUSALS, CIVIC_WARNINGS, CIVIC_DEADLINES),
        "board": (CIVIC_REFUSALS, CIVIC_WARNINGS, CIVIC_DEADLINES),
        "oversight": (CIVIC_REFUSALS, CIVIC_WARNINGS, CIVIC_DEADLINES),
    },
)


def kind_params(kind: str, params: Mapping[str, object], lang: Lang = "vi") -> dict[str, object]:
    """A code's params as its wording needs them: a kind worded by the civic tables (listed
    under it in :data:`CATALOG`, the one place a kind is bound to its words) has its
    article, ineligibility reason and field codes worded, its days dd/mm/yyyy
    (``civic_messages.civic_params``)."""
    if CATALOG.worded_by(kind, CIVIC_WARNINGS):
        return {"label": "", **civic_params(params, lang)}
    return dict(params)


def format_field_error(err: FieldError, lang: Lang = "vi", kind: str = "") -> str:
    """One sentence naming the field and the rule it broke (worded by ``kind``'s catalog,
    then the shared one)."""
    template = CATALOG.template(kind, err.code, lang)
    label = field_label(err.field, lang, kind)
    params = {**kind_params(kind, err.params, lang), "label": label, "field": label}
    if template is None:
        return f"{params['label']}: {err.code}"
    try:
        return template.format(**params).rstrip(".")
    except (KeyError, IndexError):
        return f"{params['label']}: {err.code}"


def _kind_in_sentence(kind: str, lang: Lang) -> str:
    """A kind's name inside a sentence: "đơn", "hội nghị thôn" (a kind no declaration
    words stays a record of that code)."""
    from desktop.core.value_labels import has_kind_words, kind_words

    code = f"kind.{kind}"
    if not has_kind_words(code):
        return f"bản ghi {kind}" if lang == "vi" else f"{kind} record"
    words = kind_words(code, lang)
    return words[:1].lower() + words[1:]


def format_error(exc: DomainError, lang: Lang = "vi", kind: str = "") -> str:
    """Word any refusal for a person, all its field errors joined by '; ' (``kind``: the
    record kind the action was about, when the error does not say)."""
    if isinstance(exc, ValidationError):
        kind = exc.kind or kind
        return "; ".join(format_field_error(e, lang, kind) for e in exc.errors)
    params: dict[str, object] = {}
    if isinstance(exc, NotFoundError):  # the kind in words ("đơn", not "letter")
        params = {"kind": _kind_in_sentence(exc.kind, lang), "key": exc.key}
    elif isinstance(exc, VersionConflictError):
        params = {
            "kind": exc.kind,
            "uuid": exc.uuid,
            "expected": exc.expected,
            "actual": exc.actual,
        }
    elif isinstance(exc, (SetupError, EnvironmentFault)):
        params = dict(exc.params)
    from desktop.core.convention_events import TransitionRefused

    if isinstance(exc, TransitionRefused):
        from desktop.core.convention_messages import format_transition

        return format_transition(exc.code, exc.params, lang)
    entry = _ERRORS.get(exc.code)
    if entry is None:
        return str(exc)
    try:
        return (entry.get(lang) or entry["vi"]).format(**params)
    except (KeyError, IndexError):
        return str(exc)
