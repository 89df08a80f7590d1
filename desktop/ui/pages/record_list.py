"""One list page for every record kind: the lazy table, its filter, what to do when empty.

A kind's page derives from :class:`RecordListPage` and keeps only what is its own: its
filters, its extra actions, its dialogs (rich kinds such as meetings keep their forms).
Everything else is here, once: the heading, Add and Open, the search box that filters
after a short pause (Ctrl+F), the table fetched a page at a time over the lazy model
(Enter or a double click opens a row, F2 too), the empty state saying what to do, the
count of records shown, the status line, and after a save the list refreshed with the
record selected — shown even when a filter hid it.

The model is Frappe Books' one ``ListView`` for every kind (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.field_labels import field_label
from desktop.core.kinds import KindSpec, Record
from desktop.services.container import Services
from desktop.ui.i18n import I18n, is_language_change, translate
from desktop.ui.lazy_model import Column, LazyTableModel, current_id, current_item, select_id
from desktop.ui.pages.common import heading, list_or_empty, record_table
from desktop.ui.record_view import RecordDialog
from desktop.ui.widgets import ERROR_STYLE

T = TypeVar("T")
FILTER_DELAY_MS = 250
CHAR_WIDTH = 8  # pixels per average character at the window's font, for spec widths


class RecordListPage(QWidget, Generic[T]):
    """The list of one kind; ``changed`` after each stored change.

    A subclass builds its own widgets, then calls :meth:`install` with its model, and
    overrides :meth:`empty_text`, :meth:`query_filtered`, :meth:`clear_filters`,
    :meth:`add` and :meth:`open_current` (and :meth:`retranslate`, calling this one).

    Args:
        search: a search box the subclass debounces itself (default: one made here).
    """

    changed = Signal()

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        parent: QWidget | None = None,
        *,
        search: QLineEdit | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.heading = heading()
        self.add_button = QPushButton()
        self.open_button = QPushButton()
        self.count = QLabel()
        self.count.setObjectName("count")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._own_search = search is None
        self.search = search if search is not None else QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.open_action)
        self.model: LazyTableModel[T]
        self.view: QTableView
        self.empty: QLabel
        self.stack: QStackedWidget

    # --- building -----------------------------------------------------------------------
    def install(
        self, model: LazyTableModel[T], widths: Sequence[int], sort_key: str, *, descending: bool
    ) -> None:
        """The table over ``model``, sorted by ``sort_key``, and the empty state."""
        self.model = model
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view = record_table(model, widths, max(model.column_of(sort_key), 0), order)
        self.empty, self.stack = list_or_empty(self.view)

    def button_row(self, *extra: QWidget, trailing: Sequence[QWidget] = ()) -> QHBoxLayout:
        """Add, Open, the page's own buttons, the status line, then ``trailing`` and the
        count."""
        row = QHBoxLayout()
        for button in (self.add_button, self.open_button, *extra):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        for widget in trailing:
            row.addWidget(widget)
        row.addWidget(self.count)
        return row

    def list_layout(self, *rows: QBoxLayout | QWidget) -> QVBoxLayout:
        """``rows`` (buttons, filters) above the table."""
        layout = QVBoxLayout()
        for row in rows:
            if isinstance(row, QWidget):
                layout.addWidget(row)
            else:
                layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        return layout

    def start(self) -> None:
        """Connect the common signals and run the first query (sorting on)."""
        if self._own_search:
            self._filter_timer.timeout.connect(self.reload)
            self.search.textChanged.connect(self._filter_timer.start)
            self.search.returnPressed.connect(self.filter_now)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_current)
        self.open_action.triggered.connect(self.open_current)
        self.view.activated.connect(self._activated)  # Enter, or a double click
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.view.setSortingEnabled(True)  # runs the first query
        self._after_reset()

    # --- what a kind's page says --------------------------------------------------------
    def empty_text(self) -> str:
        """Why the list is empty and what to do (no records, or a filter hides them)."""
        return ""

    def query_filtered(self) -> bool:
        """True when a filter of the page is in force."""
        return bool(self.search.text().strip())

    def clear_filters(self) -> None:
        """Every filter off, without a change signal."""
        reset_quietly(self.search)

    def add(self) -> Any:
        """Ctrl+N: a new record."""
        return None

    def open_current(self) -> Any:
        """Enter, F2 or Open: the selected record."""
        return None

    def show_list(self) -> None:
        """Bring the list in front (a page with tabs shows its list tab)."""

    def before_reload(self) -> None:
        """The list is about to be queried (a pending filter pause is cancelled)."""

    def after_reload(self) -> None:
        """The list was queried again."""

    def update_buttons(self, selected: bool) -> None:
        """The page's own buttons follow the selection."""

    # --- the list -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Records this page shows changed (the change signal, ui/change_bridge.py): read again."""
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Query the list again; the selection stays on ``keep`` or the current row."""
        self._filter_timer.stop()
        self.before_reload()
        uuid = keep or self.current_id()
        self.model.refresh()
        if uuid is not None:
            self.select(uuid)
        self.after_reload()

    def filter_now(self) -> None:
        self.reload()

    def focus_filter(self) -> None:
        """Ctrl+F: the search box, its text selected."""
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select(self, uuid: str) -> bool:
        return select_id(self.view, self.model, uuid)

    def current_id(self) -> str | None:
        return current_id(self.view, self.model)

    def current_record(self) -> T | None:
        return current_item(self.view, self.model)

    def shown(self, uuid: str) -> None:
        """After a stored change: the list refreshed with ``uuid`` selected, even when a
        filter hid it; then ``changed``."""
        self.reload(keep=uuid)
        if self.model.row_of(uuid) < 0:  # hidden by a filter: show it anyway
            self.clear_filters()
            self.reload(keep=uuid)
        self.changed.emit()

    def _after_reset(self) -> None:
        rows = self.model.rowCount()
        self.stack.setCurrentWidget(self.empty if rows == 0 else self.view)
        self.count.setText(translate("RecordListPage", "%1 shown").replace("%1", str(rows)))
        self.word_empty_state()
        self._update_buttons()

    def word_empty_state(self) -> None:
        self.empty.setText(self.empty_text())

    def _update_buttons(self, *_args: object) -> None:
        selected = self.current_id() is not None
        self.open_button.setEnabled(selected)
        self.update_buttons(selected)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_current()

    # --- a record another installation owns ----------------------------------------------
    def foreign_owner(self, origin_code: str) -> str:
        """The unit that owns a record ("" when it is ours: we may edit it)."""
        return "" if origin_code in ("", self._services.ctx.origin_code()) else origin_code

    def read_only_dialog(self, kind: str, record: Record, owner: str) -> RecordDialog:
        """The one read-only viewer for a record a village's laptop owns (BUNDLE.md:
        the commune mirrors it and never edits it)."""
        names = {c.code: c.name for c in self._services.sync_import.children()}
        return RecordDialog(
            self._services.kinds.spec(kind),
            record,
            self._i18n.lang,
            owner=f"{names[owner]} ({owner})" if owner in names else owner,
            parent=self,
        )

    def show_read_only(self, kind: str, record: Record, owner: str) -> None:
        self.read_only_dialog(kind, record, owner).exec()

    # --- the status line ----------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def show_failure(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The page's words again (a subclass words its own, then calls this)."""
        if hasattr(self, "model"):
            self.model.retranslate()
            self._after_reset()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


def reset_quietly(*widgets: QComboBox | QCheckBox | QLineEdit, checked: bool = False) -> None:
    """Filters back to "all" without a change signal: a box to its first choice, a check box
    to ``checked``, a search box emptied."""
    for widget in widgets:
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(checked)
        else:
            widget.clear()
        widget.blockSignals(False)


def fill_choices(combo: QComboBox, all_text: str, choices: Sequence[tuple[str, Any]]) -> None:
    """Replace the choices of a filter box, led by "all", without a change signal; keep
    what was chosen."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, data in choices:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def spec_columns(
    spec: KindSpec,
    lang: Callable[[], str],
    texts: Mapping[str, Callable[[T], str]],
    sort_keys: Mapping[str, str | None] | None = None,
) -> tuple[tuple[Column[T], ...], tuple[int, ...]]:
    """The list's columns as the kind declares them, and their widths in pixels.

    The titles are the declared label codes worded in the UI language (``lang()`` when
    the header is drawn); ``texts`` gives each column's text of a row, ``sort_keys`` the
    order key of the sortable ones (default: the column's key).
    """
    keys: Mapping[str, str | None] = (
        sort_keys if sort_keys is not None else {c.key: c.key for c in spec.columns}
    )
    columns = tuple(
        Column(
            "",
            c.label_code,
            texts[c.key],
            keys.get(c.key),
            header=partial(_header, c.label_code, lang),
        )
        for c in spec.columns
    )
    widths = tuple(c.width * CHAR_WIDTH for c in spec.columns)
    return columns, widths


def _header(code: str, lang: Callable[[], str]) -> str:
    return field_label(code, lang())
