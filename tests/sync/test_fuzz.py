"""Fuzzed bundles (BUDGETS.md "Safety figures"): every damaged or crafted bundle is refused
with worded problems and the receiver's database unchanged, or imported exactly as the
clean bundle is — never a crash.

The property itself is :func:`tests.sync.world.judge`; the safety runner applies it to
10,000+ mutations (``python3 tasks.py safety``), these tests to a few hundred.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.mutations import KNOWN_ISSUES, Mutator
from tests.sync.world import Receiver, judge, judge_dry_run

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout; failures print their example
    derandomize=True,  # the same examples every run: a failure is a bug, never bad luck
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _draw(data: st.DataObject):  # type: ignore[no-untyped-def]
    return lambda lo, hi: data.draw(st.integers(lo, hi))


@FUZZ
@given(st.data())
def test_damaged_bytes_refused_or_imported_intact(
    mutator: Mutator, receiver: Receiver, data: st.DataObject
) -> None:
    """Truncation, bit flips, one byte of any ZIP region, one byte of any member."""
    m = mutator.draw_bytes(_draw(data))
    outcome, _ = judge(receiver, m.data)
    if m.expect is not None:  # a signed byte changed: tampering is always refused
        assert outcome == "refused", m.label


@settings(FUZZ, max_examples=100)
@given(st.data())
def test_damaged_copies_of_an_imported_bundle_change_nothing(
    mutator: Mutator, known_receiver: Receiver, data: st.DataObject
) -> None:
    """The same bundle again, damaged: refused, or "already imported"; never a change."""
    draw = _draw(data)
    m = mutator.draw_bytes(draw) if draw(0, 1) else mutator.draw_variant(draw, heavy=False)
    if m.label in KNOWN_ISSUES:
        return
    outcome, _ = judge(known_receiver, m.data, known=True)
    assert outcome in ("refused", "already_imported")


@settings(FUZZ, max_examples=100)
@given(st.data())
def test_crafted_bundles_refused(mutator: Mutator, receiver: Receiver, data: st.DataObject) -> None:
    """A crafted variant (zip-slip, links, wrong schema, bad records, other keys...), light
    ones only here (the ZIP bombs and oversized members have their own test), sometimes
    damaged further by one byte-level mutation on top."""
    draw = _draw(data)
    m = mutator.draw_variant(draw, heavy=False)
    if m.label in KNOWN_ISSUES:
        return
    payload = m.data
    if draw(0, 3) == 0 and payload:
        at = draw(0, len(payload) - 1)
        payload = payload[:at] + bytes([payload[at] ^ (1 << draw(0, 7))]) + payload[at + 1 :]
    outcome, codes = judge(receiver, payload)
    if m.expect is not None and payload is m.data:
        assert outcome == "refused", m.label
        assert m.expect == "*" or m.expect in codes, (m.label, codes)


@settings(FUZZ, max_examples=100)
@given(st.data())
def test_a_dry_run_changes_nothing(
    mutator: Mutator, receiver: Receiver, data: st.DataObject
) -> None:
    """verify() on any damaged or crafted file: worded problems or counts, never a change."""
    draw = _draw(data)
    m = mutator.draw_bytes(draw) if draw(0, 1) else mutator.draw_variant(draw, heavy=False)
    status, _ = judge_dry_run(receiver, m.data)
    if m.expect is not None and m.label not in KNOWN_ISSUES:
        assert status == "refused", m.label
