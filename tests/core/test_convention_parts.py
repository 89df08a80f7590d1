"""Partial suspension and abolition (D61 Arts. 12, 14): the rest stays in force, the part
is marked; a partial suspension is lifted by reinstating it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.convention_events import TransitionRefused, allowed_steps, apply_event
from desktop.core.conventions import (
    ConventionStatus,
    EventType,
    part_articles,
    part_marks_on,
    status,
    status_on,
)
from tests.core.convention_samples import build, event

E, S = EventType, ConventionStatus
SUSPENDED_ON = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("part", "articles", "whole"),
    [
        ("Điều 5", (5,), (5,)),
        ("Điều 5, Điều 7", (5, 7), (5, 7)),
        ("khoản 2 Điều 7", (7,), ()),
        ("điểm a khoản 1 Điều 3; Điều 4", (3, 4), (4,)),
        ("Điều 2 và khoản 1 Điều 6", (2, 6), (2,)),
        ("phần mở đầu", (), ()),
    ],
)
def test_part_articles(part: str, articles: tuple[int, ...], whole: tuple[int, ...]) -> None:
    assert part_articles(part) == (articles, whole)


def test_partial_suspension_keeps_the_rest_in_force() -> None:
    c = build(E.DISTRIBUTED)
    assert E.REINSTATED not in allowed_steps(c)
    c = apply_event(c, event(E.SUSPENDED, SUSPENDED_ON, part="Điều 2"))
    assert status(c) is S.IN_FORCE
    (mark,) = part_marks_on(c)
    assert (mark.kind, mark.articles, mark.whole_articles) == ("suspended", (2,), (2,))
    # the day before, nothing was marked
    assert part_marks_on(c, date(2026, 5, 31)) == []
    assert E.REINSTATED in allowed_steps(c)
    c = apply_event(c, event(E.REINSTATED, date(2026, 7, 1), part="Điều 2"))
    assert status(c) is S.IN_FORCE and part_marks_on(c) == []
    assert [m.kind for m in part_marks_on(c, date(2026, 6, 30))] == ["suspended"]
    with pytest.raises(TransitionRefused) as info:
        apply_event(c, event(E.REINSTATED, date(2026, 7, 2)))
    assert info.value.code == "not_suspended"


def test_abolition_of_a_part_outlives_a_reinstatement() -> None:
    c = build(E.DISTRIBUTED)
    c = apply_event(c, event(E.ABOLISHED, SUSPENDED_ON, part="Điều 3"))
    c = apply_event(c, event(E.SUSPENDED, date(2026, 6, 2), part="khoản 1 Điều 2"))
    c = apply_event(c, event(E.SUSPENDED, date(2026, 6, 3)))  # now the whole text
    assert status(c) is S.SUSPENDED
    c = apply_event(c, event(E.REINSTATED, date(2026, 7, 1)))  # lifts every suspension
    assert status(c) is S.IN_FORCE
    assert [(m.kind, m.part) for m in part_marks_on(c)] == [("abolished", "Điều 3")]
    assert status_on(c, date(2026, 6, 2)) is S.IN_FORCE
