"""Public disclosures (công khai, Law Arts. 11–14): what needs attention, what is on the
boards, the form, feedback in two clicks and evidence files."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
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
from desktop.ui.i18n import I18n, is_language_change, translate
from desktop.ui.labels import format_day
from desktop.ui.lazy_model import current_id, current_item, select_id
from desktop.ui.pages.common import heading, list_or_empty, record_table
from desktop.ui.pages.disclosure_boards import BoardsPanel
from desktop.ui.pages.disclosure_filters import FilterBar
from desktop.ui.pages.disclosure_list import WIDTHS, DisclosureItem, disclosure_model
from desktop.ui.widgets import ERROR_STYLE

CTX = "DisclosuresPage"
LIST_TAB, BOARDS_TAB = 0, 1


class DisclosuresPage(QWidget):
    """The list (first view: what needs attention) and today's boards.

    ``changed`` follows each stored change. Ctrl+N (:meth:`add_disclosure`) and
    Ctrl+F (:meth:`focus_filter`) are the window's shortcuts; Enter or F2 edits.

    Args:
        pick_file: asks for the file to attach (default: the system's file dialog).
    """

    changed = Signal()
    # The change signal (desktop/ui/change_bridge.py): what the list shows; refresh() reads.
    kinds_shown = frozenset({"disclosure", "village", SETTINGS})

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        pick_file: PickFile = pick_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self._pick_file = pick_file
        self.heading = heading()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.feedback_button = QPushButton()
        self.attach_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.feedback_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        last = services.ctx.today().year + 1
        self.filters = FilterBar(list(range(last, FIRST_YEAR - 1, -1)))
        buttons.addWidget(self.filters.search)

        self.model = disclosure_model(self.query, services, lambda: i18n.lang)
        self.view = record_table(
            self.model, WIDTHS, self.model.column_of("decided_on"), Qt.SortOrder.DescendingOrder
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty, self.stack = list_or_empty(self.view)

        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.stack, 1)
        list_layout.addWidget(self.status)
        self.boards = BoardsPanel(services)
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(self.boards, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.attacher = Attacher(services.disclosures, pick_file, lambda: i18n.lang, self)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.edit_action)
        self.retranslate()
        self.view.setSortingEnabled(True)  # runs the first query, newest decision first
        self._connect()
        self._after_reset()

    def _connect(self) -> None:
        self.filters.changed.connect(self._filter_now)
        self.add_button.clicked.connect(self.add_disclosure)
        self.edit_button.clicked.connect(self.edit_current)
        self.feedback_button.clicked.connect(self.record_feedback)
        self.attach_button.clicked.connect(self.attach_to_current)
        self.edit_action.triggered.connect(self.edit_current)
        self.view.activated.connect(self._activated)  # Enter, or a double click
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.boards.open_requested.connect(self.edit)
        self.attacher.attached.connect(self._attached)
        self.attacher.failed.connect(self._show_failure)
        self.attacher.busy_changed.connect(lambda _busy: self._update_buttons())

    # --- filters ------------------------------------------------------------------------
    def query(self) -> DisclosureQuery:
        return self.filters.query()

    def view_key(self) -> str:
        return self.filters.view_key()

    def set_view(self, key: str) -> None:
        """Show a view: ``attention``, ``on_boards``, ``planned``, ``overdue`` or ``all``."""
        self.filters.set_view(key)
        self.reload()

    def villages_changed(self) -> None:
        """A village was added, renamed or retired: warnings and the boards follow."""
        self.refresh()

    def refresh(self) -> None:
        """Records changed (disclosures imported, villages renamed): query again."""
        self.reload()

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.filters.focus_search()

    # --- the list -----------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Query the list again; the selection stays on ``keep`` or the current row."""
        self.filters.stop()
        uuid = keep or self.current_id()
        self.model.refresh()
        if uuid is not None:
            self.select(uuid)
        if self.tabs.currentIndex() == BOARDS_TAB:
            self.boards.refresh()

    def _filter_now(self) -> None:
        self.reload()

    def select(self, uuid: str) -> bool:
        return select_id(self.view, self.model, uuid)

    def current_id(self) -> str | None:
        return current_id(self.view, self.model)

    def current_item(self) -> DisclosureItem | None:
        return current_item(self.view, self.model)

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.view)
        self._word_empty_state()
        self._update_buttons()

    def _word_empty_state(self) -> None:
        view = self.view_key()
        if self._services.disclosures.count() == 0:
            text = translate(
                "DisclosuresPage",
                "No disclosures recorded yet — press «Add» (Ctrl+N) to record one.",
            )
        elif self.filters.filtered():
            text = translate("DisclosuresPage", "No disclosure matches the filter.")
        elif view == "attention":
            text = translate(
                "DisclosuresPage", "Nothing is overdue and no posting period ends this week."
            )
        elif view == "on_boards":
            text = translate("DisclosuresPage", "Nothing is on the notice boards today.")
        elif view == "planned":
            text = translate("DisclosuresPage", "No planned disclosure is waiting to be made.")
        elif view == "overdue":
            text = translate("DisclosuresPage", "No disclosure is overdue.")
        else:
            text = translate("DisclosuresPage", "No disclosure matches the filter.")
        self.empty.setText(text)

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.feedback_button.setEnabled(selected)
        self.attach_button.setEnabled(selected and not self.attacher.busy)

    def _tab_changed(self, index: int) -> None:
        if index == BOARDS_TAB:
            self.boards.refresh()

    # --- actions ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.edit_current()

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
        self.reload(keep=changed.uuid)
        if self.model.row_of(changed.uuid) < 0:  # hidden by the view: show it anyway
            self.filters.clear()
            self.reload(keep=changed.uuid)
        self.changed.emit()
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
        self._show_status(translate("DisclosuresPage", "Feedback saved."))
        self.changed.emit()
        return dialog.saved

    def attach_to_current(self) -> bool:
        uuid = self.current_id()
        if uuid is None:
            return False
        self._show_status("")
        return self.attacher.start(uuid, self)

    def _attached(self, stored: object) -> None:
        if not isinstance(stored, StoredDisclosure):
            return
        name = stored.data.attachments[-1].name if stored.data.attachments else ""
        self.reload(keep=stored.uuid)
        self._show_status(translate("DisclosuresPage", "Attached «%1».").replace("%1", name))
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

    def _show_status(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _show_failure(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

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
        self._word_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
