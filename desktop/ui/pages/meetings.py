"""Village meetings: the list, filtered and sorted in SQL, the form, and printing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import SETTINGS
from desktop.core.meeting_json import MeetingOutcome, StoredMeeting
from desktop.core.meetings import MeetingType
from desktop.core.queries import MeetingQuery, VillageQuery
from desktop.services.container import Services
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.i18n import I18n, is_language_change, translate
from desktop.ui.labels import meeting_outcome_label, meeting_type_label
from desktop.ui.lazy_model import current_id, current_item, select_id
from desktop.ui.pages.common import heading, list_or_empty, record_table
from desktop.ui.pages.meeting_documents import Document, DocumentPrinter, OpenFile, open_with_system
from desktop.ui.pages.meeting_list import WIDTHS, meeting_model
from desktop.ui.widgets import ERROR_STYLE

CTX = "MeetingsPage"
FILTER_DELAY_MS = 250


class MeetingsPage(QWidget):
    """The list with Add, Edit and printing; ``changed`` after each stored change.

    Args:
        open_file: shows a written PDF (default: the system's viewer); tests pass a recorder.
    """

    changed = Signal()
    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"meeting", "village", SETTINGS})

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        open_file: OpenFile = open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.heading = heading()
        self.printer = DocumentPrinter(services, open_file, lambda: i18n.lang, self)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.minutes_button = QPushButton()
        self.invitation_button = QPushButton()
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.village_filter = QComboBox()
        self.village_filter.setMinimumContentsLength(14)
        self.type_filter = QComboBox()
        self.year_filter = QComboBox()
        self.outcome_filter = QComboBox()
        self.with_warnings = QCheckBox()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.minutes_button,
            self.invitation_button,
        ):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.village_filter, 2)
        filters.addWidget(self.type_filter, 2)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.outcome_filter)
        filters.addWidget(self.with_warnings)

        self.model = meeting_model(self.query, services)
        self.view = record_table(self.model, WIDTHS, 0, Qt.SortOrder.DescendingOrder)
        self.empty, self.stack = list_or_empty(self.view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.addAction(self.edit_action)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

        self._fill_filters()
        self.retranslate()
        self.view.setSortingEnabled(True)  # runs the first query, newest first
        self._connect()
        self._after_reset()

    def _connect(self) -> None:
        self._filter_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._filter_timer.start)
        self.search.returnPressed.connect(self._filter_now)
        for combo in (self.village_filter, self.type_filter, self.year_filter, self.outcome_filter):
            combo.currentIndexChanged.connect(self._filter_now)
        self.with_warnings.toggled.connect(self._filter_now)
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_current)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.invitation_button.clicked.connect(self.print_invitation)
        self.view.activated.connect(self._activated)  # Enter, or a double click
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.printer.busy_changed.connect(self._busy)
        self.printer.status.connect(self._show_status)
        self.printer.failed.connect(self._show_failure)

    # --- filters ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        """The choices of the filter boxes, each led by "all"; the current choice kept."""
        villages = self._services.villages.list(VillageQuery(order_by="name"))
        _fill(
            self.village_filter,
            translate("MeetingsPage", "All villages"),
            [(v.data.name, v.uuid) for v in villages],
        )
        _fill(
            self.type_filter,
            translate("MeetingsPage", "All types"),
            [(meeting_type_label(t), t.value) for t in MeetingType],
        )
        _fill(
            self.year_filter,
            translate("MeetingsPage", "All years"),
            [(str(y), y) for y in self._services.meetings.years()],
        )
        _fill(
            self.outcome_filter,
            translate("MeetingsPage", "All outcomes"),
            [(meeting_outcome_label(o), o.value) for o in MeetingOutcome],
        )

    def query(self) -> MeetingQuery:
        """The filter in force (the model adds the order of the clicked header)."""
        year = self.year_filter.currentData()
        return MeetingQuery(
            village_uuid=self.village_filter.currentData(),
            meeting_type=self.type_filter.currentData(),
            year=year if isinstance(year, int) else None,
            outcome=self.outcome_filter.currentData(),
            search=self.search.text().strip(),
            with_warnings=self.with_warnings.isChecked(),
        )

    def filtered(self) -> bool:
        return self.query() != MeetingQuery()

    def clear_filters(self) -> None:
        for combo in (self.village_filter, self.type_filter, self.year_filter, self.outcome_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.with_warnings.blockSignals(True)
        self.with_warnings.setChecked(False)
        self.with_warnings.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: the filter and names follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (villages renamed, meetings imported): query again.

        Called by the change signal when an operation changed what ``kinds_shown`` names.
        """
        self._fill_filters()
        self.reload()

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- the list -----------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Query the list again; the selection stays on ``keep`` or the current meeting."""
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

    def current_meeting(self) -> StoredMeeting | None:
        return current_item(self.view, self.model)

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.view)
        self._word_empty_state()
        self._update_buttons()

    def _word_empty_state(self) -> None:
        if self._services.villages.count(VillageQuery(include_retired=False)) == 0:
            text = translate(
                "MeetingsPage",
                "There are no villages yet. Add them first under «Villages» (Ctrl+2), "
                "then record their meetings here.",
            )
        elif self.filtered():
            text = translate("MeetingsPage", "No meeting matches the filter.")
        else:
            text = translate(
                "MeetingsPage", "No meetings recorded yet — press «Add» (Ctrl+N) to record one."
            )
        self.empty.setText(text)

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        for button in (self.minutes_button, self.invitation_button):
            button.setEnabled(selected and not self.printer.busy)

    # --- actions ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def add_meeting(self) -> StoredMeeting | None:
        village = self.village_filter.currentData()
        dialog = MeetingDialog(
            self._services,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            village_uuid=village if isinstance(village, str) else None,
            parent=self,
        )
        return self._run(dialog)

    def edit_current(self) -> StoredMeeting | None:
        uuid = self.current_id()
        if uuid is None:
            return None
        meeting = self._services.meetings.get(uuid)  # fresh: its version is checked on save
        dialog = MeetingDialog(
            self._services,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            meeting,
            parent=self,
        )
        return self._run(dialog)

    def _run(self, dialog: MeetingDialog) -> StoredMeeting | None:
        """Open ``dialog``; after a save refresh the list and select the meeting."""
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        saved = dialog.saved
        self._fill_filters()  # a new year may have appeared
        self.reload(keep=saved.uuid)
        if self.model.row_of(saved.uuid) < 0:  # hidden by the filter: show it anyway
            self.clear_filters()
            self.reload(keep=saved.uuid)
        self.changed.emit()
        return saved

    def print_minutes(self) -> bool:
        return self._print(Document.MINUTES)

    def print_invitation(self) -> bool:
        return self._print(Document.INVITATION)

    def _print(self, document: Document) -> bool:
        meeting = self.current_meeting()
        if meeting is None:
            return False
        return self.printer.start(document, meeting)

    def _busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # still usable meanwhile
        else:
            QApplication.restoreOverrideCursor()
        self._update_buttons()

    def _show_status(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _show_failure(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(translate("MeetingsPage", "Village meetings"))
        self.add_button.setText(translate("MeetingsPage", "&Add…"))
        self.add_button.setToolTip(translate("MeetingsPage", "Record a meeting (Ctrl+N)"))
        self.edit_button.setText(translate("MeetingsPage", "&Edit…"))
        self.edit_button.setToolTip(
            translate("MeetingsPage", "Edit the selected meeting (Enter or F2)")
        )
        self.minutes_button.setText(translate("MeetingsPage", "Print &minutes"))
        self.minutes_button.setToolTip(
            translate(
                "MeetingsPage", "Write the minutes of the selected meeting as PDF and open it"
            )
        )
        self.invitation_button.setText(translate("MeetingsPage", "Print &invitation"))
        self.invitation_button.setToolTip(
            translate(
                "MeetingsPage", "Write the invitation (Decree 59, form 01) as PDF and open it"
            )
        )
        self.search.setPlaceholderText(
            translate("MeetingsPage", "Search title, place or village (Ctrl+F)")
        )
        self.with_warnings.setText(translate("MeetingsPage", "Only with &warnings"))
        self._fill_filters()
        self.model.retranslate()
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
