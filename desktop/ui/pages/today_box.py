"""The overview's "what needs doing today": one line a task, each opening its record.

The lines come from ``services.today`` (core verdicts); this box only words them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.today import TodoCode, TodoItem
from desktop.core.warning_words import word_warning
from desktop.ui.i18n import current_lang, translate
from desktop.ui.labels import format_count, format_day

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_COLOUR = QColor("#8a1c1c")
MAX_LIST_HEIGHT = 260


def todo_text(item: TodoItem) -> str:
    """One task in words, in the language of the window."""
    day = format_day(item.on) if item.on is not None else ""
    if item.code is TodoCode.DISCLOSURE_OVERDUE:
        text = translate("TodayBox", "Disclosure overdue since %2: %1")
    elif item.code is TodoCode.POSTING_ENDS:
        text = translate("TodayBox", "Posting ends on %2, record when it is taken down: %1")
    elif item.code is TodoCode.MINUTES_TO_SEND and item.late:
        text = translate("TodayBox", "Minutes not sent, due %2: %1")
    elif item.code is TodoCode.MINUTES_TO_SEND:
        text = translate("TodayBox", "Send the minutes by %2: %1")
    elif item.code in (TodoCode.CIVIC_DUE, TodoCode.CITIZEN_DUE):  # worded by the catalog
        return f"{item.title}: {_detail(item)}"
    elif item.code is TodoCode.DIALOGUE_YEAR_MISSING:  # no record yet: the rule's words
        return _detail(item)
    elif item.code is TodoCode.CONVENTION_ATTENTION:
        return (
            translate("TodayBox", "Convention %1: %2")
            .replace("%1", item.title)
            .replace("%2", _detail(item))
        )
    else:
        text = translate(
            "TodayBox", "%3 bundle(s) sent (the last, no. %1, on %2) await the receipt from above"
        ).replace("%3", format_count(item.count))
    return text.replace("%1", item.title).replace("%2", day)


def _detail(item: TodoItem) -> str:
    """The core warning behind a task, worded in the window's language."""
    return word_warning(item.kind, item.detail, current_lang()) if item.detail else ""


class TodayBox(QGroupBox):
    """Lists the tasks; Enter or a double click opens one.

    Signals:
        open_record(kind, uuid): a record's form is asked for.
        open_sync(): the synchronisation page is asked for.
    """

    open_record = Signal(str, str)
    open_sync = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.list.itemActivated.connect(self._open)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.list.hide()  # until the first answer
        self.empty.setText(translate("TodayBox", "Reading what needs doing…"))
        self._items: list[TodoItem] = []

    def show_items(self, items: list[TodoItem], next_step: str) -> None:
        """The tasks, or ``next_step`` (what to do next) when there is none."""
        self._items = items
        self.setTitle(
            translate("TodayBox", "What needs doing today (%1)").replace(
                "%1", format_count(len(items))
            )
        )
        self.list.clear()
        for item in items:
            row = QListWidgetItem(("⚠ " if item.late else "• ") + todo_text(item))
            row.setData(ITEM_ROLE, item)
            row.setToolTip(
                _detail(item) or translate("TodayBox", "Double-click or press Enter to open")
            )
            if item.late:
                row.setForeground(QBrush(LATE_COLOUR))
            self.list.addItem(row)
        self.list.setVisible(bool(items))
        self._fit_rows()
        self.empty.setText(next_step)
        self.empty.setVisible(not items)

    def _fit_rows(self) -> None:
        """As tall as its lines (up to a limit), no empty box under a short list."""
        metrics = self.list.fontMetrics()
        width = max(self.list.viewport().width() - 8, 100)
        flags = int(Qt.TextFlag.TextWordWrap.value)
        rows = 0
        for i in range(self.list.count()):
            text = self.list.item(i).text()
            rows += metrics.boundingRect(QRect(0, 0, width, 0), flags, text).height() + 2
        self.list.setFixedHeight(min(rows + 2 * self.list.frameWidth() + 6, MAX_LIST_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the list has its new width; never after the box is deleted (a QTimer owned by
        # the box: PySide's singleShot with a context object crashed at random).
        self._fit_timer.start()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open(self, row: QListWidgetItem) -> None:
        item = row.data(ITEM_ROLE)
        if not isinstance(item, TodoItem):
            return
        if item.kind == "sync":
            self.open_sync.emit()
        elif item.uuid is not None:  # a missing yearly dialogue has no record to open
            self.open_record.emit(item.kind, item.uuid)
