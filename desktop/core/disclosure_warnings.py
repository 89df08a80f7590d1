"""A disclosure's warnings: the stable ones stored with the record, and every one on a day.

Late disclosure (Law 10/2022/QH15 Art. 12(3)), postings at the office and in every
village and their consecutive days (Art. 13), the loudspeaker's days and unanswered
feedback. The record's types, input rules, status and the warnings that depend on
``today`` are in :mod:`desktop.core.disclosures`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from desktop.core.disclosure_catalog import DisclosureCategory, DisclosureForm, get_category
from desktop.core.disclosures import (
    Disclosure,
    Posting,
    broadcast_runs,
    disclosure_due,
    due_params,
    first_disclosed_on,
    live_warnings,
    run_length,
)
from desktop.core.periods import period_end
from desktop.core.posting_verdicts import PostingResult, place_verdicts
from desktop.core.warnings import Param, RecordWarning, warning
from desktop.core.workdays import WorkCalendar


def _late(d: Disclosure, calendar: WorkCalendar, first: date) -> RecordWarning | None:
    # Disclosed within 5 wd of the decision unless a sector law says otherwise (Art. 12(3)).
    due = disclosure_due(d, calendar)
    if due is None or first <= due:
        return None
    return warning("late", first_on=first, **due_params(d, due))


def _place(p: Posting, names: Mapping[str, str]) -> dict[str, Param | date | None]:
    """Where a notice was posted: its written location, the office, or a village's
    community meeting place (worded by the catalog)."""
    if p.location.strip():
        return {"where": "location", "place": p.location.strip()}
    if p.village_uuid is None:
        return {"where": "office"}
    return {"where": "village", "place": names.get(p.village_uuid, p.village_uuid)}


def _removed_early(
    d: Disclosure, cat: DisclosureCategory, names: Mapping[str, str], cite: str
) -> list[RecordWarning]:
    """Places whose notice came down before the required consecutive days (Art. 13(2)):
    core's per-place verdict (:func:`desktop.core.posting_verdicts.place_verdicts`),
    the one every document and screen displays."""
    out: list[RecordWarning] = []
    for v in place_verdicts(d.postings, cat):
        if v.result is not PostingResult.SHORT or v.stretch is None or v.stretch.end is None:
            continue
        start, end, need = v.stretch.start, v.stretch.end, v.need
        out.append(
            warning(
                "removed_early",
                start=start,
                end=end,
                days=v.days,
                need=need,
                until=v.until or (period_end(start, need) if need is not None else end),
                cite=cite,
                **_place(v.stretch.head, names),
            )
        )
    return out


def _posting_warnings(
    d: Disclosure, cat: DisclosureCategory, villages: Sequence[tuple[str, str]]
) -> list[RecordWarning]:
    out: list[RecordWarning] = []
    posted = [p for p in d.postings if p.posted_on is not None]
    cite = "art13_2" if cat.every_village else "art13"  # Art. 13(2) / Art. 13
    # Every-village items at the office AND every village; permanent items at the office.
    if (cat.every_village or cat.permanent) and not any(p.village_uuid is None for p in posted):
        out.append(warning("office_missing", cite=cite))
    if cat.every_village:
        done = {p.village_uuid for p in posted}
        missing = [name for uuid, name in villages if uuid not in done]
        if missing:
            names = ", ".join(missing)
            out.append(warning("village_missing", count=len(missing), names=names, cite=cite))
    if cat.min_posting_days is not None:
        out.extend(_removed_early(d, cat, dict(villages), cite))
    latest = max((p.posted_on for p in posted if p.posted_on is not None), default=None)
    changed = d.content_changed_on
    if cat.permanent and changed is not None and latest is not None and changed > latest:
        out.append(warning("permanent_not_updated", changed_on=changed, latest_on=latest))
    return out


def stable_warnings(
    d: Disclosure, calendar: WorkCalendar, villages: Sequence[tuple[str, str]]
) -> list[RecordWarning]:
    """Warnings that depend only on the record (stored in the audit journal).

    ``villages`` are the ``(uuid, name)`` of the ACTIVE villages. Before anything
    is disclosed only ``feedback_unanswered`` can apply; lateness is then live.
    """
    cat = get_category(d.category)
    first = first_disclosed_on(d)
    out: list[RecordWarning] = []
    if cat is not None and first is not None:
        late = _late(d, calendar, first)
        out.extend([late] if late else [])
        out.extend(_posting_warnings(d, cat, villages))
        need = cat.loudspeaker_days
        if need and (d.broadcast_days or DisclosureForm.LOUDSPEAKER in d.forms):
            runs = broadcast_runs(d.broadcast_days)
            longest = max((run_length(r) for r in runs), default=0)
            if longest < need:
                days = ", ".join(x.isoformat() for x in sorted(set(d.broadcast_days)))
                out.append(warning("loudspeaker_short", longest=longest, broadcast=days, need=need))
    unanswered = [f for f in d.feedback if f.answered_on is None]
    if unanswered:
        days = ", ".join(f.received_on.isoformat() for f in unanswered if f.received_on is not None)
        out.append(warning("feedback_unanswered", count=len(unanswered), days=days))
    return out


def disclosure_warnings(
    d: Disclosure, calendar: WorkCalendar, villages: Sequence[tuple[str, str]], today: date
) -> list[RecordWarning]:
    """Every warning on ``today``: :func:`stable_warnings` then :func:`live_warnings`."""
    return stable_warnings(d, calendar, villages) + live_warnings(d, calendar, today)
