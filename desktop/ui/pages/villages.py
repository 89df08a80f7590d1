"""Villages (thôn, tổ dân phố ...): the list, filtered and sorted in SQL, and its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import SETTINGS
from desktop.core.queries import VillageQuery
from desktop.core.villages import Village
from desktop.services.container import Services
from desktop.ui.dialogs.retire_dialog import RetireDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import QT_TRANSLATE_NOOP, I18n, is_language_change, translate
from desktop.ui.labels import format_count, format_day, village_status, village_type_label
from desktop.ui.lazy_model import (
    RIGHT,
    Column,
    LazyTableModel,
    SortSpec,
    current_id,
    current_item,
    select_id,
)
from desktop.ui.pages.common import heading, list_or_empty, record_table

CTX = "VillagesPage"
FILTER_DELAY_MS = 250

COLUMNS: tuple[Column[Village], ...] = (
    Column(CTX, QT_TRANSLATE_NOOP("VillagesPage", "Code"), lambda v: v.data.code, "code"),
    Column(CTX, QT_TRANSLATE_NOOP("VillagesPage", "Name"), lambda v: v.data.name, "name"),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("VillagesPage", "Type"),
        lambda v: village_type_label(v.data.village_type),
        "village_type",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("VillagesPage", "Head"), lambda v: v.data.head_name, "head_name"),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("VillagesPage", "Households"),
        lambda v: format_count(v.data.households_total),
        "households_total",
        RIGHT,
    ),
    Column(
        CTX,
        QT_TRANSLATE_NOOP("VillagesPage", "Counted on"),
        lambda v: format_day(v.data.households_as_of),
        "households_as_of",
    ),
    Column(CTX, QT_TRANSLATE_NOOP("VillagesPage", "Status"), village_status, "retired_on"),
)
_WIDTHS = (90, 0, 200, 200, 100, 110, 170)  # 0: the name column takes the rest


def village_model(query: Callable[[], VillageQuery], services: Services) -> LazyTableModel[Village]:
    """The village list over ``services``; ``query`` gives the filter in force."""

    def ids(sort: SortSpec) -> list[str]:
        q = query()
        return services.villages.ids(
            VillageQuery(
                search=q.search,
                include_retired=q.include_retired,
                order_by=sort.key,
                descending=sort.descending,
            )
        )

    return LazyTableModel(
        COLUMNS,
        ids,
        lambda uuids: services.villages.fetch(uuids),
        lambda v: v.uuid,
        sort=SortSpec("code"),
        muted=lambda v: not v.active,
    )


class VillagesPage(QWidget):
    """The list with Add, Edit and Retire; ``changed`` after each stored change."""

    changed = Signal()
    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"village", SETTINGS})

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.heading = heading()

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.retire_button = QPushButton()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(280)
        self.show_retired = QCheckBox()
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.filter)
        bar.addWidget(self.show_retired)

        self.model = village_model(self.query, services)
        self.view = record_table(self.model, _WIDTHS, 0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # runs the first query, ordered by code
        self.empty, self.stack = list_or_empty(self.view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.addAction(self.edit_action)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self._filter_now)
        self.show_retired.toggled.connect(self.reload)
        self.add_button.clicked.connect(self.add_village)
        self.edit_button.clicked.connect(self.edit_current)
        self.retire_button.clicked.connect(self.retire_current)
        self.view.activated.connect(self._activated)  # Enter, or a double click
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)

        self.retranslate()
        self._after_reset()

    # --- the list ---------------------------------------------------------------------
    def query(self) -> VillageQuery:
        """The filter in force (the model adds the order of the clicked header)."""
        return VillageQuery(
            search=self.filter.text().strip(),
            include_retired=self.show_retired.isChecked(),
        )

    def refresh(self) -> None:
        """Villages changed (added, imported, a backup restored): query again."""
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Query the list again; the selection stays on ``keep`` or the current village."""
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

    def current_village(self) -> Village | None:
        return current_item(self.view, self.model)

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.view)
        self._word_empty_state()
        self._update_buttons()

    def _word_empty_state(self) -> None:
        if self.filter.text().strip() or (
            not self.show_retired.isChecked() and self._services.villages.count() > 0
        ):
            self.empty.setText(translate("VillagesPage", "No village matches the filter."))
        else:
            self.empty.setText(
                translate("VillagesPage", "No villages yet — press «Add» to add one.")
            )

    def _update_buttons(self) -> None:
        village = self.current_village()
        self.edit_button.setEnabled(village is not None)
        self.retire_button.setEnabled(village is not None and village.active)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- actions ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def add_village(self) -> Village | None:
        dialog = VillageDialog(
            self._services.villages, self._services.ctx.today(), lambda: self._i18n.lang, None, self
        )
        return self._run(dialog)

    def edit_current(self) -> Village | None:
        uuid = self.current_id()
        if uuid is None:
            return None
        village = self._services.villages.get(uuid)  # fresh, with its history
        dialog = VillageDialog(
            self._services.villages,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            village,
            self,
        )
        return self._run(dialog)

    def retire_current(self) -> Village | None:
        uuid = self.current_id()
        if uuid is None:
            return None
        village = self._services.villages.get(uuid)
        if not village.active:
            return None
        dialog = RetireDialog(
            self._services.villages,
            village,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            self,
        )
        return self._run(dialog)

    def _run(self, dialog: VillageDialog | RetireDialog) -> Village | None:
        """Open ``dialog``; after a stored change refresh the list and keep the selection."""
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        saved = dialog.saved
        if not saved.active and not self.show_retired.isChecked():
            self.show_retired.setChecked(True)  # keep the retired village in sight
        self.reload(keep=saved.uuid)
        self.changed.emit()
        return saved

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(translate("VillagesPage", "Villages and residential groups"))
        self.add_button.setText(translate("VillagesPage", "&Add…"))
        self.add_button.setToolTip(translate("VillagesPage", "Add a village (Ctrl+N)"))
        self.edit_button.setText(translate("VillagesPage", "&Edit…"))
        self.edit_button.setToolTip(
            translate("VillagesPage", "Edit the selected village (Enter or F2)")
        )
        self.retire_button.setText(translate("VillagesPage", "&Retire…"))
        self.retire_button.setToolTip(
            translate("VillagesPage", "Mark the selected village as no longer active")
        )
        self.filter.setPlaceholderText(
            translate("VillagesPage", "Filter by code, name or head (Ctrl+F)")
        )
        self.show_retired.setText(translate("VillagesPage", "&Show retired"))
        self.model.retranslate()
        self._word_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
