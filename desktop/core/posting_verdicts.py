"""The verdict on a disclosure's notice-board posting, place by place (Law 10/2022/QH15
Art. 13(2); DOMAIN.md §1): the ONE place this rule lives.

Items 1–3 and 5–12 stay posted for at least 30 consecutive days
(:data:`desktop.core.disclosure_catalog.POSTING_DAYS`, per item in the catalogue) at
the commune office and at every village's community point. Days are counted by the
one rule of :mod:`desktop.core.periods` (Civil Code 2015 Arts. 147–148: the posting
day is not counted, so a notice posted on 06/04 meets 30 days when it stays up to the
end of 06/05).

A *place* is the commune office (every posting without a village, whatever board of
the office it names) or one village's point. At a place, postings that overlap or
follow on (the next one posted on the removal day or the day after: a worn notice
replaced) form one *stretch*. The place is judged on its decisive stretch: the first
that lasted the required days, else the one still up, else the longest.

Core warnings (:func:`desktop.core.disclosure_warnings.stable_warnings`), the minutes closing
a posting (``documents/disclosure_end.py``, through the service) and the window all
display these verdicts; none of them counts days on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.core.periods import days_counted, period_end

if TYPE_CHECKING:
    from desktop.core.disclosure_catalog import DisclosureCategory
    from desktop.core.disclosures import Posting

_DAY = timedelta(days=1)


class PostingResult(StrEnum):
    """How the posting at one place went (documents word it as ``result_<value>``)."""

    MET = "met"  # up for the required consecutive days
    SHORT = "short"  # taken down before them
    RUNNING = "running"  # still up, the days not yet reached
    MISSING = "missing"  # never posted there
    PERMANENT = "permanent"  # items 4 and 13: no end
    NO_MINIMUM = "no_minimum"  # the Law sets no number of days


@dataclass(frozen=True)
class Stretch:
    """Days a place was covered: ``start`` to ``end`` (both up; ``end`` None while up),
    ``head`` the posting that opened it."""

    start: date
    end: date | None
    head: Posting


@dataclass(frozen=True)
class PlaceVerdict:
    """The verdict at one place.

    Attributes:
        village_uuid: the village, None for the commune office.
        location: the board named by the decisive stretch's first posting.
        stretch: the decisive stretch; None when nothing was posted there.
        stretches: every stretch at the place, oldest first.
        days: days counted of the decisive stretch (up to ``as_of`` while up).
        need: the required days, None when the Law sets none.
        until: the last day of the required period of the decisive stretch.
        result: the verdict.
    """

    village_uuid: str | None
    location: str
    stretch: Stretch | None
    stretches: tuple[Stretch, ...]
    days: int | None
    need: int | None
    until: date | None
    result: PostingResult


def stretches(postings: Sequence[Posting]) -> list[Stretch]:
    """The stretches of postings at ONE place, merging overlapping and back-to-back ones."""
    out: list[Stretch] = []
    posted = sorted((p for p in postings if p.posted_on is not None), key=_posted)
    for p in posted:
        start, end = _posted(p), p.removed_on
        last = out[-1] if out else None
        if last is not None and (last.end is None or start <= last.end + _DAY):
            merged = None if last.end is None or end is None else max(last.end, end)
            out[-1] = Stretch(last.start, merged, last.head)
        else:
            out.append(Stretch(start, end, p))
    return out


def judge_stretch(
    start: date | None,
    end: date | None,
    as_of: date | None,
    need: int | None,
    permanent: bool = False,
) -> tuple[int | None, PostingResult]:
    """Days counted and the verdict of one stretch ``start``..``end`` (``end`` None: still
    up, counted up to ``as_of``), for a period of ``need`` days (Art. 13(2))."""
    if start is None:
        return None, PostingResult.MISSING
    last = end or as_of
    days = max(days_counted(start, last), 0) if last is not None else None
    if permanent:
        return days, PostingResult.PERMANENT
    if need is None:
        return days, PostingResult.NO_MINIMUM
    if days is not None and days >= need:
        return days, PostingResult.MET
    return days, PostingResult.RUNNING if end is None else PostingResult.SHORT


def _posted(p: Posting) -> date:
    return p.posted_on or date.min


def _verdict(
    key: str | None,
    postings: list[Posting],
    cat: DisclosureCategory | None,
    as_of: date | None,
) -> PlaceVerdict:
    need = cat.min_posting_days if cat is not None else None
    permanent = bool(cat and cat.permanent)
    spans = stretches(postings)
    judged = [(s, *judge_stretch(s.start, s.end, as_of, need, permanent)) for s in spans]
    met = [j for j in judged if j[2] is PostingResult.MET]
    up = [j for j in judged if j[0].end is None]
    closed = [j for j in judged if j[0].end is not None]
    if met or up:
        decisive = (met or up)[0]
    elif closed:
        decisive = max(closed, key=lambda j: (j[1] or 0, -j[0].start.toordinal()))
    else:
        return PlaceVerdict(
            key, postings[0].location, None, (), None, need, None, PostingResult.MISSING
        )
    stretch, days, result = decisive
    until = period_end(stretch.start, need) if need is not None and not permanent else None
    return PlaceVerdict(
        key, stretch.head.location, stretch, tuple(spans), days, need, until, result
    )


def place_verdicts(
    postings: Sequence[Posting], cat: DisclosureCategory | None, as_of: date | None = None
) -> list[PlaceVerdict]:
    """The verdict at every place a posting names (planned-only places: ``MISSING``),
    the office first, then the villages in the order first posted. A notice still up is
    counted up to ``as_of`` (None: not counted, judged ``RUNNING`` until it comes down)."""
    places: dict[str | None, list[Posting]] = {}
    for p in sorted(postings, key=lambda x: (x.village_uuid is not None, _posted(x))):
        places.setdefault(p.village_uuid, []).append(p)
    return [_verdict(key, group, cat, as_of) for key, group in places.items()]
