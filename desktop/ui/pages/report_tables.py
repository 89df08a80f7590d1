"""The tables of the Reports section (desktop.ui.pages.reports): the period's figures by
item, form, matter and step, worded in the language chosen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.core.conventions import ConventionStatus, EventType
from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
from desktop.documents.period_report import (
    CONVENTION_EVENTS,
    DECISION_MATTERS,
    MEETING_FORMS,
    DisclosureItemCounts,
    MeetingFormCounts,
    PeriodFigures,
)
from desktop.documents.province_report import ProvinceFigures, unit_columns
from desktop.ui.convention_labels import event_label, status_label
from desktop.ui.disclosure_labels import category_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.labels import format_count, matter_label
from desktop.ui.lazy_model import RIGHT
from desktop.ui.pages.report_indicators import SECTION_TITLES, indicator_tables

Table = tuple[tuple[str, ...], Sequence[Sequence[object]]]  # header, rows

MEETING_FORM_NAMES = {
    "meeting": QT_TRANSLATE_NOOP("ReportsPage", "Village meeting"),
    "household_ballot": QT_TRANSLATE_NOOP("ReportsPage", "Household ballot"),
    "online": QT_TRANSLATE_NOOP("ReportsPage", "Online vote"),
}
TITLES = (
    QT_TRANSLATE_NOOP("ReportsPage", "Disclosures by item (Law Art. 11)"),
    QT_TRANSLATE_NOOP("ReportsPage", "Forms of disclosure used"),
    QT_TRANSLATE_NOOP("ReportsPage", "Meetings, household ballots and online votes"),
    QT_TRANSLATE_NOOP("ReportsPage", "Decisions by matter (Law Art. 15)"),
    QT_TRANSLATE_NOOP("ReportsPage", "Hương ước / quy ước: steps in the period"),
    QT_TRANSLATE_NOOP("ReportsPage", "Hương ước / quy ước: state on the last day"),
    QT_TRANSLATE_NOOP("ReportsPage", "Residents' feedback on disclosures"),
    *SECTION_TITLES.values(),
)


def make_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # One line of text a row: the page shows many short tables, not records to edit.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fill_table(
    table: QTableWidget, header: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Rows of a label then counts; the table as tall as its rows (the page scrolls)."""
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(header))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = format_count(value) if isinstance(value, int) else str(value)
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    head = table.horizontalHeader()
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(header)):
        head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    rows_height = sum(table.rowHeight(r) for r in range(len(rows)))
    height = head.height() + rows_height + 2 * table.frameWidth() + 2
    table.setFixedHeight(height)


def figure_tables(f: PeriodFigures, lang: str) -> list[Table]:
    """The header and the rows of each table, in the order of :data:`TITLES`."""
    none = DisclosureItemCounts()
    items = [
        (category_label(c.number, lang), d.disclosed, d.behind, d.short)
        for c in CATEGORIES
        for d in (f.disclosures.get(c.number, none),)
    ]
    forms = [(form.label(lang), f.forms.get(form.value, 0)) for form in DisclosureForm]
    held = [
        (translate("ReportsPage", MEETING_FORM_NAMES[k]), m.held, m.minutes_late, m.minutes_unsent)
        for k in MEETING_FORMS
        for m in (f.meetings.get(k, MeetingFormCounts()),)
    ]
    decided = [(matter_label(m), *f.decided(m.value)) for m in DECISION_MATTERS]
    steps = [(event_label(EventType(k)), f.convention_events.get(k, 0)) for k in CONVENTION_EVENTS]
    states = [
        (status_label(s), f.convention_states[s.value])
        for s in ConventionStatus
        if f.convention_states.get(s.value)
    ]
    fb = f.feedback
    count = translate("ReportsPage", "Number")
    return [
        (
            (
                translate("ReportsPage", "Item"),
                translate("ReportsPage", "Disclosed"),
                translate("ReportsPage", "Late"),
                translate("ReportsPage", "Posting short"),
            ),
            items,
        ),
        ((translate("ReportsPage", "Form"), translate("ReportsPage", "Disclosures")), forms),
        (
            (
                translate("ReportsPage", "Form"),
                translate("ReportsPage", "Held"),
                translate("ReportsPage", "Minutes late"),
                translate("ReportsPage", "Minutes not sent"),
            ),
            held,
        ),
        (
            (
                translate("ReportsPage", "Matter"),
                translate("ReportsPage", "Passed"),
                translate("ReportsPage", "Failed"),
            ),
            decided,
        ),
        ((translate("ReportsPage", "Step"), count), steps),
        ((translate("ReportsPage", "State"), count), states),
        (
            (translate("ReportsPage", "Feedback"), count),
            [
                (translate("ReportsPage", "Received in the period"), fb.received),
                (translate("ReportsPage", "Answered by the last day"), fb.answered),
                (translate("ReportsPage", "Not answered"), fb.unanswered),
            ],
        ),
        *indicator_tables(f.citizen, lang),
    ]


def unit_rows(p: ProvinceFigures) -> Table:
    """The receiving level's units: one row each (not reported marked), the totals last."""
    header = (
        translate("ReportsPage", "Unit (code)"),
        translate("ReportsPage", "Disclosures"),
        translate("ReportsPage", "Late"),
        translate("ReportsPage", "Meetings"),
        translate("ReportsPage", "Matters decided"),
        translate("ReportsPage", "Hương ước in force"),
        translate("ReportsPage", "Visits"),
        translate("ReportsPage", "Cases in jurisdiction"),
        translate("ReportsPage", "Settled"),
    )
    silent = translate("ReportsPage", "not reported")
    rows: list[Sequence[object]] = [
        (
            f"{u.name} ({u.code})" + ("" if u.reported else f" — {silent}"),
            *unit_columns(u.figures),
        )
        for u in p.units
    ]
    rows.append((translate("ReportsPage", "Total"), *unit_columns(p.total)))
    return header, rows


def silent_text(p: ProvinceFigures) -> str:
    """Which units have not reported for the period, said plainly (or that all have)."""
    if not p.units:
        return ""
    if not p.silent:
        return translate(
            "ReportsPage", "All %1 units have sent their records for the period."
        ).replace("%1", str(len(p.units)))
    names = "; ".join(f"{u.name} ({u.code})" for u in p.silent)
    return (
        translate("ReportsPage", "%1 of %2 units have not sent their records for the period: %3")
        .replace("%1", str(len(p.silent)))
        .replace("%2", str(len(p.units)))
        .replace("%3", names)
    )
