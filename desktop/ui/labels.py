"""Words and formats shared by several pages: village types, meeting enums, dates, statuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QLocale

from desktop.core.convention_json import StoredConvention
from desktop.core.installation import Role, UpperKind
from desktop.core.meeting_json import MeetingOutcome, StoredMeeting
from desktop.core.meetings import Matter, MeetingType, Method, Outcome, Recognizer, TakesEffect
from desktop.core.villages import Village, VillageType
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

DATE_FORMAT = "dd/MM/yyyy"  # the Vietnamese way, in both languages
_PY_DATE_FORMAT = "%d/%m/%Y"

_VILLAGE_TYPES = {
    VillageType.THON: QT_TRANSLATE_NOOP("Labels", "Village (thôn)"),
    VillageType.TO_DAN_PHO: QT_TRANSLATE_NOOP("Labels", "Residential group (tổ dân phố)"),
    VillageType.AP: QT_TRANSLATE_NOOP("Labels", "Hamlet (ấp)"),
    VillageType.BAN: QT_TRANSLATE_NOOP("Labels", "Hamlet (bản)"),
    VillageType.KHU_PHO: QT_TRANSLATE_NOOP("Labels", "Neighbourhood (khu phố)"),
    VillageType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_ROLES = {
    Role.COMMUNE: QT_TRANSLATE_NOOP("Labels", "Commune"),
    Role.VILLAGE: QT_TRANSLATE_NOOP("Labels", "Village head"),
    Role.UPPER: QT_TRANSLATE_NOOP("Labels", "Receiving level"),
}

_UPPER_KINDS = {
    UpperKind.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Province"),
    UpperKind.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District (before the 2025 reform)"),
}


def village_type_label(vtype: VillageType) -> str:
    return translate("Labels", _VILLAGE_TYPES[vtype])


def role_label(role: Role) -> str:
    return translate("Labels", _ROLES[role])


def upper_kind_label(kind: UpperKind) -> str:
    return translate("Labels", _UPPER_KINDS[kind])


def format_day(day: date | None) -> str:
    return day.strftime(_PY_DATE_FORMAT) if day is not None else ""


def village_status(village: Village) -> str:
    retired = village.data.retired_on
    if retired is None:
        return translate("Labels", "Active")
    return translate("Labels", "Retired on %1").replace("%1", format_day(retired))


def format_count(value: int | None) -> str:
    """A whole number grouped the way the interface language does it (vi: 1.234)."""
    if value is None:
        return ""
    return QLocale().toString(value)


# --- meetings (Law 10/2022/QH15 Arts. 15–24; Decree 59/2023 Arts. 3–5) ---------------
_MEETING_TYPES = {
    MeetingType.DECISION: QT_TRANSLATE_NOOP("Labels", "Community decision"),
    MeetingType.PERIODIC: QT_TRANSLATE_NOOP("Labels", "Year-end periodic meeting"),
    MeetingType.HEAD_ELECTION: QT_TRANSLATE_NOOP("Labels", "Village head election"),
    MeetingType.HEAD_DISMISSAL: QT_TRANSLATE_NOOP("Labels", "Village head dismissal"),
    MeetingType.BOARD_ELECTION: QT_TRANSLATE_NOOP(
        "Labels", "Inspection/supervision board election"
    ),
    MeetingType.CONVENTION: QT_TRANSLATE_NOOP("Labels", "Village convention"),
    MeetingType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_MATTERS = {
    Matter.CONTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Contributions to infrastructure"),
    Matter.FUND_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Management of contributions and funds"),
    Matter.CONVENTION: QT_TRANSLATE_NOOP("Labels", "Village convention (hương ước, quy ước)"),
    Matter.VILLAGE_HEAD: QT_TRANSLATE_NOOP("Labels", "Electing or dismissing the village head"),
    Matter.BOARDS: QT_TRANSLATE_NOOP(
        "Labels", "Electing or dismissing the inspection/supervision boards"
    ),
    Matter.OTHER: QT_TRANSLATE_NOOP("Labels", "Other self-management matter"),
    Matter.PROCEDURAL: QT_TRANSLATE_NOOP("Labels", "Meeting procedure (secretary, agenda…)"),
}

_METHODS = {
    Method.SHOW_OF_HANDS: QT_TRANSLATE_NOOP("Labels", "Show of hands"),
    Method.SECRET_BALLOT: QT_TRANSLATE_NOOP("Labels", "Secret ballot"),
    Method.HOUSEHOLD_BALLOT: QT_TRANSLATE_NOOP("Labels", "Household ballot papers"),
    Method.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
}

_RECOGNIZERS = {
    Recognizer.UBND: QT_TRANSLATE_NOOP("Labels", "Commune People's Committee (UBND)"),
    Recognizer.MTTQ: QT_TRANSLATE_NOOP("Labels", "Commune Fatherland Front committee (MTTQ)"),
}

_MEETING_OUTCOMES = {
    MeetingOutcome.PASSED: QT_TRANSLATE_NOOP("Labels", "Passed"),
    MeetingOutcome.FAILED: QT_TRANSLATE_NOOP("Labels", "Not passed"),
    MeetingOutcome.MIXED: QT_TRANSLATE_NOOP("Labels", "Partly passed"),
    MeetingOutcome.NONE: QT_TRANSLATE_NOOP("Labels", "Procedure only"),
}

_TAKES_EFFECT = {
    TakesEffect.ON_VOTE_DAY: QT_TRANSLATE_NOOP("Labels", "Takes effect on the day of the vote."),
    TakesEffect.ON_UBND_RECOGNITION: QT_TRANSLATE_NOOP(
        "Labels", "Takes effect when the commune People's Committee recognises it."
    ),
    TakesEffect.ON_MTTQ_RECOGNITION: QT_TRANSLATE_NOOP(
        "Labels", "Takes effect when the commune Fatherland Front committee recognises it."
    ),
}


def meeting_type_label(value: MeetingType) -> str:
    return translate("Labels", _MEETING_TYPES[value])


def matter_label(value: Matter) -> str:
    return translate("Labels", _MATTERS[value])


def method_label(value: Method) -> str:
    return translate("Labels", _METHODS[value])


def recognizer_label(value: Recognizer) -> str:
    return translate("Labels", _RECOGNIZERS[value])


def meeting_outcome_label(value: MeetingOutcome) -> str:
    return translate("Labels", _MEETING_OUTCOMES[value])


def item_outcome_label(value: Outcome) -> str:
    """One matter's result: the same words as a whole meeting that passed or failed."""
    whole = MeetingOutcome.PASSED if value is Outcome.PASSED else MeetingOutcome.FAILED
    return meeting_outcome_label(whole)


def takes_effect_label(value: TakesEffect) -> str:
    return translate("Labels", _TAKES_EFFECT[value])


R = TypeVar("R", StoredMeeting, StoredConvention)


def foreign_only(record: R, own_code: str) -> R:
    """The record with ``meta.origin_code`` kept only when another installation owns it."""
    if record.meta.origin_code in ("", own_code):
        return replace(record, meta=replace(record.meta, origin_code=""))
    return record


def sent_by(title: str, origin_code: str) -> str:
    """A title marked with the unit that sent the record up (empty code: our own record)."""
    if not origin_code:
        return title
    # The mark goes first so that a narrow column still shows it.
    return (
        translate("Labels", "[sent by %2, read-only] %1")
        .replace("%1", title)
        .replace("%2", origin_code)
    )
