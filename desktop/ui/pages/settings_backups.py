"""The Backups tab of Settings: the data folder's backups, "back up now", and restore
with a preview of what a backup holds (services/backups.py, services/restore.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.services.backups import BackupFile, BackupKind
from desktop.services.container import Services
from desktop.services.context import VN_OFFSET_HOURS
from desktop.services.restore import BackupPreview, check_restorable
from desktop.ui.i18n import QT_TRANSLATE_NOOP, is_language_change, translate
from desktop.ui.labels import format_count, role_label
from desktop.ui.pages.sync_common import Ask
from desktop.ui.widgets import ErrorLabel
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)
_VN = timezone(timedelta(hours=VN_OFFSET_HOURS))
WHEN, KIND, SIZE, NAME = range(4)
RESTORE_WAIT_MS = 120_000  # the longest a day's backup of a big store may take
HEADERS = (
    QT_TRANSLATE_NOOP("BackupsPanel", "Made on"),
    QT_TRANSLATE_NOOP("BackupsPanel", "Kind"),
    QT_TRANSLATE_NOOP("BackupsPanel", "Size"),
    QT_TRANSLATE_NOOP("BackupsPanel", "File"),
)
KINDS = {
    BackupKind.AUTO: QT_TRANSLATE_NOOP("BackupsPanel", "Automatic (daily)"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupsPanel", "Made by hand"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupsPanel", "Before a restore"),
    BackupKind.BEFORE_MIGRATE: QT_TRANSLATE_NOOP("BackupsPanel", "Before an upgrade"),
}
COUNT_WORDS = {
    "villages": QT_TRANSLATE_NOOP("BackupsPanel", "villages"),
    "meetings": QT_TRANSLATE_NOOP("BackupsPanel", "meetings"),
    "conventions": QT_TRANSLATE_NOOP("BackupsPanel", "conventions"),
    "disclosures": QT_TRANSLATE_NOOP("BackupsPanel", "disclosures"),
}


class BackupAsk(Ask):
    """The questions of the Backups tab; tests subclass it with fixed answers."""

    def confirm_other_unit(self, parent: QWidget, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        replace = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def preview_text(p: BackupPreview) -> str:
    """What the backup holds, in the officer's words (one fact a line)."""
    counts = ", ".join(
        f"{format_count(n)} {translate('BackupsPanel', COUNT_WORDS[k])}"
        for k, n in p.counts.items()
    )
    last = p.last_change.astimezone(_VN).strftime("%d/%m/%Y %H:%M") if p.last_change else "—"
    lines = [
        translate("BackupsPanel", "Unit: %1 (%2)")
        .replace("%1", p.unit_name)
        .replace("%2", p.unit_code),
        translate("BackupsPanel", "Role: %1").replace("%1", role_label(p.role) if p.role else "—"),
        translate("BackupsPanel", "Records: %1").replace("%1", counts or "—"),
        translate("BackupsPanel", "Last change: %1").replace("%1", last),
        translate("BackupsPanel", "Data structure version: %1").replace("%1", p.schema),
    ]
    return "\n".join(lines)


class BackupsPanel(QWidget):
    """Lists ``backups/``; restores one after showing what it holds.

    Args:
        lang: the language refusals are worded in.
        ask: the file and confirmation dialogs (tests pass fixed answers).
    """

    restored = Signal()

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        ask: BackupAsk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._ask = ask or BackupAsk()
        self.worker = Worker(parent=self)
        # Other background readers of the store in this window (the overview's day list):
        # each is waited for before a restore, as this panel's own worker is.
        self.readers: list[Callable[[int], bool]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((WHEN, 150), (KIND, 170), (SIZE, 80)):
            self.table.setColumnWidth(col, width)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_file_button = QPushButton()
        self.open_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.open_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.preview_box = QGroupBox()
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._selected)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_other_file)
        self.open_button.clicked.connect(lambda: self._ask.open_path(self._services.backups.folder))
        self._files: list[BackupFile] = []
        self.retranslate()

    # --- the list ---------------------------------------------------------------------
    def reload(self) -> None:
        self._files = self._services.backups.files()
        self.table.setRowCount(len(self._files))
        for row, b in enumerate(self._files):
            when = b.made_at.astimezone(_VN).strftime("%d/%m/%Y %H:%M")
            cells = (when, translate("BackupsPanel", KINDS[b.kind]), _size(b.size), b.path.name)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._selected()

    def selected_file(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._files[rows[0].row()].path if rows else None

    def select(self, path: Path) -> bool:
        for row, b in enumerate(self._files):
            if b.path == path:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        path = self.selected_file()
        self.restore_button.setEnabled(path is not None)
        self.error.clear_message()
        if path is None:
            self.preview.setText("")
            return
        self.preview.setText(translate("BackupsPanel", "Reading the backup…"))
        backups = self._services.backups  # the pool thread reads no attribute of this widget
        self.worker.run(
            lambda: backups.preview(path),
            lambda p: self._show_preview(path, p),
            self._preview_failed,
        )

    def _show_preview(self, path: Path, p: object) -> None:
        if path == self.selected_file() and isinstance(p, BackupPreview):
            self.preview.setText(preview_text(p))

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview.setText("")
        self.error.show_message(self._words(exc))

    def _words(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return format_error(exc, self._lang())
        log.error("backup action failed", exc_info=(type(exc), exc, exc.__traceback__))
        return str(exc) or type(exc).__name__

    # --- actions ----------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        """Make a backup in the GUI thread (a copy of one file; a second or two at most)."""
        self.error.clear_message()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self._services.backups.back_up_now()
        except (DomainError, OSError) as exc:
            self.error.show_message(self._words(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.reload()
        self.select(path)
        self.status.setText(translate("BackupsPanel", "Backed up to %1").replace("%1", str(path)))
        log.info("backup made from the window: %s", path)
        return path

    def auto_backup(self) -> None:
        """The day's automatic backup, off the GUI thread (the window calls it at start)."""
        self.worker.run(self._services.backups.auto_backup, self._auto_done, self._auto_failed)

    def _auto_done(self, path: object) -> None:
        if isinstance(path, Path):
            log.info("automatic backup: %s", path)
            self.reload()

    def _auto_failed(self, exc: BaseException) -> None:
        log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))

    def restore_selected(self) -> bool:
        path = self.selected_file()
        return path is not None and self.restore(path)

    def restore_other_file(self) -> bool:
        files = self._ask.open_files(
            self,
            translate("BackupsPanel", "Restore from a backup file"),
            self._services.backups.folder,
            translate("BackupsPanel", "Backups (*.sqlite3);;All files (*)"),
        )
        return bool(files) and self.restore(files[0])

    def restore(self, path: Path) -> bool:
        """Show what ``path`` holds, ask, then restore it; True when restored."""
        self.error.clear_message()
        try:
            preview = self._services.backups.preview(path)
            check_restorable(preview, confirm_other_unit=True)
        except DomainError as exc:
            self.error.show_message(self._words(exc))
            return False
        title = translate("BackupsPanel", "Restore a backup")
        text = preview_text(preview)
        if preview.other_unit:
            warning = (
                translate(
                    "BackupsPanel",
                    "THIS BACKUP BELONGS TO ANOTHER UNIT: %1 (%2), not to %3 (%4).\n"
                    "Restoring it replaces ALL the data of %3 with the data of %1.",
                )
                .replace("%1", preview.unit_name)
                .replace("%2", preview.unit_code)
                .replace("%3", preview.current_name)
                .replace("%4", preview.current_code)
            )
            yes = translate("BackupsPanel", "Replace with the other unit's data")
            if not self._ask.confirm_other_unit(self, title, f"{warning}\n\n{text}", yes):
                return False
        else:
            question = translate(
                "BackupsPanel",
                "Replace the data with this backup? The data as it is now is kept "
                "in the backups folder first.",
            )
            if not self._ask.confirm(self, title, f"{text}\n\n{question}"):
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # the day's backup or a preview may still be reading the store: let it end,
            # or the restore would take it for another program holding the data open
            self.worker.wait(RESTORE_WAIT_MS)
            for wait in self.readers:
                wait(RESTORE_WAIT_MS)
            result = self._services.backups.restore(path, confirm_other_unit=preview.other_unit)
        except (DomainError, OSError) as exc:
            self.error.show_message(self._words(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        log.info("restored %s from the window; previous data kept in %s", path, result.saved)
        self.reload()
        self.status.setText(
            translate("BackupsPanel", "Restored from %1. The data from before is kept in %2.")
            .replace("%1", path.name)
            .replace("%2", result.saved.name)
        )
        self.restored.emit()
        return True

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "BackupsPanel",
                "The program backs the data up by itself once a day and keeps the last 7 "
                "days, then one a week for 4 weeks, then one a month for a year. Backups "
                "made by hand are never deleted. Copy the backups folder to a USB stick "
                "from time to time.",
            )
        )
        self.preview_box.setTitle(translate("BackupsPanel", "The selected backup holds"))
        self.table.setHorizontalHeaderLabels([translate("BackupsPanel", h) for h in HEADERS])
        self.backup_button.setText(translate("BackupsPanel", "&Back up now"))
        self.restore_button.setText(translate("BackupsPanel", "&Restore the selected backup…"))
        self.restore_file_button.setText(translate("BackupsPanel", "Restore from another &file…"))
        self.open_button.setText(translate("BackupsPanel", "Open the backups folder"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs)
