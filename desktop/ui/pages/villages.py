"""Villages (thôn, tổ dân phố ...): the list, filtered and sorted in SQL, and its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QVBoxLayout, QWidget

from desktop.core.changes import SETTINGS
from desktop.core.queries import VillageQuery
from desktop.core.villages import Village
from desktop.services.container import Services
from desktop.ui.dialogs.retire_dialog import RetireDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import QT_TRANSLATE_NOOP, I18n, translate
from desktop.ui.labels import format_count, format_day, village_status, village_type_label
from desktop.ui.lazy_model import RIGHT, Column, LazyTableModel, SortSpec, sorted_query
from desktop.ui.pages.record_list import RecordListPage, reset_quietly

CTX = "VillagesPage"

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
        return services.villages.ids(sorted_query(query(), sort))

    return LazyTableModel(
        COLUMNS,
        ids,
        lambda uuids: services.villages.fetch(uuids),
        lambda v: v.uuid,
        sort=SortSpec("code"),
        muted=lambda v: not v.active,
    )


class VillagesPage(RecordListPage[Village]):
    """The list with Add, Edit and Retire; ``changed`` after each stored change."""

    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"village", SETTINGS})

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(services, i18n, parent)
        self.edit_button = self.open_button
        self.edit_action = self.open_action
        self.filter = self.search
        self.filter.setMinimumWidth(280)
        self.retire_button = QPushButton()
        self.show_retired = QCheckBox()
        self.install(village_model(self.query, services), _WIDTHS, "code", descending=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(
            self.list_layout(
                self.button_row(self.retire_button, trailing=(self.filter, self.show_retired))
            ),
            1,
        )
        self.show_retired.toggled.connect(self.filter_now)
        self.retire_button.clicked.connect(self.retire_current)
        self.retranslate()
        self.start()  # the first query, ordered by code

    # --- the list ---------------------------------------------------------------------
    def query(self) -> VillageQuery:
        """The filter in force (the model adds the order of the clicked header)."""
        return VillageQuery(
            search=self.filter.text().strip(),
            include_retired=self.show_retired.isChecked(),
        )

    def clear_filters(self) -> None:
        """The filter off and the retired villages shown (a saved village stays in sight)."""
        reset_quietly(self.show_retired, checked=True)
        super().clear_filters()

    def current_village(self) -> Village | None:
        return self.current_record()

    def empty_text(self) -> str:
        if self.filter.text().strip() or (
            not self.show_retired.isChecked() and self._services.villages.count() > 0
        ):
            return translate("VillagesPage", "No village matches the filter.")
        return translate("VillagesPage", "No villages yet — press «Add» to add one.")

    def update_buttons(self, selected: bool) -> None:
        village = self.current_village() if selected else None
        self.retire_button.setEnabled(village is not None and village.active)

    # --- actions ----------------------------------------------------------------------
    def add(self) -> Village | None:
        return self.add_village()

    def open_current(self) -> Village | None:
        return self.edit_current()

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
        self.shown(dialog.saved.uuid)
        return dialog.saved

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
        super().retranslate()
