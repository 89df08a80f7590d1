"""The reporting board of the receiving level: each unit below, its bundles, gaps, silence
and what its records add up to; exported to Excel or PDF off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.services.container import Services
from desktop.services.faults import failure_text
from desktop.services.sync_board import (
    DEFAULT_SILENT_DAYS,
    MAX_SILENT_DAYS,
    MIN_SILENT_DAYS,
    Board,
)
from desktop.ui import file_dialogs
from desktop.ui.i18n import I18n, is_language_change, translate
from desktop.ui.labels import format_count
from desktop.ui.pages.common import list_or_empty, record_table
from desktop.ui.pages.meeting_documents import open_with_system
from desktop.ui.pages.sync_board_model import COLUMNS, WIDTHS, BoardModel
from desktop.ui.widgets import ERROR_STYLE
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)
SaveFile = Callable[[QWidget, str, Path, str], Path | None]
OpenFile = Callable[[Path], None]


def _save_file(parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
    return file_dialogs.save_file(parent, title, start, filters)


class SyncBoardPage(QWidget):
    """The board for the officer of the receiving level (and a commune receiving villages).

    Args:
        save_file: asks where to write an export (tests pass a fixed answer).
        open_file: shows the written file (tests pass a recorder).
    """

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        save_file: SaveFile = _save_file,
        open_file: OpenFile = open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self._save_file = save_file
        self._open_file = open_file
        self.board: Board | None = None
        self.worker = Worker(parent=self)  # reading the board
        self.exporter = Worker(parent=self)  # writing Excel / PDF
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(MIN_SILENT_DAYS, MAX_SILENT_DAYS)
        self.days.setValue(self._read_setting())
        self.days.setFixedWidth(90)
        self.days_label.setBuddy(self.days)
        self.refresh_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.pdf_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        top.addStretch(1)
        for button in (self.refresh_button, self.xlsx_button, self.pdf_button):
            top.addWidget(button)
        self.model = BoardModel(self)
        self.table = record_table(self.model, WIDTHS, 0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the list of units: by name, or by a figure
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(False)
        header.setMinimumSectionSize(36)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 4 + 8)  # 4 wrapped lines
        self.empty, self.stack = list_or_empty(self.table)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.status)

        self._save_timer = QTimer(self)  # the setting is saved once typing stops
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self._days_changed)
        self.days.valueChanged.connect(lambda _v: self._save_timer.start())
        self.refresh_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.exporter.busy_changed.connect(self._export_busy)
        self.retranslate()

    # --- reading ---------------------------------------------------------------------

    def _read_setting(self) -> int:
        try:
            return self._services.sync_board.silent_days()
        except Exception:  # a store still being set up: the board shows the default
            log.exception("reading the silent-days setting")
            return DEFAULT_SILENT_DAYS

    def showEvent(self, event: QShowEvent) -> None:
        # Read again each time the board is looked at: bundles may have been imported in
        # another tab or by the command line meanwhile, and reading is cheap (one GROUP BY).
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        days = self.days.value()
        board = self._services.sync_board.board
        self.status.setStyleSheet("")
        self.status.setText(translate("SyncBoardPage", "Reading the board…"))
        self.worker.run(lambda: board(silent_days=days), self._show, self._failed)

    def _show(self, result: object) -> None:
        if not isinstance(result, Board) or result.silent_days != self.days.value():
            return  # an older reading finished after the limit was changed
        self.board = result
        self.model.set_board(result)
        self.stack.setCurrentIndex(0 if result.rows else 1)
        self.status.clear()
        self._words()

    def _days_changed(self) -> None:
        try:
            self._services.sync_board.set_silent_days(self.days.value())
        except DomainError as exc:  # the spin box keeps to the range; a store error remains
            self._failed(exc)
            return
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._i18n.lang)
        else:
            log.error("sync board failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._i18n.lang)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            translate("SyncBoardPage", "The board could not be read: %1").replace("%1", text)
        )

    # --- exporting -------------------------------------------------------------------

    def export(self, kind: str) -> bool:
        """Ask where, then write the board shown as Excel (``xlsx``) or PDF off the GUI thread."""
        if self.exporter.busy or self.board is None:
            return False
        board = self.board
        svc = self._services.sync_board
        start = self._services.ctx.paths.documents / f"bang-theo-doi-{board.today}.{kind}"
        if kind == "xlsx":
            title, filters, write = (
                translate("SyncBoardPage", "Export to Excel"),
                translate("SyncBoardPage", "Excel workbooks (*.xlsx)"),
                svc.to_xlsx,
            )
        else:
            title, filters, write = (
                translate("SyncBoardPage", "Export to PDF"),
                translate("SyncBoardPage", "PDF documents (*.pdf)"),
                svc.to_pdf,
            )
        path = self._save_file(self, title, start, filters)
        if path is None:
            return False
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self.status.setStyleSheet("")
        self.status.setText(translate("SyncBoardPage", "Writing %1…").replace("%1", path.name))
        self.exporter.run(lambda: write(board, path), self._exported, self._export_failed)
        return True

    def _exported(self, result: object) -> None:
        path = result if isinstance(result, Path) else Path(str(result))
        self.status.setStyleSheet("")
        self.status.setText(translate("SyncBoardPage", "Saved as %1").replace("%1", str(path)))
        self._open_file(path)

    def _export_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            log.error("board export failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = format_error(exc, self._i18n.lang) if isinstance(exc, DomainError) else str(exc)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            translate("SyncBoardPage", "The file could not be written: %1").replace("%1", text)
        )

    def _export_busy(self, busy: bool) -> None:
        self.xlsx_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the reading and writing end (closing the window, tests)."""
        return self.worker.wait(msecs) and self.exporter.wait(msecs)

    # --- words -----------------------------------------------------------------------

    def _words(self) -> None:
        board = self.board
        if board is None:
            self.totals.clear()
            return
        t = board.totals
        self.totals.setText(
            translate(
                "SyncBoardPage",
                "<b>Total:</b> %1 units, %2 silent; %3 bundles received, %4 missing · "
                "%5 meetings (%6 matters passed, %7 failed) · %8 disclosures (%9 late, "
                "%10 short postings) · conventions: %11 in force, %12 suspended, "
                "%13 abolished, %14 superseded, %15 other",
            )
            .replace("%10", format_count(t.short_postings))
            .replace("%11", format_count(t.in_force))
            .replace("%12", format_count(t.suspended))
            .replace("%13", format_count(t.abolished))
            .replace("%14", format_count(t.superseded))
            .replace("%15", format_count(t.other_conventions))
            .replace("%1", format_count(len(board.rows)))
            .replace("%2", format_count(board.silent))
            .replace("%3", format_count(board.bundles))
            .replace("%4", format_count(board.missing))
            .replace("%5", format_count(t.meetings))
            .replace("%6", format_count(t.items_passed))
            .replace("%7", format_count(t.items_failed))
            .replace("%8", format_count(t.disclosures))
            .replace("%9", format_count(t.late))
        )
        self.totals.setVisible(bool(board.rows))

    def retranslate(self) -> None:
        self.note.setText(
            translate(
                "SyncBoardPage",
                "Bundles received from each unit below, the numbers still missing, the units "
                "that have sent nothing for longer than the limit, and what their records add "
                "up to.",
            )
        )
        self.days_label.setText(translate("SyncBoardPage", "&Silent after more than (days):"))
        self.refresh_button.setText(translate("SyncBoardPage", "&Refresh"))
        self.xlsx_button.setText(translate("SyncBoardPage", "Export to &Excel…"))
        self.pdf_button.setText(translate("SyncBoardPage", "Export to &PDF…"))
        self.empty.setText(
            translate("SyncBoardPage", "No unit below has sent data yet")
            + "\n\n"
            + translate(
                "SyncBoardPage",
                "Register each unit below with the key file it sends you (tab “Units below”), "
                "then import its bundles.",
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._words()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
