"""The Reports section: the period report of the UBND to the People's Council.

The officer picks a year and a part of it (the whole year, a half, a quarter);
the figures are counted off the GUI thread and shown as tables, and "Print
report" writes the Decree 30 report (BÁO CÁO) off the GUI thread too, then
offers to open it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import RECORD_KINDS, SETTINGS
from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.documents.period_report import SECTIONS, PeriodFigures
from desktop.documents.province_report import ProvinceFigures
from desktop.services.calendar import FIRST_YEAR
from desktop.services.container import Services
from desktop.services.faults import failure_text
from desktop.services.province_report import ProvinceReportService
from desktop.services.reports import parse_period
from desktop.ui.i18n import QT_TRANSLATE_NOOP, is_language_change, translate
from desktop.ui.labels import format_day
from desktop.ui.pages.common import CONTENT_MAX_WIDTH, heading, list_or_empty
from desktop.ui.pages.meeting_documents import OpenFile, open_with_system
from desktop.ui.pages.report_tables import (
    TITLES,
    figure_tables,
    fill_table,
    make_table,
    silent_text,
    unit_rows,
)
from desktop.ui.widgets import ERROR_STYLE
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)
FIXED = QHeaderView.ResizeMode.Fixed

# The parts of a year, in the chooser's order, with the period suffix they stand for.
PARTS = (
    ("", QT_TRANSLATE_NOOP("ReportsPage", "Whole year")),
    ("H1", QT_TRANSLATE_NOOP("ReportsPage", "First half")),
    ("H2", QT_TRANSLATE_NOOP("ReportsPage", "Second half")),
    ("Q1", QT_TRANSLATE_NOOP("ReportsPage", "Quarter I")),
    ("Q2", QT_TRANSLATE_NOOP("ReportsPage", "Quarter II")),
    ("Q3", QT_TRANSLATE_NOOP("ReportsPage", "Quarter III")),
    ("Q4", QT_TRANSLATE_NOOP("ReportsPage", "Quarter IV")),
)
# The report's sections (the setting ``reports.sections``), as the check boxes name them.
_SECTIONS = {
    "disclosures": QT_TRANSLATE_NOOP("ReportsPage", "Public disclosure"),
    "disclosure_forms": QT_TRANSLATE_NOOP("ReportsPage", "Forms of disclosure"),
    "meetings": QT_TRANSLATE_NOOP("ReportsPage", "Meetings and ballots"),
    "decisions": QT_TRANSLATE_NOOP("ReportsPage", "Decisions"),
    "conventions": QT_TRANSLATE_NOOP("ReportsPage", "Hương ước / quy ước"),
    "feedback": QT_TRANSLATE_NOOP("ReportsPage", "Residents' feedback"),
    "reception": QT_TRANSLATE_NOOP("ReportsPage", "Citizen reception"),
    "letters": QT_TRANSLATE_NOOP("ReportsPage", "Letters"),
    "cases": QT_TRANSLATE_NOOP("ReportsPage", "Complaints, denunciations"),
    "civic": QT_TRANSLATE_NOOP("ReportsPage", "Consultations, dialogues, boards"),
}


class ReportsPage(QWidget):
    """The period's figures on screen and the printed report.

    Args:
        services: ``reports`` counts and prints; ``ctx.paths.documents`` is where.
        lang: the language refusals are worded in.
        open_file: shows the written report (tests pass a recorder).
    """

    # The change signal (desktop/ui/change_bridge.py): what it counts; refresh() counts.
    kinds_shown = RECORD_KINDS | {SETTINGS}

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        open_file: OpenFile = open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._open_file = open_file
        self.figures: PeriodFigures | None = None
        self.province: ProvinceFigures | None = None  # at a receiving level
        self.saved: Path | None = None  # the last workbook written
        self.printed: Path | None = None
        self.worker = Worker(parent=self)
        self.printer = Worker(parent=self)
        self.heading = heading()
        self.note = QLabel()
        self.note.setWordWrap(True)
        today = services.ctx.today()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        self.year.setFixedWidth(100)
        self.part = QComboBox()
        self.year_label, self.part_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.part_label.setBuddy(self.part)
        self.print_button = QPushButton()
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.excel_button = QPushButton()
        self.state = QLabel()
        self.state.setWordWrap(True)
        chooser = QHBoxLayout()
        for w in (self.year_label, self.year, self.part_label, self.part):
            chooser.addWidget(w)
        self.dates = QLabel()  # the period's first and last day
        chooser.addWidget(self.dates)
        chooser.addStretch(1)
        chooser.addWidget(self.print_button)
        chooser.addWidget(self.open_button)
        chooser.addWidget(self.excel_button)
        self.sections_label = QLabel()
        self.section_boxes = {key: QCheckBox() for key in SECTIONS}
        chosen = services.reports.sections()
        sections = QVBoxLayout()  # two rows: ten boxes are too wide for 1366 pixels
        rows = (QHBoxLayout(), QHBoxLayout())
        rows[0].addWidget(self.sections_label)
        for n, (key, box) in enumerate(self.section_boxes.items()):
            box.setChecked(key in chosen)
            box.toggled.connect(self._sections_changed)
            rows[n >= 6].addWidget(box)
        for row in rows:
            row.addStretch(1)
            sections.addLayout(row)

        self.titles = [QLabel() for _ in TITLES]
        self.tables = [make_table() for _ in TITLES]
        self.units_title, self.units = QLabel(), make_table()
        self.units.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        content = QWidget()
        column = QVBoxLayout(content)
        for title, table in zip(
            [self.units_title, *self.titles], [self.units, *self.tables], strict=True
        ):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            column.addWidget(title)
            column.addWidget(table)
        column.addStretch(1)
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.empty, self.stack = list_or_empty(scroll)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(chooser)
        layout.addLayout(sections)
        layout.addWidget(self.state)
        layout.addWidget(self.stack, 1)

        self._stale = True  # counted when first shown: no thread runs unless looked at
        # A receiving level's report is over its units (services/province_report.py).
        inst = services.setup.installation()
        self.receiving = inst is not None and inst.data.role.value == "upper"
        self.units_title.setVisible(self.receiving)
        self.units.setVisible(self.receiving)
        self.year.valueChanged.connect(self.refresh)
        self.part.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_report)
        self.open_button.clicked.connect(self.open_report)
        self.excel_button.clicked.connect(self.export_excel)
        self.retranslate()

    # --- the period -----------------------------------------------------------------------
    def period(self) -> str:
        """The period chosen, as the service reads it (``2026``, ``2026H1``, ``2026Q3``)."""
        index = max(self.part.currentIndex(), 0)
        return f"{self.year.value()}{PARTS[index][0]}"

    def set_period(self, year: int, part: str = "") -> None:
        self.year.setValue(year)
        self.part.setCurrentIndex([p for p, _ in PARTS].index(part))

    # --- figures --------------------------------------------------------------------------
    def invalidate(self) -> None:
        """The records changed: count again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def busy(self) -> bool:
        return self.worker.busy or self.printer.busy

    def refresh(self) -> None:
        """Count the figures of the period chosen again."""
        self._stale = False
        period = self.period()
        bounds = parse_period(period)
        self.dates.setText(f"{format_day(bounds.start)} – {format_day(bounds.end)}")
        self._say(translate("ReportsPage", "Counting…"))
        figures = (self._province if self.receiving else self._services.reports).figures
        self.worker.run(lambda: figures(period), lambda r: self._show(period, r), self._failed)

    @property
    def _province(self) -> ProvinceReportService:
        return self._services.province_report

    def _show(self, period: str, result: object) -> None:
        if period != self.period():
            return  # an older count finished after the period was changed
        if isinstance(result, ProvinceFigures):
            self.province = result
            self._say(silent_text(result))
            fill_table(self.units, *unit_rows(result))
            self.units.resizeColumnToContents(0)  # the units' names whole
            self.units.horizontalHeader().setSectionResizeMode(0, FIXED)
            # Nine columns may not fit 1366 pixels: room for the scroll bar under the rows.
            bar = self.units.horizontalScrollBar().sizeHint().height()
            self.units.setFixedHeight(self.units.height() + bar)
            self.figures = result.total
            self._fill_tables(result.total)
            self.stack.setCurrentIndex(0 if result.units else 1)
        elif isinstance(result, PeriodFigures):
            self.figures = result
            self._say("")
            self._fill_tables(result)
            self.stack.setCurrentIndex(1 if result.empty else 0)

    def _fill_tables(self, f: PeriodFigures) -> None:
        tables = figure_tables(f, self._lang())
        for table, (header, rows) in zip(self.tables, tables, strict=True):
            fill_table(table, header, rows)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("counting the report failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self._say(
            translate("ReportsPage", "The figures could not be counted: %1").replace("%1", text),
            error=True,
        )

    def _sections_changed(self) -> None:
        """Keep the sections chosen for print (at least one: an empty report says nothing)."""
        chosen = [key for key, box in self.section_boxes.items() if box.isChecked()]
        if not chosen:
            box = self.sender()
            if isinstance(box, QCheckBox):
                box.setChecked(True)
            return
        self._services.reports.set_sections(chosen)

    # --- printing -------------------------------------------------------------------------
    def print_report(self) -> bool:
        """Write the report PDF off the GUI thread; False while one is being written."""
        if self.printer.busy:
            return False
        period = self.period()
        name = f"bao-cao-tong-hop-{period}" if self.receiving else f"bao-cao-{period}"
        out = self._services.ctx.paths.documents / f"{name}.pdf"
        write = (self._province if self.receiving else self._services.reports).report_pdf
        self.print_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self._say(translate("ReportsPage", "Writing the report…"))
        self.printer.run(lambda: write(period, out), self._printed, self._print_failed)
        return True

    def _printed(self, result: object) -> None:
        self.print_button.setEnabled(True)
        self.printed = result if isinstance(result, Path) else Path(str(result))
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self._say(translate("ReportsPage", "Saved as %1").replace("%1", str(self.printed)))

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("writing the report failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self._say(
            translate("ReportsPage", "The report could not be written: %1").replace("%1", text),
            error=True,
        )

    def export_excel(self) -> bool:
        """Write the period's workbook off the GUI thread; False while a file is written."""
        if self.printer.busy:
            return False
        period = self.period()
        name = f"bao-cao-tong-hop-{period}" if self.receiving else f"bao-cao-{period}"
        out = self._services.ctx.paths.documents / f"{name}.xlsx"
        write = (self._province if self.receiving else self._services.reports).report_xlsx
        self._say(translate("ReportsPage", "Writing the workbook…"))
        self.printer.run(lambda: write(period, out), self._exported, self._print_failed)
        return True

    def _exported(self, result: object) -> None:
        self.saved = result if isinstance(result, Path) else Path(str(result))
        self._say(translate("ReportsPage", "Saved as %1").replace("%1", str(self.saved)))

    def open_report(self) -> None:
        if self.printed is not None:
            self._open_file(self.printed)

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs) and self.printer.wait(msecs)

    # --- words ----------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.state.setStyleSheet(ERROR_STYLE if error else "")
        self.state.setText(text)

    def retranslate(self) -> None:
        self.heading.setText(translate("MainWindow", "Reports"))
        self.note.setText(
            translate(
                "ReportsPage",
                "The report over the units (six-month, year-end or quarterly), from the "
                "records they sent: each unit's figures and their totals, and which units "
                "have not reported for the period.",
            )
            if self.receiving
            else translate(
                "ReportsPage",
                "The report of the People's Committee to the People's Council on grassroots "
                "democracy (six-month, year-end or quarterly): disclosures, village decisions, "
                "hương ước / quy ước and residents' feedback in the period chosen.",
            )
        )
        self.year_label.setText(translate("ReportsPage", "&Year:"))
        self.part_label.setText(translate("ReportsPage", "&Period:"))
        index = self.part.currentIndex()
        self.part.blockSignals(True)
        self.part.clear()
        self.part.addItems([translate("ReportsPage", text) for _, text in PARTS])
        self.part.setCurrentIndex(max(index, 0))
        self.part.blockSignals(False)
        self.print_button.setText(translate("ReportsPage", "&Print report"))
        self.excel_button.setText(translate("ReportsPage", "Export to &Excel"))
        self.units_title.setText(translate("ReportsPage", "Units: main figures of the period"))
        self.open_button.setText(translate("ReportsPage", "&Open report"))
        self.empty.setText(
            translate(
                "ReportsPage",
                "No unit has sent its records yet: import the units' bundles first "
                "(Synchronisation › Import bundles).",
            )
            if self.receiving
            else translate("ReportsPage", "Nothing was recorded in this period.")
        )
        self.sections_label.setText(translate("ReportsPage", "In the printed report:"))
        for key, box in self.section_boxes.items():
            box.setText(translate("ReportsPage", _SECTIONS[key]))
        for label, text in zip(self.titles, TITLES, strict=True):
            label.setText(translate("ReportsPage", text))
        if self.province is not None:
            self._show(self.period(), self.province)
        elif self.figures is not None:
            self._fill_tables(self.figures)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
