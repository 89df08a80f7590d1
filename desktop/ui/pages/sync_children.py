"""The "Units below" tab: registered children, registering one, and browsing its records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.installation import Role
from desktop.services.container import Services
from desktop.services.sync_import import Child
from desktop.ui.dialogs.sync_register import RegisterChildDialog, read_key_file
from desktop.ui.i18n import translate
from desktop.ui.pages.common import list_or_empty
from desktop.ui.pages.sync_common import Ask, error_text
from desktop.ui.pages.unit_records import UnitRecordsBox
from desktop.ui.widgets import ERROR_STYLE

CHILD_COLUMNS = 3


class SyncChildrenTab(QWidget):
    """Children on top; the chosen child's records below, read-only, with remarks."""

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        ask: Ask,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._ask = ask
        self._children: list[Child] = []

        self.register_button = QPushButton()
        # The receiving level has no "Send data" tab: its own key, which the communes
        # register to check its receipts (BUNDLE.md "Signature"), is exported here.
        inst = services.setup.installation()
        self._code = inst.data.code if inst else ""
        self.key_button = QPushButton()
        self.key_button.setVisible(inst is not None and inst.data.role is Role.UPPER)
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addWidget(self.key_button)
        top.addWidget(self.message, 1)
        self.table = QTableWidget(0, CHILD_COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(0, 90)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 330)
        self.empty, self.children_stack = list_or_empty(self.table)
        self.children_stack.setMaximumHeight(110)

        self.records_box = UnitRecordsBox(services, lang)
        # The box's parts, as the tests and the window reach them.
        self.kind, self.model, self.view = (
            self.records_box.kind,
            self.records_box.model,
            (self.records_box.view),
        )
        self.detail, self.remark_button = self.records_box.detail, self.records_box.remark_button
        self.current_record = self.records_box.current_record
        self.remark_dialog = self.records_box.remark_dialog
        self.add_remark = self.records_box.add_remark
        self._record_changed = self.records_box._record_changed

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.children_stack)
        layout.addWidget(self.records_box, 1)

        self.register_button.clicked.connect(self.choose_and_register)
        self.key_button.clicked.connect(self.choose_key_file)
        self.table.itemSelectionChanged.connect(self._child_changed)

    # --- children ----------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.current_child()
        self._children = self._services.sync_import.children()
        self.table.setRowCount(len(self._children))
        for row, child in enumerate(self._children):
            for column, text in enumerate((child.code, child.name, child.fingerprint)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.children_stack.setCurrentIndex(0 if self._children else 1)
        codes = [c.code for c in self._children]
        chosen = keep if keep in codes else codes[0] if codes else None
        self.table.blockSignals(True)  # the records are read once, below
        if chosen is not None:
            self.table.selectRow(codes.index(chosen))
        self.table.blockSignals(False)
        self.records_box.set_units([(c.code, c.name) for c in self._children], chosen or "")

    def current_child(self) -> str | None:
        row = self.table.currentRow()
        return self._children[row].code if 0 <= row < len(self._children) else None

    def choose_and_register(self) -> bool:
        paths = self._ask.open_files(
            self,
            translate("SyncChildrenTab", "Registration file of the unit"),
            Path.home(),
            translate("SyncChildrenTab", "Registration files (*.json);;All files (*)"),
        )
        if not paths:
            return False
        dialog = self.register_dialog(paths[0])
        if dialog is None:
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.registered(dialog)

    def choose_key_file(self) -> Path | None:
        """Save this installation's registration key, for the units to register."""
        path = self._ask.save_file(
            self,
            translate("SyncExportTab", "Registration file"),
            self._services.ctx.paths.documents / f"DangKyKhoa-{self._code}.json",
            translate("SyncExportTab", "Registration files (*.json)"),
        )
        if path is None:
            return None
        try:
            self._services.sync.export_key(path)
        except Exception as exc:  # worded for the officer; nothing changed
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc, self._lang()))
            return None
        self.message.setStyleSheet("")
        self.message.setText(
            translate(
                "SyncChildrenTab", "Registration file saved as %1. Send it to every unit."
            ).replace("%1", str(path))
        )
        return path

    def register_dialog(self, path: Path) -> RegisterChildDialog | None:
        """The dialog for ``path``, or None (and a message) when the file is not a key."""
        registration, problem = read_key_file(path, self._lang())
        if registration is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(problem)
            return None
        self.message.setText("")
        return RegisterChildDialog(self._services.sync_import, path, registration, self._lang, self)

    def registered(self, dialog: RegisterChildDialog) -> bool:
        if dialog.saved is None:
            return False
        self.message.setStyleSheet("")
        self.message.setText(
            translate("SyncChildrenTab", "%1 registered.").replace("%1", dialog.saved.name)
        )
        self.reload(keep=dialog.saved.code)
        return True

    # --- records -----------------------------------------------------------------------
    def _child_changed(self, *_args: Any) -> None:
        """The unit chosen in the table filters the records below."""
        self.records_box.show_unit(self.current_child())

    def reveal(self, kind: str, unit: str, uuid: str) -> bool:
        """A unit's record found by the search: its unit chosen, the record shown."""
        if not self._children:
            self.reload(keep=unit)
        codes = [c.code for c in self._children]
        if unit in codes:
            self.table.blockSignals(True)
            self.table.selectRow(codes.index(unit))
            self.table.blockSignals(False)
        return self.records_box.reveal(kind, unit, uuid)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "SyncChildrenTab",
                "Units that send their data here. Register a unit with the registration file "
                "it exported, after comparing the key fingerprint with its signed sheet.",
            )
        )
        self.register_button.setText(translate("SyncChildrenTab", "&Register a unit…"))
        self.key_button.setText(translate("SyncExportTab", "Export registration &key…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("SyncChildrenTab", "Code"),
                translate("SyncChildrenTab", "Name"),
                translate("SyncChildrenTab", "Key fingerprint"),
            ]
        )
        self.empty.setText(
            translate("SyncChildrenTab", "No unit registered yet: press «Register a unit…».")
        )
        self.records_box.retranslate()
