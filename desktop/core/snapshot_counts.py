"""The counts of a period report (DOMAIN.md §5) from records' JSON snapshots, as a bundle
carries them: what the receiving level works out for each of its units.

The rows have the shape of :func:`desktop.storage.report_counts.period_rows` (the
commune's SQL over its own tables, whose columns the write path filled from these same
rules), so the service turns either into the report's figures the same way. The verdicts
are core's: the first day disclosed (:func:`desktop.core.disclosures.first_disclosed_on`,
Law Art. 12), "overdue" (:func:`~desktop.core.disclosures.disclosure_status`), a
convention's state on the last day (:func:`desktop.core.conventions.status_on`, D61 Art.
16); the late, short-posted and late-minutes verdicts are the record's stored warnings
(Law Arts. 12(3), 13, 20), as the commune's SQL reads them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from desktop.core.convention_json import convention_from_json
from desktop.core.conventions import STATISTICS_EVENTS, status_on
from desktop.core.disclosure_json import disclosure_from_json
from desktop.core.disclosures import DisclosureStatus, disclosure_status, first_disclosed_on
from desktop.core.errors import ValidationError
from desktop.core.workdays import WorkCalendar

Record = Mapping[str, Any]
Rows = dict[str, list[tuple[Any, ...]]]

# Stored warnings meaning a posting or broadcast fell short of Art. 13.
SHORT_CODES = frozenset({"removed_early", "office_missing", "village_missing", "loudspeaker_short"})
# The kinds these counts read.
REPORT_KINDS: tuple[str, ...] = ("disclosure", "meeting", "convention")
_COMPUTED = frozenset(
    {
        "kind",
        "uuid",
        "version",
        "deleted",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "origin_code",
        "warnings",
        "due_on",
        "status",
        "posting_until",
        "allowed_events",
    }
)
_DECODE_ERRORS = (ValidationError, TypeError, ValueError, AttributeError, KeyError)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _codes(r: Record) -> set[str]:
    return {str(w.get("code")) for w in r.get("warnings") or [] if isinstance(w, Mapping)}


def _own(r: Record) -> dict[str, Any]:
    return {k: v for k, v in r.items() if k not in _COMPUTED}


def _list(value: Any) -> list[Mapping[str, Any]]:
    return [x for x in value if isinstance(x, Mapping)] if isinstance(value, list) else []


def _live(records: Iterable[Record]) -> list[Record]:
    return [r for r in records if r.get("deleted") is not True]


def _disclosure_rows(
    records: list[Record], start: date, end: date, as_of: date, cal: WorkCalendar
) -> tuple[Rows, Counter[int]]:
    items: dict[Any, list[int]] = {}
    forms: Counter[str] = Counter()
    postings = received = answered = 0
    overdue: Counter[int] = Counter()
    for r in records:
        try:
            d = disclosure_from_json(_own(r))
        except _DECODE_ERRORS:
            continue
        first = first_disclosed_on(d)
        if first is not None and start <= first <= end:
            due = _day(r.get("due_on"))
            row = items.setdefault(r.get("category"), [0, 0, 0])
            row[0] += 1
            row[1] += due is not None and first > due
            row[2] += bool(_codes(r) & SHORT_CODES)
            forms.update(str(f) for f in r.get("forms") or [])
        postings += sum(1 for p in d.postings if p.posted_on and start <= p.posted_on <= end)
        for f in _list(r.get("feedback")):
            on = _day(f.get("received_on"))
            if on is not None and start <= on <= end:
                received += 1
                done = _day(f.get("answered_on"))
                answered += done is not None and done <= end
        if disclosure_status(d, as_of, cal) is DisclosureStatus.OVERDUE:
            overdue[d.category] += 1
    rows: Rows = {
        "disclosures": [(cat, *counts) for cat, counts in items.items()],
        "forms": list(forms.items()),
        "postings": [(postings,)],
        "feedback": [(received, answered)],
    }
    return rows, overdue


def _meeting_rows(records: list[Record], start: date, end: date) -> Rows:
    held: dict[str, list[int]] = {}
    decisions: Counter[tuple[Any, Any]] = Counter()
    for r in records:
        on = _day(r.get("held_on"))
        if on is None or not start <= on <= end:
            continue
        items = _list(r.get("items"))
        ballot = r.get("ballot")
        if isinstance(ballot, Mapping) and ballot.get("papers_issued") is not None:
            form = "household_ballot"
        elif any(i.get("method") == "online" for i in items):
            form = "online"
        else:
            form = "meeting"
        row = held.setdefault(form, [0, 0, 0])
        row[0] += 1
        row[1] += "minutes_late" in _codes(r)
        row[2] += r.get("minutes_sent_on") is None
        decisions.update(
            (i.get("matter"), i.get("outcome")) for i in items if i.get("matter") != "procedural"
        )
    return {
        "meetings": [(form, *c) for form, c in held.items()],
        "decisions": [(m, o, n) for (m, o), n in decisions.items()],
    }


def _convention_rows(records: list[Record], start: date, end: date) -> Rows:
    events: Counter[str] = Counter()
    states: Counter[str] = Counter()
    for r in records:
        try:
            c = convention_from_json(_own(r))
        except _DECODE_ERRORS:
            continue
        kinds = {e.type for e in c.events if start <= e.on <= end}
        events.update(key for key, kind in STATISTICS_EVENTS.items() if kind in kinds)
        state = status_on(c, end)
        if state is not None:
            states[state.value] += 1
    return {"convention_events": list(events.items()), "convention_states": list(states.items())}


def snapshot_rows(
    records: Mapping[str, Iterable[Record]],
    start: date,
    end: date,
    cal: WorkCalendar,
    as_of: date,
) -> tuple[Rows, dict[int, int]]:
    """The rows of ``start`` … ``end`` from each kind's snapshots (``records["meeting"]``
    …), and the disclosures overdue on ``as_of`` by catalogue item (the Công khai page's
    Quá hạn on the period's last day, or today while it runs)."""
    disclosures, overdue = _disclosure_rows(
        _live(records.get("disclosure", ())), start, end, as_of, cal
    )
    rows = dict(disclosures)
    rows.update(_meeting_rows(_live(records.get("meeting", ())), start, end))
    rows.update(_convention_rows(_live(records.get("convention", ())), start, end))
    return rows, dict(overdue)
