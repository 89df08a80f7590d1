"""The conventions list: one lazy row per version, with what it waits for and its warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.core.convention_json import StoredConvention
from desktop.core.conventions import ConventionStatus, effective_from, next_review_on, status
from desktop.core.queries import ConventionQuery
from desktop.core.warnings import RecordWarning
from desktop.services.container import Services
from desktop.ui.convention_labels import (
    NextAction,
    current_warnings,
    next_action,
    overdue_text,
    status_label,
    type_label,
    warnings_tooltip,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.labels import foreign_only, format_day, sent_by
from desktop.ui.lazy_model import Column, LazyTableModel, SortSpec, sorted_query

CTX = "ConventionsPage"
_CLOSED = (ConventionStatus.SUPERSEDED, ConventionStatus.ABOLISHED)


@dataclass(frozen=True)
class ConventionItem:
    """A row: the stored version, what it waits for, and every warning as of today."""

    stored: StoredConvention
    action: NextAction
    warnings: tuple[RecordWarning, ...]

    @property
    def uuid(self) -> str:
        return self.stored.uuid


def _title(stored: StoredConvention) -> str:
    """The title; an amendment or replacement says so (the old version keeps the title)."""
    title = stored.data.title
    if stored.data.supersedes_uuid is not None:
        title = translate("ConventionsPage", "%1 (amended version)").replace("%1", title)
    return sent_by(title, stored.meta.origin_code)


def _warnings(item: ConventionItem) -> str:
    return f"⚠ {len(item.warnings)}" if item.warnings else ""


COLUMNS: tuple[Column[ConventionItem], ...] = (
    Column(
        CTX,
        QT_TRANSLATE_NOOP("ConventionsPage", "Village"),
        lambda i: i.stored.village_name,
        "village",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("ConventionsPage", "Type"),
        lambda i: type_label(i.stored.data.convention_type),
    ),
    Column(CTX, QT_TRANSLATE_NOOP("ConventionsPage", "Title"), lambda i: _title(i.stored), "title"),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("ConventionsPage", "Status"),
        lambda i: status_label(status(i.stored.data)),
        "status",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("ConventionsPage", "In force from"),
        lambda i: format_day(_effective(i)),
        "effective_from",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("ConventionsPage", "Next review"),
        lambda i: format_day(_review(i)),
        "next_review_on",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("ConventionsPage", "Next step"), lambda i: i.action.text),
    Column(CTX, QT_TRANSLATE_NOOP("ConventionsPage", "Warnings"), _warnings, "warnings"),
)
TITLE, STATUS, ACTION, WARNINGS = 2, 3, 6, 7
WIDTHS = (120, 80, 0, 150, 90, 90, 240, 70)  # 0: the title takes the rest

# Subtle status colours: (on a light background, on a dark one).
_STATUS_COLOURS = {
    ConventionStatus.IN_FORCE: ("#1b6e20", "#8fd694"),
    ConventionStatus.SUSPENDED: ("#8a5300", "#f0c27a"),
    ConventionStatus.REFUSED: ("#b3261e", "#f2a19b"),
    ConventionStatus.REJECTED: ("#b3261e", "#f2a19b"),
}
_OVERDUE = ("#b3261e", "#f2a19b")


def _effective(item: ConventionItem) -> date | None:
    return effective_from(item.stored.data)


def _review(item: ConventionItem) -> date | None:
    return next_review_on(item.stored.data)


def _colour(pair: tuple[str, str]) -> QColor:
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(pair[1] if dark else pair[0])


class ConventionModel(LazyTableModel[ConventionItem]):
    """The lazy list, plus status colours, overdue steps in red and warning tooltips."""

    def extra(self, item: ConventionItem, column: int, role: int) -> Any:
        current = status(item.stored.data)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WARNINGS and item.warnings:
                return warnings_tooltip(item.warnings)
            if column == ACTION and item.action.overdue:
                return overdue_text(item.action)
            if column in (TITLE, ACTION):
                return _title(item.stored) if column == TITLE else item.action.text
            return None
        if column == ACTION and item.action.overdue:
            return _colour(_OVERDUE)
        if column == STATUS and current in _STATUS_COLOURS:
            return _colour(_STATUS_COLOURS[current])
        return None


def convention_model(query: Callable[[], ConventionQuery], services: Services) -> ConventionModel:
    """The conventions list over ``services``; ``query()`` gives the filter in force."""

    def ids(sort: SortSpec) -> list[str]:
        return services.conventions.ids(sorted_query(query(), sort))

    own = services.ctx.origin_code()

    def fetch(uuids: Sequence[str]) -> list[ConventionItem]:
        calendar, today = services.calendar.calendar(), services.ctx.today()
        return [
            ConventionItem(
                foreign_only(s, own),
                next_action(s, calendar, today),
                current_warnings(s, calendar, today),
            )
            for s in services.conventions.fetch(uuids)
        ]

    return ConventionModel(
        COLUMNS,
        ids,
        fetch,
        lambda i: i.uuid,
        sort=SortSpec("last_event_on", descending=True),
        muted=lambda i: status(i.stored.data) in _CLOSED,
    )
