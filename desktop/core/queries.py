"""What a list asks for: the filter and order of each record list (village, meeting,
convention, disclosure).

Plain values, so that the window and the command line can say what they want without
importing the store (docs/architecture.md "Layers"); the storage repositories turn them
into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class VillageQuery:
    """Filter and order of the village list."""

    search: str = ""
    include_retired: bool = True
    order_by: str = "code"  # code | name | households_total | head_name | households_as_of
    descending: bool = False


@dataclass(frozen=True)
class MeetingQuery:
    """Filter and order of the meetings list (all in SQL)."""

    village_uuid: str | None = None
    meeting_type: str | None = None
    year: int | None = None
    outcome: str | None = None
    search: str = ""
    with_warnings: bool = False
    order_by: str = "held_on"
    descending: bool = True


@dataclass(frozen=True)
class ConventionQuery:
    """Filter and order of the conventions list (in SQL)."""

    village_uuid: str | None = None
    status: str | None = None
    convention_type: str | None = None
    search: str = ""
    current_only: bool = True  # hide versions superseded by a newer one
    order_by: str = "last_event_on"
    descending: bool = True


@dataclass(frozen=True)
class DisclosureQuery:
    """Filter and order of the disclosures list (all in SQL)."""

    category: int | None = None
    year: int | None = None
    search: str = ""
    # "attention": overdue, or a posting period ending within ``days``; "on_boards": up today;
    # "planned": nothing disclosed yet.
    view: str = "all"
    today: date | None = None
    days: int = 7
    with_warnings: bool = False
    order_by: str = "decided_on"
    descending: bool = True


@dataclass(frozen=True)
class CitizenQuery:
    """Filter and order of the reception, letter and case lists (all in SQL): newest day
    first by default; ``search`` words folded (never a person's name: it is not indexed)."""

    search: str = ""
    year: int | None = None
    with_warnings: bool = False
    descending: bool = True


@dataclass(frozen=True)
class CivicQuery:
    """Filter and order of a consultation, dialogue, board or oversight list (in SQL)."""

    year: int | None = None
    state: str | None = None
    search: str = ""
    with_warnings: bool = False
    order_by: str = "day"  # day | title | warnings
    descending: bool = True
