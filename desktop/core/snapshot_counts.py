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
from dataclasses import replace
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
    """``c`` the item, ``f`` the first day disclosed, ``d`` the deadline as the commune
    worked it out, ``s`` short-posted, ``m`` the forms, ``p`` postings by month
    (``2026-05``), ``b`` feedback (received, answered); ``o`` what the overdue verdict
    needs (decided, deadline, planned, broadcast days). Days are ISO text: they compare
    as dates."""
    posted = sorted(d for p in _list(r.get("postings")) if (d := _day(p.get("posted_on"))))
    broadcast = sorted(d for x in r.get("broadcast_days") or [] if (d := _day(x)))
    seen = Disclosure(0, "", postings=tuple(Posting(posted_on=d) for d in posted[:1]))
    first = first_disclosed_on(replace(seen, broadcast_days=tuple(broadcast[:1])))
    months = Counter(d.isoformat()[:7] for d in posted)
    facts: dict[str, Any] = {"c": r.get("category"), "f": _iso(first), "p": dict(months)}
    if (due := _iso(_day(r.get("due_on")))) is not None:
        facts["d"] = due
    if _codes(r) & SHORT_CODES:
        facts["s"] = 1
    if forms := [str(f) for f in r.get("forms") or []]:
        facts["m"] = forms
    feedback = [
        [_iso(_day(f.get("received_on"))), _iso(_day(f.get("answered_on")))]
        for f in _list(r.get("feedback"))
    ]
    if feedback:
        facts["b"] = feedback
    facts["o"] = [
        *(_iso(_day(r.get(k))) for k in ("decided_on", "deadline_on", "planned_on")),
        [d.isoformat() for d in broadcast],
    ]
    return facts


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
            [m, o]
            for i in items
            if isinstance(m := i.get("matter"), str)
            and m != "procedural"
            and isinstance(o := i.get("outcome"), str | None)
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


def _overdue_candidate(f: Record) -> Disclosure:
    """The disclosure as core's overdue verdict reads it (nothing disclosed yet)."""
    decided, deadline, planned, broadcast = f.get("o") or (None, None, None, [])
    first = _day(f.get("f"))  # every other day disclosed is later
    return Disclosure(
        category=int(f.get("c") or 0),
        title="",
        decided_on=_day(decided),
        deadline_on=_day(deadline),
        planned_on=_day(planned),
        postings=(Posting(posted_on=first),) if first else (),
        broadcast_days=tuple(d for d in map(_day, broadcast or []) if d),
    )


def _disclosure_rows(
    facts: list[Record], start: date, end: date, as_of: date, cal: WorkCalendar
) -> tuple[Rows, Counter[int]]:
    items: dict[Any, list[int]] = {}
    forms: Counter[str] = Counter()
    postings = received = answered = 0
    overdue: Counter[int] = Counter()
    s, e, a = start.isoformat(), end.isoformat(), as_of.isoformat()
    sm, em = s[:7], e[:7]  # periods are whole months
    for f in facts:
        if not isinstance(f.get("c"), int):
            continue  # a snapshot without a catalogue item (a hostile one) counts nowhere
        first = f.get("f")
        if first is not None and s <= first <= e:
            due = f.get("d")
            row = items.setdefault(f.get("c"), [0, 0, 0])
            row[0] += 1
            row[1] += due is not None and first > due
            row[2] += bool(f.get("s"))
            forms.update(f.get("m") or ())
        postings += sum(n for month, n in (f.get("p") or {}).items() if sm <= month <= em)
        for on, done in f.get("b") or ():
            if on is not None and s <= on <= e:
                received += 1
                answered += done is not None and done <= e
        # Only a disclosure with nothing disclosed by then can be overdue (core's verdict).
        if first is None or first > a:
            d = _overdue_candidate(f)
            if disclosure_status(d, as_of, cal) is DisclosureStatus.OVERDUE:
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
