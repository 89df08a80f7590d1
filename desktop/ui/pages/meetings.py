"""Village meetings: the list, filtered and sorted in SQL, the form, and printing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import SETTINGS
from desktop.core.meeting_json import MeetingOutcome, StoredMeeting, meeting_to_json
from desktop.core.meetings import MeetingType
from desktop.core.queries import MeetingQuery, VillageQuery
from desktop.services.container import Services
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.i18n import I18n, translate
from desktop.ui.labels import meeting_outcome_label, meeting_type_label
from desktop.ui.pages.meeting_documents import Document, DocumentPrinter, OpenFile, open_with_system
from desktop.ui.pages.meeting_list import WIDTHS, meeting_model
from desktop.ui.pages.record_list import RecordListPage, fill_choices, reset_quietly

CTX = "MeetingsPage"


class MeetingsPage(RecordListPage[StoredMeeting]):
    """The list with Add, Edit and printing; ``changed`` after each stored change.

    Args:
        open_file: shows a written PDF (default: the system's viewer); tests pass a recorder.
    """

    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"meeting", "village", SETTINGS})

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        open_file: OpenFile = open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, i18n, parent)
        self.printer = DocumentPrinter(services, open_file, lambda: i18n.lang, self)
        self.edit_button = self.open_button
        self.edit_action = self.open_action
        self.minutes_button = QPushButton()
        self.invitation_button = QPushButton()
        self.search.setMinimumWidth(260)
        self.village_filter = QComboBox()
        self.village_filter.setMinimumContentsLength(14)
        self.type_filter = QComboBox()
        self.year_filter = QComboBox()
        self.outcome_filter = QComboBox()
        self.with_warnings = QCheckBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.village_filter, 2)
        filters.addWidget(self.type_filter, 2)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.outcome_filter)
        filters.addWidget(self.with_warnings)

        self.install(meeting_model(self.query, services), WIDTHS, "held_on", descending=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(
            self.list_layout(self.button_row(self.minutes_button, self.invitation_button), filters),
            1,
        )
        self._fill_filters()
        self.retranslate()
        for combo in (self.village_filter, self.type_filter, self.year_filter, self.outcome_filter):
            combo.currentIndexChanged.connect(self.filter_now)
        self.with_warnings.toggled.connect(self.filter_now)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.invitation_button.clicked.connect(self.print_invitation)
        self.printer.busy_changed.connect(self._busy)
        self.printer.status.connect(self.show_status)
        self.printer.failed.connect(self.show_failure)
        self.start()  # the first query, newest first

    # --- filters ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        """The choices of the filter boxes, each led by "all"; the current choice kept."""
        villages = self._services.villages.list(VillageQuery(order_by="name"))
        fill_choices(
            self.village_filter,
            translate("MeetingsPage", "All villages"),
            [(v.data.name, v.uuid) for v in villages],
        )
        fill_choices(
            self.type_filter,
            translate("MeetingsPage", "All types"),
            [(meeting_type_label(t), t.value) for t in MeetingType],
        )
        fill_choices(
            self.year_filter,
            translate("MeetingsPage", "All years"),
            [(str(y), y) for y in self._services.meetings.years()],
        )
        fill_choices(
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

    def query_filtered(self) -> bool:
        return self.filtered()

    def clear_filters(self) -> None:
        reset_quietly(self.village_filter, self.type_filter, self.year_filter, self.outcome_filter)
        reset_quietly(self.with_warnings, checked=False)
        super().clear_filters()

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: the filter and names follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (villages renamed, meetings imported): query again.

        Called by the change signal when an operation changed what ``kinds_shown`` names.
        """
        self._fill_filters()
        self.reload()

    # --- the list -----------------------------------------------------------------------
    def current_meeting(self) -> StoredMeeting | None:
        return self.current_record()

    def empty_text(self) -> str:
        if self._services.villages.count(VillageQuery(include_retired=False)) == 0:
            return translate(
                "MeetingsPage",
                "There are no villages yet. Add them first under «Villages» (Ctrl+2), "
                "then record their meetings here.",
            )
        if self.filtered():
            return translate("MeetingsPage", "No meeting matches the filter.")
        return translate(
            "MeetingsPage", "No meetings recorded yet — press «Add» (Ctrl+N) to record one."
        )

    def update_buttons(self, selected: bool) -> None:
        for button in (self.minutes_button, self.invitation_button):
            button.setEnabled(selected and not self.printer.busy)

    # --- actions ------------------------------------------------------------------------
    def add(self) -> StoredMeeting | None:
        return self.add_meeting()

    def open_current(self) -> StoredMeeting | None:
        return self.edit_current()

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
        owner = self.foreign_owner(meeting.meta.origin_code)
        if owner:  # a village's laptop keeps it: shown, not edited
            self.show_read_only("meeting", meeting_to_json(meeting), owner)
            return None
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
        self._fill_filters()  # a new year may have appeared
        self.shown(dialog.saved.uuid)
        return dialog.saved

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
        super().retranslate()
