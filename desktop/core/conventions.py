"""Hương ước / quy ước: content, life cycle and what is computed from it (DOMAIN.md §3).

Rules of Decree 61/2023/NĐ-CP ("D61"). The record's state is never stored: it
is folded from its events (:func:`status`). New events go through
:func:`desktop.core.convention_events.apply_event` (the state machine);
deadline warnings live in :mod:`desktop.core.convention_warnings`, record JSON
in :mod:`desktop.core.convention_json`, the text's structure in
:mod:`desktop.core.convention_text`.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.convention_text import parse_text, text_problems
from desktop.core.errors import FieldError

D61 = "Nghị định 61/2023/NĐ-CP"
DEFAULT_REVIEW_DAY = (11, 18)  # 18 November, D61 Art. 15(4)


class ConventionType(StrEnum):
    HUONG_UOC = "huong_uoc"
    QUY_UOC = "quy_uoc"


class ConventionStatus(StrEnum):
    """Where a convention stands. ``recognized`` is never computed: recognition puts
    the text in force from the decision's date (D61 Art. 11), so the status
    goes straight to ``in_force``; the member is kept for filters and reports."""

    PROPOSED = "proposed"
    DRAFTING = "drafting"
    CONSULTATION = "consultation"
    ADOPTED = "adopted"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    RECOGNIZED = "recognized"
    REFUSED = "refused"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    SUPERSEDED = "superseded"
    ABOLISHED = "abolished"


class EventType(StrEnum):
    PROPOSED = "proposed"  # Art. 7
    DRAFTING = "drafting"  # Art. 8
    CONSULTATION = "consultation"  # Art. 9: the draft posted for opinions
    ADOPTED = "adopted"  # Art. 10
    REJECTED = "rejected"  # Art. 10: the meeting did not adopt it
    SUBMITTED = "submitted"  # Art. 11: dossier to the commune UBND
    RECOGNIZED = "recognized"  # Art. 11: recognition decision (Mẫu 03)
    REFUSED = "refused"  # Art. 11: written refusal with reasons
    DISTRIBUTED = "distributed"  # Art. 18: text sent to the village head and MTTQ
    REVIEWED = "reviewed"  # Art. 15(4), Art. 19: yearly review
    SUSPENDED = "suspended"  # Art. 12 (Mẫu 04)
    REINSTATED = "reinstated"  # Art. 12: the suspension ends, the text applies again
    ABOLISHED = "abolished"  # Art. 14 (Mẫu 05)
    SUPERSEDED = "superseded"  # Art. 13: replaced by a recognised new version


S, E = ConventionStatus, EventType
# Statuses in which the text has been recognised and not yet ended.
RECOGNIZED_STATES = frozenset({S.RECOGNIZED, S.IN_FORCE, S.SUSPENDED})
CLOSED_STATES = frozenset({S.SUPERSEDED, S.ABOLISHED})
_TARGET: dict[EventType, ConventionStatus] = {
    E.PROPOSED: S.PROPOSED,
    E.DRAFTING: S.DRAFTING,
    E.CONSULTATION: S.CONSULTATION,
    E.ADOPTED: S.ADOPTED,
    E.REJECTED: S.REJECTED,
    E.SUBMITTED: S.SUBMITTED,
    E.RECOGNIZED: S.IN_FORCE,  # in force from the decision's date, Art. 11
    E.REFUSED: S.REFUSED,
    E.SUSPENDED: S.SUSPENDED,
    E.REINSTATED: S.IN_FORCE,
    E.ABOLISHED: S.ABOLISHED,
    E.SUPERSEDED: S.SUPERSEDED,
}


@dataclass(frozen=True)
class Opinion:
    """One opinion collected on the draft and how the drafting team handled it (Art. 9)."""

    sender: str
    content: str
    handling: str = ""


@dataclass(frozen=True)
class ConventionEvent:
    """One step of the life cycle.

    Attributes:
        until: end of a suspension (its deadline, Art. 12) or of the draft's posting.
        meeting_uuid: the meeting or household ballot that adopted (or rejected) it.
        decision_no: number of the UBND decision (recognition, suspension, abolition).
        part: the articles concerned (``Điều 5, Điều 7``); empty means the whole text.
        households_supporting, households_total: backing of a citizen initiative (Art. 7).
        successor_uuid: for ``superseded``, the version that replaced it.
    """

    type: EventType
    on: date
    until: date | None = None
    meeting_uuid: str | None = None
    decision_no: str = ""
    signer: str = ""
    reason: str = ""
    part: str = ""
    households_supporting: int | None = None
    households_total: int | None = None
    opinions: tuple[Opinion, ...] = ()
    note: str = ""
    successor_uuid: str | None = None


@dataclass(frozen=True)
class Convention:
    """A hương ước / quy ước record's content. ``village_uuid`` is JSON ``village``;
    ``review_day`` is (month, day) of the yearly review, 18 November unless the
    village agreed another day (Art. 15(4))."""

    village_uuid: str
    convention_type: ConventionType
    title: str
    text: str = ""
    ethnic_text: str = ""
    drafting_team: tuple[str, ...] = ()
    proposer: str = ""
    citizen_initiative: bool = False
    supersedes_uuid: str | None = None
    review_day: tuple[int, int] = DEFAULT_REVIEW_DAY
    events: tuple[ConventionEvent, ...] = ()


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _next_status(
    current: ConventionStatus | None, event: ConventionEvent
) -> ConventionStatus | None:
    if event.type in (E.DISTRIBUTED, E.REVIEWED):
        return current
    if event.type in (E.ABOLISHED, E.SUSPENDED, E.REINSTATED) and event.part.strip():
        # A part suspended (Art. 12), reinstated or abolished (Art. 14): the state of the
        # whole text does not change; that part is marked (:func:`part_marks_on`).
        return current
    return _TARGET[event.type]


_ARTICLE_REF = re.compile(r"(?:(?:khoản|điểm)\s+[^,;]*?\s+)?điều\s+(\d+)", re.IGNORECASE)
_WHOLE_ARTICLE = re.compile(r"^\s*điều\s+(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PartMark:
    """A part of the text suspended or abolished on a given day (Arts. 12, 14).

    Attributes:
        kind: ``suspended`` or ``abolished``.
        part: the part as the decision names it (``Điều 5, khoản 2 Điều 7``).
        articles: the article numbers the part touches.
        whole_articles: those named whole (``Điều 5``), not a clause or point of them.
        event: the suspension or abolition (its date, decision number, reason).
    """

    kind: str
    part: str
    articles: tuple[int, ...]
    whole_articles: tuple[int, ...]
    event: ConventionEvent


def part_articles(part: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(articles touched, articles named whole) by a part such as ``Điều 5; khoản 2 Điều 7``."""
    touched: list[int] = []
    whole: list[int] = []
    for piece in re.split(r"[,;]|\bvà\b", part):
        found = [int(n) for n in _ARTICLE_REF.findall(piece)]
        touched += [n for n in found if n not in touched]
        match = _WHOLE_ARTICLE.match(piece)
        if match and int(match.group(1)) not in whole:
            whole.append(int(match.group(1)))
    return tuple(touched), tuple(whole)


def part_marks_on(convention: Convention, on: date | None = None) -> list[PartMark]:
    """The parts suspended or abolished as the text stood on ``on`` (all events when
    None), oldest first: a partial abolition stays; a partial suspension lasts until a
    reinstatement of that part, or of the whole text (an empty ``part``)."""
    marks: list[PartMark] = []
    for event in convention.events:
        if on is not None and event.on > on:
            break
        part = event.part.strip()
        if event.type is E.REINSTATED:
            keep = "abolished"
            marks = [m for m in marks if m.kind == keep or (part and m.part != part)]
        elif event.type in (E.SUSPENDED, E.ABOLISHED) and part:
            articles, whole = part_articles(part)
            marks.append(PartMark(event.type.value, part, articles, whole, event))
    return marks


def status_on(convention: Convention, on: date | None = None) -> ConventionStatus | None:
    """The status after the events dated on or before ``on`` (all events when None);
    ``None`` when no step is recorded yet."""
    current: ConventionStatus | None = None
    for event in convention.events:
        if on is None or event.on <= on:
            current = _next_status(current, event)
    return current


def status(convention: Convention) -> ConventionStatus | None:
    """The current status, folded from the events (``None``: nothing recorded yet)."""
    return status_on(convention)


def last_event(convention: Convention, kind: EventType) -> ConventionEvent | None:
    """The latest event of ``kind``, if any."""
    return next((e for e in reversed(convention.events) if e.type is kind), None)


def effective_from(convention: Convention) -> date | None:
    """The date the text took effect: its recognition decision's date (Art. 11)."""
    recognized = last_event(convention, E.RECOGNIZED)
    return recognized.on if recognized else None


def valid_review_day(review_day: tuple[int, int]) -> bool:
    """A real (month, day); 29 February allowed (28 February in common years)."""
    month, day = review_day
    return 1 <= month <= 12 and 1 <= day <= _calendar.monthrange(2024, month)[1]


def validate_convention(convention: Convention) -> list[FieldError]:
    """Input rules of the content (empty list: it may be saved). The text may be empty
    while the convention is only proposed; once given it must be made of articles
    with distinct numbers (Art. 6)."""
    errors: list[FieldError] = []
    if _blank(convention.village_uuid):
        errors.append(FieldError("village", "required"))
    if _blank(convention.title):
        errors.append(FieldError("title", "required"))
    if not valid_review_day(convention.review_day):
        month, day = convention.review_day
        errors.append(FieldError("review_day", "invalid_review_day", {"value": f"{month}-{day}"}))
    if convention.text.strip():
        errors.extend(text_problems(parse_text(convention.text)))
    return errors


def _review_date(year: int, review_day: tuple[int, int]) -> date:
    month, day = review_day
    if month == 2 and day == 29 and not _calendar.isleap(year):
        day = 28
    return date(year, month, day)


def next_review_on(convention: Convention) -> date | None:
    """The review day due next (Art. 15(4)), while the text is in force or suspended.

    After recognition: the first review day strictly after the decision's date.
    After a review: a review answers for the review day nearest to it (held a
    little early or late, it still counts for that year), so the next one is a
    year after that day. A date already past means the review is overdue.
    """
    if status(convention) not in RECOGNIZED_STATES:
        return None
    recognized = last_event(convention, E.RECOGNIZED)
    assert recognized is not None
    reviews = [e.on for e in convention.events if e.type is E.REVIEWED and e.on >= recognized.on]
    if not reviews:
        due = _review_date(recognized.on.year, convention.review_day)
        return due if due > recognized.on else _review_date(due.year + 1, convention.review_day)
    last = max(reviews)
    answered = min(
        (_review_date(y, convention.review_day) for y in (last.year - 1, last.year, last.year + 1)),
        key=lambda d: abs((d - last).days),
    )
    return _review_date(answered.year + 1, convention.review_day)


def text_in_force_on(
    versions: Sequence[tuple[str, Convention]], on: date
) -> tuple[str, Convention] | None:
    """Among the versions of one lineage (linked by ``supersedes``), the one in force on
    ``on``: recognised on or before that date and not superseded or abolished by
    then. A suspended text is still returned (its status on that date says so)."""
    found = [
        (effective_from(c) or date.min, uuid, c)
        for uuid, c in versions
        if status_on(c, on) in RECOGNIZED_STATES
    ]
    if not found:
        return None
    _, uuid, convention = max(found, key=lambda x: x[0])
    return uuid, convention


STATISTICS_EVENTS: dict[str, EventType] = {
    "recognized": E.RECOGNIZED,
    "refused": E.REFUSED,
    "superseded": E.SUPERSEDED,
    "suspended": E.SUSPENDED,
    "abolished": E.ABOLISHED,
}


def yearly_statistics(conventions: Sequence[Convention], year: int) -> dict[str, int]:
    """The counts reported yearly (D61 Art. 16): conventions recognised, not
    recognised (refused), amended or replaced (superseded), suspended, abolished
    (whole or part) — each convention counted once per kind with such an event
    dated in ``year`` — and ``in_force``: in force or suspended on 31 December."""
    out = dict.fromkeys(STATISTICS_EVENTS, 0)
    for c in conventions:
        kinds = {e.type for e in c.events if e.on.year == year}
        for key, kind in STATISTICS_EVENTS.items():
            out[key] += kind in kinds
    end = date(year, 12, 31)
    out["in_force"] = sum(status_on(c, end) in RECOGNIZED_STATES for c in conventions)
    return out
