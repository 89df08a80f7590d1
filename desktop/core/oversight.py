"""A board's inspection or supervision activity (DOMAIN.md §4.8, §4.9).

- The Ban TTND sends each inspection plan to the MTTQ, the UBND chairman and the subject at
  least 5 working days before it starts (D59 Art. 14(1)): on or before the 5th working day
  before the start day (the start day not counted, §4.0), Tết and swapped working Saturdays
  as :class:`WorkCalendar` knows them.
- Recommendations and minutes are countersigned by the MTTQ before they are sent (Law
  Arts. 40(2)(d), 45(1)(d)); the UBND answers within 15 days of receiving one (Arts.
  40(1)(c), 45(2)(c)) — calendar days, the day of receipt not counted, a last day that is a
  day off moved to the next working day (Civil Code Arts. 147–148).
- Reports to the MTTQ each quarter, half-year, year and term (D59 Arts. 14(3), 18(3)).

Recommendation states: drafted → countersigned → sent → answered (on time / late) |
unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.civic import (
    ART_D59_14_1,
    ART_LAW_40_1C,
    ART_LAW_40_2D,
    ART_LAW_45_1D,
    ART_LAW_45_2C,
    DEFAULT_SETTINGS,
    CivicSettings,
    Deadline,
    Warn,
    calendar_due,
    deadline,
    latest_wd_before,
    refuse,
    warn,
)
from desktop.core.errors import FieldError
from desktop.core.workdays import WorkCalendar


class Activity(StrEnum):
    INSPECTION = "inspection"  # Ban TTND (kiểm tra, giám sát)
    SUPERVISION = "supervision"  # Ban GSĐTCĐ (giám sát đầu tư)


class RecommendationState(StrEnum):
    DRAFTED = "drafted"
    COUNTERSIGNED = "countersigned"
    SENT = "sent"
    ANSWERED = "answered"
    ANSWERED_LATE = "answered_late"
    UNANSWERED = "unanswered"


class ReportPeriod(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    TERM = "term"


@dataclass(frozen=True)
class Recommendation:
    content: str = ""
    countersigned_on: date | None = None  # by the MTTQ
    sent_on: date | None = None
    received_on: date | None = None  # by the UBND; the 15 days count from it
    answered_on: date | None = None
    answer: str = ""


@dataclass(frozen=True)
class BoardReport:
    period: ReportPeriod = ReportPeriod.QUARTER
    period_end: date | None = None
    sent_on: date | None = None  # to the MTTQ


@dataclass(frozen=True)
class Oversight:
    title: str
    board_uuid: str = ""
    activity: Activity = Activity.INSPECTION
    subject: str = ""  # who or what is inspected; the project supervised
    plan_sent_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    findings: str = ""
    cases_verified: int = 0
    violations: int = 0
    recommendations: tuple[Recommendation, ...] = ()
    reports: tuple[BoardReport, ...] = ()


def _articles(o: Oversight) -> tuple[str, str]:
    """(countersign article, answer article) of the activity's board."""
    if o.activity is Activity.INSPECTION:
        return ART_LAW_40_2D, ART_LAW_40_1C
    return ART_LAW_45_1D, ART_LAW_45_2C


def _before(
    errors: list[FieldError],
    path: str,
    key: str,
    day: date | None,
    other: str,
    other_day: date | None,
) -> None:
    if day is not None and other_day is not None and day < other_day:
        errors.append(refuse(f"{path}{key}", "must_not_precede", other=other))


def oversight_errors(o: Oversight) -> list[FieldError]:
    """Input no inspection or supervision can have."""
    errors: list[FieldError] = []
    if not o.title:
        errors.append(refuse("title", "required"))
    if not o.board_uuid:
        errors.append(refuse("board", "required"))
    for key, value in (("cases_verified", o.cases_verified), ("violations", o.violations)):
        if value < 0:
            errors.append(refuse(key, "min", min=0))
    _before(errors, "", "ends_on", o.ends_on, "starts_on", o.starts_on)
    countersign_article, _ = _articles(o)
    for i, r in enumerate(o.recommendations):
        p = f"recommendations[{i}]."
        if not r.content:
            errors.append(refuse(f"{p}content", "required"))
        if r.sent_on is not None and r.countersigned_on is None:
            errors.append(
                refuse(
                    f"{p}sent_on", "recommendation_not_countersigned", article=countersign_article
                )
            )
        if r.received_on is not None and r.sent_on is None:
            errors.append(refuse(f"{p}ubnd_received_on", "recommendation_not_sent"))
        if r.answered_on is not None and r.sent_on is None:
            errors.append(refuse(f"{p}answered_on", "recommendation_not_sent"))
        _before(errors, p, "sent_on", r.sent_on, "countersigned_on", r.countersigned_on)
        _before(errors, p, "ubnd_received_on", r.received_on, "sent_on", r.sent_on)
        since = "ubnd_received_on" if r.received_on else "sent_on"
        _before(errors, p, "answered_on", r.answered_on, since, r.received_on or r.sent_on)
    for i, rep in enumerate(o.reports):
        if rep.period_end is None:
            errors.append(refuse(f"reports[{i}].period_end", "required"))
    return errors


def plan_notice_by(
    o: Oversight, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> Deadline | None:
    """An inspection's plan is sent at least 5 wd before it starts (D59 Art. 14(1))."""
    if o.activity is not Activity.INSPECTION or o.starts_on is None:
        return None
    due = latest_wd_before(cal, o.starts_on, settings.plan_notice_wd)
    return deadline(
        "plan_notice",
        due,
        wd=settings.plan_notice_wd,
        starts=o.starts_on.isoformat(),
        article=ART_D59_14_1,
    )


def answer_due(
    o: Oversight, r: Recommendation, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> Deadline | None:
    """The UBND's last day to answer: 15 days from receipt (or from sending, when the day
    of receipt is not known)."""
    start = r.received_on or r.sent_on
    if start is None:
        return None
    _, article = _articles(o)
    return deadline(
        "answer_due",
        calendar_due(start, settings.answer_days, cal),
        days=settings.answer_days,
        received=start.isoformat(),
        article=article,
    )


def recommendation_state(
    o: Oversight,
    r: Recommendation,
    today: date,
    cal: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> RecommendationState:
    due = answer_due(o, r, cal, settings)
    if r.answered_on is not None:
        late = due is not None and r.answered_on > due.due
        return RecommendationState.ANSWERED_LATE if late else RecommendationState.ANSWERED
    if due is not None:
        return RecommendationState.UNANSWERED if today > due.due else RecommendationState.SENT
    if r.countersigned_on is not None:
        return RecommendationState.COUNTERSIGNED
    return RecommendationState.DRAFTED


def oversight_deadlines(
    o: Oversight, today: date, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> list[Deadline]:
    """Deadlines still to meet: the plan notice before the start, each answer awaited."""
    out: list[Deadline] = []
    notice = plan_notice_by(o, cal, settings)
    if notice is not None and o.plan_sent_on is None and o.starts_on and today < o.starts_on:
        out.append(notice)
    for i, r in enumerate(o.recommendations):
        due = answer_due(o, r, cal, settings)
        if due is not None and r.answered_on is None:
            out.append(deadline(due.code, due.due, index=i + 1, **due.params))
    return out


def oversight_warnings(
    o: Oversight, today: date, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> list[Warn]:
    out: list[Warn] = []
    notice = plan_notice_by(o, cal, settings)
    if notice is not None:
        sent = o.plan_sent_on
        if sent is not None and sent > notice.due:
            out.append(
                warn(
                    "plan_late", sent=sent.isoformat(), due=notice.due.isoformat(), **notice.params
                )
            )
        elif sent is None and o.starts_on is not None and today >= o.starts_on:
            out.append(warn("plan_missing", due=notice.due.isoformat(), **notice.params))
    for i, r in enumerate(o.recommendations):
        due = answer_due(o, r, cal, settings)
        if due is None:
            continue
        if r.answered_on is not None and r.answered_on > due.due:
            out.append(
                warn(
                    "answer_late",
                    index=i + 1,
                    answered=r.answered_on.isoformat(),
                    due=due.due.isoformat(),
                    **{k: v for k, v in due.params.items()},
                )
            )
        elif r.answered_on is None and today > due.due:
            out.append(
                warn(
                    "answer_missing",
                    index=i + 1,
                    due=due.due.isoformat(),
                    **{k: v for k, v in due.params.items()},
                )
            )
    return out
