"""One read-only view of a record of any kind, read from the kind's declaration (issue 12).

Given a :class:`~desktop.core.kinds.KindSpec` and a record's JSON (CLI.md), it shows the
record as an officer reads it: a heading (title, kind, state, owning unit, version, last
change), then the declared fields in declaration order with their labels in the UI
language — days as dd/mm/yyyy, codes worded, references to other records by name when the
caller can resolve them, lists of names, tables with their column labels, long text as
paragraphs — and the warnings worded. Keys the declaration does not name (ids, machine
codes) are never shown, nor is a confidential field.

The receiving level shows a child's records with it (Đồng bộ › Đơn vị cấp dưới), and the
commune shows a record a village's laptop owns with it instead of an edit form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.field_labels import field_label
from desktop.core.kinds import FieldSpec, FieldType, KindSpec, Record
from desktop.core.sync_rejections import remark_text
from desktop.core.value_labels import value_label
from desktop.core.warning_words import worded_record
from desktop.ui.i18n import current_lang, translate
from desktop.ui.record_words import kind_text, value_text, warning_text

Resolve = Callable[[str, str], str | None]  # (kind, uuid) -> the record's name, or None
Remark = Mapping[str, Any]  # {"text", "by", "at"} as the sync service keeps them
_LABEL_STYLE = "padding:2px 12px 2px 0; vertical-align:top; color:#555"
_LABEL_CELL = f"<td width='160' style='{_LABEL_STYLE}'>"  # the same width in every block
_MAX_DEPTH = 3
_TABLE_COLUMNS = 3  # more columns than this read better as one block per row
_MONTH_DAY = re.compile(r"\d\d-\d\d")


def iso_to_day(value: Any) -> str:
    """``2026-04-05`` or ``2026-04-05T03:00:00Z`` as ``05/04/2026``; anything else as is.

    A moment is shown as the local day it falls on (the officer's clock), not the UTC one.
    """
    if not isinstance(value, str) or len(value) < 10:
        return "" if value is None else str(value)
    try:
        if len(value) == 10:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y")


class _Renderer:
    """The HTML of one record; one instance per rendering (it holds the language)."""

    def __init__(self, spec: KindSpec, record: Record, lang: str, resolve: Resolve | None) -> None:
        self.spec = spec
        self.lang = lang
        self.resolve = resolve
        # A record names what it refers to beside the uuid (``village_name``).
        self.names = {
            k[: -len("_name")]: v
            for k, v in record.items()
            if k.endswith("_name") and isinstance(v, str) and v
        }

    # --- values -------------------------------------------------------------------------
    def label(self, f: FieldSpec) -> str:
        return field_label(f.label_code, self.lang)

    def scalar(self, f: FieldSpec, value: Any, depth: int = 0) -> str:
        """One value as plain text (the caller escapes it)."""
        if value is None or value == "":
            return ""
        if f.type is FieldType.DATE:
            return iso_to_day(value)
        if f.type is FieldType.BOOL or isinstance(value, bool):
            return value_label("bool", bool(value), self.lang)
        if f.type is FieldType.REF:
            name = self.resolve(f.ref_kind, str(value)) if self.resolve else None
            if name is None and depth == 0:  # the record's own ``village_name``
                name = self.names.get(f.key)
            return name or translate("RecordView", "(a record not received here)")
        if f.type is FieldType.CHOICE:
            return value_text(f, value, self.lang)
        if f.type is FieldType.INT and isinstance(value, int):
            return group_digits(value, self.lang)
        if isinstance(value, str) and _looks_like_day(value):
            return iso_to_day(value)
        if isinstance(value, str) and _MONTH_DAY.fullmatch(value):  # a yearly day, "11-18"
            return f"{value[3:5]}/{value[0:2]}"
        return str(value)

    def value_html(self, f: FieldSpec, value: Any, depth: int = 0) -> str:
        """One field's value as HTML ("" when there is nothing to show)."""
        if value is None or value == "" or value == [] or value == {}:
            return ""
        if f.type is FieldType.TABLE and isinstance(value, list):
            return self.table_html(f, value, depth)
        if f.type is FieldType.OBJECT and isinstance(value, Mapping):
            return self.object_html(f, value, depth)
        if f.type is FieldType.LONG_TEXT:
            paragraphs = [p.strip() for p in str(value).split("\n") if p.strip()]
            return "".join(f"<p style='margin:0 0 4px 0'>{html.escape(p)}</p>" for p in paragraphs)
        if (
            isinstance(value, list)
            and value
            and all(isinstance(v, Mapping) and v.get("message") for v in value)
        ):  # computed deadlines, worded at the edge (worded_record): one line each
            lines = [
                str(v["message"]) + (f" → {iso_to_day(v['due'])}" if v.get("due") else "")
                for v in value
            ]
            return "".join(f"<p style='margin:0 0 4px 0'>{html.escape(t)}</p>" for t in lines)
        if isinstance(value, list):  # names, forms, days: one line, comma separated
            texts = [self.scalar(f, v, depth) for v in value if v not in (None, "")]
            return html.escape(", ".join(t for t in texts if t))
        if isinstance(value, Mapping):
            return ""  # an undeclared shape: nothing a reader could use
        return html.escape(self.scalar(f, value, depth))

    def table_html(self, f: FieldSpec, rows: Sequence[Any], depth: int) -> str:
        columns = shown_fields(f.columns)
        objects = [r for r in rows if isinstance(r, Mapping)]
        if not columns or not objects or depth >= _MAX_DEPTH:
            return html.escape(translate("RecordView", "%1 entries").replace("%1", str(len(rows))))
        shown = [c for c in columns if any(_filled(r.get(c.key)) for r in objects)]
        if len(shown) > _TABLE_COLUMNS or any(c.type is FieldType.LONG_TEXT for c in shown):
            return self.entries_html(shown, objects, depth)
        head = "".join(
            f"<th align='left' style='padding:2px 8px 2px 0'>{html.escape(self.label(c))}</th>"
            for c in shown
        )
        body = "".join(
            "<tr>"
            + "".join(
                "<td style='padding:2px 8px 2px 0; vertical-align:top'>"
                f"{self.value_html(c, r.get(c.key), depth + 1)}</td>"
                for c in shown
            )
            + "</tr>"
            for r in objects
        )
        return f"<table cellspacing='0' style='margin:0'><tr>{head}</tr>{body}</table>"

    def entries_html(
        self, shown: Sequence[FieldSpec], objects: Sequence[Mapping[str, Any]], depth: int
    ) -> str:
        """Rows too wide for a narrow pane: one numbered block each, its first column as
        the block's title and the others as "label: value" lines."""
        first, rest = shown[0], shown[1:]
        out = []
        for n, row in enumerate(objects, start=1):
            title = self.value_html(first, row.get(first.key), depth + 1)
            lines = "".join(
                f"<tr><td style='{_LABEL_STYLE}'>{html.escape(self.label(c))}</td>"
                f"<td>{text}</td></tr>"
                for c in rest
                if (text := self.value_html(c, row.get(c.key), depth + 1))
            )
            out.append(
                f"<p style='margin:6px 0 0 0'><b>{n}. {title}</b></p>"
                f"<table cellspacing='0' style='margin:0 0 0 14px'>{lines}</table>"
            )
        return "".join(out)

    def object_html(self, f: FieldSpec, obj: Mapping[str, Any], depth: int) -> str:
        if depth >= _MAX_DEPTH:
            return ""
        parts = []
        for c in shown_fields(f.columns):
            text = self.value_html(c, obj.get(c.key), depth + 1)
            if text:
                parts.append(f"{html.escape(self.label(c))}: {text}")
        return "<br>".join(parts)

    # --- the record ---------------------------------------------------------------------
    def state(self, record: Record) -> str:
        if record.get("deleted"):
            return field_label("deleted", self.lang)
        key = self.spec.state_field
        f = self.spec.field(key) if key else None
        value = record.get(key) if key else None
        if f is None or not isinstance(value, str) or not value:
            return ""
        return self.scalar(f, value)

    def heading(self, record: Record, owner: str) -> str:
        title = str(record.get(self.spec.title_field) or "")
        declared = self.spec.field(self.spec.title_field)
        if declared is not None and declared.type is FieldType.DATE:
            title = iso_to_day(title) or title  # a session or a letter is titled by its day
        facts = [kind_text(self.spec, self.lang)]
        state = self.state(record)
        if state:
            facts.append(state)
        if owner:
            facts.append(owner)
        version = record.get("version")
        if version is not None:
            facts.append(f"{field_label('version', self.lang)} {version}")
        changed = iso_to_day(record.get("updated_at"))
        if changed:
            by = str(record.get("updated_by") or "")
            text = (
                translate("RecordView", "changed on %1 by %2")
                .replace("%1", changed)
                .replace("%2", by)
                if by
                else translate("RecordView", "changed on %1").replace("%1", changed)
            )
            facts.append(text)
        line = " · ".join(html.escape(f) for f in facts)
        summary = self.rows(record, summary=True)
        out = (
            f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>"
            f"<p style='color:#555'>{line}</p>"
        )
        return out + (f"<table>{summary}</table>" if summary else "")

    def rows(self, record: Record, *, summary: bool) -> str:
        out = []
        for f in shown_fields(self.spec.fields):
            if f.summary != summary or f.key in (self.spec.title_field, self.spec.state_field):
                continue
            text = self.value_html(f, record.get(f.key))
            if not text:
                continue
            out.append(f"<tr>{_LABEL_CELL}{html.escape(self.label(f))}</td><td>{text}</td></tr>")
        return "".join(out)

    def warnings(self, record: Record) -> str:
        raw = record.get("warnings")
        items = [w for w in raw if isinstance(w, Mapping)] if isinstance(raw, list) else []
        if not items:
            return ""
        lines = "".join(f"<li>{html.escape(warning_text(w, self.lang))}</li>" for w in items)
        title = html.escape(field_label("warnings", self.lang))
        return (
            "<table width='100%' cellpadding='6' style='background:#fdecea'><tr><td>"
            f"<b>⚠ {title}</b><ul style='margin:0'>{lines}</ul></td></tr></table><br>"
        )


def shown_fields(fields: Sequence[FieldSpec]) -> list[FieldSpec]:
    """The fields a reader sees, in declaration order.

    Never a confidential one, nor the warnings (shown apart), nor a reference's
    ``<key>_name`` (the reference is shown by that name); a rule's stored sentence
    (``rule``) not when its code (``rule_code``) is worded; nor a text the rules parse
    out of a typed one (a convention's preamble and articles, from its text).
    """
    keys = {f.key for f in fields}
    refs = {f.key for f in fields if f.type is FieldType.REF}
    typed_text = any(f.type is FieldType.LONG_TEXT and not f.is_computed for f in fields)
    return [
        f
        for f in fields
        if not f.confidential
        and f.key != "warnings"
        and f"{f.key}_code" not in keys
        and not (f.key.endswith("_name") and f.key[: -len("_name")] in refs)
        and not (typed_text and f.is_computed and f.type in _PARSED)
    ]


_PARSED = (FieldType.LONG_TEXT, FieldType.TABLE)


def group_digits(value: int, lang: str) -> str:
    """``1234`` as "1.234" in Vietnamese, "1,234" in English."""
    return f"{value:,}".replace(",", "." if lang == "vi" else ",")


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def _looks_like_day(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()


def remarks_html(remarks: Sequence[Remark]) -> str:
    """The remarks of the level above, highlighted (empty when there are none)."""
    if not remarks:
        return ""
    heading = html.escape(translate("RecordView", "Remarks sent or waiting for the next receipt"))
    lang = current_lang()
    items = "".join(
        f"• {html.escape(remark_text(str(r.get('text', '')), lang))} "
        f"<i>({html.escape(str(r.get('by', '')))}, "
        f"{html.escape(iso_to_day(r.get('at')))})</i><br>"
        for r in remarks
    )
    return (
        "<table width='100%' cellpadding='6' style='background:#fff4c2'><tr><td>"
        f"<b>{heading}</b><br>{items}</td></tr></table><br>"
    )


def record_html(
    spec: KindSpec,
    record: Record,
    lang: str,
    *,
    resolve: Resolve | None = None,
    owner: str = "",
    remarks: Sequence[Remark] = (),
) -> str:
    """The record as HTML for a :class:`QTextBrowser` (see the module's docstring).

    Args:
        resolve: names the record a REF field points at (a village's uuid -> its name).
        owner: the unit that keeps the record (default: the record's ``origin_code``).
        remarks: the level above's remarks on it, shown first.
    """
    # Stored warnings and vote rules are codes + params: worded here, in ``lang``.
    record = worded_record(spec.name, record, lang)
    r = _Renderer(spec, record, lang, resolve)
    owner = owner or str(record.get("origin_code") or "")
    rows = r.rows(record, summary=False)
    body = f"<table>{rows}</table>" if rows else ""
    return r.heading(record, owner) + remarks_html(remarks) + r.warnings(record) + body


def field_text(
    spec: KindSpec, key: str, record: Record, lang: str, resolve: Resolve | None = None
) -> str:
    """One field of a record as a line of plain text (a list's cell): worded, dd/mm/yyyy,
    references named, lists joined; a confidential or undeclared field is empty."""
    f = spec.field(key)
    value = record.get(key)
    if f is None or f.confidential or value in (None, "", [], {}):
        return ""
    r = _Renderer(spec, record, lang, resolve)
    if f.type is FieldType.TABLE:  # a list's cell: how many rows (an oversight's recommendations)
        return group_digits(len(value), lang) if isinstance(value, list) else ""
    if isinstance(value, list):
        return ", ".join(t for t in (r.scalar(f, v) for v in value) if t)
    if isinstance(value, Mapping):
        return ""
    return r.scalar(f, value)


def record_state(spec: KindSpec, record: Record, lang: str) -> str:
    """Where the record stands (the spec's ``state_field`` worded), or "Deleted"."""
    return _Renderer(spec, record, lang, None).state(record)


class RecordView(QTextBrowser):
    """Where a record is shown: ``setHtml(record_html(...))``; read-only, no links followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)


class RecordDialog(QDialog):
    """A record another installation owns, shown read-only (Esc or Close closes it)."""

    def __init__(
        self,
        spec: KindSpec,
        record: Record,
        lang: str,
        *,
        resolve: Resolve | None = None,
        owner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(str(record.get(spec.title_field) or kind_text(spec, lang)))
        self.view = RecordView()
        self.view.setHtml(record_html(spec, record, lang, resolve=resolve, owner=owner))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
