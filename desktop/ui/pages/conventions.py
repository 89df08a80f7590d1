"""Hương ước / quy ước: the list by village and status, what each waits for, and statistics."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
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
from desktop.ui.i18n import I18n, translate
from desktop.ui.pages.convention_list import WIDTHS, ConventionItem, convention_model
from desktop.ui.pages.convention_stats import StatisticsPanel
from desktop.ui.pages.record_list import RecordListPage, fill_choices, reset_quietly
from desktop.ui.widgets import ERROR_STYLE

CTX = "ConventionsPage"


class ConventionsPage(RecordListPage[ConventionItem]):
    """The list with New and Open, its filters, and the yearly statistics tab.

    ``changed`` follows each stored change. Ctrl+N (:meth:`add_convention`) and
    Ctrl+F (:meth:`focus_filter`) are the window's shortcuts; Enter opens a row.
    """

    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"convention", "village", "meeting", SETTINGS})

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(services, i18n, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.search.setMinimumWidth(220)
        self.village_filter = QComboBox()
        self.village_filter.setMinimumContentsLength(12)
        self.status_filter = QComboBox()
        self.type_filter = QComboBox()
        self.show_old = QCheckBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.village_filter, self.status_filter, self.type_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.show_old)

        self.install(
            convention_model(self.query, services), WIDTHS, "last_event_on", descending=True
        )
        list_tab = QWidget()
        list_layout = self.list_layout(self.button_row(), filters)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_tab.setLayout(list_layout)
        self.statistics = StatisticsPanel(services, lambda: i18n.lang)
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(self.statistics, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self._fill_filters()
        self.retranslate()
        for combo in (self.village_filter, self.status_filter, self.type_filter):
            combo.currentIndexChanged.connect(self.filter_now)
        self.show_old.toggled.connect(self.filter_now)
        self.start()

    # --- filters ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        villages = self._services.villages.list(VillageQuery(order_by="name"))
        fill_choices(
            self.village_filter,
            translate("ConventionsPage", "All villages"),
            [(v.data.name, v.uuid) for v in villages],
        )
        statuses = [s for s in ConventionStatus if s is not ConventionStatus.RECOGNIZED]
        fill_choices(
            self.status_filter,
            translate("ConventionsPage", "All statuses"),
            [(status_label(s), s.value) for s in statuses],
        )
        fill_choices(
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

    def query_filtered(self) -> bool:
        return self.filtered()

    def clear_filters(self) -> None:
        """Every filter off and the old versions shown (a saved record is always listed)."""
        reset_quietly(self.village_filter, self.status_filter, self.type_filter)
        reset_quietly(self.show_old, checked=True)
        super().clear_filters()

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: the filter and names follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (conventions imported, villages renamed): query again."""
        self._fill_filters()
        self.reload()
        self.statistics.invalidate()

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(0)

    # --- the list -----------------------------------------------------------------------
    def current_item(self) -> ConventionItem | None:
        return self.current_record()

    def empty_text(self) -> str:
        if self._services.villages.count(VillageQuery(include_retired=False)) == 0:
            return translate(
                "ConventionsPage",
                "There are no villages yet. Add them first under «Villages» (Ctrl+2), "
                "then record their conventions here.",
            )
        if self.filtered():
            return translate("ConventionsPage", "No convention matches the filter.")
        return translate(
            "ConventionsPage",
            "No convention recorded yet — press «New» (Ctrl+N) to record one.",
        )

    # --- actions ------------------------------------------------------------------------
    def add(self) -> StoredConvention | None:
        return self.add_convention()

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
        stored = self._services.conventions.get(uuid)
        owner = self.foreign_owner(stored.meta.origin_code)
        if owner:  # a village's laptop keeps it: shown, not edited
            self.show_read_only("convention", self._services.conventions.to_json(stored), owner)
            return
        view = ConventionView(self._services, uuid, lambda: self._i18n.lang, self)
        view.changed.connect(lambda: self._after_change(view.uuid))
        view.exec()

    def _after_change(self, uuid: str) -> None:
        self._fill_filters()
        self.statistics.invalidate()
        self.shown(uuid)

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
        self.statistics.retranslate()
        super().retranslate()
