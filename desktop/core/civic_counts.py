"""What the search index keeps and what the receiving board counts, per record JSON, for
the kinds ``consultation``, ``dialogue``, ``board`` and ``oversight`` (the KindSpec hooks).

The counters use the keys of :meth:`desktop.core.civic_stats.CivicStats.counters`, so a
unit's board adds up to the same figures as its period report. Read defensively: a record
received from another installation may lack a computed field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Record = Mapping[str, Any]


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _texts(*values: Any) -> str:
    return "\n".join(v for v in values if isinstance(v, str) and v)


def consultation_search(r: Record) -> tuple[str, str]:
    return str(r.get("title") or ""), _texts(
        r.get("plan_content"), r.get("synthesis"), r.get("explanation"), r.get("hdnd_session")
    )


def consultation_counts(r: Record) -> dict[str, int]:
    out = {
        "consultations": 1,
        "consultation_opinions": sum(
            _int(o.get("count")) for o in _list(r.get("opinions")) if isinstance(o, Mapping)
        ),
    }
    if isinstance(r.get("topic"), str):
        out[f"consultation_topic_{r['topic']}"] = 1
    for form in _list(r.get("consultation_forms")):
        if isinstance(form, str):
            out[f"consultation_form_{form}"] = 1
    return out


def dialogue_search(r: Record) -> tuple[str, str]:
    parts: list[Any] = [r.get("place"), *_list(r.get("chaired_by"))]
    for q in _list(r.get("questions")):
        if isinstance(q, Mapping):
            parts += [q.get("question"), q.get("answer")]
    for c in _list(r.get("commitments")):
        if isinstance(c, Mapping):
            parts += [c.get("content"), c.get("owner")]
    return str(r.get("title") or ""), _texts(*parts)


def dialogue_counts(r: Record) -> dict[str, int]:
    out = {"dialogues": 1, "dialogue_attendance": _int(r.get("attendance"))}
    if isinstance(r.get("dialogue_kind"), str):
        out[f"dialogues_{r['dialogue_kind']}"] = 1
    return out


def board_search(r: Record) -> tuple[str, str]:
    members = [m.get("name") for m in _list(r.get("members")) if isinstance(m, Mapping)]
    return str(r.get("title") or ""), _texts(r.get("project"), r.get("investor"), *members)


def board_counts(r: Record) -> dict[str, int]:
    """A Ban GSĐTCĐ counts as a board and, one board per project (Law Art. 41(1)), a
    project."""
    if r.get("board_type") == "gsdtcd":
        return {"gsdtcd_boards": 1, "gsdtcd_projects": 1}
    return {"ttnd_boards": 1}


def oversight_search(r: Record) -> tuple[str, str]:
    recs = [x.get("content") for x in _list(r.get("recommendations")) if isinstance(x, Mapping)]
    return str(r.get("title") or ""), _texts(r.get("subject"), r.get("findings"), *recs)


def oversight_counts(r: Record) -> dict[str, int]:
    """Recommendations: made when sent; answered; answered on time (state ``answered``)."""
    recs = [x for x in _list(r.get("recommendations")) if isinstance(x, Mapping)]
    made = sum(1 for x in recs if x.get("sent_on"))
    answered = sum(1 for x in recs if x.get("answered_on"))
    on_time = sum(1 for x in recs if x.get("state") == "answered")
    if r.get("activity") == "supervision":
        return {
            "gsdtcd_violations": _int(r.get("violations")),
            "gsdtcd_recommendations": made,
            "gsdtcd_recommendations_answered": answered,
        }
    return {
        "ttnd_inspections": 1,
        "ttnd_cases_verified": _int(r.get("cases_verified")),
        "ttnd_violations": _int(r.get("violations")),
        "ttnd_recommendations": made,
        "ttnd_recommendations_answered": answered,
        "ttnd_recommendations_on_time": on_time,
    }
