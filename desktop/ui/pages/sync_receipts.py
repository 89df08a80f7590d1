"""The receipts and key actions of the "Send data" tab: receipts in, registration out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.ui.i18n import translate
from desktop.ui.pages.sync_common import OK_STYLE, Ask, LongJob, error_text
from desktop.ui.widgets import ERROR_STYLE


class ReceiptsBox(QGroupBox):
    """Import a receipt from the level above, export the registration file, print the sheet.

    Args:
        folder: where the file dialogs start (the export folder last used).
        job: the tab's background job (the sheet PDF is written off the GUI thread).
        on_receipt: called after a receipt was imported (the status changed).
    """

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        ask: Ask,
        job: LongJob,
        folder: Callable[[], Path],
        on_receipt: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._ask = ask
        self.job = job
        self._folder = folder
        self._on_receipt = on_receipt
        self._parent_hint = ""
        inst = services.setup.installation()
        self._code = inst.data.code if inst else ""
        self.receipt_button = QPushButton()
        self.parent_button = QPushButton()
        self.key_button = QPushButton()
        self.sheet_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (
            self.receipt_button,
            self.parent_button,
            self.key_button,
            self.sheet_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.parent_button.clicked.connect(self.choose_parent_key)
        self.key_button.clicked.connect(self.choose_key_file)
        self.sheet_button.clicked.connect(self.choose_sheet_file)

    def show_message(self, text: str, *, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.receipt_button.setEnabled(not busy)
        self.parent_button.setEnabled(not busy)
        self.sheet_button.setEnabled(not busy)

    def choose_receipt(self) -> None:
        paths = self._ask.open_files(
            self,
            translate("SyncExportTab", "Receipt from the level above"),
            self._folder(),
            translate("SyncExportTab", "Receipts (*.json);;All files (*)"),
        )
        for path in paths:
            self.import_receipt(path)

    def import_receipt(self, path: Path) -> None:
        try:
            res = self._services.sync.import_receipt(path)
        except Exception as exc:  # worded for the officer; nothing changed
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc, self._lang()))
            return
        self.message.setStyleSheet(OK_STYLE)
        if res.already_imported:
            text = translate("SyncExportTab", "The receipt for bundle no. %1 was already imported.")
        else:
            text = translate(
                "SyncExportTab",
                "Receipt for bundle no. %1 imported: %2 remarks, %3 records refused by the "
                "level above.",
            )
        self.message.setText(
            text.replace("%1", str(res.bundle_seq))
            .replace("%2", str(res.remarks))
            .replace("%3", str(res.rejections))
        )
        self._on_receipt()

    def parent_missing_text(self) -> str:
        """What the officer does before the first receipt (empty once the parent is known)."""
        if self._services.sync.parent() is not None:
            return ""
        return translate(
            "SyncExportTab",
            "The level above's key is not registered yet, so its receipts cannot be "
            "imported. Ask the level above for its registration file and sheet, press "
            "'Register the level above's key' and compare the fingerprint shown with the "
            "sheet (or read it over the phone).",
        )

    def choose_parent_key(self) -> None:
        paths = self._ask.open_files(
            self,
            translate("SyncExportTab", "Registration file of the level above"),
            self._folder(),
            translate("SyncExportTab", "Registration files (*.json)"),
        )
        if paths:
            self.register_parent(paths[0])

    def register_parent(self, path: Path) -> None:
        try:
            info = self._services.sync.register_parent(path)
        except Exception as exc:  # worded for the officer; nothing changed
            self.show_message(error_text(exc, self._lang()), ok=False)
            return
        self.show_message(
            translate(
                "SyncExportTab",
                "The level above's key is registered, fingerprint %1. Compare it with the "
                "level above's registration sheet before importing its receipts.",
            ).replace("%1", info.fingerprint)
        )

    def choose_key_file(self) -> Path | None:
        path = self._ask.save_file(
            self,
            translate("SyncExportTab", "Registration file"),
            self._folder() / f"DangKyKhoa-{self._code}.json",
            translate("SyncExportTab", "Registration files (*.json)"),
        )
        if path is None:
            return None
        try:
            self._services.sync.export_key(path)
        except Exception as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc, self._lang()))
            return None
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            translate(
                "SyncExportTab",
                "Registration file saved as %1. Send it to the level above with the sheet.",
            ).replace("%1", str(path))
        )
        return path

    def choose_sheet_file(self) -> Path | None:
        path = self._ask.save_file(
            self,
            translate("SyncExportTab", "Registration sheet"),
            self._services.ctx.paths.documents / f"PhieuDangKyKhoa-{self._code}.pdf",
            translate("SyncExportTab", "PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        sync = self._services.sync
        self.job.start(
            lambda _progress: sync.registration_sheet(path),
            self._sheet_done,
            self._sheet_failed,
            cancellable=False,
        )
        return path

    def _sheet_done(self, path: Any) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            translate("SyncExportTab", "Sheet saved as %1").replace("%1", str(path))
        )
        self._ask.open_path(Path(str(path)))

    def _sheet_failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc, self._lang()))

    def retranslate(self) -> None:
        self.setTitle(translate("SyncExportTab", "Receipts and key"))
        self.receipt_button.setText(translate("SyncExportTab", "Import &receipt…"))
        self.parent_button.setText(translate("SyncExportTab", "Register the level above's ke&y…"))
        if not self.message.text() or self.message.text() == self._parent_hint:
            self._parent_hint = self.parent_missing_text()
            self.show_message(self._parent_hint, ok=False)
        self.key_button.setText(translate("SyncExportTab", "Export registration &key…"))
        self.sheet_button.setText(translate("SyncExportTab", "Print key registration s&heet…"))
