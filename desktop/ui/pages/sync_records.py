"""A child's records at the receiving level: a table fetched page by page, and a detail view.

The records are read-only snapshots (JSON) as the child sent them; the receiver never
edits them, only adds remarks that travel back in the next receipt.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.conventions import ConventionStatus, ConventionType
from desktop.core.disclosures import DisclosureStatus
from desktop.core.meeting_json import MeetingOutcome
from desktop.core.meetings import Matter, MeetingType, Method, Outcome
from desktop.core.warning_words import word_rule, word_warning_json
from desktop.ui import convention_labels, disclosure_labels
from desktop.ui.dialogs.sync_remarks import day_text
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_lang, translate
from desktop.ui.labels import (
    item_outcome_label,
    matter_label,
    meeting_outcome_label,
    meeting_type_label,
    method_label,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[dict[str, Any]]]  # (offset, limit) -> records
PAGE = 200

KINDS = (
    ("meeting", QT_TRANSLATE_NOOP("SyncRecords", "Village meetings")),
    ("convention", QT_TRANSLATE_NOOP("SyncRecords", "Village conventions")),
    ("disclosure", QT_TRANSLATE_NOOP("SyncRecords", "Public disclosures")),
    ("village", QT_TRANSLATE_NOOP("SyncRecords", "Villages")),
)
_DATE_FIELDS = ("held_on", "decided_on", "effective_from", "households_as_of")
COLUMNS = (
    QT_TRANSLATE_NOOP("SyncRecords", "Title"),
    QT_TRANSLATE_NOOP("SyncRecords", "Date"),
    QT_TRANSLATE_NOOP("SyncRecords", "Village"),
    QT_TRANSLATE_NOOP("SyncRecords", "State"),
    QT_TRANSLATE_NOOP("SyncRecords", "Version"),
)
# Field names of the record JSON worded for a reader; others are shown as they are.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("SyncRecords", "Title"),
    "name": QT_TRANSLATE_NOOP("SyncRecords", "Name"),
    "code": QT_TRANSLATE_NOOP("SyncRecords", "Code"),
    "village_name": QT_TRANSLATE_NOOP("SyncRecords", "Village"),
    "meeting_type": QT_TRANSLATE_NOOP("SyncRecords", "Type of meeting"),
    "convention_type": QT_TRANSLATE_NOOP("SyncRecords", "Type"),
    "held_on": QT_TRANSLATE_NOOP("SyncRecords", "Held on"),
    "notice_on": QT_TRANSLATE_NOOP("SyncRecords", "Invitation sent on"),
    "place": QT_TRANSLATE_NOOP("SyncRecords", "Place"),
    "households_total": QT_TRANSLATE_NOOP("SyncRecords", "Households in the village"),
    "households_present": QT_TRANSLATE_NOOP("SyncRecords", "Households present"),
    "items": QT_TRANSLATE_NOOP("SyncRecords", "Items voted on"),
    "outcome": QT_TRANSLATE_NOOP("SyncRecords", "Outcome"),
    "status": QT_TRANSLATE_NOOP("SyncRecords", "Status"),
    "decided_on": QT_TRANSLATE_NOOP("SyncRecords", "Decided on"),
    "effective_from": QT_TRANSLATE_NOOP("SyncRecords", "Effective from"),
    "warnings": QT_TRANSLATE_NOOP("SyncRecords", "Warnings"),
    "chair": QT_TRANSLATE_NOOP("SyncRecords", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("SyncRecords", "Secretary"),
    "minutes_text": QT_TRANSLATE_NOOP("SyncRecords", "Minutes"),
    "head_name": QT_TRANSLATE_NOOP("SyncRecords", "Head"),
    "created_by": QT_TRANSLATE_NOOP("SyncRecords", "Created by"),
    "updated_by": QT_TRANSLATE_NOOP("SyncRecords", "Last changed by"),
    "updated_at": QT_TRANSLATE_NOOP("SyncRecords", "Last changed at"),
    "version": QT_TRANSLATE_NOOP("SyncRecords", "Version"),
    "deleted": QT_TRANSLATE_NOOP("SyncRecords", "Deleted"),
}
_HIDDEN = {"kind", "uuid", "village", "origin_code"}  # ids mean nothing to a reader


# Enum values of the record JSON shown in the words of the record pages.
_WORDS: dict[tuple[str, str], Callable[[str], str]] = {
    ("meeting", "outcome"): lambda v: meeting_outcome_label(MeetingOutcome(v)),
    ("meeting", "meeting_type"): lambda v: meeting_type_label(MeetingType(v)),
    ("item", "outcome"): lambda v: item_outcome_label(Outcome(v)),
    ("item", "matter"): lambda v: matter_label(Matter(v)),
    ("item", "method"): lambda v: method_label(Method(v)),
    ("convention", "status"): lambda v: convention_labels.status_label(ConventionStatus(v)),
    ("convention", "convention_type"): lambda v: convention_labels.type_label(ConventionType(v)),
    ("disclosure", "status"): lambda v: disclosure_labels.status_label(DisclosureStatus(v)),
}


def worded(kind: str, name: str, value: Any) -> str:
    """``value`` in words when it is a known code, else as it is."""
    word = _WORDS.get((kind, name))
    if word is None or not isinstance(value, str):
        return str(value)
    try:
        return word(value)
    except (ValueError, KeyError):
        return value


def record_title(record: dict[str, Any]) -> str:
    return str(record.get("title") or record.get("name") or "")


def record_date(record: dict[str, Any]) -> str:
    for name in _DATE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and len(value) == 10:
            return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return ""


def record_state(record: dict[str, Any]) -> str:
    if record.get("deleted"):
        return translate("SyncRecords", "Deleted")
    kind = str(record.get("kind", ""))
    for name in ("outcome", "status"):
        if record.get(name):
            return worded(kind, name, record[name])
    return ""


class ChildRecordsModel(QAbstractTableModel):
    """Rows appended a page at a time as the view scrolls (``canFetchMore``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self._rows: list[dict[str, Any]] = []
        self._more = False

    def set_source(self, fetch: Fetch | None) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._more = fetch is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def record(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetch is None or not self._more:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return record_title(record)
        if column == 1:
            return record_date(record)
        if column == 2:
            return str(record.get("village_name") or "")
        if column == 3:
            return record_state(record)
        return str(record.get("version", ""))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return translate("SyncRecords", COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


def _item_html(item: dict[str, Any]) -> str:
    """One voted matter: its title, result and votes on a line."""
    votes = (
        translate("SyncRecords", "%1 for, %2 against")
        .replace("%1", str(item.get("votes_for", 0)))
        .replace("%2", str(item.get("votes_against", 0)))
    )
    parts = [
        f"<b>{html.escape(str(item.get('title', '')))}</b>",
        html.escape(worded("item", "outcome", item.get("outcome", ""))),
        html.escape(votes),
    ]
    if item.get("matter"):
        parts.insert(1, html.escape(worded("item", "matter", item["matter"])))
    params = item.get("rule_params")
    if isinstance(params, dict):  # since codes; an older snapshot carries the rule worded
        rule = html.escape(word_rule(str(item.get("rule_code", "")), params, current_lang()))
    else:
        rule = html.escape(str(item.get("rule") or ""))
    return " — ".join(parts) + (f"<br><i>{rule}</i>" if rule else "")


def _field_html(kind: str, name: str, value: Any) -> str:
    if name == "items" and isinstance(value, list) and value:
        rows = "".join(f"<li>{_item_html(v)}</li>" for v in value if isinstance(v, dict))
        return f"<ul style='margin:0'>{rows}</ul>"
    if name == "warnings" and isinstance(value, list) and value:
        rows = "".join(
            f"<li>{html.escape(word_warning_json(kind, w, current_lang()))}</li>"
            for w in value
            if isinstance(w, dict)
        )
        return f"<ul style='margin:0'>{rows}</ul>"
    if (kind, name) in _WORDS and isinstance(value, str):
        return html.escape(worded(kind, name, value))
    return _value_html(value)


def _value_html(value: Any, depth: int = 0) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("SyncRecords", "yes") if value else translate("SyncRecords", "no")
    if isinstance(value, dict):
        if depth > 3:
            return html.escape(str(value))
        parts = [
            f"{html.escape(_label(k))}: {_value_html(v, depth + 1)}"
            for k, v in value.items()
            if v not in (None, "", [], {})
        ]
        return "; ".join(parts) or "—"
    if isinstance(value, list):
        items = "".join(f"<li>{_value_html(v, depth + 1)}</li>" for v in value)
        return f"<ul style='margin:0'>{items}</ul>"
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        text = f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return html.escape(text).replace("\n", "<br>")


def _label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return translate("SyncRecords", label) if label else name.replace("_", " ")


def record_html(record: dict[str, Any], remarks: list[dict[str, str]]) -> str:
    """The remarks (on top, highlighted), then the record's fields, known ones first."""
    kind = str(record.get("kind", ""))
    title = record_title(record)
    known = [k for k in FIELD_LABELS if k in record and record[k] != title]
    rest = sorted(k for k in record if k not in FIELD_LABELS and k not in _HIDDEN)
    rows = "".join(
        "<tr><td style='padding-right:12px; vertical-align:top; color:#555'>"
        f"{html.escape(_label(k))}</td><td>{_field_html(kind, k, record[k])}</td></tr>"
        for k in known + rest
    )
    out = f"<h3>{html.escape(title)}</h3>"
    if remarks:
        heading = html.escape(
            translate("SyncRecords", "Remarks sent or waiting for the next receipt")
        )
        items = "".join(
            f"• {html.escape(r.get('text', ''))} <i>({html.escape(r.get('by', ''))}, "
            f"{html.escape(day_text(str(r.get('at', ''))))})</i><br>"
            for r in remarks
        )
        out += (
            "<table width='100%' cellpadding='6' style='background:#fff4c2'><tr><td>"
            f"<b>{heading}</b><br>{items}</td></tr></table><br>"
        )
    return out + f"<table>{rows}</table>"
