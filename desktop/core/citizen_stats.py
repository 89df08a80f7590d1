"""The §4.10 indicators of reception, letters and cases over a period, as pure functions
over records (DOMAIN.md §4.10). Periods are inclusive (``start``..``end``).

- Reception: visits (lượt), people (người) and matters (vụ việc): visits sharing a
  ``case_id`` are one matter, so a repeat visit adds a lượt, never a vụ việc; a matter is
  "first-time" when its first visit ever falls in the period, "repeated" when it was first
  received before. A group (đoàn đông người) is a visit of ``settings.group_size`` (5) or
  more people.
- The chairman: days held ÷ days required (:mod:`desktop.core.chairman_days`).
- Letters: the period's letters are those received in it plus those carried over
  (received before it and not handled before it).
- Cases: in jurisdiction = accepted in the period plus carried over (accepted before it,
  not settled before it); settled = decided, concluded or terminated in the period; the
  rate = settled ÷ in jurisdiction; on time / late against the resolution deadline.
- Rates: integer hundredths of a percent, half-up (``format_rate`` shows "60,53%").
Denouncers never appear: only counts leave this module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.core.case_deadlines import resolution_deadline
from desktop.core.cases import Case, CaseEvent, EventType
from desktop.core.chairman_days import chairman_days
from desktop.core.citizen_common import DEFAULT_SETTINGS, CitizenSettings, rate_hundredths
from desktop.core.letters import Jurisdiction, Letter, LetterHandling
from desktop.core.reception import ReceptionSession, visit_day
from desktop.core.workdays import WorkCalendar


@dataclass(frozen=True)
class ReceptionStats:
    sessions: int = 0
    visits: int = 0  # lượt
    people: int = 0  # người
    cases: int = 0  # vụ việc
    cases_first_time: int = 0
    cases_repeated: int = 0
    repeat_visits: int = 0  # visits on a matter received before
    groups: int = 0  # đoàn đông người
    group_people: int = 0
    visits_by_type: dict[str, int] = field(default_factory=dict)
    visits_by_session_kind: dict[str, int] = field(default_factory=dict)
    sessions_by_kind: dict[str, int] = field(default_factory=dict)
    chairman_required: int = 0
    chairman_held: int = 0
    chairman_rate: int | None = None  # hundredths of a percent


def reception_stats(
    sessions: Iterable[ReceptionSession],
    start: date,
    end: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> ReceptionStats:
    """Reception figures of the period; ``sessions`` may hold earlier ones (they tell a
    repeated matter from a first-time one)."""
    every = list(sessions)
    rows = []  # (day, session order, seq, key, session, visit)
    for n, s in enumerate(every):
        for i, v in enumerate(s.visits):
            day = visit_day(s, v)
            if day is None:
                continue
            key = v.case_id.strip() or f"#{n}.{i}"  # a visit without a case id is its own
            rows.append((day, n, v.seq or i, key, s, v))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    first_day: dict[str, date] = {}
    for day, _, _, key, _, _ in rows:
        first_day.setdefault(key, day)
    in_period = [r for r in rows if start <= r[0] <= end]
    keys = {r[3] for r in in_period}
    first_time = sum(1 for k in keys if start <= first_day[k])
    seen: set[str] = set()
    repeat = 0
    for day, _, _, key, _, _ in rows:
        if key in seen and start <= day <= end:
            repeat += 1
        seen.add(key)
    held = [s for s in every if s.session_on is not None and start <= s.session_on <= end]
    groups = [r[5] for r in in_period if r[5].people >= settings.group_size]
    chairman = chairman_days(every, start, end, cal, settings)
    return ReceptionStats(
        sessions=len(held),
        visits=len(in_period),
        people=sum(r[5].people for r in in_period),
        cases=len(keys),
        cases_first_time=first_time,
        cases_repeated=len(keys) - first_time,
        repeat_visits=repeat,
        groups=len(groups),
        group_people=sum(v.people for v in groups),
        visits_by_type=dict(Counter(r[5].matter_type.value for r in in_period)),
        visits_by_session_kind=dict(Counter(r[4].kind.value for r in in_period)),
        sessions_by_kind=dict(Counter(s.kind.value for s in held)),
        chairman_required=chairman.required,
        chairman_held=chairman.held,
        chairman_rate=chairman.rate,
    )


@dataclass(frozen=True)
class LetterStats:
    received: int = 0  # carried over + new
    carried_over: int = 0
    new: int = 0
    eligible: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    ours: int = 0  # in our jurisdiction
    by_handling: dict[str, int] = field(default_factory=dict)
    by_jurisdiction: dict[str, int] = field(default_factory=dict)


def letter_stats(letters: Iterable[Letter], start: date, end: date) -> LetterStats:
    """Letters of the period, by type, eligibility, jurisdiction and handling."""
    new: list[Letter] = []
    carried: list[Letter] = []
    for x in letters:
        if x.received_day is None or x.received_day > end:
            continue
        if x.received_day >= start:
            new.append(x)
        elif x.handled_on is None or x.handled_on >= start:
            carried.append(x)
    work = carried + new
    return LetterStats(
        received=len(work),
        carried_over=len(carried),
        new=len(new),
        eligible=sum(1 for x in work if x.eligible),
        by_type=dict(Counter(x.letter_type.value for x in work if x.letter_type)),
        ours=sum(1 for x in work if x.jurisdiction is Jurisdiction.OURS),
        by_handling=dict(
            Counter(
                x.handling.value
                for x in work
                if x.handling is not LetterHandling.PENDING
                and x.handled_on is not None
                and x.handled_on <= end
            )
        ),
        by_jurisdiction=dict(Counter(x.jurisdiction.value for x in work if x.jurisdiction)),
    )


@dataclass(frozen=True)
class CaseStats:
    in_jurisdiction: int = 0
    carried_over: int = 0
    accepted: int = 0  # accepted in the period
    settled: int = 0
    rate: int | None = None  # settled ÷ in jurisdiction, hundredths of a percent
    on_time: int = 0
    late: int = 0
    by_type: dict[str, int] = field(default_factory=dict)  # in jurisdiction
    settled_by_type: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)  # right / partly_right / wrong


def settled_event(case: Case) -> CaseEvent | None:
    """The step that settles a case: its decision, conclusion or termination."""
    return case.first(EventType.DECIDED, EventType.CONCLUDED, EventType.TERMINATED)


def case_stats(
    cases: Iterable[Case],
    start: date,
    end: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> CaseStats:
    """Cases in jurisdiction and settled in the period, the rate and timeliness."""
    work: list[Case] = []
    carried = 0
    settled: list[tuple[Case, date]] = []
    for c in cases:
        accepted = c.accepted_on
        if accepted is None or accepted > end:
            continue
        done = settled_event(c)
        done_on = done.on if done else None
        if done_on is not None and done_on < start:
            continue
        work.append(c)
        carried += accepted < start
        if done_on is not None and done_on <= end:
            settled.append((c, done_on))
    timely = 0
    for c, on in settled:
        deadline = resolution_deadline(c, cal, settings)
        timely += deadline is None or deadline.met_by(on)
    findings = Counter(
        e.finding.value
        for c, _ in settled
        for e in c.events
        if e.type in (EventType.DECIDED, EventType.CONCLUDED) and e.finding is not None
    )
    return CaseStats(
        in_jurisdiction=len(work),
        carried_over=carried,
        accepted=len(work) - carried,
        settled=len(settled),
        rate=rate_hundredths(len(settled), len(work)),
        on_time=timely,
        late=len(settled) - timely,
        by_type=dict(Counter(c.case_type.value for c in work)),
        settled_by_type=dict(Counter(c.case_type.value for c, _ in settled)),
        findings=dict(findings),
    )
