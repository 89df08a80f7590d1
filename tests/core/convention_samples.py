"""Sample hương ước records shared by the convention tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from desktop.core.convention_events import AdoptionFacts, apply_event
from desktop.core.conventions import Convention, ConventionEvent, ConventionType, EventType

VILLAGE = "0b6c1f9e-thon-dong-hoa"
MEETING = "5d1e2f3a-hoi-nghi-thon"
TEXT = """\
HƯƠNG ƯỚC
THÔN ĐÔNG HÒA, XÃ TÂN PHÚ
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Mục đích
Giữ gìn thuần phong mỹ tục, xây dựng nếp sống văn minh.
Điều 2. Việc cưới
1. Tổ chức cưới trang trọng, tiết kiệm.
2. Không ép uống rượu, bia."""
# Tết 2026 (Monday 16 to Friday 20 February), passed explicitly as the officer would.
HOLIDAYS_2026 = [date(2026, 2, d) for d in range(16, 21)]

E = EventType
# A life cycle without any late step: weekdays, deadlines met, 42 days of consultation.
HAPPY: dict[EventType, date] = {
    E.PROPOSED: date(2026, 1, 5),
    E.DRAFTING: date(2026, 1, 12),
    E.CONSULTATION: date(2026, 2, 2),
    E.ADOPTED: date(2026, 3, 16),
    E.SUBMITTED: date(2026, 3, 18),
    E.RECOGNIZED: date(2026, 3, 23),  # a Monday
    E.DISTRIBUTED: date(2026, 3, 24),
}


def convention(**changes: Any) -> Convention:
    base = Convention(
        village_uuid=VILLAGE,
        convention_type=ConventionType.HUONG_UOC,
        title="Hương ước thôn Đông Hòa",
        text=TEXT,
        drafting_team=("Nguyễn Văn An", "Lò Thị Hoa"),
        proposer="Trưởng thôn Nguyễn Văn An",
    )
    return replace(base, **changes)


def event(kind: EventType, on: date, **details: Any) -> ConventionEvent:
    if kind is E.ADOPTED:
        details.setdefault("meeting_uuid", MEETING)
    if kind is E.RECOGNIZED:
        details.setdefault("decision_no", "12/QĐ-UBND")
    if kind in (E.SUSPENDED, E.ABOLISHED, E.REFUSED):
        details.setdefault("reason", "Nội dung trái quy định về xử phạt vi phạm hành chính")
    if kind is E.SUSPENDED:
        details.setdefault("until", on + timedelta(days=60))
    return ConventionEvent(kind, on, **details)


def facts(held_on: date, **changes: Any) -> AdoptionFacts:
    base = AdoptionFacts(MEETING, True, True, held_on, VILLAGE)
    return replace(base, **changes)


def build(
    upto: EventType,
    base: Convention | None = None,
    weeks: int = 0,
    **dates: date,
) -> Convention:
    """Apply the happy path up to ``upto`` included, ``weeks`` earlier or later, with
    some dates replaced (``adopted=date(...)``)."""
    c = base if base is not None else convention()
    for kind, on in HAPPY.items():
        on = dates.get(kind.value, on + timedelta(weeks=weeks))
        c = apply_event(c, event(kind, on), facts(on) if kind is E.ADOPTED else None)
        if kind is upto:
            return c
    raise AssertionError(f"{upto} is not on the happy path")
