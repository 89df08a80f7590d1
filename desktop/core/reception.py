"""Citizen reception (tiếp công dân): a session and its visits, the rows of the reception
book (TT04 Mẫu 03), with their rules (DOMAIN.md §4.1; LTCD = Law on Citizen Reception
42/2013/QH13, amended by Law 136/2025/QH15 from 1/7/2026).

Refusals are :class:`~desktop.core.errors.FieldError` codes (:func:`validate_session`);
breaches of a deadline or a number are warnings (:func:`session_warnings`); the chairman's
minimum reception days are checked over a period (:mod:`desktop.core.chairman_days`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.core.citizen_common import (
    DEFAULT_SETTINGS,
    CitizenSettings,
    CitizenWarning,
    Deadline,
    due_in,
    l136_in_force,
    late_warning,
    latest_before,
    warn,
)
from desktop.core.errors import FieldError
from desktop.core.workdays import WorkCalendar

SCHEDULE_NOTICE_WD = 5  # the chairman's schedule posted at least 5 wd ahead, LTCD Art. 24(2)(c)
GROUP_FROM = 5  # 5+ people on one matter appoint representatives, LTCD Art. 29
SMALL_GROUP_MAX = 10  # 5-10 people: 1 or 2 representatives; over 10: at most 5
SMALL_GROUP_REPS = (1, 2)
LARGE_GROUP_REPS = (1, 5)


class SessionKind(StrEnum):
    """LTCD Art. 2(1)."""

    REGULAR = "regular"  # thường xuyên (the reception staff)
    PERIODIC = "periodic"  # định kỳ (the chairman, Art. 15(2)(d))
    AD_HOC = "ad_hoc"  # đột xuất (Art. 18(3))


class SessionForm(StrEnum):
    IN_PERSON = "in_person"  # trực tiếp
    ONLINE = "online"  # trực tuyến, from 1/7/2026 (new LTCD Art. 3a)


class PresiderRole(StrEnum):
    CHAIRMAN = "chairman"
    VICE_CHAIRMAN = "vice_chairman"
    OFFICER = "officer"  # the reception officer or another civil servant
    OTHER = "other"


class MatterType(StrEnum):
    """The visit's matter by content (TT04 Mẫu 03)."""

    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"
    PETITION = "petition"  # kiến nghị, phản ánh
    MIXED = "mixed"  # split into separate letters, LTCD Art. 25(3)


class VisitHandling(StrEnum):
    """States of a visit (DOMAIN.md §4.1): how it was handled."""

    RECORDED = "recorded"
    REFUSED = "refused"  # LTCD Art. 9
    GUIDED = "guided"  # hướng dẫn đến cơ quan X (letter no.)
    ACCEPTED = "accepted"  # tiếp nhận để xử lý
    FORWARDED = "forwarded"  # chuyển đơn đến cơ quan X (letter no.)
    ANSWERED = "answered"
    CLOSED = "closed"


class RefusalGround(StrEnum):
    """The only grounds to refuse a reception (LTCD Art. 9)."""

    INCAPABLE = "incapable"  # (1) intoxicated or mentally incapable
    DISORDERLY = "disorderly"  # (2) threats, insults, breach of the rules
    SETTLED = "settled"  # (3) settled correctly, reviewed, answered, still pursued
    OTHER_LEGAL = "other_legal"  # (4) other grounds the law provides


@dataclass(frozen=True)
class Visit:
    """One row of the reception book (TT04 Mẫu 03) and what the register adds to it.

    ``name``, ``address``, ``id_no`` and ``group_representatives`` identify the person: they
    are confidential (a visitor may be a denouncer, LTCD Art. 3(2)).
    """

    seq: int | None = None
    on: date | None = None
    name: str = ""
    address: str = ""
    id_no: str = ""
    summary: str = ""
    matter_type: MatterType = MatterType.PETITION
    people: int = 1
    group_representatives: tuple[str, ...] = ()
    decided_by: str = ""  # the body that already decided the matter
    handling: VisitHandling = VisitHandling.RECORDED
    handled_to: str = ""  # body guided or forwarded to
    letter_no: str = ""  # the guidance or forwarding letter's number
    refusal_ground: RefusalGround | None = None
    documents_received: str = ""  # receipt of documents, TT04 Mẫu 02
    answered_on: date | None = None
    result: str = ""  # follow-up of the result
    note: str = ""
    case_id: str = ""  # links repeat visits on one matter (one vụ việc)


@dataclass(frozen=True)
class ReceptionSession:
    """A reception session (DOMAIN.md §4.1)."""

    session_on: date | None
    kind: SessionKind = SessionKind.REGULAR
    form: SessionForm = SessionForm.IN_PERSON
    place: str = ""
    presided_by: str = ""
    presider_role: PresiderRole = PresiderRole.OFFICER
    chairman_in_person: bool = False
    staff: tuple[str, ...] = ()
    schedule_posted_on: date | None = None
    postponed_from: date | None = None
    visits: tuple[Visit, ...] = ()

    @property
    def counts_for_chairman(self) -> bool:
        """A periodic session the chairman presided in person (the law has no delegation)."""
        return (
            self.kind is SessionKind.PERIODIC
            and self.presider_role is PresiderRole.CHAIRMAN
            and self.chairman_in_person
        )


def visit_day(session: ReceptionSession, visit: Visit) -> date | None:
    """The visit's own day, or the session's."""
    return visit.on or session.session_on


def validate_session(s: ReceptionSession) -> list[FieldError]:
    """The refusals of DOMAIN.md §4.1: what makes a session or a visit invalid."""
    errors: list[FieldError] = []
    if s.session_on is None:
        errors.append(FieldError("session_on", "required"))
    if s.chairman_in_person and s.presider_role is not PresiderRole.CHAIRMAN:
        # A deputy's session counted as the chairman's (LTCD Art. 15: no delegation).
        errors.append(
            FieldError(
                "chairman_in_person", "deputy_counted_as_chairman", {"role": s.presider_role.value}
            )
        )
    if (
        s.form is SessionForm.ONLINE
        and s.session_on is not None
        and not l136_in_force(s.session_on)
    ):
        errors.append(FieldError("form", "online_before_l136", {"on": s.session_on.isoformat()}))
    for i, v in enumerate(s.visits):
        errors.extend(_visit_errors(s, v, f"visits[{i}]."))
    return errors


def _visit_errors(s: ReceptionSession, v: Visit, at: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if visit_day(s, v) is None:
        errors.append(FieldError(f"{at}on", "required"))
    if not v.name.strip():
        errors.append(FieldError(f"{at}name", "required"))  # LTCD Art. 25(2)
    if not v.address.strip():
        errors.append(FieldError(f"{at}address", "required"))
    if v.people < 1:
        errors.append(FieldError(f"{at}people", "min", {"min": 1}))
    if len(v.group_representatives) > v.people:
        errors.append(
            FieldError(
                f"{at}group_representatives",
                "representatives_gt_people",
                {"representatives": len(v.group_representatives), "people": v.people},
            )
        )
    if v.handling is VisitHandling.REFUSED and v.refusal_ground is None:
        errors.append(FieldError(f"{at}refusal_ground", "refusal_without_ground"))  # LTCD Art. 9
    if v.refusal_ground is not None and v.handling is not VisitHandling.REFUSED:
        errors.append(FieldError(f"{at}refusal_ground", "ground_without_refusal"))
    if v.handling in (VisitHandling.GUIDED, VisitHandling.FORWARDED) and not v.handled_to.strip():
        errors.append(FieldError(f"{at}handled_to", "required"))
    day = visit_day(s, v)
    if v.answered_on is not None and day is not None and v.answered_on < day:
        errors.append(
            FieldError(f"{at}answered_on", "answer_before_visit", {"on": day.isoformat()})
        )
    return errors


def schedule_deadline(s: ReceptionSession, cal: WorkCalendar) -> Deadline | None:
    """The chairman's schedule posted at least 5 wd before the session (LTCD Art. 24(2)(c),
    a postponement posted with its new date, Art. 24(4))."""
    if s.session_on is None or s.kind is not SessionKind.PERIODIC:
        return None
    return latest_before("schedule_posting", s.session_on, SCHEDULE_NOTICE_WD, "ltcd_24", cal)


def answer_deadline(
    s: ReceptionSession, v: Visit, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> Deadline | None:
    """The answer to the citizen within 10 wd of receipt (LTCD Art. 28(1); a setting since
    Law 136 moves the procedure into a decree). A refusal or guidance given at the
    reception itself needs no later answer."""
    day = visit_day(s, v)
    if day is None or v.handling in (VisitHandling.REFUSED, VisitHandling.GUIDED):
        return None
    return due_in(settings.answer_unit, "visit_answer", day, settings.answer_days, "ltcd_28", cal)


def session_deadlines(
    s: ReceptionSession, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> list[Deadline]:
    """Every deadline of a session: its schedule posting, then each visit's answer (the
    computed ``deadlines`` of the record), naming its visit by row number — refused and
    guided visits have none, so the visit is said, as its warnings say it."""
    out: list[Deadline] = []
    posting = schedule_deadline(s, cal)
    if posting is not None:
        out.append(posting)
    for i, v in enumerate(s.visits):
        answer = answer_deadline(s, v, cal, settings)
        if answer is not None:
            out.append(replace(answer, visit=i + 1))
    return out


def representatives_allowed(people: int) -> tuple[int, int] | None:
    """How many representatives LTCD Art. 29 allows for ``people`` (None under 5)."""
    if people < GROUP_FROM:
        return None
    return SMALL_GROUP_REPS if people <= SMALL_GROUP_MAX else LARGE_GROUP_REPS


def session_warnings(
    s: ReceptionSession,
    cal: WorkCalendar,
    today: date | None = None,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> list[CitizenWarning]:
    """Warnings of one session: the schedule posting, each visit's representatives, ID number
    and answer (DOMAIN.md §4.1)."""
    out: list[CitizenWarning] = []
    if s.kind is SessionKind.PERIODIC and not s.counts_for_chairman:
        out.append(warn("periodic_not_by_chairman", role=s.presider_role.value))
    deadline = schedule_deadline(s, cal)
    if deadline is not None and s.counts_for_chairman:
        if s.schedule_posted_on is None:
            out.append(warn("schedule_posting_missing", **deadline.params))
        elif not deadline.met_by(s.schedule_posted_on):
            out.append(
                warn(
                    "schedule_posting_late",
                    done=s.schedule_posted_on.isoformat(),
                    **deadline.params,
                )
            )
    for i, v in enumerate(s.visits):
        out.extend(_visit_warnings(s, v, i, cal, today, settings))
    return out


def _visit_warnings(
    s: ReceptionSession,
    v: Visit,
    index: int,
    cal: WorkCalendar,
    today: date | None,
    settings: CitizenSettings,
) -> list[CitizenWarning]:
    out: list[CitizenWarning] = []
    allowed = representatives_allowed(v.people)
    reps = len(v.group_representatives)
    if allowed is not None and not allowed[0] <= reps <= allowed[1]:
        out.append(
            warn(
                "representatives_count",
                visit=index + 1,
                people=v.people,
                representatives=reps,
                low=allowed[0],
                high=allowed[1],
            )
        )
    day = visit_day(s, v)
    required_from = settings.visit_id_required_from
    if (
        day is not None
        and required_from is not None
        and day >= required_from
        and not v.id_no.strip()
    ):
        out.append(warn("visit_id_missing", visit=index + 1, since=required_from.isoformat()))
    if v.matter_type is MatterType.MIXED:
        out.append(warn("mixed_matter", visit=index + 1))  # split into letters, LTCD Art. 25(3)
    deadline = answer_deadline(s, v, cal, settings)
    if deadline is not None:
        late = late_warning(deadline, v.answered_on, today)
        if late is not None:
            out.append(warn(late.code, visit=index + 1, **late.params))
    return out
