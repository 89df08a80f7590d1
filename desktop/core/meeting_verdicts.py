"""What a meeting form may show for each item while it is typed: core's verdict.

The outcome of an item is :func:`desktop.core.meetings.evaluate_meeting`'s (the
thresholds of Law 10/2022/QH15 Art. 21, D61 Art. 10, D59 Art. 3; the ballot items
counted against the papers returned, D59 Art. 4), shown only when
:func:`desktop.core.meetings.validate_meeting` finds nothing wrong with the numbers
that item rests on: exactly what Save stores. The window displays these verdicts
(``ui/dialogs/meeting_dialog.py``); it decides none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import FieldError, ValidationError
from desktop.core.meetings import (
    ItemResult,
    Matter,
    Meeting,
    MeetingItem,
    Method,
    Recognizer,
    evaluate_meeting,
    validate_meeting,
)

# The shared counts an item's outcome rests on (Law Arts. 20-21; D59 Art. 4).
COUNT_FIELDS = frozenset(
    {"households_total", "households_present", "ballot.papers_issued", "ballot.papers_returned"}
)
# An item's own numbers.
ITEM_COUNT_FIELDS = ("votes_for", "votes_against", "votes_other", "method")


class Pending(StrEnum):
    """Why an item has no verdict yet (the window words it)."""

    NO_TOTAL = "no_total"  # the households of the village are not known
    ENTER_PRESENT = "enter_present"  # a count it rests on is still empty
    FIX_COUNTS = "fix_counts"  # a count it rests on is wrong


@dataclass(frozen=True)
class ItemVerdict:
    """``result`` when the item can be judged, else ``pending`` says why."""

    result: ItemResult | None = None
    pending: Pending | None = None


def _counted_against(item: MeetingItem, fields: set[str]) -> bool:
    """A household-ballot item rests on the papers (D59 Art. 4), any other on the
    households present."""
    ballot = item.method is Method.HOUSEHOLD_BALLOT
    return any(f.startswith("ballot.") == ballot for f in fields)


def _blocked(errors: Sequence[FieldError], m: Meeting, index: int) -> bool:
    wrong = {e.field for e in errors if e.code != "required"}
    own = {f"items[{index}].{name}" for name in ITEM_COUNT_FIELDS} & wrong
    shared = {e.field for e in errors if e.field in COUNT_FIELDS}
    return bool(own) or (bool(shared) and _counted_against(m.items[index], shared))


def item_verdicts(
    m: Meeting, extra_errors: Sequence[FieldError] = ()
) -> tuple[tuple[ItemVerdict, ...], list[FieldError]]:
    """Each item's verdict, and the errors Save would refuse (``extra_errors``, e.g. a
    matter not chosen yet, then :func:`validate_meeting`'s)."""
    errors = [*extra_errors, *validate_meeting(m)]
    counts = [e for e in errors if e.field in COUNT_FIELDS]
    if m.households_total is None:
        return tuple(ItemVerdict(pending=Pending.NO_TOTAL) for _ in m.items), errors
    results: tuple[ItemResult, ...] | None = None
    if not any(e.field == "households_total" for e in counts):  # no outcome without it
        try:
            results = evaluate_meeting(m)
        except ValidationError:
            results = None
    only_empty = bool(counts) and all(e.code == "required" for e in counts)
    pending = Pending.ENTER_PRESENT if only_empty else Pending.FIX_COUNTS
    verdicts = tuple(
        ItemVerdict(pending=pending)
        if results is None or _blocked(errors, m, i)
        else ItemVerdict(results[i])
        for i in range(len(m.items))
    )
    return verdicts, errors


def expected_recognizer(matters: set[Matter]) -> Recognizer:
    """Who recognises the decisions: the MTTQ for the boards alone (matter 5), else the
    commune UBND (matters 3-4) (Law Art. 20)."""
    return Recognizer.MTTQ if matters == {Matter.BOARDS} else Recognizer.UBND
