"""The disclosures list: columns, today's status and warnings of each row, the views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.disclosure_catalog import get_category
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import (
    DisclosureStatus,
    disclosure_status,
    first_disclosed_on,
    live_warnings,
    posting_until,
)
from desktop.core.queries import DisclosureQuery
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.services.container import Services
from desktop.ui.disclosure_labels import (
    AMBER,
    RED,
    category_label,
    colour,
    status_colour,
    status_label,
    warnings_tooltip,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import format_day
from desktop.ui.lazy_model import Column, LazyTableModel, SortSpec, sorted_query

CTX = "DisclosuresPage"
ENDING_DAYS = 7  # "ending this week": the attention view's window (DisclosureQuery.days)

# The views of the list, the first one shown first (DisclosureQuery.view).
VIEWS: tuple[tuple[str, str], ...] = (
    ("attention", QT_TRANSLATE_NOOP("DisclosuresPage", "Needs attention")),
    ("on_boards", QT_TRANSLATE_NOOP("DisclosuresPage", "On the boards now")),
    ("planned", QT_TRANSLATE_NOOP("DisclosuresPage", "Planned")),
    ("overdue", QT_TRANSLATE_NOOP("DisclosuresPage", "Overdue")),
    ("all", QT_TRANSLATE_NOOP("DisclosuresPage", "All")),
)


@dataclass(frozen=True)
class DisclosureItem:
    """A row: the record with what today makes of it."""

    stored: StoredDisclosure
    category_text: str
    status: DisclosureStatus
    warnings: tuple[RecordWarning, ...]
    until: date | None
    ending_soon: bool

    @property
    def uuid(self) -> str:
        return self.stored.uuid


def make_item(
    stored: StoredDisclosure, calendar: WorkCalendar, today: date, lang: str
) -> DisclosureItem:
    d = stored.data
    until = posting_until(d)
    soon = until is not None and today <= until <= today + timedelta(days=ENDING_DAYS)
    return DisclosureItem(
        stored,
        category_label(d.category, lang),
        disclosure_status(d, today, calendar),
        (*stored.warnings, *live_warnings(d, calendar, today)),
        until,
        soon,
    )


def _warnings(item: DisclosureItem) -> str:
    return f"⚠ {len(item.warnings)}" if item.warnings else ""


COLUMNS: tuple[Column[DisclosureItem], ...] = (
    Column(
        CTX, QT_TRANSLATE_NOOP("DisclosuresPage", "Item"), lambda i: i.category_text, "category"
    ),
    Column(
        CTX, QT_TRANSLATE_NOOP("DisclosuresPage", "Title"), lambda i: i.stored.data.title, "title"
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("DisclosuresPage", "Decided on"),
        lambda i: format_day(i.stored.data.decided_on),
        "decided_on",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("DisclosuresPage", "Due"),
        lambda i: format_day(i.stored.due_on),
        "due_on",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("DisclosuresPage", "First disclosed"),
        lambda i: format_day(first_disclosed_on(i.stored.data)),
        "first_disclosed_on",
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("DisclosuresPage", "Posted until"),
        lambda i: format_day(i.until),
        "posting_until",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("DisclosuresPage", "Status"), lambda i: status_label(i.status)),
    Column(CTX, QT_TRANSLATE_NOOP("DisclosuresPage", "Warnings"), _warnings, "warnings"),
)
ITEM, TITLE, DECIDED, DUE, FIRST, UNTIL, STATUS, WARNINGS = range(8)
WIDTHS = (200, 0, 112, 112, 118, 112, 120, 75)  # 0: the title takes the rest


class DisclosureModel(LazyTableModel[DisclosureItem]):
    """The lazy list, plus status colours and tooltips naming the item and the warnings."""

    def extra(self, item: DisclosureItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WARNINGS and item.warnings:
                return warnings_tooltip(item.warnings)
            if column == ITEM:
                cat = get_category(item.stored.data.category)
                return cat.name_vi if cat is not None else None
            if column == TITLE:
                return item.stored.data.title
            return None
        if column == STATUS:
            return status_colour(item.status)
        if column == DUE and item.status is DisclosureStatus.OVERDUE:
            return colour(RED)
        if column == UNTIL and item.ending_soon:
            return colour(AMBER)
        if column == WARNINGS and item.warnings:
            return colour(AMBER)
        return None


def disclosure_model(
    query: Callable[[], DisclosureQuery], services: Services, lang: Callable[[], str]
) -> DisclosureModel:
    """The list over ``services``; ``query()`` gives the view and filters in force."""

    def ids(sort: SortSpec) -> list[str]:
        dated = services.disclosures.query()  # today, for the views that depend on the day
        q = sorted_query(query(), sort, days=ENDING_DAYS, today=dated.today)
        return services.disclosures.ids(q)

    def fetch(uuids: Sequence[str]) -> list[DisclosureItem]:
        today, language = services.ctx.today(), lang()
        calendar = services.calendar.calendar()  # once a page: it reads the days off
        return [make_item(s, calendar, today, language) for s in services.disclosures.fetch(uuids)]

    return DisclosureModel(
        COLUMNS,
        ids,
        fetch,
        lambda i: i.uuid,
        sort=SortSpec("decided_on", descending=True),
        muted=lambda i: i.status is DisclosureStatus.COMPLETED,
    )
