"""The units' records at the receiving level (issue 14): every kind that can arrive (the
registry, through ``services.unit_records``), filtered by unit, kind, period and state,
shown in the one read-only record viewer with the level's remarks, which travel back in
the next receipt (:class:`~desktop.ui.dialogs.sync_remarks.RemarkDialog`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.kinds import KindSpec
from desktop.services.calendar import FIRST_YEAR
from desktop.services.container import Services
from desktop.services.reports import parse_period
from desktop.services.unit_records import UnitFilter
from desktop.ui.dialogs.sync_remarks import RemarkDialog
from desktop.ui.i18n import translate
from desktop.ui.pages.reports import PARTS
from desktop.ui.pages.sync_records import (
    DATE,
    STATE,
    UNIT,
    VERSION,
    VILLAGE,
    ChildNames,
    ChildRecordsModel,
    record_title,
    with_state,
)
from desktop.ui.record_view import RecordView, record_html
from desktop.ui.record_words import kind_text, value_text

MAX_NAMES = 100_000  # a unit's villages, meetings or conventions named in its records


def state_words(spec: KindSpec, state: str, lang: str) -> str:
    """A value of the received records' ``state`` column (the kind's board state) worded."""
    f = spec.field(spec.board_state or spec.state_field)
    return value_text(f, state, lang) if f is not None else state


class UnitRecordsBox(QGroupBox):
    """Filters on top, the records' table left, the record viewer right."""

    def __init__(
        self, services: Services, lang: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._units: list[tuple[str, str]] = []  # (code, name)
        self._names: dict[str, ChildNames] = {}
        self._kinds = services.unit_records.kinds()

        self.unit_label, self.unit = QLabel(), QComboBox()
        self.kind_label, self.kind = QLabel(), QComboBox()
        self.year_label, self.year = QLabel(), QComboBox()
        self.part = QComboBox()
        self.state_label, self.state = QLabel(), QComboBox()
        self.warnings_only = QCheckBox()
        for label, combo in (
            (self.unit_label, self.unit),
            (self.kind_label, self.kind),
            (self.year_label, self.year),
            (self.state_label, self.state),
        ):
            label.setBuddy(combo)
        self.unit.setMinimumContentsLength(14)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(16)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for spec in self._kinds:
            self.kind.addItem("", spec.name)
        self.part.addItems(["" for _ in PARTS])
        self.remark_button = QPushButton()
        self.remark_button.setEnabled(False)
        bar = QHBoxLayout()
        for widget in (
            self.unit_label,
            self.unit,
            self.kind_label,
            self.kind,
            self.year_label,
            self.year,
            self.part,
            self.state_label,
            self.state,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        second = QHBoxLayout()  # 1366 pixels hold the filters on one line, not more
        second.addWidget(self.warnings_only)
        second.addStretch(1)
        second.addWidget(self.remark_button)

        self.model = ChildRecordsModel(lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DATE, 84), (VILLAGE, 100), (STATE, 104), (UNIT, 56)):
            header.resizeSection(column, width)
        self.view.setColumnHidden(VERSION, True)  # the viewer's heading says it
        self.detail = RecordView()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(split, 1)

        self.unit.currentIndexChanged.connect(self._unit_or_kind_changed)
        self.kind.currentIndexChanged.connect(self._unit_or_kind_changed)
        for combo in (self.year, self.part, self.state):
            combo.currentIndexChanged.connect(self.refresh)
        self.warnings_only.toggled.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._record_changed)
        self.remark_button.clicked.connect(self.add_remark)

    # --- filters ---------------------------------------------------------------------
    def set_units(self, units: Sequence[tuple[str, str]], shown: str | None = None) -> None:
        """The registered units (code, name), ``shown`` chosen (None: the one chosen stays);
        the records read once. The years offered are the app's (no scan of the records)."""
        self._units = list(units)
        self._names = {}
        keep = self.current_unit() if shown is None else shown
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(translate("UnitRecords", "All units"), "")
        for code, name in self._units:
            self.unit.addItem(f"{code} {name}", code)
        self.unit.setCurrentIndex(max(self.unit.findData(keep), 0))
        self.unit.blockSignals(False)
        year = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(translate("UnitRecords", "All years"), 0)
        for y in range(self._services.ctx.today().year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(year), 0))
        self.year.blockSignals(False)
        self._unit_or_kind_changed()

    def show_unit(self, code: str | None) -> None:
        """Only ``code``'s records (None or "": every unit's)."""
        self.unit.setCurrentIndex(max(self.unit.findData(code or ""), 0))

    def current_unit(self) -> str:
        return str(self.unit.currentData() or "")

    def current_spec(self) -> KindSpec | None:
        name = self.kind.currentData()
        return self._services.kinds.spec(str(name)) if name else None

    def current_filter(self) -> UnitFilter | None:
        spec = self.current_spec()
        if spec is None:
            return None
        start = end = None
        year = int(self.year.currentData() or 0)
        if year:
            try:
                period = parse_period(f"{year}{PARTS[max(self.part.currentIndex(), 0)][0]}")
            except DomainError:  # the years offered are the data's: always a period
                period = None
            if period is not None:
                start, end = period.start, period.end
        return UnitFilter(
            kind=spec.name,
            unit=self.current_unit(),
            start=start,
            end=end,
            state=str(self.state.currentData() or ""),
            warnings_only=self.warnings_only.isChecked(),
        )

    def _unit_or_kind_changed(self, *_args: Any) -> None:
        """The states offered are those of the kind's records received (of the unit)."""
        spec = self.current_spec()
        keep = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(translate("UnitRecords", "Any state"), "")
        for state in self._states(spec):
            assert spec is not None
            self.state.addItem(state_words(spec, state, self._lang()), state)
        self.state.setCurrentIndex(max(self.state.findData(keep), 0))
        self.state.blockSignals(False)
        self.refresh()

    def _states(self, spec: KindSpec | None) -> Sequence[str]:
        """The states offered: the kind's declared values, or (a state computed by the
        sender) those its records received are in."""
        if spec is None:
            return ()
        f = spec.field(spec.board_state or spec.state_field)
        if f is not None and f.choices and not f.is_computed:
            return f.choices
        return self._services.unit_records.states(spec.name, self.current_unit())

    def refresh(self, *_args: Any) -> None:
        self.part.setEnabled(bool(self.year.currentData()))
        f, spec = self.current_filter(), self.current_spec()
        if f is None or spec is None:
            self.model.set_source(None)
            self._record_changed()
            return
        service = self._services.unit_records
        today, calendar = self._services.ctx.today(), self._services.calendar.calendar()

        def fetch(start: int, limit: int) -> list[dict[str, Any]]:
            page = service.page(f, start, limit)
            return [with_state(spec, r, today, calendar) for r in page]

        self.model.set_source(fetch, spec, self._resolve)
        self._record_changed()

    def _resolve(self, kind: str, uuid: str) -> str | None:
        """Names within the unit of the record shown (or of the unit filtered)."""
        record = self.current_record()
        code = str(record.get("unit_code", "")) if record else self.current_unit()
        if not code:
            return None
        names = self._names.get(code)
        if names is None:
            importer = self._services.sync_import
            names = ChildNames(lambda k: importer.child_records(code, k, limit=MAX_NAMES))
            self._names[code] = names
        return names(kind, uuid)

    # --- the record shown ------------------------------------------------------------
    def current_record(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, uuid: str) -> bool:
        """Select the row of ``uuid`` among the rows fetched so far (more fetched while
        the row is not found)."""
        seen = 0
        while True:
            for row in range(seen, self.model.rowCount()):
                record = self.model.record(row)
                if record is not None and record.get("uuid") == uuid:
                    self.view.selectRow(row)
                    self.view.scrollTo(self.model.index(row, 0))
                    return True
            if not self.model.canFetchMore(QModelIndex()):
                return False
            seen = self.model.rowCount()
            self.model.fetchMore(QModelIndex())

    def reveal(self, kind: str, unit: str, uuid: str) -> bool:
        """Show one received record (a search hit): its unit and kind chosen, the other
        filters cleared, its row selected and shown in the viewer."""
        for combo in (self.unit, self.kind, self.year, self.part, self.state):
            combo.blockSignals(True)
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.year.setCurrentIndex(0)
        self.part.setCurrentIndex(0)
        self.warnings_only.blockSignals(True)
        self.warnings_only.setChecked(False)
        self.warnings_only.blockSignals(False)
        for combo in (self.unit, self.kind, self.year, self.part, self.state):
            combo.blockSignals(False)
        self._unit_or_kind_changed()
        self.state.setCurrentIndex(0)
        found = self.select(uuid)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _record_changed(self, *_args: QItemSelection) -> None:
        record = self.current_record()
        spec = self.current_spec()
        self.remark_button.setEnabled(record is not None)
        if record is None or spec is None:
            self.detail.setHtml(
                translate("SyncChildrenTab", "Choose a record to see its contents.")
                if self.model.rowCount()
                else translate("UnitRecords", "No record received matches these filters.")
            )
            return
        remarks = self._services.sync.remarks_for(str(record.get("uuid", "")))
        self.detail.setHtml(
            record_html(
                spec,
                record,
                self._lang(),
                resolve=self._resolve,
                owner=self.unit_name(str(record.get("unit_code", ""))),
                remarks=remarks,
            )
        )

    def unit_name(self, code: str) -> str:
        name = dict(self._units).get(code)
        return f"{name} ({code})" if name else code

    def remark_dialog(self) -> RemarkDialog | None:
        record, spec = self.current_record(), self.current_spec()
        if record is None or spec is None:
            return None
        return RemarkDialog(
            self._services.sync_import,
            str(record["uuid"]),
            record_title(record, spec),
            self._lang,
            self,
        )

    def add_remark(self) -> bool:
        dialog = self.remark_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._record_changed()
        return True

    # --- language --------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._lang()
        self.setTitle(translate("SyncChildrenTab", "Records received (read-only)"))
        self.unit_label.setText(translate("UnitRecords", "U&nit:"))
        self.kind_label.setText(translate("SyncChildrenTab", "Sho&w:"))
        self.year_label.setText(translate("UnitRecords", "&Year:"))
        self.state_label.setText(translate("UnitRecords", "S&tate:"))
        self.warnings_only.setText(translate("UnitRecords", "Wit&h warnings"))
        for i, spec in enumerate(self._kinds):
            self.kind.setItemText(i, kind_text(spec, lang, plural=True))
        for i, (_suffix, text) in enumerate(PARTS):
            self.part.setItemText(i, translate("ReportsPage", text))
        if self.unit.count():
            self.unit.setItemText(0, translate("UnitRecords", "All units"))
        if self.year.count():
            self.year.setItemText(0, translate("UnitRecords", "All years"))
        shown = self.current_spec()
        for i in range(self.state.count()):
            state = str(self.state.itemData(i) or "")
            if not state:
                self.state.setItemText(i, translate("UnitRecords", "Any state"))
            elif shown is not None:
                self.state.setItemText(i, state_words(shown, state, lang))
        self.remark_button.setText(
            translate("SyncChildrenTab", "Re&mark / request for correction…")
        )
        self.model.retranslate()
        self._record_changed()
