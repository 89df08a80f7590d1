"""The meetings list: its columns, and a lazy model that colours outcomes and explains them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.core.meeting_json import MeetingOutcome, StoredMeeting
from desktop.core.queries import MeetingQuery
from desktop.core.warning_words import word_rule
from desktop.services.container import Services
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_lang, warning_lines
from desktop.ui.labels import (
    foreign_only,
    format_count,
    format_day,
    meeting_outcome_label,
    meeting_type_label,
    sent_by,
)
from desktop.ui.lazy_model import RIGHT, Column, LazyTableModel, SortSpec, sorted_query

CTX = "MeetingsPage"


def _households(m: StoredMeeting) -> str:
    present, total = m.data.households_present, m.data.households_total
    return f"{format_count(present) or '—'}/{format_count(total) or '—'}"


def _title(m: StoredMeeting) -> str:
    """The title; a meeting a village head's laptop sent up says where it came from."""
    return sent_by(m.data.title, m.meta.origin_code)


def _warnings(m: StoredMeeting) -> str:
    return f"⚠ {len(m.warnings)}" if m.warnings else ""


COLUMNS: tuple[Column[StoredMeeting], ...] = (
    Column(
        CTX,
        QT_TRANSLATE_NOOP("MeetingsPage", "Date"),
        lambda m: format_day(m.data.held_on),
        "held_on",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("MeetingsPage", "Village"), lambda m: m.village_name, "village"),
    Column(CTX, QT_TRANSLATE_NOOP("MeetingsPage", "Title"), lambda m: _title(m), "title"),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("MeetingsPage", "Type"),
        lambda m: meeting_type_label(m.data.meeting_type),
        "meeting_type",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("MeetingsPage", "Present/total"),
        _households,
        "households_present",
        RIGHT,
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("MeetingsPage", "Outcome"),
        lambda m: meeting_outcome_label(m.outcome),
        "outcome",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("MeetingsPage", "Warnings"), _warnings, "warnings"),
)
TITLE, OUTCOME, WARNINGS = 2, 5, 6
WIDTHS = (95, 135, 0, 205, 145, 115, 85)  # 0: the title takes the rest

# Subtle outcome colours: (on a light background, on a dark one).
_OUTCOME_COLOURS = {
    MeetingOutcome.PASSED: ("#1b6e20", "#8fd694"),
    MeetingOutcome.FAILED: ("#b3261e", "#f2a19b"),
    MeetingOutcome.MIXED: ("#8a5300", "#f0c27a"),
}


class MeetingModel(LazyTableModel[StoredMeeting]):
    """The lazy list, plus the outcome's colour and tooltips listing rules and warnings."""

    def extra(self, m: StoredMeeting, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WARNINGS and m.warnings:
                return warning_lines("meeting", m.warnings)
            if column == OUTCOME and m.results:
                lang = current_lang()
                return "\n".join(
                    f"{i.title}: {word_rule(r.rule_code, r.rule_params, lang)}"
                    for i, r in zip(m.data.items, m.results, strict=True)
                )
            if column == TITLE:
                return m.data.title
            return None
        colours = _OUTCOME_COLOURS.get(m.outcome)
        if column != OUTCOME or colours is None:
            return None
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor(colours[1] if dark else colours[0])


def meeting_model(query: Callable[[], MeetingQuery], services: Services) -> MeetingModel:
    """The meetings list over ``services``; ``query()`` gives the filter in force."""

    def ids(sort: SortSpec) -> list[str]:
        return services.meetings.ids(sorted_query(query(), sort))

    own = services.ctx.origin_code()

    def fetch(uuids: Sequence[str]) -> list[StoredMeeting]:
        return [foreign_only(m, own) for m in services.meetings.fetch(uuids)]

    return MeetingModel(
        COLUMNS,
        ids,
        fetch,
        lambda m: m.uuid,
        sort=SortSpec("held_on", descending=True),
    )
