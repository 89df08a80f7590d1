"""Shuffled and repeated imports of a child's bundles 1..N end in the in-order state
(BUNDLE.md import rule 5), tombstones included."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.series import Series, build_series, comparable
from tests.sync.world import Receiver, World

N = 6


@pytest.fixture(scope="session")
def series(tmp_path_factory: pytest.TempPathFactory) -> Series:
    return build_series(tmp_path_factory.mktemp("series"), N)


@pytest.fixture(scope="session")
def upper(
    series: Series, world: World, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Receiver]:
    r = Receiver(world, tmp_path_factory.mktemp("shuffled"), template=series.upper_template)
    yield r
    r.close()


def test_series_has_creates_updates_and_tombstones(series: Series) -> None:
    records = [json.loads(r[8]) for r in series.in_order["child_records"]]  # content
    assert any(r["deleted"] for r in records)
    assert any(r["version"] > 2 for r in records)
    sizes = [len(b) for _, b in series.bundles]
    assert sizes[2] < sizes[0]  # after a receipt, only the changes travel


@st.composite
def orders(draw: st.DrawFn) -> list[list[int]]:
    """Every bundle at least once, in any order, some twice; sometimes several at once."""
    order = list(draw(st.permutations(range(N))))
    for _ in range(draw(st.integers(0, 4))):
        order.insert(draw(st.integers(0, len(order))), draw(st.integers(0, N - 1)))
    batches: list[list[int]] = []
    while order:
        k = draw(st.integers(1, 3)) if draw(st.booleans()) else 1
        batches.append(order[:k])
        order = order[k:]
    return batches


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(orders())
def test_any_order_with_repeats_ends_in_the_in_order_state(
    series: Series, upper: Receiver, batches: list[list[int]]
) -> None:
    try:
        last = None
        for batch in batches:
            outcomes = upper.import_many([series.bundles[i] for i in batch])
            assert {o.status for o in outcomes} <= {"imported", "already_imported"}, outcomes
            last = outcomes[-1]
        assert last is not None and last.missing_seqs == []
        assert comparable(upper.state()) == comparable(series.in_order)
    finally:
        upper.reset()


def test_a_gap_is_reported_until_filled(series: Series, upper: Receiver) -> None:
    try:
        [res] = upper.import_many([series.bundles[3]])
        assert res.missing_seqs == [1, 2, 3]
        [res] = upper.import_many([series.bundles[1]])
        assert res.missing_seqs == [1, 3]
        upper.import_many([series.bundles[i] for i in (0, 2, 4, 5)])
        assert comparable(upper.state()) == comparable(series.in_order)
    finally:
        upper.reset()
