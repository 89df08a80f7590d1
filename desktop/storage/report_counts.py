"""The counts of the commune's period report (DOMAIN.md §5; services/reports.py).

Every figure is one SQL aggregate (GROUP BY over the indexed date columns, SQLite's
``json_each`` for the JSON lists of forms, warnings, feedback and convention events): no
record is loaded into Python. The service turns the rows into the report's figures.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from desktop.storage.citizen_models import CaseRow, LetterRow, ReceptionRow
from desktop.storage.civic_models import BoardRow, ConsultationRow, DialogueRow, OversightRow

_BODY_TABLES = (
    ReceptionRow,
    LetterRow,
    CaseRow,
    ConsultationRow,
    DialogueRow,
    BoardRow,
    OversightRow,
)

_DISCLOSURES = text(
    """
    SELECT d.category,
           COUNT(*),
           SUM(d.due_on IS NOT NULL AND d.first_disclosed_on > d.due_on),
           -- stored warnings that mean a posting or broadcast fell short of Art. 13
           SUM(d.warning_count > 0 AND EXISTS (
               SELECT 1 FROM json_each(d.warnings) w
               WHERE json_extract(w.value, '$.code') IN
                     ('removed_early', 'office_missing', 'village_missing', 'loudspeaker_short')))
    FROM disclosures d
    WHERE d.deleted = 0 AND d.first_disclosed_on BETWEEN :start AND :end
    GROUP BY d.category
    """
)
_FORMS = text(
    """
    SELECT f.value, COUNT(*)
    FROM disclosures d, json_each(d.forms) f
    WHERE d.deleted = 0 AND d.first_disclosed_on BETWEEN :start AND :end
    GROUP BY f.value
    """
)
_POSTINGS = text(
    """
    SELECT COUNT(*)
    FROM disclosure_postings p JOIN disclosures d ON d.uuid = p.disclosure_uuid
    WHERE d.deleted = 0 AND p.posted_on BETWEEN :start AND :end
    """
)
_MEETINGS = text(
    """
    SELECT CASE
             WHEN m.ballot_papers_issued IS NOT NULL THEN 'household_ballot'
             WHEN EXISTS (SELECT 1 FROM meeting_items i
                          WHERE i.meeting_uuid = m.uuid AND i.method = 'online') THEN 'online'
             ELSE 'meeting'
           END AS form,
           COUNT(*),
           SUM(m.warning_count > 0 AND EXISTS (
               SELECT 1 FROM json_each(m.warnings) w
               WHERE json_extract(w.value, '$.code') = 'minutes_late')),
           SUM(m.minutes_sent_on IS NULL)
    FROM meetings m
    WHERE m.deleted = 0 AND m.held_on BETWEEN :start AND :end
    GROUP BY form
    """
)
_DECISIONS = text(
    """
    SELECT i.matter, i.outcome, COUNT(*)
    FROM meetings m JOIN meeting_items i ON i.meeting_uuid = m.uuid
    WHERE m.deleted = 0 AND m.held_on BETWEEN :start AND :end AND i.matter <> 'procedural'
    GROUP BY i.matter, i.outcome
    """
)
# Each convention counted once per kind of step dated in the period (as D61 Art. 16
# statistics are); a part abolished counts as abolished.
_CONVENTION_EVENTS = text(
    """
    SELECT json_extract(e.value, '$.type') AS kind, COUNT(DISTINCT c.uuid)
    FROM conventions c, json_each(c.events) e
    WHERE c.deleted = 0 AND json_extract(e.value, '$.on') BETWEEN :start AND :end
    GROUP BY kind
    """
)
# The state on the last day: the last step (in record order) dated on or before it
# that changes the state — what core.conventions.status_on folds.
_CONVENTION_STATES = text(
    """
    WITH steps AS (
        SELECT c.uuid AS uuid, e.key AS pos, json_extract(e.value, '$.type') AS kind
        FROM conventions c, json_each(c.events) e
        WHERE c.deleted = 0 AND json_extract(e.value, '$.on') <= :end
          AND json_extract(e.value, '$.type') NOT IN ('distributed', 'reviewed')
          AND NOT (json_extract(e.value, '$.type') IN ('abolished', 'suspended', 'reinstated')
                   AND trim(coalesce(json_extract(e.value, '$.part'), '')) <> '')
    ), last AS (SELECT uuid, MAX(pos) AS pos FROM steps GROUP BY uuid)
    SELECT steps.kind, COUNT(*)
    FROM steps JOIN last ON last.uuid = steps.uuid AND last.pos = steps.pos
    GROUP BY steps.kind
    """
)
_FEEDBACK = text(
    """
    SELECT COUNT(*),
           SUM(json_extract(f.value, '$.answered_on') IS NOT NULL
               AND json_extract(f.value, '$.answered_on') <= :end)
    FROM disclosures d, json_each(d.feedback) f
    WHERE d.deleted = 0 AND d.feedback <> '[]'
      AND json_extract(f.value, '$.received_on') BETWEEN :start AND :end
    """
)


_QUERIES = {
    "disclosures": _DISCLOSURES,
    "forms": _FORMS,
    "meetings": _MEETINGS,
    "decisions": _DECISIONS,
    "convention_events": _CONVENTION_EVENTS,
    "convention_states": _CONVENTION_STATES,
    "feedback": _FEEDBACK,
}


def period_rows(session: Session, start: dt.date, end: dt.date) -> dict[str, list[tuple[Any, ...]]]:
    """Each count's rows for the days ``start``..``end``; ``postings`` is one row of one
    number."""
    bounds: dict[str, Any] = {"start": start.isoformat(), "end": end.isoformat()}
    out = {
        name: [tuple(row) for row in session.execute(stmt, bounds).all()]
        for name, stmt in _QUERIES.items()
    }
    out["postings"] = [(session.execute(_POSTINGS, bounds).scalar_one(),)]
    return out


def record_bodies(session: Session, end: dt.date) -> dict[str, list[dict[str, Any]]]:
    """The own-field JSON of the commune's reception, letter, case, consultation,
    dialogue, board and oversight records dated up to ``end`` (or undated), by kind: what
    :func:`desktop.core.unit_figures.citizen_civic_figures` counts (the receiving level
    passes the same records' snapshots)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in _BODY_TABLES:
        stmt = select(row.body).where(
            row.deleted.is_(False), or_(row.day.is_(None), row.day <= end)
        )
        out[row.record_kind] = [json.loads(body) for body in session.scalars(stmt)]
    return out
