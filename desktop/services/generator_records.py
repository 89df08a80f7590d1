"""Record builders for the reference-data generator: the shared state and meetings.

Every record obeys DOMAIN.md (votes ≤ present ≤ total, dates in order, a convention
adopted only at a meeting of its village that passed it), because the services refuse
anything else. The builders only make content; desktop.services.generator stores it.
"""

from __future__ import annotations

import random
import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.meetings import (
    HouseholdBallot,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
    Recognizer,
)
from desktop.core.villages import VillageType
from desktop.core.workdays import WorkCalendar
from desktop.services import generator_names as names
from desktop.services import generator_text as words

DAY = timedelta(days=1)


@dataclass
class GenVillage:
    uuid: str
    code: str
    name: str
    village_type: VillageType
    head: str
    households: int


@dataclass
class Gen:
    """What every builder shares: the random streams, the calendar and the period."""

    rng: random.Random
    ids: random.Random  # a separate stream, so uuids do not shift when texts change
    calendar: WorkCalendar
    start: date
    end: date
    chairman: str
    decision_numbers: dict[int, int] = field(default_factory=dict)

    def uuid(self) -> str:
        return str(_uuid.UUID(int=self.ids.getrandbits(128), version=4))

    def day_between(self, first: date, last: date) -> date:
        return first + self.rng.randint(0, max(0, (last - first).days)) * DAY

    def wd(self, on: date, n: int) -> date:
        return self.calendar.add_working_days(on, n)

    def working(self, day: date) -> date:
        """``day``, or the next working day when it is a day off."""
        while not self.calendar.is_working_day(day):
            day += DAY
        return day

    def decision_no(self, on: date, suffix: str = "QĐ-UBND") -> str:
        """Numbered from 01 each calendar year (D30)."""
        n = self.decision_numbers.get(on.year, 0) + 1
        self.decision_numbers[on.year] = n
        return f"{n:02d}/{suffix}"

    def households_on(self, v: GenVillage, on: date) -> int:
        """Villages grow by about one per cent a year."""
        return v.households + v.households * (on - self.start).days // 36500


def spread(rng: random.Random, total: int, slots: int, low: int, high: int) -> list[int]:
    """``slots`` numbers in [low, high] adding up to ``total`` as near as the bounds allow."""
    sizes = [low] * slots
    extra = max(0, total - low * slots)
    open_slots = [i for i in range(slots) if high > low]
    while extra > 0 and open_slots:
        k = rng.randrange(len(open_slots))
        i = open_slots[k]
        sizes[i] += 1
        extra -= 1
        if sizes[i] >= high:
            open_slots[k] = open_slots[-1]
            open_slots.pop()
    return sizes


# --- votes -----------------------------------------------------------------------------
def _needed(matter: Matter, total: int, present: int) -> int:
    """The fewest votes for that pass (Law Art. 21; D59 Art. 3 for procedure)."""
    if matter is Matter.PROCEDURAL:
        return present // 2 + 1
    if matter in (Matter.CONTRIBUTION, Matter.FUND_MANAGEMENT):
        return -(-2 * total // 3)
    return total // 2 + 1


def vote(
    g: Gen, title: str, matter: Matter, method: Method, total: int, voters: int, passes: bool
) -> MeetingItem:
    """An item whose counts pass or fail as asked when ``voters`` allows it."""
    need = _needed(matter, total, voters)
    if passes and need <= voters:
        votes_for = g.rng.randint(need, voters)
    else:
        votes_for = g.rng.randint(0, max(0, min(need - 1, voters)))
    rest = voters - votes_for
    against = g.rng.randint(0, rest) // 2
    other = g.rng.randint(0, rest - against) // 3
    return MeetingItem(title, matter, method, votes_for, against, other)


def _fill(template: str, g: Gen, on: date) -> str:
    return template.format(
        project=g.rng.choice(words.PROJECTS),
        amount=g.rng.choice((50, 100, 150, 200, 300, 500)),
        year=on.year,
        next_year=on.year + 1,
        end_year=on.year + 2,
    )


_RECOGNIZER = {
    MeetingType.HEAD_ELECTION: Recognizer.UBND,
    MeetingType.CONVENTION: Recognizer.UBND,
    MeetingType.BOARD_ELECTION: Recognizer.MTTQ,
}


def meeting(
    g: Gen,
    v: GenVillage,
    held: date,
    kind: MeetingType,
    n_items: int,
    *,
    title: str | None = None,
    passes: bool | None = None,
    present: int | None = None,
) -> Meeting:
    """A village meeting with ``n_items`` vote items (one of them the secretary's election
    when there are three or more)."""
    rng = g.rng
    total = g.households_on(v, held)
    if present is None:
        present = rng.randint(total * 55 // 100, total)
    ok = rng.random() < 0.88 if passes is None else passes
    items: list[MeetingItem] = []
    if n_items >= 3:
        items.append(
            vote(
                g,
                "Bầu thư ký hội nghị",
                Matter.PROCEDURAL,
                Method.SHOW_OF_HANDS,
                total,
                present,
                True,
            )
        )
    counting: tuple[str, ...] = ()
    witnesses: tuple[str, ...] = ()
    for _ in range(n_items - len(items)):
        matter, method, template = _matter_for(g, kind)
        if method is Method.SECRET_BALLOT:
            counting = tuple(names.person(rng) for _ in range(3))
            witnesses = (names.person(rng), names.person(rng))
        items.append(vote(g, _fill(template, g, held), matter, method, total, present, ok))
    notice_days = rng.choice((5, 6, 7, 10)) if kind is MeetingType.PERIODIC else rng.randint(2, 7)
    if rng.random() < 0.04:
        notice_days = 1  # a late invitation now and then: a warning, as in real records
    sent: date | None = g.wd(held, rng.randint(1, 5) if rng.random() < 0.95 else rng.randint(6, 9))
    assert sent is not None
    if sent > g.end:
        sent = None
    recognizer = _RECOGNIZER.get(kind)
    recognized_on = None
    if recognizer is not None and ok and sent is not None:
        recognized_on = g.wd(sent, rng.randint(1, 5))
        if recognized_on > g.end:
            recognized_on = None
    return Meeting(
        village_uuid=v.uuid,
        title=title or _meeting_title(g, kind, items, held),
        meeting_type=kind,
        held_on=held,
        place=f"Nhà văn hóa {names.in_text(v.name)}"
        if rng.random() < 0.8
        else "Hội trường UBND xã",
        convened_by=v.head,
        chair=v.head,
        secretary=names.person(rng),
        notice_on=held - notice_days * DAY,
        households_total=total,
        households_present=present,
        minutes_sent_on=sent,
        recognized_on=recognized_on,
        recognized_by=recognizer if recognized_on else None,
        items=tuple(items),
        minutes_text=words.minutes_text(rng, v.name),
        representatives=(names.person(rng), names.person(rng)),
        counting_board=counting,
        witnesses=witnesses,
    )


def _matter_for(g: Gen, kind: MeetingType) -> tuple[Matter, Method, str]:
    rng = g.rng
    if kind is MeetingType.HEAD_ELECTION:
        return (
            Matter.VILLAGE_HEAD,
            Method.SECRET_BALLOT,
            "Bầu trưởng thôn nhiệm kỳ {year}-{end_year}",
        )
    if kind is MeetingType.BOARD_ELECTION:
        return Matter.BOARDS, Method.SECRET_BALLOT, rng.choice(words.BOARD_ITEMS)
    if kind is MeetingType.CONVENTION:
        return Matter.CONVENTION, Method.SHOW_OF_HANDS, "Thông qua dự thảo hương ước, quy ước"
    if kind is MeetingType.PERIODIC:
        return Matter.OTHER, Method.SHOW_OF_HANDS, rng.choice(words.PERIODIC_ITEMS)
    roll = rng.random()
    if roll < 0.4:
        return Matter.CONTRIBUTION, Method.SHOW_OF_HANDS, rng.choice(words.CONTRIBUTION_ITEMS)
    if roll < 0.7:
        return Matter.FUND_MANAGEMENT, Method.SHOW_OF_HANDS, rng.choice(words.FUND_ITEMS)
    return Matter.OTHER, Method.SHOW_OF_HANDS, rng.choice(words.OTHER_ITEMS)


def _meeting_title(g: Gen, kind: MeetingType, items: list[MeetingItem], held: date) -> str:
    if kind is MeetingType.PERIODIC:
        return f"Hội nghị định kỳ cuối năm {held.year}"
    if kind is MeetingType.HEAD_ELECTION:
        return f"Hội nghị bầu trưởng thôn, tổ trưởng tổ dân phố năm {held.year}"
    decided = [i.title for i in items if i.matter is not Matter.PROCEDURAL]
    return "Bàn và quyết định: " + decided[0][0].lower() + decided[0][1:]


def household_ballot(g: Gen, v: GenVillage, held: date, n_items: int) -> Meeting:
    """A household ballot (D59 Art. 4) on matters that need no meeting first."""
    rng = g.rng
    total = g.households_on(v, held)
    returned = rng.randint(total * 60 // 100, total)
    deadline = held + rng.randint(5, 10) * DAY
    items = tuple(
        vote(
            g,
            _fill(rng.choice(words.CONTRIBUTION_ITEMS), g, held),
            Matter.CONTRIBUTION,
            Method.HOUSEHOLD_BALLOT,
            total,
            returned,
            rng.random() < 0.85,
        )
        for _ in range(n_items)
    )
    sent = g.wd(deadline, rng.randint(1, 5))
    return Meeting(
        village_uuid=v.uuid,
        title="Lấy ý kiến hộ gia đình: " + items[0].title[0].lower() + items[0].title[1:],
        meeting_type=MeetingType.DECISION,
        held_on=held,
        convened_by=v.head,
        households_total=total,
        minutes_sent_on=sent if sent <= g.end else None,
        items=items,
        ballot=HouseholdBallot(
            papers_issued=total,
            papers_returned=returned,
            announced_on=held - rng.randint(2, 4) * DAY,
            deadline_on=deadline,
        ),
        minutes_text=words.minutes_text(rng, v.name),
        counting_board=tuple(names.person(rng) for _ in range(3)),
        witnesses=(names.person(rng), names.person(rng)),
    )
