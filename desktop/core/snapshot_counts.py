"""The counts of a period report (DOMAIN.md §5) from records' JSON snapshots, as a bundle
carries them: what the receiving level works out for each of its units.

A snapshot is first reduced to its **report facts** (:func:`report_facts`): the few
values the counts read, with core's verdicts taken once — the first day disclosed
(:func:`desktop.core.disclosures.first_disclosed_on`, Law Art. 12), the short posting and
late minutes read from the stored warnings (Arts. 13, 20), a convention's state after
each of its days (:func:`desktop.core.conventions.status_on`, D61 Art. 16). The receiving
level keeps the facts beside each record at import (``child_records.report_facts``), so
a province's yearly report reads a few hundred bytes a record, not its whole JSON.

The rows have the shape of :func:`desktop.storage.report_counts.period_rows` (the
commune's SQL over its own tables, whose columns the write path filled from the same
rules), so the service turns either into the report's figures the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from desktop.core.convention_json import convention_from_json
from desktop.core.conventions import STATISTICS_EVENTS, status_on
from desktop.core.disclosures import (
    Disclosure,
    DisclosureStatus,
    Posting,
    disclosure_status,
    first_disclosed_on,
)
from desktop.core.errors import ValidationError
from desktop.core.workdays import WorkCalendar

Record = Mapping[str, Any]
Rows = dict[str, list[tuple[Any, ...]]]

# Stored warnings meaning a posting or broadcast fell short of Art. 13.
SHORT_CODES = frozenset({"removed_early", "office_missing", "village_missing", "loudspeaker_short"})
# The kinds these counts read.
REPORT_KINDS: tuple[str, ...] = ("disclosure", "meeting", "convention")
_DECODE_ERRORS = (ValidationError, TypeError, ValueError, AttributeError, KeyError)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _codes(r: Record) -> set[str]:
    return {str(w.get("code")) for w in r.get("warnings") or [] if isinstance(w, Mapping)}


def _list(value: Any) -> list[Mapping[str, Any]]:
    return [x for x in value if isinstance(x, Mapping)] if isinstance(value, list) else []


# --- facts ------------------------------------------------------------------------------


def _disclosure_facts(r: Record) -> dict[str, Any]:
    posted = sorted(
        str(p["posted_on"]) for p in _list(r.get("postings")) if _day(p.get("posted_on"))
    )
    broadcast = sorted(str(d) for d in r.get("broadcast_days") or [] if _day(d))
    return {
        "category": r.get("category"),
        "decided_on": r.get("decided_on"),
        "deadline_on": r.get("deadline_on"),
        "planned_on": r.get("planned_on"),
        "due_on": r.get("due_on"),
        "forms": [str(f) for f in r.get("forms") or []],
        "posted": posted,
        "broadcast": broadcast,
        "feedback": [
            [f.get("received_on"), f.get("answered_on")] for f in _list(r.get("feedback"))
        ],
        "short": bool(_codes(r) & SHORT_CODES),
    }


def _meeting_facts(r: Record) -> dict[str, Any]:
    items = _list(r.get("items"))
    ballot = r.get("ballot")
    if isinstance(ballot, Mapping) and ballot.get("papers_issued") is not None:
        form = "household_ballot"
    elif any(i.get("method") == "online" for i in items):
        form = "online"
    else:
        form = "meeting"
    return {
        "held_on": r.get("held_on"),
        "form": form,
        "minutes_late": "minutes_late" in _codes(r),
        "unsent": r.get("minutes_sent_on") is None,
        "decisions": [
            [i.get("matter"), i.get("outcome")] for i in items if i.get("matter") != "procedural"
        ],
    }


def _convention_facts(r: Record) -> dict[str, Any]:
    """Each step's kind and day, and the state on each day a step is dated (the state on
    any day is the one of the latest such day on or before it)."""
    try:
        c = convention_from_json({"events": r.get("events") or []})
    except _DECODE_ERRORS:
        return {"events": [], "states": []}
    days = sorted({e.on for e in c.events})
    states = [[d.isoformat(), s.value] for d in days if (s := status_on(c, d)) is not None]
    return {"events": [[e.type.value, e.on.isoformat()] for e in c.events], "states": states}


_FACTS = {
    "disclosure": _disclosure_facts,
    "meeting": _meeting_facts,
    "convention": _convention_facts,
}


def report_facts(record: Record) -> dict[str, Any] | None:
    """What the period report reads of one snapshot (``None``: a kind it does not read);
    a deleted record has none to count (``{"deleted": true}``)."""
    facts = _FACTS.get(str(record.get("kind") or ""))
    if facts is None:
        return None
    if record.get("deleted") is True:
        return {"deleted": True}
    return facts(record)


# --- counts -----------------------------------------------------------------------------


def _disclosure_rows(
    facts: list[Record], start: date, end: date, as_of: date, cal: WorkCalendar
) -> tuple[Rows, Counter[int]]:
    items: dict[Any, list[int]] = {}
    forms: Counter[str] = Counter()
    postings = received = answered = 0
    overdue: Counter[int] = Counter()
    for f in facts:
        posted = [d for d in map(_day, f.get("posted") or []) if d]
        d = Disclosure(
            category=int(f.get("category") or 0),
            title="",
            decided_on=_day(f.get("decided_on")),
            deadline_on=_day(f.get("deadline_on")),
            planned_on=_day(f.get("planned_on")),
            postings=tuple(Posting(posted_on=p) for p in posted),
            broadcast_days=tuple(d for d in map(_day, f.get("broadcast") or []) if d),
        )
        first = first_disclosed_on(d)
        if first is not None and start <= first <= end:
            due = _day(f.get("due_on"))
            row = items.setdefault(f.get("category"), [0, 0, 0])
            row[0] += 1
            row[1] += due is not None and first > due
            row[2] += bool(f.get("short"))
            forms.update(f.get("forms") or [])
        postings += sum(1 for p in posted if start <= p <= end)
        for pair in f.get("feedback") or []:
            on, done = (_day(x) for x in pair)
            if on is not None and start <= on <= end:
                received += 1
                answered += done is not None and done <= end
        # Only a disclosure with nothing disclosed by then can be overdue (its status).
        nothing_yet = first_disclosed_on(d, as_of) is None
        if nothing_yet and disclosure_status(d, as_of, cal) is DisclosureStatus.OVERDUE:
            overdue[d.category] += 1
    rows: Rows = {
        "disclosures": [(cat, *counts) for cat, counts in items.items()],
        "forms": list(forms.items()),
        "postings": [(postings,)],
        "feedback": [(received, answered)],
    }
    return rows, overdue


def _meeting_rows(facts: list[Record], start: date, end: date) -> Rows:
    held: dict[str, list[int]] = {}
    decisions: Counter[tuple[Any, Any]] = Counter()
    for f in facts:
        on = _day(f.get("held_on"))
        if on is None or not start <= on <= end:
            continue
        row = held.setdefault(str(f.get("form")), [0, 0, 0])
        row[0] += 1
        row[1] += bool(f.get("minutes_late"))
        row[2] += bool(f.get("unsent"))
        decisions.update((m, o) for m, o in f.get("decisions") or [])
    return {
        "meetings": [(form, *c) for form, c in held.items()],
        "decisions": [(m, o, n) for (m, o), n in decisions.items()],
    }


def _convention_rows(facts: list[Record], start: date, end: date) -> Rows:
    events: Counter[str] = Counter()
    states: Counter[str] = Counter()
    wanted = {kind.value: key for key, kind in STATISTICS_EVENTS.items()}
    s, e = start.isoformat(), end.isoformat()
    for f in facts:
        kinds = {kind for kind, on in f.get("events") or [] if s <= on <= e}
        events.update(wanted[k] for k in kinds if k in wanted)
        last = [state for on, state in f.get("states") or [] if on <= e]
        if last:
            states[last[-1]] += 1
    return {"convention_events": list(events.items()), "convention_states": list(states.items())}


def snapshot_rows(
    facts: Mapping[str, Iterable[Record]],
    start: date,
    end: date,
    cal: WorkCalendar,
    as_of: date,
) -> tuple[Rows, dict[int, int]]:
    """The rows of ``start`` … ``end`` from each kind's report facts (``facts["meeting"]``
    …, :func:`report_facts`), and the disclosures overdue on ``as_of`` by catalogue item
    (the Công khai page's Quá hạn on the period's last day, or today while it runs)."""

    def live(kind: str) -> list[Record]:
        return [f for f in facts.get(kind, ()) if not f.get("deleted")]

    disclosures, overdue = _disclosure_rows(live("disclosure"), start, end, as_of, cal)
    rows = dict(disclosures)
    rows.update(_meeting_rows(live("meeting"), start, end))
    rows.update(_convention_rows(live("convention"), start, end))
    return rows, dict(overdue)
