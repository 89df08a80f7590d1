"""How the officer reads a value code (``show_of_hands`` is "Giơ tay" / "Show of hands") and
how a kind is named ("Hội nghị thôn", its list "Hội nghị, biểu quyết", an empty list "Chưa có
hội nghị nào"): Vietnamese first, English second.

The kind declarations (``desktop.core.specs``) name a CHOICE field's vocabulary and a kind's
words by code; the command line and the window word them here, so a code is worded once for
every generic part (``sodanchu show``, the list page, the read-only viewer).
"""

from __future__ import annotations

from desktop.core.civic_values import KIND_LABELS as CIVIC_KIND_LABELS
from desktop.core.civic_values import VALUE_LABELS as CIVIC_VALUE_LABELS
from desktop.core.disclosure_catalog import CATEGORIES, FORM_LABELS

Lang = str  # "vi" or "en"
Words = dict[Lang, str]


def _w(vi: str, en: str) -> Words:
    return {"vi": vi, "en": en}


# vocabulary -> value code -> words. A FieldSpec's vocabulary is ``FieldSpec.vocabulary``.
VALUE_LABELS: dict[str, dict[str, Words]] = {
    "village_type": {
        "thon": _w("Thôn", "Village (thôn)"),
        "to_dan_pho": _w("Tổ dân phố", "Residential group (tổ dân phố)"),
        "ap": _w("Ấp", "Hamlet (ấp)"),
        "ban": _w("Bản", "Hamlet (bản)"),
        "khu_pho": _w("Khu phố", "Neighbourhood (khu phố)"),
        "other": _w("Khác", "Other"),
    },
    "meeting_type": {
        "decision": _w("Quyết định việc của cộng đồng", "Community decision"),
        "periodic": _w("Hội nghị định kỳ cuối năm", "Year-end periodic meeting"),
        "head_election": _w("Bầu trưởng thôn", "Village head election"),
        "head_dismissal": _w("Miễn nhiệm trưởng thôn", "Village head dismissal"),
        "board_election": _w("Bầu Ban TTND/Ban GSĐTCĐ", "Inspection/supervision board election"),
        "convention": _w("Hương ước, quy ước", "Village convention"),
        "other": _w("Khác", "Other"),
    },
    "matter": {
        "contribution": _w(
            "Mức đóng góp xây dựng cơ sở hạ tầng", "Contributions to infrastructure"
        ),
        "fund_management": _w(
            "Quản lý các khoản đóng góp, quỹ", "Management of contributions and funds"
        ),
        "convention": _w("Hương ước, quy ước", "Village convention (hương ước, quy ước)"),
        "village_head": _w(
            "Bầu, miễn nhiệm trưởng thôn", "Electing or dismissing the village head"
        ),
        "boards": _w(
            "Bầu, miễn nhiệm Ban TTND, Ban GSĐTCĐ",
            "Electing or dismissing the inspection/supervision boards",
        ),
        "other": _w("Việc khác thuộc nội dung tự quản", "Other self-management matter"),
        "procedural": _w(
            "Thủ tục hội nghị (thư ký, chương trình…)", "Meeting procedure (secretary, agenda…)"
        ),
    },
    "method": {
        "show_of_hands": _w("Giơ tay", "Show of hands"),
        "secret_ballot": _w("Bỏ phiếu kín", "Secret ballot"),
        "household_ballot": _w("Phiếu lấy ý kiến hộ gia đình", "Household ballot papers"),
        "online": _w("Trực tuyến", "Online"),
    },
    "recognized_by": {
        "ubnd": _w("Ủy ban nhân dân xã (UBND)", "Commune People's Committee (UBND)"),
        "mttq": _w(
            "Ủy ban Mặt trận Tổ quốc xã (MTTQ)", "Commune Fatherland Front committee (MTTQ)"
        ),
    },
    "meeting_outcome": {
        "passed": _w("Đạt", "Passed"),
        "failed": _w("Không đạt", "Not passed"),
        "mixed": _w("Đạt một phần", "Partly passed"),
        "none": _w("Chỉ biểu quyết thủ tục", "Procedure only"),
    },
    "item_outcome": {
        "passed": _w("Đạt", "Passed"),
        "failed": _w("Không đạt", "Not passed"),
    },
    "rule_code": {
        "two_thirds_of_total": _w("Trên 2/3 tổng số hộ", "More than 2/3 of all households"),
        "majority_of_total": _w("Trên 50% tổng số hộ", "More than half of all households"),
        "convention_attendance": _w(
            "Không đủ trên 50% tổng số hộ dự họp", "Fewer than half of all households attended"
        ),
        "convention_majority": _w(
            "Trên 50% tổng số hộ dự họp và tán thành",
            "More than half of all households attended and agreed",
        ),
        "majority_of_present": _w(
            "Trên 50% số hộ dự họp", "More than half of the households present"
        ),
    },
    "takes_effect": {
        "on_vote_day": _w("Có hiệu lực từ ngày biểu quyết", "Takes effect on the day of the vote"),
        "on_ubnd_recognition": _w(
            "Có hiệu lực khi được UBND xã công nhận",
            "Takes effect when the commune People's Committee recognises it",
        ),
        "on_mttq_recognition": _w(
            "Có hiệu lực khi được Ủy ban MTTQ xã công nhận",
            "Takes effect when the commune Fatherland Front committee recognises it",
        ),
    },
    "convention_type": {
        "huong_uoc": _w("Hương ước", "Village convention (hương ước)"),
        "quy_uoc": _w("Quy ước", "Community convention (quy ước)"),
    },
    "convention_status": {
        "proposed": _w("Đã đề xuất", "Proposed"),
        "drafting": _w("Đang soạn thảo", "Being drafted"),
        "consultation": _w("Đang lấy ý kiến", "In consultation"),
        "adopted": _w("Đã thông qua", "Adopted"),
        "rejected": _w("Không được thông qua", "Rejected by the meeting"),
        "submitted": _w("Chờ công nhận", "Awaiting recognition"),
        "recognized": _w("Đã công nhận", "Recognised"),
        "refused": _w("Không được công nhận", "Recognition refused"),
        "in_force": _w("Đang có hiệu lực", "In force"),
        "suspended": _w("Tạm ngưng thực hiện", "Suspended"),
        "superseded": _w("Đã được thay thế", "Superseded"),
        "abolished": _w("Đã bị bãi bỏ", "Abolished"),
    },
    "convention_event": {
        "proposed": _w("Đề xuất xây dựng", "Proposal"),
        "drafting": _w("Soạn thảo", "Drafting"),
        "consultation": _w("Niêm yết lấy ý kiến", "Draft posted for opinions"),
        "adopted": _w("Thông qua", "Adoption"),
        "rejected": _w("Không được thông qua", "Not adopted by the meeting"),
        "submitted": _w("Nộp hồ sơ đề nghị công nhận", "Dossier submitted"),
        "recognized": _w("Công nhận", "Recognition"),
        "refused": _w("Không công nhận", "Recognition refused in writing"),
        "distributed": _w("Gửi và phổ biến", "Text sent out and publicised"),
        "reviewed": _w("Đánh giá hằng năm", "Yearly review"),
        "suspended": _w("Tạm ngưng thực hiện", "Suspension"),
        "reinstated": _w("Tiếp tục thực hiện", "Reinstatement"),
        "abolished": _w("Bãi bỏ", "Abolition"),
        "superseded": _w("Thay thế bằng phiên bản mới", "Replaced by a new version"),
    },
    "disclosure_status": {
        "planned": _w("Kế hoạch", "Planned"),
        "posted": _w("Đang niêm yết", "On the boards"),
        "completed": _w("Đã hoàn thành", "Completed"),
        "overdue": _w("Quá hạn", "Overdue"),
    },
    # Law Art. 11: the clause number is the value; its short name the words.
    "disclosure_category": {
        str(c.number): _w(f"{c.number}. {c.short_vi}", f"{c.number}. {c.name_en}")
        for c in CATEGORIES
    },
    "disclosure_form": {form.value: _w(vi, en) for form, (vi, en) in FORM_LABELS.items()},
    "bool": {"true": _w("Có", "Yes"), "false": _w("Không", "No")},
    # Citizen reception, letters, complaints and denunciations (issue 15).
    # Issue 16: consultations, dialogues, the two boards and their oversight.
    **CIVIC_VALUE_LABELS,
}

# Each kind's name, its list's name and what an empty list says (KindSpec.label/plural/empty).
KIND_WORDS: dict[str, Words] = {
    "kind.village": _w("Thôn, tổ dân phố", "Village"),
    "kind.village.plural": _w("Thôn, tổ dân phố", "Villages"),
    "kind.village.empty": _w("Chưa có thôn/tổ dân phố nào", "No villages yet"),
    "kind.meeting": _w("Hội nghị thôn", "Village meeting"),
    "kind.meeting.plural": _w("Hội nghị, biểu quyết", "Meetings and votes"),
    "kind.meeting.empty": _w("Chưa có hội nghị nào", "No meetings yet"),
    "kind.convention": _w("Hương ước, quy ước", "Village convention"),
    "kind.convention.plural": _w("Hương ước, quy ước", "Village conventions"),
    "kind.convention.empty": _w("Chưa có hương ước, quy ước nào", "No conventions yet"),
    "kind.disclosure": _w("Nội dung công khai", "Public disclosure"),
    "kind.disclosure.plural": _w("Nội dung công khai", "Public disclosures"),
    "kind.disclosure.empty": _w("Chưa có nội dung công khai nào", "No disclosures yet"),
    # Citizen reception, letters, complaints and denunciations (issue 15).
    # Issue 16: consultations, dialogues, the two boards and their oversight.
    **CIVIC_KIND_LABELS,
}

# The words a number column is followed by (ColumnSpec.unit).
UNITS: dict[str, Words] = {"households": _w("hộ", "households")}


def _pick(words: Words, lang: Lang) -> str:
    return words.get(lang) or words["vi"]


def value_label(vocabulary: str, value: object, lang: Lang = "vi") -> str:
    """The words of ``value`` in ``vocabulary``; an unknown code is shown as it is."""
    if isinstance(value, bool):
        key = "true" if value else "false"
    else:
        key = "" if value is None else str(value)
    words = VALUE_LABELS.get(vocabulary, {}).get(key)
    return _pick(words, lang) if words is not None else key


def choices(vocabulary: str) -> tuple[str, ...]:
    """The value codes of a vocabulary, in display order (a CHOICE field's ``choices``).

    The kind declarations take their choices from here rather than from the rule modules'
    enums, so the command line loads no rule module to list a kind; the registry test
    checks that both say the same.
    """
    return tuple(VALUE_LABELS[vocabulary])


def has_value_label(vocabulary: str, value: str) -> bool:
    """True when the code has words (tests use it for coverage)."""
    return value in VALUE_LABELS.get(vocabulary, {})


def kind_words(code: str, lang: Lang = "vi") -> str:
    """A kind's name, list name or empty-list message by its code (``kind.meeting.empty``)."""
    words = KIND_WORDS.get(code)
    return _pick(words, lang) if words is not None else code


def has_kind_words(code: str) -> bool:
    return code in KIND_WORDS


def unit_words(code: str, lang: Lang = "vi") -> str:
    """The word after a number (``households``: "hộ")."""
    words = UNITS.get(code)
    return _pick(words, lang) if words is not None else code
