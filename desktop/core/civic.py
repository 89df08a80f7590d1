"""What the consultation, dialogue, board and oversight rules share (DOMAIN.md §4.0, §4.6–§4.10).

- :class:`Warn` — a warning as a code and its params (:mod:`desktop.core.rule_common`,
  shared with issue 15's rules); the edge words it from :mod:`desktop.core.civic_messages`.
- :class:`Deadline` — one deadline as a value object: its code, due day and params (the
  article code among them), so the window, the command line and documents can word it.
- :class:`CivicSettings` — every setting of these rules with its documented default.
- The two ways §4.0 counts days: calendar days (Civil Code Arts. 147–148, with the end moved
  past days off for a deadline to act) and working days (:class:`WorkCalendar`).
- :func:`percent` — rates in integer arithmetic, half-up to 2 decimals, "60,53%"
  (:mod:`desktop.core.rule_common`).

Stdlib only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from desktop.core.errors import FieldError
from desktop.core.periods import CONSULTATION_DAYS

# Re-exported: the issue-16 rule modules import them from here.
from desktop.core.rule_common import Warn as Warn
from desktop.core.rule_common import percent as percent
from desktop.core.rule_common import warn as warn
from desktop.core.workdays import WorkCalendar

_EMPTY: Mapping[str, Any] = MappingProxyType({})

# Article codes: stable keys the catalog words ("Điều 28 Luật 10/2022/QH15").
ART_LAW_25 = "law_25"
ART_LAW_26 = "law_26"
ART_LAW_28_1 = "law_28_1"
ART_LAW_28_2 = "law_28_2"
ART_LAW_28_5 = "law_28_5"
ART_LAW_32 = "law_32"
ART_LAW_36 = "law_36"
ART_LAW_37 = "law_37"
ART_LAW_40_1C = "law_40_1c"
ART_LAW_40_2D = "law_40_2d"
ART_LAW_41 = "law_41"
ART_LAW_42 = "law_42"
ART_LAW_45_1B = "law_45_1b"
ART_LAW_45_1D = "law_45_1d"
ART_LAW_45_2C = "law_45_2c"
ART_D59_13 = "d59_13"
ART_D59_14_1 = "d59_14_1"
ART_D59_17 = "d59_17"
ART_BLDS_148 = "blds_148"


def refuse(field: str, code: str, **params: Any) -> FieldError:
    """A refusal of impossible input on ``field`` (nothing is saved)."""
    return FieldError(field, code, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class Deadline:
    """One deadline: ``code`` (what is due), ``due`` (the last day to act) and ``params``
    (``article`` always, plus what the wording needs: the day it counts from, the days)."""

    code: str
    due: date
    params: Mapping[str, Any] = dc_field(default_factory=lambda: _EMPTY)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "due": self.due.isoformat(), "params": dict(self.params)}


def deadline(code: str, due: date, **params: Any) -> Deadline:
    return Deadline(code, due, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class CivicSettings:
    """Settings of the §4.6–§4.10 rules, each with its default and source.

    Attributes:
        consultation_days: a consultation stays open at least this many calendar days
            (Law Art. 28(2)); a sector law may set another, recorded on the consultation.
        dialogue_by_month, dialogue_by_day: the yearly UBND–resident dialogue (Law Art. 32)
            is warned missing from this day of the year on (default 1 December).
        plan_notice_wd: an inspection plan goes to the MTTQ, the UBND chairman and the
            subject at least this many working days before it starts (D59 Art. 14(1)).
        answer_days: the UBND answers a board's recommendation within this many calendar
            days of receiving it (Law Arts. 40(1)(c), 45(2)(c)).
        investor_notice_days: the MTTQ notifies the investor at least this many days
            before supervision starts (Law Art. 45(1)(b)).
        board_min_members: the smallest board of either kind (Law Art. 36(1); D59
            Arts. 13(2), 17(2)).
        max_deputies: deputy heads at most (D59 Arts. 13(3), 17(3)).
        max_resident_members: resident members of a Ban GSĐTCĐ at most (D59 Art. 17(2)).
        by_election_months: a vacancy with at least this many months of the term left is
            filled by a by-election (Law Art. 36(2)).
        due_within_wd: "needs doing today" lists what falls due within this many working days.
    """

    consultation_days: int = CONSULTATION_DAYS
    dialogue_by_month: int = 12
    dialogue_by_day: int = 1
    plan_notice_wd: int = 5
    answer_days: int = 15
    investor_notice_days: int = 45
    board_min_members: int = 5
    max_deputies: int = 2
    max_resident_members: int = 5
    by_election_months: int = 6
    due_within_wd: int = 5

    def dialogue_by(self, year: int) -> date:
        """The day of ``year`` from which a missing yearly dialogue is warned."""
        return date(year, self.dialogue_by_month, self.dialogue_by_day)


DEFAULT_SETTINGS = CivicSettings()


def calendar_due(start: date, days: int, calendar: WorkCalendar | None = None) -> date:
    """The last day to act within ``days`` calendar days of ``start`` (start not counted,
    Civil Code Art. 147(1)); a last day that is a day off moves to the next working day
    (Art. 148(5)) when a working calendar is given."""
    due = start + timedelta(days=days)
    if calendar is not None:
        while not calendar.is_working_day(due):
            due += timedelta(days=1)
    return due


def latest_wd_before(calendar: WorkCalendar, before: date, wd: int) -> date:
    """The last day an act may happen to come at least ``wd`` working days before
    ``before`` (DOMAIN.md §4.0: ``before`` itself is not counted)."""
    return calendar.add_working_days(before, -wd)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 exists in every month


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()
