"""The household ballot as a fallback (Decree 59/2023/NĐ-CP Art. 4(1)(b); Law
10/2022/QH15 Art. 17; DOMAIN.md §2): matters 3–5 go to a meeting; a ballot only after an
EARLIER meeting on the same matter that lacked the households present to pass it.
"""

from __future__ import annotations

from desktop.core.errors import FieldError
from desktop.core.meetings import (
    MEETING_METHODS,
    MEETING_ONLY_MATTERS,
    Matter,
    Meeting,
    MeetingItem,
    Method,
    Outcome,
    evaluate_item,
)
from desktop.core.text import day_text


def threshold_reachable(matter: Matter, households_total: int, households_present: int) -> bool:
    """Could the households present have passed ``matter`` at a meeting, had every one of
    them voted for it? False means the meeting failed for lack of households present."""
    if households_total < 1:
        return False
    everyone = MeetingItem("", matter, Method.SHOW_OF_HANDS, votes_for=households_present)
    result = evaluate_item(everyone, households_total, households_present)
    return result.outcome is Outcome.PASSED


def fallback_errors(ballot: Meeting, earlier: Meeting) -> list[FieldError]:
    """A household ballot on matters 3–5 named as the fallback of ``earlier`` (D59 Art.
    4(1)(b); Law Art. 17): ``earlier`` is a meeting on the same matter, held BEFORE the
    ballot (the day papers go out), that could not reach the threshold because too few
    households were present. A meeting with enough households present whose vote simply
    failed (or passed) is final: a ballot may not overturn it.

    The village and the existence of ``earlier`` are the caller's to check.
    """
    field = "ballot.after_failed_meeting"
    held, ballot_on = earlier.held_on, ballot.held_on
    if held is not None and ballot_on is not None and held >= ballot_on:
        dates: dict[str, object] = {"held_on": day_text(held), "ballot_on": day_text(ballot_on)}
        return [FieldError(field, "failed_meeting_not_before", dates)]
    needed = {
        i.matter
        for i in ballot.items
        if i.method is Method.HOUSEHOLD_BALLOT and i.matter in MEETING_ONLY_MATTERS
    }
    total = earlier.households_total or 0
    present = earlier.households_present or 0
    errors: list[FieldError] = []
    for matter in sorted(needed):
        voted = [i for i in earlier.items if i.matter is matter and i.method in MEETING_METHODS]
        if not voted:
            errors.append(FieldError(field, "failed_meeting_matter"))
        elif threshold_reachable(matter, total, present):
            params: dict[str, object] = {"present": present, "total": total, "matter": matter.value}
            errors.append(FieldError(field, "failed_meeting_had_quorum", params))
    return errors
