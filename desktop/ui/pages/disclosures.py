"""Public disclosures (công khai, Law Arts. 11–14): what needs attention, what is on the
boards, the form, feedback in two clicks and evidence files."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import SETTINGS
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.queries import DisclosureQuery
from desktop.services.calendar import FIRST_YEAR
from desktop.services.container import Services
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.disclosure_evidence import Attacher, PickFile, pick_with_dialog
from desktop.ui.dialogs.feedback_dialog import FeedbackDialog
from desktop.ui.i18n import I18n, translate
from desktop.ui.labels import format_day
from desktop.ui.pages.disclosure_boards import BoardsPanel
from desktop.ui.pages.disclosure_filters import FilterBar
from desktop.ui.pages.disclosure_list import WIDTHS, DisclosureItem, disclosure_model
from desktop.ui.pages.record_list import RecordListPage

CTX = "DisclosuresPage"
LIST_TAB, BOARDS_TAB = 0, 1


class DisclosuresPage(RecordListPage[DisclosureItem]):
    """The list (first view: what needs attention) and today's boards.

    ``changed`` follows each stored change. Ctrl+N (:meth:`add_disclosure`) and
    Ctrl+F (:meth:`focus_filter`) are the window's shortcuts; Enter or F2 edits.

    Args:
        pick_file: asks for the file to attach (default: the system's file dialog).
    """

    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"disclosure", "village", SETTINGS})

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        pick_file: PickFile = pick_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        last = services.ctx.today().year + 1
        filters = FilterBar(list(range(last, FIRST_YEAR - 1, -1)))
        super().__init__(services, i18n, parent, search=filters.search)
        self.filters = filters
        self._pick_file = pick_file
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.edit_button = self.open_button
        self.edit_action = self.open_action
        self.feedback_button = QPushButton()
        self.attach_button = QPushButton()

        model = disclosure_model(self.query, services, lambda: i18n.lang)
        self.install(model, WIDTHS, "decided_on", descending=True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_tab = QWidget()
        list_layout = self.list_layout(
            self.button_row(self.feedback_button, self.attach_button, trailing=(self.search,)),
            self.filters,
        )
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_tab.setLayout(list_layout)
        self.boards = BoardsPanel(services)
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(self.boards, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.attacher = Attacher(services.disclosures, pick_file, lambda: i18n.lang, self)
        self.retranslate()
        self.filters.changed.connect(self.filter_now)
        self.feedback_button.clicked.connect(self.record_feedback)
        self.attach_button.clicked.connect(self.attach_to_current)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.boards.open_requested.connect(self.edit)
        self.attacher.attached.connect(self._attached)
        self.attacher.failed.connect(self.show_failure)
        self.attacher.busy_changed.connect(lambda _busy: self._update_buttons())
        self.start()  # the first query, newest decision first

    # --- filters ------------------------------------------------------------------------
    def query(self) -> DisclosureQuery:
        return self.filters.query()

    def view_key(self) -> str:
        return self.filters.view_key()

    def set_view(self, key: str) -> None:
        """Show a view: ``attention``, ``on_boards``, ``planned``, ``overdue`` or ``all``."""
        self.filters.set_view(key)
        self.reload()

    def query_filtered(self) -> bool:
        return self.filters.filtered()

    def clear_filters(self) -> None:
        self.filters.clear()

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: warnings and the boards follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (disclosures imported, villages renamed): query again."""
        self.reload()

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)

    # --- the list -----------------------------------------------------------------------
    def before_reload(self) -> None:
        self.filters.stop()

    def after_reload(self) -> None:
        if self.tabs.currentIndex() == BOARDS_TAB:
            self.boards.refresh()

    def current_item(self) -> DisclosureItem | None:
        return self.current_record()

    def empty_text(self) -> str:
        view = self.view_key()
        if self._services.disclosures.count() == 0:
            return translate(
                "DisclosuresPage",
                "No disclosures recorded yet — press «Add» (Ctrl+N) to record one.",
            )
        if self.filters.filtered():
            return translate("DisclosuresPage", "No disclosure matches the filter.")
        if view == "attention":
            return translate(
                "DisclosuresPage", "Nothing is overdue and no posting period ends this week."
            )
        if view == "on_boards":
            return translate("DisclosuresPage", "Nothing is on the notice boards today.")
        if view == "planned":
            return translate("DisclosuresPage", "No planned disclosure is waiting to be made.")
        if view == "overdue":
            return translate("DisclosuresPage", "No disclosure is overdue.")
        return translate("DisclosuresPage", "No disclosure matches the filter.")

    def update_buttons(self, selected: bool) -> None:
        self.feedback_button.setEnabled(selected)
        self.attach_button.setEnabled(selected and not self.attacher.busy)

    def _tab_changed(self, index: int) -> None:
        if index == BOARDS_TAB:
            self.boards.refresh()

    # --- actions ------------------------------------------------------------------------
    def _dialog(self, stored: StoredDisclosure | None) -> DisclosureDialog:
        return DisclosureDialog(
            self._services,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            stored,
            pick_file=self._pick_file,
            category=self.filters.category_number(),
            parent=self,
        )

    def add(self) -> StoredDisclosure | None:
        return self.add_disclosure()

    def open_current(self) -> StoredDisclosure | None:
        return self.edit_current()

    def add_disclosure(self) -> StoredDisclosure | None:
        return self._run(self._dialog(None))

    def edit_current(self) -> StoredDisclosure | None:
        uuid = self.current_id()
        return self.edit(uuid) if uuid is not None else None

    def edit(self, uuid: str) -> StoredDisclosure | None:
        stored = self._services.disclosures.get(uuid)  # fresh: its version is checked on save
        return self._run(self._dialog(stored))

    def _run(self, dialog: DisclosureDialog) -> StoredDisclosure | None:
        """Open ``dialog``; after a stored change refresh the list and select the record."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        stored = dialog.saved if accepted else None
        changed = stored or dialog.touched
        if changed is None:
            return None
        self.shown(changed.uuid)
        return stored

    def record_feedback(self) -> StoredDisclosure | None:
        """Feedback in two clicks: this button, then Save in the small dialog."""
        return self._feedback(None)

    def answer_feedback(self, index: int) -> StoredDisclosure | None:
        return self._feedback(index)

    def _feedback(self, index: int | None) -> StoredDisclosure | None:
        uuid = self.current_id()
        if uuid is None:
            return None
        stored = self._services.disclosures.get(uuid)
        dialog = FeedbackDialog(
            self._services.disclosures,
            stored,
            self._services.ctx.today(),
            lambda: self._i18n.lang,
            index,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.reload(keep=uuid)
        self.show_status(translate("DisclosuresPage", "Feedback saved."))
        self.changed.emit()
        return dialog.saved

    def attach_to_current(self) -> bool:
        uuid = self.current_id()
        if uuid is None:
            return False
        self.show_status("")
        return self.attacher.start(uuid, self)

    def _attached(self, stored: object) -> None:
        if not isinstance(stored, StoredDisclosure):
            return
        name = stored.data.attachments[-1].name if stored.data.attachments else ""
        self.reload(keep=stored.uuid)
        self.show_status(translate("DisclosuresPage", "Attached «%1».").replace("%1", name))
        self.changed.emit()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """Edit, feedback, answers to the feedback not answered yet, attach."""
        menu = QMenu(self)
        menu.addAction(translate("DisclosuresPage", "&Edit…"), self.edit_current)
        menu.addAction(translate("DisclosuresPage", "Record &feedback…"), self.record_feedback)
        item = self.current_item()
        pending = [
            (i, fb)
            for i, fb in enumerate(item.stored.data.feedback if item else ())
            if fb.answered_on is None
        ]
        answers = menu.addMenu(translate("DisclosuresPage", "A&nswer feedback"))
        answers.setEnabled(bool(pending))
        anonymous = translate("DisclosuresPage", "anonymous")
        for i, fb in pending:
            text = f"{format_day(fb.received_on)} — {fb.sender or anonymous}: {fb.content}"
            answers.addAction(text[:80], partial(self.answer_feedback, i))
        menu.addAction(
            translate("DisclosuresPage", "&Attach photo or file…"), self.attach_to_current
        )
        return menu

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(translate("DisclosuresPage", "Public disclosure"))
        self.tabs.setTabText(LIST_TAB, translate("DisclosuresPage", "&List"))
        self.tabs.setTabText(BOARDS_TAB, translate("DisclosuresPage", "On the &boards today"))
        self.add_button.setText(translate("DisclosuresPage", "&Add…"))
        self.add_button.setToolTip(translate("DisclosuresPage", "Record a disclosure (Ctrl+N)"))
        self.edit_button.setText(translate("DisclosuresPage", "&Edit…"))
        self.edit_button.setToolTip(
            translate("DisclosuresPage", "Edit the selected disclosure (Enter or F2)")
        )
        self.feedback_button.setText(translate("DisclosuresPage", "Record &feedback…"))
        self.feedback_button.setToolTip(
            translate("DisclosuresPage", "Record a resident's feedback on the selected disclosure")
        )
        self.attach_button.setText(translate("DisclosuresPage", "A&ttach photo or file…"))
        self.attach_button.setToolTip(
            translate(
                "DisclosuresPage",
                "Keep a photo of the notice board or a scan with the selected disclosure",
            )
        )
        self.filters.retranslate(self._i18n.lang)
        if self.view.isSortingEnabled():  # built: the item names follow the language
            self.reload()
        super().retranslate()
