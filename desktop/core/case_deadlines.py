"""Every deadline a case's steps start, and their breaches as warnings (DOMAIN.md §4.3,
§4.4; counting as §4.0 and :mod:`desktop.core.citizen_common`).

The rule in force on the event's date applies: suspending or terminating a complaint is
new with Law 136/2025/QH15 (LKN Art. 11a from 1/7/2026), so a complaint's suspension
stops its clock only from that day; a denunciation's always does (LTC Art. 34(2)).
"""

from __future__ import annotations

from datetime import date

from desktop.core.cases import (
    REMOTE_DAYS,
    RESOLUTION_DAYS,
    Case,
    CaseType,
    EventType,
    resolution_days_allowed,
)
from desktop.core.citizen_common import (
    DEFAULT_SETTINGS,
    CitizenSettings,
    CitizenWarning,
    Deadline,
    Suspension,
    due_calendar_days,
    due_in,
    due_working_days,
    l136_in_force,
    late_warning,
    warn,
)
from desktop.core.workdays import WorkCalendar

CLASSIFY_WD = 7  # LTC Art. 24(1)
NOTIFY_WD = 5  # LTC Art. 29(3)
COMPLAINT_SENT_WD = 3  # LKN Art. 32
CONCLUSION_SENT_WD = 5  # LTC Art. 35(3)
DENUNCIATION_DISCLOSURE_WD = 7  # LTC Art. 40(1)
DEPUTY_REPORT_WD = 7  # LTCD Art. 27(2)
SUSPENSION_SENT_WD = 5  # LTC Art. 34(4)
CONCLUSION_HANDLING_WD = 7  # LTC Art. 36(1)
LIMITATION_DAYS = 90  # a complaint within 90 days of learning of the act, LKN Art. 9
SECOND_COMPLAINT_DAYS = 30  # LKN Art. 33; 45 in a remote area
SECOND_COMPLAINT_REMOTE_DAYS = 45


def suspensions(case: Case) -> tuple[Suspension, ...]:
    """The suspensions that stop the case's clock (see the module's docstring)."""
    out: list[Suspension] = []
    start: date | None = None
    for e in case.events:
        if e.on is None:
            continue
        if e.type is EventType.SUSPENDED and start is None:
            counts = case.case_type is CaseType.DENUNCIATION or l136_in_force(e.on)
            start = e.on if counts else None
        elif e.type is EventType.RESUMED and start is not None:
            out.append(Suspension(start, e.on))
            start = None
    if start is not None:
        out.append(Suspension(start))
    return tuple(out)


def resolution_deadline(
    case: Case, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> Deadline | None:
    """Resolve within 30 days of acceptance (LKN Art. 28; LTC Art. 30(1)): a complaint 45
    if complex, in a remote area 45 / 60; a denunciation 30 plus its extensions."""
    accepted = case.accepted_on
    if accepted is None:
        return None
    stops = suspensions(case)
    if case.case_type is CaseType.DENUNCIATION:
        days = RESOLUTION_DAYS + sum(
            e.days or 0 for e in case.events if e.type is EventType.EXTENDED
        )
        return due_calendar_days("denunciation_resolution", accepted, days, "ltc_30", cal, stops)
    remote = case.remote_area or settings.remote_area
    extended = any(e.type is EventType.EXTENDED for e in case.events)
    if case.resolution_days is not None:
        days = case.resolution_days
    elif extended:
        days = resolution_days_allowed(case)
    else:
        days = REMOTE_DAYS if remote else RESOLUTION_DAYS
    return due_calendar_days("complaint_resolution", accepted, days, "lkn_28", cal, stops)


def case_deadlines(
    case: Case, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> list[tuple[Deadline, date | None]]:
    """Each deadline the case's steps have started, with the day it was met (None: not yet)."""
    out: list[tuple[Deadline, date | None]] = []
    accepted = case.accepted_on
    complaint = case.case_type is CaseType.COMPLAINT
    if case.received_day is not None:
        if complaint:
            d = due_in(
                settings.complaint_acceptance_unit,
                "complaint_acceptance",
                case.received_day,
                settings.complaint_acceptance_days,
                "lkn_27",
                cal,
            )
        else:
            d = due_working_days(
                "denunciation_classification", case.received_day, CLASSIFY_WD, "ltc_24_1", cal
            )
        out.append((d, accepted))
    if accepted is not None and not complaint:
        d = due_working_days("denunciation_notification", accepted, NOTIFY_WD, "ltc_29_3", cal)
        out.append((d, case.notified_on))
    if not complaint:
        for e in case.events:
            if e.type is EventType.SUSPENDED and e.on is not None:
                d = due_working_days("suspension_sent", e.on, SUSPENSION_SENT_WD, "ltc_34_4", cal)
                out.append((d, e.sent_on))
    resolution = resolution_deadline(case, cal, settings)
    settled = case.settled_event
    if resolution is not None:
        out.append((resolution, settled.on if settled else None))
    if settled is None or settled.on is None:
        return out
    sent = case.first(EventType.SENT)
    disclosed = case.first(EventType.DISCLOSED)
    on = settled.on
    if complaint:
        out.append(
            (due_working_days("decision_sent", on, COMPLAINT_SENT_WD, "lkn_32", cal), _day(sent))
        )
        out.append(
            (
                due_calendar_days(
                    "complaint_disclosure", on, settings.complaint_disclosure_days, "d124", cal
                ),
                _day(disclosed),
            )
        )
        remote = case.remote_area or settings.remote_area
        second = SECOND_COMPLAINT_REMOTE_DAYS if remote else SECOND_COMPLAINT_DAYS
        out.append((due_calendar_days("second_complaint", on, second, "lkn_33", cal), None))
    else:
        out.append(
            (
                due_working_days("conclusion_sent", on, CONCLUSION_SENT_WD, "ltc_35_3", cal),
                _day(sent),
            )
        )
        out.append(
            (
                due_working_days(
                    "denunciation_disclosure", on, DENUNCIATION_DISCLOSURE_WD, "ltc_40_1", cal
                ),
                _day(disclosed),
            )
        )
        d = due_working_days("conclusion_handling", on, CONCLUSION_HANDLING_WD, "ltc_36_1", cal)
        out.append((d, case.conclusion_handled_on))
    if case.forwarded_by_deputy:
        d = due_working_days("deputy_report", on, DEPUTY_REPORT_WD, "ltcd_27_2", cal)
        out.append((d, case.forwarder_reported_on))
    return out


def _day(event: object) -> date | None:
    return getattr(event, "on", None)


# Deadlines the officer acts on; ``second_complaint`` is the complainant's, shown only.
_INFORMATION_ONLY = frozenset({"second_complaint"})


def acted_deadlines(
    case: Case, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> list[tuple[Deadline, date | None]]:
    """The deadlines the officer must meet (the complainant's own are left out), each with
    the day it was met."""
    return [p for p in case_deadlines(case, cal, settings) if p[0].code not in _INFORMATION_ONLY]


def case_warnings(
    case: Case,
    cal: WorkCalendar,
    today: date | None = None,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> list[CitizenWarning]:
    """Each deadline missed (done late, or not done by ``today``), and a complaint suspended
    or terminated before Law 136 gave that step (LKN Art. 11a from 1/7/2026)."""
    out: list[CitizenWarning] = []
    for deadline, done in acted_deadlines(case, cal, settings):
        late = late_warning(deadline, done, today)
        if late is not None:
            out.append(late)
    if case.case_type is CaseType.COMPLAINT:
        if case.known_on is not None and case.received_day is not None:
            limit = due_calendar_days(
                "complaint_limitation", case.known_on, LIMITATION_DAYS, "lkn_9", cal
            )
            late = late_warning(limit, case.received_day, None)
            if late is not None:  # obstacles excluded (Art. 9): a warning only
                out.append(late)
        for e in case.events:
            early = e.on is not None and not l136_in_force(e.on)
            if e.type in (EventType.SUSPENDED, EventType.TERMINATED) and early:
                out.append(warn("complaint_step_before_l136", event=e.type.value, on=str(e.on)))
    return out


def on_time(
    case: Case, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> bool | None:
    """The case was settled within its resolution deadline (None: not settled)."""
    settled = case.settled_event
    deadline = resolution_deadline(case, cal, settings)
    if settled is None or settled.on is None or deadline is None:
        return None
    return deadline.met_by(settled.on)
