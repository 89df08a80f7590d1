"""A complaint or denunciation the chairman accepted, and its life cycle as events
(DOMAIN.md §4.3 complaints, LKN = Law on Complaints 02/2011/QH13; §4.4 denunciations,
LTC = Law on Denunciations 25/2018/QH14; D31 = Decree 31/2019/NĐ-CP).

:func:`validate_case` holds the refusals (an event out of order, a decision dated before
the acceptance, a 45/60-day deadline without its flag, an extension beyond what the
recorded D31 criteria allow, an unsigned complaint accepted); the deadlines are in
:mod:`desktop.core.case_deadlines`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.errors import FieldError

RESOLUTION_DAYS = 30  # LKN Art. 28; LTC Art. 30(1)
COMPLEX_DAYS = 45  # complaint, complex (LKN Art. 28)
REMOTE_DAYS = 45  # complaint, remote area
REMOTE_COMPLEX_DAYS = 60
EXTENSION_MAX_DAYS = 30  # each denunciation extension, LTC Art. 30(1)
D31_CRITERIA = ("a", "b", "c", "d", "dd", "e", "g")  # the 7 points of D31 Art. 3(2)


class CaseType(StrEnum):
    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"


class EventType(StrEnum):
    ACCEPTED = "accepted"  # thụ lý (LKN Art. 27; LTC Art. 29)
    EXTENDED = "extended"  # gia hạn (LTC Art. 30) / complex complaint (LKN Art. 28)
    SUSPENDED = "suspended"  # tạm đình chỉ (LTC Art. 34; LKN Art. 11a from 1/7/2026)
    RESUMED = "resumed"
    DIALOGUE = "dialogue"  # đối thoại, complaints only (LKN Art. 30)
    DECIDED = "decided"  # quyết định giải quyết khiếu nại (LKN Art. 31)
    CONCLUDED = "concluded"  # kết luận nội dung tố cáo (LTC Art. 35)
    SENT = "sent"  # the decision / conclusion sent (LKN Art. 32; LTC Art. 35(3))
    DISCLOSED = "disclosed"  # công khai (D124; LTC Art. 40)
    CLOSED = "closed"
    TERMINATED = "terminated"  # đình chỉ (LTC Art. 34; LKN Art. 11a from 1/7/2026)


class CaseStatus(StrEnum):
    ACCEPTED = "accepted"
    VERIFYING = "verifying"  # extended or resumed: the verification goes on
    SUSPENDED = "suspended"
    DIALOGUE = "dialogue"
    DECIDED = "decided"  # or concluded
    SENT = "sent"
    DISCLOSED = "disclosed"
    CLOSED = "closed"
    TERMINATED = "terminated"


class Finding(StrEnum):
    """A decision's or conclusion's outcome (LTC Art. 35(2)(c), §4.10)."""

    RIGHT = "right"  # đúng
    PARTLY_RIGHT = "partly_right"  # đúng một phần
    WRONG = "wrong"  # sai


@dataclass(frozen=True)
class CaseEvent:
    """One step of the life cycle: its day, the document's number, and what the step needs
    (an extension's days, a decision's finding)."""

    type: EventType
    on: date | None
    ref_no: str = ""
    days: int | None = None  # an extension's days (≤ 30, LTC Art. 30)
    finding: Finding | None = None
    note: str = ""
    sent_on: date | None = None  # a suspension decision sent (LTC Art. 34(4))


@dataclass(frozen=True)
class Case:
    """A complaint or denunciation in the chairman's jurisdiction.

    ``person_*`` identify the complainant or the denouncer: confidential (a denouncer's
    identity, LTCD Art. 3(2), LTC Art. 47), never in lists, search, bundles or reports.
    """

    case_type: CaseType
    case_id: str = ""  # the matter's id, shared with its letters and visits
    received_day: date | None = None
    subject: str = ""  # what or who is complained of / denounced
    person_name: str = ""
    person_address: str = ""
    person_id_no: str = ""
    person_contact: str = ""
    signed: bool = True  # the letter is signed or fingerprinted (LKN Art. 11(5))
    letter: str = ""  # the uuid of the letter it came from
    complex: bool = False
    complex_reason: str = ""
    especially_complex: bool = False  # denunciations: 2+ D31 criteria
    criteria: tuple[str, ...] = ()  # D31 Art. 3(2) points met (denunciations)
    remote_area: bool = False  # vùng sâu, vùng xa (LKN Art. 28)
    remote_reason: str = ""
    resolution_days: int | None = None  # the time limit the acceptance decision states
    known_on: date | None = None  # the complainant received or learnt of the act (LKN Art. 9)
    notified_on: date | None = None  # denouncer and accused notified (LTC Art. 29(3))
    conclusion_handled_on: date | None = None  # the conclusion acted upon (LTC Art. 36(1))
    forwarded_by_deputy: bool = False  # report to the forwarder within 7 wd (LTCD Art. 27(2))
    forwarder_reported_on: date | None = None
    events: tuple[CaseEvent, ...] = ()

    def first(self, *types: EventType) -> CaseEvent | None:
        return next((e for e in self.events if e.type in types), None)

    @property
    def accepted_on(self) -> date | None:
        e = self.first(EventType.ACCEPTED)
        return e.on if e else None

    @property
    def settled_event(self) -> CaseEvent | None:
        """The decision (complaint) or conclusion (denunciation)."""
        return self.first(EventType.DECIDED, EventType.CONCLUDED)


_STATUS_OF = {
    EventType.ACCEPTED: CaseStatus.ACCEPTED,
    EventType.EXTENDED: CaseStatus.VERIFYING,
    EventType.SUSPENDED: CaseStatus.SUSPENDED,
    EventType.RESUMED: CaseStatus.VERIFYING,
    EventType.DIALOGUE: CaseStatus.DIALOGUE,
    EventType.DECIDED: CaseStatus.DECIDED,
    EventType.CONCLUDED: CaseStatus.DECIDED,
    EventType.SENT: CaseStatus.SENT,
    EventType.DISCLOSED: CaseStatus.DISCLOSED,
    EventType.CLOSED: CaseStatus.CLOSED,
    EventType.TERMINATED: CaseStatus.TERMINATED,
}
E, S = EventType, CaseStatus
_WORKING = frozenset({E.EXTENDED, E.SUSPENDED, E.DIALOGUE, E.DECIDED, E.CONCLUDED, E.TERMINATED})
_ALLOWED: dict[CaseStatus | None, frozenset[EventType]] = {
    None: frozenset({E.ACCEPTED}),
    S.ACCEPTED: _WORKING,
    S.VERIFYING: _WORKING,
    S.DIALOGUE: _WORKING,
    S.SUSPENDED: frozenset({E.RESUMED, E.TERMINATED}),
    S.DECIDED: frozenset({E.SENT}),
    S.SENT: frozenset({E.SENT, E.DISCLOSED, E.CLOSED}),
    S.DISCLOSED: frozenset({E.CLOSED}),
    S.CLOSED: frozenset(),
    S.TERMINATED: frozenset(),
}
_ONLY_FOR = {
    E.DIALOGUE: CaseType.COMPLAINT,
    E.DECIDED: CaseType.COMPLAINT,
    E.CONCLUDED: CaseType.DENUNCIATION,
}


def status(case: Case) -> CaseStatus | None:
    """Where the case stands: its last event's state (None without events)."""
    return _STATUS_OF[case.events[-1].type] if case.events else None


def resolution_days_allowed(case: Case) -> int:
    """The longest resolution period the case's flags allow (LKN Art. 28; LTC Art. 30(1)
    gives 30 days and extensions instead)."""
    if case.case_type is CaseType.DENUNCIATION:
        return RESOLUTION_DAYS
    if case.remote_area:
        return REMOTE_COMPLEX_DAYS if case.complex else REMOTE_DAYS
    return COMPLEX_DAYS if case.complex else RESOLUTION_DAYS


def extensions_allowed(case: Case) -> int:
    """Denunciation extensions the recorded D31 Art. 3(2) criteria allow: 1 for a complex
    case (1 criterion), 2 for an especially complex one (2 or more) (LTC Art. 30(1))."""
    met = len(set(case.criteria))
    return 2 if met >= 2 else 1 if met == 1 else 0


def validate_case(case: Case) -> list[FieldError]:
    """The refusals of DOMAIN.md §4.3-§4.4 on a case and its events."""
    errors: list[FieldError] = []
    if case.received_day is None:
        errors.append(FieldError("received_day", "required"))
    if not case.subject.strip():
        errors.append(FieldError("subject", "required"))
    if case.case_type is CaseType.COMPLAINT and not case.signed and case.accepted_on is not None:
        errors.append(FieldError("signed", "unsigned_complaint_accepted"))  # LKN Art. 11(5)
    if case.complex and case.case_type is CaseType.COMPLAINT and not case.complex_reason.strip():
        errors.append(FieldError("complex_reason", "complex_without_reason"))
    if case.remote_area and not case.remote_reason.strip():
        errors.append(FieldError("remote_reason", "remote_without_reason"))
    unknown = [c for c in case.criteria if c not in D31_CRITERIA]
    if unknown:
        errors.append(FieldError("criteria", "unknown_criterion", {"value": unknown[0]}))
    if case.case_type is CaseType.DENUNCIATION:
        met = len(set(case.criteria))
        if case.complex and met < 1:
            errors.append(FieldError("complex", "criteria_too_few", {"needed": 1, "met": met}))
        if case.especially_complex and met < 2:
            errors.append(
                FieldError("especially_complex", "criteria_too_few", {"needed": 2, "met": met})
            )
    allowed = resolution_days_allowed(case)
    if case.resolution_days is not None and case.resolution_days > allowed:
        # A 45/60-day deadline without the complex / remote-area flag (LKN Art. 28).
        errors.append(
            FieldError(
                "resolution_days",
                "resolution_days_without_flag",
                {"days": case.resolution_days, "allowed": allowed},
            )
        )
    errors.extend(_event_errors(case))
    return errors


def _event_errors(case: Case) -> list[FieldError]:
    errors: list[FieldError] = []
    state: CaseStatus | None = None
    previous: date | None = None
    accepted = case.accepted_on
    extensions = 0
    for i, e in enumerate(case.events):
        at = f"events[{i}]."
        if e.on is None:
            errors.append(FieldError(f"{at}on", "required"))
        only = _ONLY_FOR.get(e.type)
        if only is not None and only is not case.case_type:
            errors.append(FieldError(f"{at}type", "event_not_for_type", {"event": e.type.value}))
        elif e.type not in _ALLOWED[state]:
            errors.append(
                FieldError(
                    f"{at}type",
                    "event_not_allowed",
                    {"event": e.type.value, "status": state.value if state else ""},
                )
            )
        if e.on is not None:
            if e.type is E.ACCEPTED and case.received_day is not None and e.on < case.received_day:
                errors.append(FieldError(f"{at}on", "accepted_before_received"))
            if e.type in (E.DECIDED, E.CONCLUDED) and accepted is not None and e.on < accepted:
                errors.append(
                    FieldError(
                        f"{at}on", "decision_before_acceptance", {"accepted": accepted.isoformat()}
                    )
                )
            elif previous is not None and e.on < previous:
                errors.append(
                    FieldError(
                        f"{at}on", "event_before_previous", {"previous": previous.isoformat()}
                    )
                )
            previous = e.on if previous is None or e.on > previous else previous
        if e.type is E.EXTENDED:
            extensions += 1
            errors.extend(_extension_errors(case, e, extensions, at))
        state = _STATUS_OF[e.type]
    return errors


def _extension_errors(case: Case, e: CaseEvent, n: int, at: str) -> list[FieldError]:
    if case.case_type is CaseType.COMPLAINT:
        # A complaint is "extended" by being declared complex: 45 (60) days, LKN Art. 28.
        if not case.complex:
            return [FieldError(f"{at}type", "extension_without_complex")]
        if n > 1:
            return [FieldError(f"{at}type", "extension_beyond_criteria", {"allowed": 1, "met": 0})]
        return []
    errors: list[FieldError] = []
    allowed = extensions_allowed(case)
    if n > allowed:
        met = len(set(case.criteria))
        errors.append(
            FieldError(f"{at}type", "extension_beyond_criteria", {"allowed": allowed, "met": met})
        )
    if e.days is None:
        errors.append(FieldError(f"{at}days", "required"))
    elif not 1 <= e.days <= EXTENSION_MAX_DAYS:
        errors.append(FieldError(f"{at}days", "extension_too_long", {"max": EXTENSION_MAX_DAYS}))
    return errors
