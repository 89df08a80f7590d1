"""The "Units below" tab: registered children, registering one, and browsing its records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.installation import Role
from desktop.services.container import Services
from desktop.services.sync_import import Child
from desktop.ui.dialogs.sync_register import RegisterChildDialog, read_key_file
from desktop.ui.dialogs.sync_remarks import RemarkDialog
from desktop.ui.i18n import translate
from desktop.ui.pages.common import list_or_empty
from desktop.ui.pages.sync_common import Ask, error_text
from desktop.ui.pages.sync_records import (
    KINDS,
    ChildNames,
    ChildRecordsModel,
    record_title,
    with_state,
)
from desktop.ui.record_view import RecordView, record_html
from desktop.ui.widgets import ERROR_STYLE

CHILD_COLUMNS = 3
MAX_NAMES = 100_000  # a unit's villages, meetings or conventions named in its records


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

        self.records_box = QGroupBox()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind_label.setBuddy(self.kind)
        for code, _title in KINDS:
            self.kind.addItem("", code)
        self.remark_button = QPushButton()
        self.remark_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.kind_label)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.remark_button)
        self.model = ChildRecordsModel(lang, self)
        self._names: ChildNames | None = None
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        view_header = self.view.horizontalHeader()
        view_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 84), (2, 110), (3, 110), (4, 72)):
            view_header.resizeSection(column, width)
        self.detail = RecordView()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([560, 520])  # the record viewer gets the room
        box_layout = QVBoxLayout(self.records_box)
        box_layout.addLayout(bar)
        box_layout.addWidget(split, 1)

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
        self.kind.currentIndexChanged.connect(self._child_changed)
        self.view.selectionModel().selectionChanged.connect(self._record_changed)
        self.remark_button.clicked.connect(self.add_remark)

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
        if keep in codes:
            self.table.selectRow(codes.index(keep))
        elif codes:
            self.table.selectRow(0)
        self._child_changed()

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
        code = self.current_child()
        kind = str(self.kind.currentData())
        importer = self._services.sync_import
        if code is None:
            self._names = None
            self.model.set_source(None)
        else:
            self._names = ChildNames(lambda k: importer.child_records(code, k, limit=MAX_NAMES))
            spec = self._services.kinds.spec(kind)
            today, calendar = self._services.ctx.today(), self._services.calendar.calendar()

            def fetch(start: int, limit: int) -> list[dict[str, Any]]:
                page = importer.child_records(code, kind, offset=start, limit=limit)
                return [with_state(spec, r, today, calendar) for r in page]

            self.model.set_source(fetch, spec, self._names)
        self._record_changed()

    def current_record(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _record_changed(self, *_args: QItemSelection) -> None:
        record = self.current_record()
        self.remark_button.setEnabled(record is not None)
        if record is None:
            self.detail.setHtml(
                translate("SyncChildrenTab", "Choose a record to see its contents.")
                if self.model.rowCount()
                else translate("SyncChildrenTab", "No record of this kind received yet.")
            )
            return
        remarks = self._services.sync.remarks_for(str(record.get("uuid", "")))
        self.detail.setHtml(
            record_html(
                self._services.kinds.spec(str(self.kind.currentData())),
                record,
                self._lang(),
                resolve=self._names,
                owner=self._child_name(),
                remarks=remarks,
            )
        )

    def _child_name(self) -> str:
        row = self.table.currentRow()
        if not 0 <= row < len(self._children):
            return ""
        child = self._children[row]
        return f"{child.name} ({child.code})"

    def remark_dialog(self) -> RemarkDialog | None:
        record = self.current_record()
        if record is None:
            return None
        return RemarkDialog(
            self._services.sync_import,
            str(record["uuid"]),
            record_title(record, self._services.kinds.spec(str(self.kind.currentData()))),
            self._lang,
            self,
        )

    def add_remark(self) -> bool:
        dialog = self.remark_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._record_changed()
        return True

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
        self.records_box.setTitle(translate("SyncChildrenTab", "Records received (read-only)"))
        self.kind_label.setText(translate("SyncChildrenTab", "Sho&w:"))
        for i, (_code, title) in enumerate(KINDS):
            self.kind.setItemText(i, translate("SyncRecords", title))
        self.remark_button.setText(
            translate("SyncChildrenTab", "Re&mark / request for correction…")
        )
        self.model.retranslate()
        self._record_changed()
