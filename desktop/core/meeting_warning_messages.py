"""Wording of a meeting's warnings and of its items' vote rules, in Vietnamese and English.

Core gives codes and params (:func:`desktop.core.meeting_deadlines.meeting_warnings`,
:func:`desktop.core.meetings.evaluate_item`); these templates word them at the edge
(:func:`desktop.core.messages.word_warning`). A key ``code:variant`` is chosen when the
params carry ``variant``; dates arrive already formatted for the language.
"""

from __future__ import annotations

LAW_VI, LAW_EN = "Luật 10/2022/QH15", "Law 10/2022/QH15"
D59_VI, D59_EN = "Nghị định 59/2023/NĐ-CP", "Decree 59/2023/ND-CP"
D61_VI, D61_EN = "Nghị định 61/2023/NĐ-CP", "Decree 61/2023/ND-CP"

_LATE_VI = (
    "{doc} ngày {on}, là ngày làm việc thứ {wd} sau {after} {since}; thời hạn là {limit} ngày "
    "làm việc ({cite})"
)
_LATE_EN = (
    "{doc} on {on}, working day {wd} after {after} {since}; the limit is {limit} working days "
    "({cite})"
)


def _late(doc: tuple[str, str], after: tuple[str, str], cite: tuple[str, str]) -> dict[str, str]:
    return {
        lang: template.replace("{doc}", d).replace("{after}", a).replace("{cite}", c)
        for lang, template, d, a, c in (
            ("vi", _LATE_VI, doc[0], after[0], cite[0]),
            ("en", _LATE_EN, doc[1], after[1], cite[1]),
        )
    }


_MINUTES = ("Biên bản gửi UBND và Ủy ban MTTQ xã", "Minutes sent to the commune UBND and MTTQ")
_ART20 = (f"Điều 20 {LAW_VI}", f"{LAW_EN}, Art. 20")
_SENT = ("ngày gửi biên bản", "the minutes were sent on")

MEETING_WARNINGS: dict[str, dict[str, str]] = {
    "notice_late:meeting": {
        "vi": "Giấy mời gửi ngày {notice_on}, chỉ {days} ngày trước ngày họp {held_on}; phải "
        f"gửi trước ít nhất {{need}} ngày (Điều 3 {D59_VI})",
        "en": "Invitations sent on {notice_on}, only {days} day(s) before the meeting on "
        f"{{held_on}}; they must go out at least {{need}} days before ({D59_EN}, Art. 3)",
    },
    "notice_late:periodic": {
        "vi": "Giấy mời gửi ngày {notice_on}, chỉ {days} ngày trước ngày họp {held_on}; phải "
        f"gửi trước ít nhất {{need}} ngày (Điều 33 {LAW_VI})",
        "en": "Invitations sent on {notice_on}, only {days} day(s) before the meeting on "
        f"{{held_on}}; they must go out at least {{need}} days before ({LAW_EN}, Art. 33)",
    },
    "ballot_notice_late": {
        "vi": "Thông báo phát phiếu lấy ý kiến ngày {announced_on}, chỉ {days} ngày trước ngày "
        f"phát phiếu {{held_on}}; phải thông báo trước ít nhất {{need}} ngày (Điều 4 {D59_VI})",
        "en": "The household ballot was announced on {announced_on}, only {days} day(s) before "
        "the papers went out on {held_on}; it must be announced at least {need} days before "
        f"({D59_EN}, Art. 4)",
    },
    "ballot_papers_short": {
        "vi": "Phát {issued} phiếu lấy ý kiến cho {total} hộ gia đình, thiếu {missing} phiếu; "
        f"mỗi hộ gia đình được phát một phiếu (Điều 4 {D59_VI})",
        "en": "{issued} ballot papers for {total} households, {missing} short; every "
        f"household gets one paper ({D59_EN}, Art. 4)",
    },
    "minutes_late:meeting": _late(_MINUTES, ("ngày họp", "the meeting on"), _ART20),
    "minutes_late:ballot": _late(
        _MINUTES,
        ("hạn thu phiếu", "the ballot deadline"),
        (f"Điều 4 {D59_VI}", f"{D59_EN}, Art. 4"),
    ),
    "recognition_late": _late(("Quyết định công nhận", "Recognition decision"), _SENT, _ART20),
    "refusal_late": _late(
        ("Văn bản từ chối công nhận", "Written refusal of recognition"), _SENT, _ART20
    ),
    "counting_board_size": {
        "vi": "Ban kiểm phiếu có {board} người; phải từ {low} đến {high} người "
        f"(Điều 3 {D59_VI})",
        "en": "The counting board has {board} members; it must have {low} to {high} "
        f"({D59_EN}, Art. 3)",
    },
    "witnesses_count": {
        "vi": "Có {count} người chứng kiến kiểm phiếu; phải là {need} đại diện hộ gia đình "
        f"(Điều 3 {D59_VI})",
        "en": "{count} witness(es) of the count; there must be {need} household representatives "
        f"({D59_EN}, Art. 3)",
    },
}

# Vote rules of an item (Law Art. 21, D59 Art. 3, D61 Art. 10): key ``rule_<code>:<variant>``,
# the variant being the outcome (and ``_convention`` when a hương ước also cites D61).
_PASS = {"vi": "Đạt", "en": "Passed"}
_FAIL = {"vi": "Không đạt", "en": "Failed"}
_ART21 = {"vi": f"Điều 21 {LAW_VI}", "en": f"{LAW_EN}, Art. 21"}
_ART21_D61 = {
    "vi": f"Điều 21 {LAW_VI}; Điều 10 {D61_VI}",
    "en": f"{LAW_EN}, Art. 21; {D61_EN}, Art. 10",
}
_OF_TOTAL_OK = {
    "vi": "{votes}/{total} hộ tán thành > 50% tổng số hộ",
    "en": "{votes}/{total} households for > 50% of all households",
}
_OF_TOTAL_NO = {
    "vi": "{votes}/{total} hộ tán thành, không quá 50% tổng số hộ",
    "en": "{votes}/{total} households for, not over 50% of all households",
}


def _rule(outcome: dict[str, str], detail: dict[str, str], cite: dict[str, str]) -> dict[str, str]:
    return {lang: f"{outcome[lang]}: {detail[lang]} ({cite[lang]})" for lang in ("vi", "en")}


RULE_MESSAGES: dict[str, dict[str, str]] = {
    "rule_majority_of_present:passed": _rule(
        _PASS,
        {
            "vi": "{votes}/{present} đại diện hộ dự họp tán thành > 50% số đại diện dự họp",
            "en": "{votes}/{present} household representatives present for > 50% of those present",
        },
        {"vi": f"Điều 3 {D59_VI}", "en": f"{D59_EN}, Art. 3"},
    ),
    "rule_majority_of_present:failed": _rule(
        _FAIL,
        {
            "vi": "{votes}/{present} đại diện hộ dự họp tán thành, không quá 50% số đại diện "
            "dự họp",
            "en": "{votes}/{present} household representatives present for, not over 50% of "
            "those present",
        },
        {"vi": f"Điều 3 {D59_VI}", "en": f"{D59_EN}, Art. 3"},
    ),
    "rule_two_thirds_of_total:passed": _rule(
        _PASS,
        {
            "vi": "{votes}/{total} hộ tán thành ≥ 2/3 tổng số hộ",
            "en": "{votes}/{total} households for ≥ 2/3 of all households",
        },
        _ART21,
    ),
    "rule_two_thirds_of_total:failed": _rule(
        _FAIL,
        {
            "vi": "{votes}/{total} hộ tán thành < 2/3 tổng số hộ",
            "en": "{votes}/{total} households for < 2/3 of all households",
        },
        _ART21,
    ),
    "rule_convention_attendance:failed": _rule(
        _FAIL,
        {
            "vi": "{present}/{total} hộ dự họp không quá 50% tổng số hộ",
            "en": "{present}/{total} households present, not over 50% of all households",
        },
        {"vi": f"Điều 10 {D61_VI}", "en": f"{D61_EN}, Art. 10"},
    ),
    "rule_convention_majority:passed": _rule(
        _PASS,
        {
            "vi": "{present}/{total} hộ dự họp > 50% tổng số hộ và " + _OF_TOTAL_OK["vi"],
            "en": "{present}/{total} households present > 50% of all households and "
            + _OF_TOTAL_OK["en"],
        },
        _ART21_D61,
    ),
    "rule_convention_majority:failed": _rule(
        _FAIL,
        {
            "vi": "{present}/{total} hộ dự họp > 50% tổng số hộ nhưng " + _OF_TOTAL_NO["vi"],
            "en": "{present}/{total} households present > 50% of all households but "
            + _OF_TOTAL_NO["en"],
        },
        _ART21_D61,
    ),
    "rule_majority_of_total:passed": _rule(_PASS, _OF_TOTAL_OK, _ART21),
    "rule_majority_of_total:failed": _rule(_FAIL, _OF_TOTAL_NO, _ART21),
    "rule_majority_of_total:passed_convention": _rule(_PASS, _OF_TOTAL_OK, _ART21_D61),
    "rule_majority_of_total:failed_convention": _rule(_FAIL, _OF_TOTAL_NO, _ART21_D61),
}
