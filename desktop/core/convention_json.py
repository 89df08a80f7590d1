"""Hương ước / quy ước as record JSON (CLI.md ``convention``).

Reading refuses unknown fields and collects every problem (FieldReader).
Reading does not check the life cycle: the caller replays the events through
:func:`desktop.core.convention_events.replay_events` (or records one step with
``apply_event``). The text is given whole (``text``) or, when ``text`` is
absent, as ``preamble`` + ``articles``, which are then rendered into ``text``;
``preamble`` and ``articles`` are otherwise computed from ``text`` on output.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.core.convention_events import allowed_steps
from desktop.core.convention_text import Chapter, parse_text, render_article, render_text
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionType,
    EventType,
    Opinion,
    effective_from,
    next_review_on,
    status,
)
from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, iso_day
from desktop.core.records import RecordKind, RecordMeta, meta_json
from desktop.core.villages import nfc
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

CONVENTION_FIELDS = (
    "village",
    "convention_type",
    "title",
    "text",
    "preamble",
    "articles",
    "ethnic_text",
    "drafting_team",
    "proposer",
    "citizen_initiative",
    "supersedes",
    "review_day",
    "events",
)
CONVENTION_COMPUTED = (
    "status",
    "effective_from",
    "next_review_on",
    "allowed_events",
    "village_name",
)
EVENT_FIELDS = (
    "type",
    "on",
    "until",
    "meeting",
    "decision_no",
    "signer",
    "reason",
    "part",
    "households_supporting",
    "households_total",
    "opinions",
    "note",
    "successor",
)
OPINION_FIELDS = ("sender", "content", "handling")
ARTICLE_FIELDS = ("number", "title", "text", "chapter", "chapter_title")
_REVIEW_DAY_RE = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def _not_object(path: str, errors: list[FieldError]) -> None:
    errors.append(FieldError(path, "not_object"))


def _list(r: FieldReader, key: str) -> list[Any] | None:
    value = r.obj.get(key)
    if value is None:
        return None
    if not isinstance(value, list):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_list"))
        return None
    return value


def _boolean(r: FieldReader, key: str, default: bool) -> bool:
    value = r.obj.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        choices = "true, false"
        r.errors.append(
            FieldError(f"{r.prefix}{key}", "invalid_choice", {"value": value, "choices": choices})
        )
        return default
    return value


def _opinion(obj: Any, path: str, errors: list[FieldError]) -> Opinion | None:
    if not isinstance(obj, Mapping):
        _not_object(path, errors)
        return None
    r = FieldReader(obj, prefix=f"{path}.")
    r.refuse_unknown(OPINION_FIELDS)
    opinion = Opinion(nfc(r.text("sender")), nfc(r.text("content")), nfc(r.text("handling")))
    if not opinion.content:
        r.errors.append(FieldError(f"{path}.content", "required"))
    errors.extend(r.errors)
    return opinion


def _event(obj: Any, path: str, errors: list[FieldError]) -> ConventionEvent | None:
    if not isinstance(obj, Mapping):
        _not_object(path, errors)
        return None
    prefix = f"{path}." if path else ""
    r = FieldReader(obj, prefix=prefix)
    r.refuse_unknown(EVENT_FIELDS)
    for key in ("type", "on"):
        if obj.get(key) in (None, ""):
            r.errors.append(FieldError(f"{prefix}{key}", "required"))
    kind = r.choice("type", EventType, EventType.PROPOSED)
    on = r.day("on")
    supporting = r.integer("households_supporting")
    total = r.integer("households_total")
    for key, value in (("households_supporting", supporting), ("households_total", total)):
        if value is not None and value < 0:
            r.errors.append(FieldError(f"{prefix}{key}", "min", {"min": 0}))
    raw_opinions = _list(r, "opinions") or []
    opinions = [_opinion(x, f"{prefix}opinions[{i}]", r.errors) for i, x in enumerate(raw_opinions)]
    until = r.day("until")
    texts = {k: nfc(r.text(k)) for k in ("decision_no", "signer", "reason", "part", "note")}
    meeting, successor = r.text("meeting").strip(), r.text("successor").strip()
    errors.extend(r.errors)
    if on is None:
        return None
    return ConventionEvent(
        type=kind,
        on=on,
        until=until,
        meeting_uuid=meeting or None,
        decision_no=texts["decision_no"],
        signer=texts["signer"],
        reason=texts["reason"],
        part=texts["part"],
        households_supporting=supporting,
        households_total=total,
        opinions=tuple(o for o in opinions if o is not None),
        note=texts["note"],
        successor_uuid=successor or None,
    )


def event_from_json(obj: Mapping[str, Any]) -> ConventionEvent:
    """Read one life-cycle step (the ``event`` command's input).

    Raises:
        ValidationError: a field is missing, has the wrong type or is unknown.
    """
    errors: list[FieldError] = []
    event = _event(obj, "", errors)
    require(errors)
    assert event is not None
    return event


def _chapter_number(value: str) -> str:
    text = nfc(value)
    return re.sub(r"^chương\s+", "", text, flags=re.I).strip()


def _text_from_articles(r: FieldReader, raw: list[Any], preamble: str) -> str:
    """Render ``preamble`` + ``articles`` into a text; each article's body must not
    hold another article heading."""
    lines = [preamble] if preamble else []
    errors_before = len(r.errors)
    numbers: list[int] = []
    chapter = ""
    for i, obj in enumerate(raw):
        path = f"articles[{i}]"
        if not isinstance(obj, Mapping):
            _not_object(path, r.errors)
            continue
        a = FieldReader(obj, prefix=f"{path}.")
        a.refuse_unknown(ARTICLE_FIELDS)
        number = a.integer("number")
        if number is None or number < 1:
            a.errors.append(FieldError(f"{path}.number", "min", {"min": 1}))
            number = 0
        number_here = _chapter_number(a.text("chapter"))
        if number_here and number_here != chapter:
            lines.append(Chapter(number_here).label)
            title_here = nfc(a.text("chapter_title"))
            lines.extend([title_here] if title_here else [])
        chapter = number_here or chapter
        title = nfc(a.text("title"))
        lines.append(f"Điều {number}. {title}".rstrip())
        lines.extend([nfc(a.text("text"))] if a.text("text").strip() else [])
        numbers.append(number)
        r.errors.extend(a.errors)
    text = render_text(parse_text("\n".join(lines)))
    parsed = [x.number for x in parse_text(text).articles]
    if len(r.errors) == errors_before and parsed != numbers:
        r.errors.append(FieldError("articles", "article_heading_in_body"))
    return text


def _review_day(r: FieldReader, default: tuple[int, int]) -> tuple[int, int]:
    value = r.obj.get("review_day")
    if value in (None, ""):
        return default
    m = _REVIEW_DAY_RE.match(str(value).strip())
    if m is None:
        r.errors.append(FieldError("review_day", "invalid_review_day", {"value": value}))
        return default
    return int(m.group(1)), int(m.group(2))


def _names(r: FieldReader, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = r.obj.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        r.errors.append(FieldError(key, "not_name_list"))
        return default
    return tuple(nfc(x) for x in value if nfc(x))


def convention_from_json(obj: Mapping[str, Any], base: Convention | None = None) -> Convention:
    """Read a convention; on update, fields absent keep ``base``'s values (``events``
    given replace the list: replay them through the life cycle).

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    start = base or Convention("", ConventionType.HUONG_UOC, "")
    r = FieldReader(obj)
    r.refuse_unknown(CONVENTION_FIELDS, computed=CONVENTION_COMPUTED)
    text = start.text
    if "text" in obj:
        text = r.text("text")
    elif "articles" in obj:
        preamble = nfc(r.text("preamble")) if "preamble" in obj else parse_text(text).preamble
        text = _text_from_articles(r, _list(r, "articles") or [], preamble)
    events = start.events
    raw_events = _list(r, "events")
    if raw_events is not None:
        parsed = [_event(x, f"events[{i}]", r.errors) for i, x in enumerate(raw_events)]
        events = tuple(e for e in parsed if e is not None)
    supersedes = start.supersedes_uuid
    if "supersedes" in obj:
        supersedes = r.text("supersedes").strip() or None
    data = replace(
        start,
        village_uuid=r.text("village", start.village_uuid).strip(),
        convention_type=r.choice("convention_type", ConventionType, start.convention_type),
        title=nfc(r.text("title", start.title)),
        text=nfc(text),
        ethnic_text=nfc(r.text("ethnic_text", start.ethnic_text)),
        drafting_team=_names(r, "drafting_team", start.drafting_team),
        proposer=nfc(r.text("proposer", start.proposer)),
        citizen_initiative=_boolean(r, "citizen_initiative", start.citizen_initiative),
        supersedes_uuid=supersedes,
        review_day=_review_day(r, start.review_day),
        events=events,
    )
    require(r.errors)
    return data


def event_to_json(e: ConventionEvent) -> dict[str, Any]:
    """One event as record JSON."""
    return {
        "type": e.type.value,
        "on": iso_day(e.on),
        "until": iso_day(e.until),
        "meeting": e.meeting_uuid,
        "decision_no": e.decision_no,
        "signer": e.signer,
        "reason": e.reason,
        "part": e.part,
        "households_supporting": e.households_supporting,
        "households_total": e.households_total,
        "opinions": [
            {"sender": o.sender, "content": o.content, "handling": o.handling} for o in e.opinions
        ],
        "note": e.note,
        "successor": e.successor_uuid,
    }


def _articles_json(c: Convention) -> tuple[str, list[dict[str, Any]]]:
    structure = parse_text(c.text)
    articles = [
        {
            "number": a.number,
            "title": a.title,
            "text": render_article(a).partition("\n")[2],
            "chapter": ch.label,
            "chapter_title": ch.title,
        }
        for ch in structure.chapters
        for a in ch.articles
    ]
    return structure.preamble, articles


def convention_json_fields(c: Convention) -> dict[str, Any]:
    """The content fields and the computed ones that need no ``today``: ``status``,
    ``effective_from``, ``next_review_on``, ``allowed_events``, ``preamble``,
    ``articles``. The caller adds the metadata and ``warnings``."""
    current = status(c)
    preamble, articles = _articles_json(c)
    month, day = c.review_day
    return {
        "village": c.village_uuid,
        "convention_type": c.convention_type.value,
        "title": c.title,
        "text": c.text,
        "preamble": preamble,
        "articles": articles,
        "ethnic_text": c.ethnic_text,
        "drafting_team": list(c.drafting_team),
        "proposer": c.proposer,
        "citizen_initiative": c.citizen_initiative,
        "supersedes": c.supersedes_uuid,
        "review_day": f"{month:02d}-{day:02d}",
        "events": [event_to_json(e) for e in c.events],
        "status": current.value if current else None,
        "effective_from": iso_day(effective_from(c)),
        "next_review_on": iso_day(next_review_on(c)),
        "allowed_events": sorted(e.value for e in allowed_steps(c)),
    }


@dataclass(frozen=True)
class StoredConvention:
    """A convention version as stored, with the warnings computed at save time."""

    meta: RecordMeta
    data: Convention
    warnings: tuple[RecordWarning, ...]
    village_name: str = ""

    @property
    def uuid(self) -> str:
        return self.meta.uuid


def convention_to_json(
    s: StoredConvention, today: date | None = None, calendar: WorkCalendar | None = None
) -> dict[str, Any]:
    """Record JSON of CLI.md; with ``today``, the day-dependent warnings are added."""
    from desktop.core.convention_warnings import live_warnings

    out: dict[str, Any] = meta_json(RecordKind.CONVENTION, s.meta)
    out.update(convention_json_fields(s.data))
    out["village_name"] = s.village_name
    warnings = list(s.warnings)
    if today is not None and calendar is not None:
        warnings += live_warnings(s.data, calendar, today)
    out["warnings"] = [w.to_json() for w in warnings]
    return out
