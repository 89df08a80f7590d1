"""Which verdicts the meeting form may show while it is typed: Save's own rules decide.

An item's outcome is shown only when :func:`desktop.core.meetings.validate_meeting`
finds nothing wrong with the numbers it rests on; the outcome itself comes from
:func:`desktop.core.meetings.evaluate_meeting`, as stored on Save.
"""

from __future__ import annotations

from desktop.core.errors import FieldError, ValidationError
from desktop.core.meetings import ItemResult, Meeting, Method, evaluate_meeting

# Errors that make the outcome of the counts meaningless (Law Art. 20–21; D59 Art. 4).
COUNT_FIELDS = frozenset(
    {"households_total", "households_present", "ballot.papers_issued", "ballot.papers_returned"}
)

ITEM_COUNT_FIELDS = ("votes_for", "votes_against", "votes_other", "method")


def errors_block_all(fields: set[str]) -> bool:
    """No outcome can be computed without a valid total."""
    return "households_total" in fields


def counted_against(m: Meeting, index: int, fields: set[str]) -> bool:
    """Whether item ``index`` is counted against a number that is in error."""
    ballot = m.items[index].method is Method.HOUSEHOLD_BALLOT
    return any(f.startswith("ballot.") == ballot for f in fields)


def evaluate(m: Meeting) -> tuple[ItemResult, ...] | None:
    try:
        return evaluate_meeting(m)
    except ValidationError:
        return None


def verdict_blocked(errors: list[FieldError], m: Meeting, index: int) -> bool:
    """Whether item ``index`` has numbers in error (its own, or those it is counted against)."""
    wrong = {e.field for e in errors if e.code != "required"}
    own = {f"items[{index}].{name}" for name in ITEM_COUNT_FIELDS} & wrong
    shared = {e.field for e in errors if e.field in COUNT_FIELDS}
    return bool(own) or (bool(shared) and counted_against(m, index, shared))
