"""The per-place posting verdict of Law 10/2022/QH15 Art. 13(2), at its boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.disclosure_catalog import get_category
from desktop.core.disclosure_warnings import stable_warnings
from desktop.core.disclosures import Disclosure, Posting
from desktop.core.posting_verdicts import PostingResult, judge_stretch, place_verdicts
from desktop.core.warning_words import word_warning
from desktop.core.workdays import WorkCalendar

R = PostingResult
BUDGET = get_category(2)  # items 1-3, 5-12: 30 days at the office and every village
PROCEDURES = get_category(13)  # permanent
OTHER = get_category(14)  # no number of days in the Law


def _d(day: int, month: int = 4) -> date:
    return date(2026, month, day)


def _removed_early(*postings: Posting) -> list[str]:
    d = Disclosure(category=2, title="Quyết toán", decided_on=_d(1), postings=postings)
    found = stable_warnings(d, WorkCalendar(), [])
    return [word_warning("disclosure", w) for w in found if w.code == "removed_early"]


@pytest.mark.parametrize(
    ("removed", "days", "result"),
    [(_d(5, 5), 29, R.SHORT), (_d(6, 5), 30, R.MET), (_d(7, 5), 31, R.MET)],
)
def test_thirty_days_counted_from_the_day_after_posting(
    removed: date, days: int, result: PostingResult
) -> None:
    """Posted 06/04: the period ends with 06/05 (Civil Code Art. 147, 148)."""
    (v,) = place_verdicts([Posting(posted_on=_d(6), removed_on=removed)], BUDGET)
    assert (v.days, v.result, v.until) == (days, result, _d(6, 5))
    assert bool(_removed_early(Posting(posted_on=_d(6), removed_on=removed))) is (result is R.SHORT)


@pytest.mark.parametrize(
    ("second_posted", "merged"), [(_d(20), True), (_d(21), True), (_d(22), False)]
)
def test_back_to_back_postings_are_one_stretch(second_posted: date, merged: bool) -> None:
    """06–20/04 then a new notice from the removal day or the day after, to 06/05: one
    30-day stretch; a day without a notice between them breaks the run."""
    postings = [
        Posting("Bảng tin trụ sở UBND xã", posted_on=_d(6), removed_on=_d(20)),
        Posting("Trụ sở UBND xã", posted_on=second_posted, removed_on=_d(6, 5)),
    ]
    (v,) = place_verdicts(postings, BUDGET)
    assert len(v.stretches) == (1 if merged else 2)
    assert v.result is (R.MET if merged else R.SHORT)
    assert (v.days == 30) is merged
    assert bool(_removed_early(*postings)) is not merged


def test_a_notice_still_up_is_counted_to_the_day_asked() -> None:
    up = [Posting(posted_on=_d(6))]
    assert place_verdicts(up, BUDGET)[0].result is R.RUNNING  # no day given: not judged
    assert place_verdicts(up, BUDGET, _d(5, 5))[0].result is R.RUNNING
    assert place_verdicts(up, BUDGET, _d(6, 5))[0].result is R.MET
    assert _removed_early(*up) == []


def test_a_place_that_met_the_days_is_not_undone_by_a_later_short_posting() -> None:
    postings = [
        Posting(village_uuid="v1", posted_on=_d(1, 6), removed_on=_d(2, 6)),
        Posting(village_uuid="v1", posted_on=_d(2), removed_on=_d(2, 5)),
    ]
    (v,) = place_verdicts(postings, BUDGET)
    assert (v.result, v.days, v.stretch and v.stretch.start) == (R.MET, 30, _d(2))
    assert _removed_early(*postings) == []


def test_places_office_first_and_the_other_verdicts() -> None:
    postings = [
        Posting(village_uuid="v1", posted_on=_d(2), removed_on=_d(10)),
        Posting(village_uuid="v2"),  # planned only
        Posting("Bộ phận một cửa", posted_on=_d(3)),
    ]
    got = [(v.village_uuid, v.result) for v in place_verdicts(postings, BUDGET, _d(4))]
    assert got == [(None, R.RUNNING), ("v2", R.MISSING), ("v1", R.SHORT)]
    assert place_verdicts(postings[2:], PROCEDURES)[0].result is R.PERMANENT
    assert place_verdicts(postings[:1], OTHER)[0].result is R.NO_MINIMUM
    assert judge_stretch(None, None, _d(4), 30) == (None, R.MISSING)
