"""Hương ước / quy ước: the list by village and status, what each waits for, and statistics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import SETTINGS
from desktop.core.convention_json import StoredConvention
from desktop.core.conventions import ConventionStatus, ConventionType
from desktop.core.queries import ConventionQuery, VillageQuery
from desktop.services.container import Services
from desktop.ui.convention_labels import status_label, type_label
from desktop.ui.convention_view import ConventionView
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.i18n import I18n, is_language_change, translate
from desktop.ui.lazy_model import current_id, current_item, select_id
from desktop.ui.pages.common import heading, list_or_empty, record_table
from desktop.ui.pages.convention_list import WIDTHS, ConventionItem, convention_model
from desktop.ui.pages.convention_stats import StatisticsPanel
from desktop.ui.widgets import ERROR_STYLE

CTX = "ConventionsPage"
FILTER_DELAY_MS = 250


class ConventionsPage(QWidget):
    """The list with New and Open, its filters, and the yearly statistics tab.

    ``changed`` follows each stored change. Ctrl+N (:meth:`add_convention`) and
    Ctrl+F (:meth:`focus_filter`) are the window's shortcuts; Enter opens a row.
    """

    changed = Signal()
    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"convention", "village", "meeting", SETTINGS})

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.heading = heading()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        self.add_button = QPushButton()
        self.open_button = QPushButton()
        self.status = QLabel()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.village_filter = QComboBox()
        self.village_filter.setMinimumContentsLength(12)
        self.status_filter = QComboBox()
        self.type_filter = QComboBox()
        self.show_old = QCheckBox()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.village_filter, self.status_filter, self.type_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.show_old)

        self.model = convention_model(self.query, services)
        self.view = record_table(
            self.model, WIDTHS, self.model.column_of("last_event_on"), Qt.SortOrder.DescendingOrder
        )
        self.empty, self.stack = list_or_empty(self.view)

        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.stack, 1)
        self.statistics = StatisticsPanel(services, lambda: i18n.lang)
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(self.statistics, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._fill_filters()
        self.retranslate()
        self.model.refresh()
        self._connect()
        self._after_reset()

    def _connect(self) -> None:
        self._filter_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._filter_timer.start)
        self.search.returnPressed.connect(self._filter_now)
        for combo in (self.village_filter, self.status_filter, self.type_filter):
            combo.currentIndexChanged.connect(self._filter_now)
        self.show_old.toggled.connect(self._filter_now)
        self.add_button.clicked.connect(self.add_convention)
        self.open_button.clicked.connect(self.open_current)
        self.view.activated.connect(self._activated)  # Enter, or a double click
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.view.setSortingEnabled(True)

    # --- filters ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        villages = self._services.villages.list(VillageQuery(order_by="name"))
        _fill(
            self.village_filter,
            translate("ConventionsPage", "All villages"),
            [(v.data.name, v.uuid) for v in villages],
        )
        statuses = [s for s in ConventionStatus if s is not ConventionStatus.RECOGNIZED]
        _fill(
            self.status_filter,
            translate("ConventionsPage", "All statuses"),
            [(status_label(s), s.value) for s in statuses],
        )
        _fill(
            self.type_filter,
            translate("ConventionsPage", "All types"),
            [(type_label(t), t.value) for t in ConventionType],
        )

    def query(self) -> ConventionQuery:
        """The filter in force (the model adds the order of the clicked header)."""
        wanted = self.status_filter.currentData()
        old = self.show_old.isChecked() or wanted == ConventionStatus.SUPERSEDED.value
        return ConventionQuery(
            village_uuid=self.village_filter.currentData(),
            status=wanted,
            convention_type=self.type_filter.currentData(),
            search=self.search.text().strip(),
            current_only=not old,
        )

    def filtered(self) -> bool:
        return self.query() != ConventionQuery()

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: the filter and names follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (conventions imported, villages renamed): query again."""
        self._fill_filters()
        self.reload()
        self.statistics.invalidate()

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- the list -----------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Query the list again; the selection stays on ``keep`` or the current row."""
        self._filter_timer.stop()
        uuid = keep or self.current_id()
        self.model.refresh()
        if uuid is not None:
            self.select(uuid)

    def _filter_now(self) -> None:
        self.reload()

    def select(self, uuid: str) -> bool:
        return select_id(self.view, self.model, uuid)

    def current_id(self) -> str | None:
        return current_id(self.view, self.model)

    def current_item(self) -> ConventionItem | None:
        return current_item(self.view, self.model)

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.view)
        self._word_empty_state()
        self._update_buttons()

    def _word_empty_state(self) -> None:
        if self._services.villages.count(VillageQuery(include_retired=False)) == 0:
            text = translate(
                "ConventionsPage",
                "There are no villages yet. Add them first under «Villages» (Ctrl+2), "
                "then record their conventions here.",
            )
        elif self.filtered():
            text = translate("ConventionsPage", "No convention matches the filter.")
        else:
            text = translate(
                "ConventionsPage",
                "No convention recorded yet — press «New» (Ctrl+N) to record one.",
            )
        self.empty.setText(text)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_id() is not None)

    # --- actions ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def add_convention(self) -> StoredConvention | None:
        """Ctrl+N: the editor for a new convention (the village filter's village first)."""
        if self._services.villages.count(VillageQuery(include_retired=False)) == 0:
            self.status.setText(translate("ConventionsPage", "Add a village first (Ctrl+2)."))
            return None
        self.status.clear()
        village = self.village_filter.currentData()
        dialog = ConventionDialog(
            self._services,
            lambda: self._i18n.lang,
            village_uuid=village if isinstance(village, str) else None,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self._after_change(dialog.saved.uuid)
        return dialog.saved

    def open_current(self) -> None:
        """Enter: the convention's view, where its steps are recorded."""
        uuid = self.current_id()
        if uuid is None:
            return
        view = ConventionView(self._services, uuid, lambda: self._i18n.lang, self)
        view.changed.connect(lambda: self._after_change(view.uuid))
        view.exec()

    def _after_change(self, uuid: str) -> None:
        self._fill_filters()
        self.reload(keep=uuid)
        if self.model.row_of(uuid) < 0:  # hidden by a filter: show it anyway
            for combo in (self.village_filter, self.status_filter, self.type_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.show_old.blockSignals(True)
            self.show_old.setChecked(True)
            self.show_old.blockSignals(False)
            self.reload(keep=uuid)
        self.statistics.invalidate()
        self.changed.emit()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(
            translate("ConventionsPage", "Village conventions (hương ước, quy ước)")
        )
        self.tabs.setTabText(0, translate("ConventionsPage", "&List"))
        self.tabs.setTabText(1, translate("ConventionsPage", "&Statistics"))
        self.add_button.setText(translate("ConventionsPage", "&New…"))
        self.add_button.setToolTip(translate("ConventionsPage", "Record a new convention (Ctrl+N)"))
        self.open_button.setText(translate("ConventionsPage", "&Open…"))
        self.open_button.setToolTip(
            translate(
                "ConventionsPage",
                "Open the selected convention: its steps, text and versions (Enter)",
            )
        )
        self.search.setPlaceholderText(
            translate("ConventionsPage", "Search title, text or proposer (Ctrl+F)")
        )
        self.show_old.setText(translate("ConventionsPage", "Show old &versions"))
        self.show_old.setToolTip(
            translate("ConventionsPage", "Also list the versions replaced by a newer one")
        )
        self._fill_filters()
        self.model.retranslate()
        self.statistics.retranslate()
        self._word_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


def _fill(combo: QComboBox, all_text: str, choices: list[tuple[str, Any]]) -> None:
    """Replace the choices of a filter box without a change signal; keep what was chosen."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, data in choices:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
