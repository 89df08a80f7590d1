"""D61 Art. 13: the adopted text is frozen; core's verdict for every state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.convention_freeze import FROZEN_FIELDS, frozen_changes, text_editable
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionStatus,
    ConventionType,
    EventType,
    status,
)
from desktop.core.messages import format_field_error

S, E = ConventionStatus, EventType
EDITABLE = {None, S.PROPOSED, S.DRAFTING, S.CONSULTATION, S.REJECTED}
BASE = Convention("v1", ConventionType.HUONG_UOC, "Hương ước thôn Đông", "Điều 1. Chung\nA.")


def _with(*steps: EventType) -> Convention:
    events = tuple(ConventionEvent(t, date(2026, 1, 1 + i)) for i, t in enumerate(steps))
    return replace(BASE, events=events)


PATHS = {
    None: (),
    S.PROPOSED: (E.PROPOSED,),
    S.DRAFTING: (E.PROPOSED, E.DRAFTING),
    S.CONSULTATION: (E.PROPOSED, E.DRAFTING, E.CONSULTATION),
    S.REJECTED: (E.PROPOSED, E.DRAFTING, E.CONSULTATION, E.REJECTED),
    S.ADOPTED: (E.PROPOSED, E.DRAFTING, E.CONSULTATION, E.ADOPTED),
    S.SUBMITTED: (E.PROPOSED, E.DRAFTING, E.CONSULTATION, E.ADOPTED, E.SUBMITTED),
    S.REFUSED: (E.PROPOSED, E.DRAFTING, E.CONSULTATION, E.ADOPTED, E.SUBMITTED, E.REFUSED),
    S.IN_FORCE: (E.PROPOSED, E.DRAFTING, E.CONSULTATION, E.ADOPTED, E.SUBMITTED, E.RECOGNIZED),
    S.SUSPENDED: (E.ADOPTED, E.SUBMITTED, E.RECOGNIZED, E.SUSPENDED),
    S.ABOLISHED: (E.ADOPTED, E.SUBMITTED, E.RECOGNIZED, E.ABOLISHED),
    S.SUPERSEDED: (E.ADOPTED, E.SUBMITTED, E.RECOGNIZED, E.SUPERSEDED),
}


@pytest.mark.parametrize("state", list(PATHS))
def test_text_editable_until_adoption_only(state: ConventionStatus | None) -> None:
    old = _with(*PATHS[state])
    assert status(old) is state
    assert text_editable(state) is (state in EDITABLE)
    changed = replace(old, text=old.text + "\nĐiều 2. Mới\nB.")
    errors = frozen_changes(old, changed)
    if state in EDITABLE:
        assert errors == []
    else:
        assert [(e.field, e.code) for e in errors] == [("text", "text_frozen")]


def test_the_step_that_freezes_is_adoption() -> None:
    """The boundary: consultation (last editable state) and adoption (first frozen one)."""
    before, after = _with(*PATHS[S.CONSULTATION]), _with(*PATHS[S.ADOPTED])
    assert frozen_changes(before, replace(before, title="Quy ước")) == []
    assert [e.field for e in frozen_changes(after, replace(after, title="Quy ước"))] == ["title"]


def test_every_adopted_field_is_frozen_and_the_rest_is_not() -> None:
    old = _with(*PATHS[S.IN_FORCE])
    new = replace(
        old,
        convention_type=ConventionType.QUY_UOC,
        title="Khác",
        text="Điều 1. Khác\nB.",
        ethnic_text="Bản khác",
        proposer="Người khác",  # not part of the adopted text: may be corrected
        review_day=(12, 1),
    )
    assert [e.field for e in frozen_changes(old, new)] == list(FROZEN_FIELDS)
    assert frozen_changes(old, old) == []


def test_the_refusal_names_the_field_and_cites_art_13() -> None:
    (err,) = frozen_changes(_with(*PATHS[S.IN_FORCE]), replace(BASE, text="Điều 1. X\nY."))
    vi, en = format_field_error(err, "vi"), format_field_error(err, "en")
    assert vi.startswith("Nội dung:") and "Điều 13 Nghị định 61/2023/NĐ-CP" in vi
    assert "\n" not in vi
    assert en.startswith("Text:") and "Art. 13" in en
