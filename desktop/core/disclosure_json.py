"""Disclosures as record JSON (CLI.md ``disclosure``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosures import (
    Attachment,
    Disclosure,
    Feedback,
    Posting,
    disclosure_status,
    live_warnings,
    posting_until,
)
from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, iso_day
from desktop.core.records import RecordKind, RecordMeta, meta_json
from desktop.core.villages import nfc
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

# --- record JSON (CLI.md ``disclosure``) ----------------------------------------------------

DISCLOSURE_FIELDS = (
    "category",
    "title",
    "summary",
    "decision_no",
    "decided_on",
    "deadline_on",
    "responsible",
    "forms",
    "postings",
    "broadcast_days",
    "portal_url",
    "planned_on",
    "attachments",
    "feedback",
    "content_changed_on",
)
# What to_json adds and a record read back ignores (CLI.md); the spec marks them computed.
DISCLOSURE_COMPUTED = ("permanent", "posting_until", "status", "due_on")
POSTING_FIELDS = ("location", "village", "posted_on", "removed_on")
ATTACHMENT_FIELDS = ("sha256", "name", "size", "media_type")
FEEDBACK_FIELDS = ("received_on", "sender", "content", "answered_on", "answer")


def _opt(r: FieldReader, key: str, default: str | None = None) -> str | None:
    return (nfc(r.text(key)) or None) if key in r.obj else default


def _list(obj: Mapping[str, Any], key: str, errors: list[FieldError]) -> list[Any] | None:
    """The list ``obj[key]`` (null is empty); None when absent or not a list."""
    if key not in obj:
        return None
    raw = obj[key]
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.append(FieldError(key, "not_list"))
        return None
    return raw


def _readers(
    obj: Mapping[str, Any], key: str, known: Sequence[str], errors: list[FieldError]
) -> list[FieldReader] | None:
    """One reader per object of the list ``obj[key]``, unknown fields refused."""
    raw = _list(obj, key, errors)
    if raw is None:
        return None
    readers = []
    for i, x in enumerate(raw):
        path = f"{key}[{i}]"
        if not isinstance(x, Mapping):
            errors.append(FieldError(path, "not_object"))
            continue
        r = FieldReader(x, prefix=f"{path}.")
        r.errors = errors  # collect into the one list
        errors.extend(FieldError(f"{path}.{k}", "unknown_field") for k in x if k not in known)
        readers.append(r)
    return readers


def _day_list(obj: Mapping[str, Any], errors: list[FieldError]) -> tuple[date, ...] | None:
    raw = _list(obj, "broadcast_days", errors)
    if raw is None:
        return None
    days = []
    for i, x in enumerate(raw):
        day = FieldReader({"d": x}).day("d") if isinstance(x, str) else None
        if day is None:
            errors.append(FieldError(f"broadcast_days[{i}]", "invalid_date", {"value": x}))
        else:
            days.append(day)
    return tuple(days)


def _forms(obj: Mapping[str, Any], errors: list[FieldError]) -> tuple[DisclosureForm, ...] | None:
    raw = _list(obj, "forms", errors)
    if raw is None:
        return None
    choices = ", ".join(f.value for f in DisclosureForm)
    forms: list[DisclosureForm] = []
    for i, x in enumerate(raw):
        try:
            form = DisclosureForm(x)
        except ValueError:
            params = {"value": x, "choices": choices}
            errors.append(FieldError(f"forms[{i}]", "invalid_choice", params))
            continue
        if form not in forms:
            forms.append(form)
    return tuple(forms)


def _posting(r: FieldReader) -> Posting:
    village = r.text("village").strip() or None
    return Posting(nfc(r.text("location")), village, r.day("posted_on"), r.day("removed_on"))


def _attachment(r: FieldReader) -> Attachment:
    sha256 = r.text("sha256").strip().lower()
    return Attachment(sha256, nfc(r.text("name")), r.integer("size", 0) or 0, _opt(r, "media_type"))


def _feedback(r: FieldReader) -> Feedback:
    return Feedback(
        received_on=r.day("received_on"),
        sender=_opt(r, "sender"),
        content=nfc(r.text("content")),
        answered_on=r.day("answered_on"),
        answer=_opt(r, "answer"),
    )


def _keep(value: Any, default: Any) -> Any:
    return default if value is None else value


def disclosure_from_json(obj: Mapping[str, Any], base: Disclosure | None = None) -> Disclosure:
    """Read a disclosure; on update, fields absent keep ``base``'s values.

    Raises:
        ValidationError: every field with the wrong type, and every unknown field.
    """
    start = base or Disclosure(category=0, title="")
    r = FieldReader(obj)
    r.refuse_unknown(DISCLOSURE_FIELDS, computed=DISCLOSURE_COMPUTED)
    errors = r.errors
    if base is None and "category" not in obj:
        errors.append(FieldError("category", "required"))
    postings = _readers(obj, "postings", POSTING_FIELDS, errors)
    attachments = _readers(obj, "attachments", ATTACHMENT_FIELDS, errors)
    feedback = _readers(obj, "feedback", FEEDBACK_FIELDS, errors)

    def day(key: str, default: date | None) -> date | None:
        return r.day(key) if key in obj else default

    data = replace(
        start,
        category=_keep(r.integer("category"), start.category),
        title=nfc(r.text("title", start.title)),
        summary=nfc(r.text("summary", start.summary)),
        decision_no=_opt(r, "decision_no", start.decision_no),
        decided_on=day("decided_on", start.decided_on),
        deadline_on=day("deadline_on", start.deadline_on),
        responsible=_opt(r, "responsible", start.responsible),
        forms=_keep(_forms(obj, errors), start.forms),
        broadcast_days=_keep(_day_list(obj, errors), start.broadcast_days),
        portal_url=_opt(r, "portal_url", start.portal_url),
        planned_on=day("planned_on", start.planned_on),
        content_changed_on=day("content_changed_on", start.content_changed_on),
    )
    if postings is not None:
        data = replace(data, postings=tuple(_posting(x) for x in postings))
    if attachments is not None:
        data = replace(data, attachments=tuple(_attachment(x) for x in attachments))
    if feedback is not None:
        data = replace(data, feedback=tuple(_feedback(x) for x in feedback))
    require(errors)
    return data


def disclosure_json_fields(d: Disclosure) -> dict[str, Any]:
    """The content part of the record JSON, with ``permanent`` and ``posting_until``.

    The caller adds the common fields, ``status`` and the warnings (they need ``today``).
    """
    return {
        "category": d.category,
        "title": d.title,
        "summary": d.summary,
        "decision_no": d.decision_no,
        "decided_on": iso_day(d.decided_on),
        "deadline_on": iso_day(d.deadline_on),
        "responsible": d.responsible,
        "forms": [f.value for f in d.forms],
        "postings": [
            {
                "location": p.location,
                "village": p.village_uuid,
                "posted_on": iso_day(p.posted_on),
                "removed_on": iso_day(p.removed_on),
            }
            for p in d.postings
        ],
        "broadcast_days": [x.isoformat() for x in d.broadcast_days],
        "portal_url": d.portal_url,
        "planned_on": iso_day(d.planned_on),
        "attachments": [
            {"sha256": a.sha256, "name": a.name, "size": a.size, "media_type": a.media_type}
            for a in d.attachments
        ],
        "feedback": [
            {
                "received_on": iso_day(f.received_on),
                "sender": f.sender,
                "content": f.content,
                "answered_on": iso_day(f.answered_on),
                "answer": f.answer,
            }
            for f in d.feedback
        ],
        "content_changed_on": iso_day(d.content_changed_on),
        "permanent": d.permanent,
        "posting_until": iso_day(posting_until(d)),
    }


@dataclass(frozen=True)
class StoredDisclosure:
    """A disclosure as stored: metadata, content and the warnings computed at save time."""

    meta: RecordMeta
    data: Disclosure
    warnings: tuple[RecordWarning, ...]
    due_on: date | None = None

    @property
    def uuid(self) -> str:
        return self.meta.uuid


def disclosure_to_json(
    s: StoredDisclosure, today: date | None = None, calendar: WorkCalendar | None = None
) -> dict[str, Any]:
    """The record JSON of CLI.md.

    Without ``today`` it holds only what the record itself determines (the audit
    journal's snapshot); with it, ``status`` and the warnings that depend on the
    day (overdue ...) are added.
    """
    out: dict[str, Any] = meta_json(RecordKind.DISCLOSURE, s.meta)
    warnings = list(s.warnings)
    out.update(disclosure_json_fields(s.data))
    out["due_on"] = iso_day(s.due_on)
    if today is not None and calendar is not None:
        warnings += live_warnings(s.data, calendar, today)
        out["status"] = disclosure_status(s.data, today, calendar).value
    out["warnings"] = [w.to_json() for w in warnings]
    return out
