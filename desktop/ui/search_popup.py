"""The search box over every record (Ctrl+K, Ctrl+F): results as you type.

A panel laid over the top of the main window. Typing starts a search after a
short pause, off the GUI thread (``Worker``); a result that arrives after the
text changed again is dropped. The words found are shown in bold, with the
record's kind; Enter or a double click emits ``open_record(kind, uuid)`` and
closes the panel, Esc closes it, the arrows move through the results.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.search import SearchHit
from desktop.ui.i18n import is_language_change, translate
from desktop.ui.pages.conventions import ConventionsPage
from desktop.ui.pages.disclosures import LIST_TAB, DisclosuresPage
from desktop.ui.pages.kind_list import KindListPage
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.pages.villages import VillagesPage
from desktop.ui.search_results import HIT_ROLE, HTML_ROLE, HitDelegate
from desktop.ui.workers import Worker

DEBOUNCE_MS = 150
RESULTS = 30
WIDTH = 640
MAX_LIST_HEIGHT = 440


class SearchPopup(QFrame):
    """One search box for everything; lives hidden over the main window until asked for."""

    open_record = Signal(str, str)  # kind, uuid

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._host = parent
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.hide()

        self.input = QLineEdit()
        self.input.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows work from the box
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.input)
        layout.addWidget(self.results)
        layout.addWidget(self.empty)
        self.results.hide()

        self.worker = Worker(parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self._asked = ""  # the text of the search running, if any
        self.shown_for: str | None = None  # the text the results shown belong to

        self.input.textChanged.connect(self._typed)
        self.input.installEventFilter(self)
        parent.installEventFilter(self)  # follow the window's size
        self._return_to: QWidget | None = None
        self.results.itemActivated.connect(self._activated)
        self.retranslate()

    # --- showing ----------------------------------------------------------------------
    def popup(self) -> None:
        """Show the box over the window with the last text selected, ready to type."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_to = focus
        self._place()
        self.show()
        self.raise_()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()

    def _place(self) -> None:
        host = self._host
        width = min(WIDTH, host.width() - 40)
        self._layout.activate()
        height = min(self.sizeHint().height(), host.height() - 80)
        self.setGeometry((host.width() - width) // 2, 40, width, height)

    def _focus_out(self, event: QFocusEvent) -> None:
        # Clicking elsewhere in the window closes the box, as a menu would; the line
        # edit's own context menu or another window coming forward do not.
        keep = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in keep:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self._place()
        elif watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        elif watched is self.input and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            self._focus_out(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.hide()
            if self._return_to is not None:
                self._return_to.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self.worker.busy:
                self._search_now()  # Enter right after typing: the results of that text
            item = self.results.currentItem()
            if item is not None:
                self._activated(item)
            return True
        moves = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        if key in moves and self.results.count():
            row = self.results.currentRow() + moves[Qt.Key(key)]
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
            self.results.scrollToItem(self.results.currentItem())
            return True
        return False

    # --- searching --------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search(self) -> None:
        typed = self.input.text()
        if self.worker.busy:
            return  # _found starts the newest text when the running search ends
        self._asked = typed
        search = self._services.search  # the pool thread reads no attribute of this widget
        self.worker.run(
            lambda: search.search(typed, RESULTS),
            lambda hits: self._found(typed, hits),
            self._failed,
        )

    def _search_now(self) -> None:
        """Synchronously, for Enter pressed before the results of the text arrived."""
        self._timer.stop()
        self.worker.wait()
        typed = self.input.text()
        if self.shown_for != typed:
            self._show(typed, self._services.search.search(typed, RESULTS))

    def _found(self, typed: str, hits: object) -> None:
        assert isinstance(hits, list)
        if typed == self.input.text():
            self._show(typed, hits)
        elif not self._timer.isActive():
            self._search()  # the text changed while this search ran

    def _failed(self, exc: BaseException) -> None:
        self.results.clear()
        self.empty.setText(
            translate("SearchPopup", "The search failed: %1").replace("%1", str(exc))
        )
        self.empty.show()
        self._fit()

    def _show(self, typed: str, hits: list[SearchHit]) -> None:
        self.shown_for = typed
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setData(HIT_ROLE, (hit.kind, hit.uuid))
            item.setData(HTML_ROLE, hit)
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._word_empty(typed, bool(hits))
        self._fit()

    def _fit(self) -> None:
        """The list as tall as its results (up to a limit); no empty white box."""
        rows = self.results.count()
        self.results.setVisible(rows > 0)
        if rows:
            height = sum(self.results.sizeHintForRow(i) for i in range(min(rows, 12)))
            frame = 2 * self.results.frameWidth()
            self.results.setFixedHeight(min(height + frame, MAX_LIST_HEIGHT))
        if self.isVisible():
            self._place()

    def _word_empty(self, typed: str, found: bool) -> None:
        if found:
            self.empty.hide()
            return
        if typed.strip():
            self.empty.setText(
                translate("SearchPopup", "Nothing found for «%1».").replace("%1", typed.strip())
            )
        else:
            self.empty.setText(self._hint())
        self.empty.show()

    def _hint(self) -> str:
        return translate(
            "SearchPopup",
            "Type a few words of a title, a name or a text; accents are optional. "
            "↑ ↓ choose, Enter opens, Esc closes.",
        )

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(HIT_ROLE)
        if not data:
            return
        kind, uuid = data
        self.hide()
        self.open_record.emit(kind, uuid)

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.input.setPlaceholderText(
            translate(
                "SearchPopup", "Search every record: meetings, conventions, disclosures, villages"
            )
        )
        if self.shown_for is None or not self.input.text().strip():
            self._word_empty(self.input.text(), False)
        elif self.shown_for is not None:
            self._show(self.shown_for, self._services.search.search(self.shown_for, RESULTS))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


RecordPage = MeetingsPage | ConventionsPage | DisclosuresPage | VillagesPage | KindListPage


def reveal(page: RecordPage, uuid: str) -> bool:
    """Select ``uuid`` in its page's list, clearing the filters that hide it; focus the list.

    Enter on the list then opens the record, as everywhere else.
    """
    if isinstance(page, ConventionsPage | DisclosuresPage):
        page.tabs.setCurrentIndex(LIST_TAB)
    if not page.select(uuid):
        _clear_filters(page)
        page.reload(keep=uuid)
    page.view.setFocus(Qt.FocusReason.OtherFocusReason)
    return page.select(uuid)


def _clear_filters(page: RecordPage) -> None:
    if isinstance(page, MeetingsPage):
        page.clear_filters()
    elif isinstance(page, DisclosuresPage):
        page.filters.clear()
    elif isinstance(page, VillagesPage):
        page.filter.clear()
        page.show_retired.setChecked(True)
    elif isinstance(page, KindListPage):  # its one filter, the search box
        page.clear_filters()
    else:  # conventions: every filter back to "all", old versions shown
        for combo in (page.village_filter, page.status_filter, page.type_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        page.search.blockSignals(True)
        page.search.clear()
        page.search.blockSignals(False)
        page.show_old.blockSignals(True)
        page.show_old.setChecked(True)
        page.show_old.blockSignals(False)
