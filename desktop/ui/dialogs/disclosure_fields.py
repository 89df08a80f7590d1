"""Pieces of the disclosure form: the forms of Art. 12(1), loudspeaker days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.ui.dialogs.date_fields import date_edit, from_qdate
from desktop.ui.disclosure_labels import ERROR_BACKGROUND, colour
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day
from desktop.ui.widgets import ErrorLabel

CTX = "DisclosureDialog"
_DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class FormsBox(QWidget):
    """A box per form of disclosure (Art. 12(1)); several may be ticked."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[DisclosureForm, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for i, form in enumerate(DisclosureForm):  # one column: the names are long
            box = QCheckBox(form.label(lang))
            box.toggled.connect(self.changed)
            self.boxes[form] = box
            grid.addWidget(box, i, 0)

    def forms(self) -> tuple[DisclosureForm, ...]:
        return tuple(f for f, box in self.boxes.items() if box.isChecked())

    def set_forms(self, forms: Iterable[DisclosureForm]) -> None:
        chosen = set(forms)
        for form, box in self.boxes.items():
            box.setChecked(form in chosen)

    def tick(self, form: DisclosureForm) -> None:
        """Tick a form the officer used by entering its details (never untick)."""
        self.boxes[form].setChecked(True)


class BroadcastDays(QWidget):
    """The days the item was read on the loudspeaker (Art. 13(3)–(4)), added and removed."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.day = date_edit(today)
        self.add_button = QPushButton()
        self.add_run_button = QPushButton()
        self.remove_button = QPushButton()
        for button in (self.add_button, self.add_run_button, self.remove_button):
            button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setObjectName("broadcast_days")
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 2 + 22)
        self.error = ErrorLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.add_button, self.add_run_button, self.remove_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        remove = QAction(self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.list.addAction(remove)
        self.add_button.clicked.connect(lambda: self.add_days([from_qdate(self.day.date())]))
        self.add_run_button.clicked.connect(self._add_run)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setText(translate("DisclosureDialog", "&Add day"))
        self.add_run_button.setText(translate("DisclosureDialog", "Add 3 days in a ro&w"))
        self.add_run_button.setToolTip(
            translate("DisclosureDialog", "The chosen day and the two days after it")
        )
        self.remove_button.setText(translate("DisclosureDialog", "Remo&ve"))
        self.remove_button.setToolTip(
            translate("DisclosureDialog", "Remove the selected days (Delete)")
        )

    def _add_run(self) -> None:
        first = from_qdate(self.day.date())
        self.add_days([first + timedelta(days=i) for i in range(3)])

    def add_days(self, days: Iterable[date]) -> None:
        current = set(self.days())
        self._set(sorted(current | set(days)))
        self.changed.emit()

    def remove_selected(self) -> None:
        gone = {item.data(_DAY_ROLE) for item in self.list.selectedItems()}
        if gone:
            self._set([d for d in self.days() if d.isoformat() not in gone])
            self.changed.emit()

    def days(self) -> tuple[date, ...]:
        return tuple(
            date.fromisoformat(self.list.item(i).data(_DAY_ROLE)) for i in range(self.list.count())
        )

    def set_days(self, days: Iterable[date]) -> None:
        """The stored days, in their stored order (error paths point into that order)."""
        self._set(list(days))

    def _set(self, days: list[date]) -> None:
        self.list.clear()
        for day in days:
            item = QListWidgetItem(format_day(day))
            item.setData(_DAY_ROLE, day.isoformat())
            self.list.addItem(item)

    def mark(self, index: int, message: str) -> bool:
        """Highlight ``broadcast_days[index]`` and show why; False when there is no such day."""
        if not 0 <= index < self.list.count():
            return False
        item = self.list.item(index)
        item.setBackground(colour(ERROR_BACKGROUND))
        item.setToolTip(message)
        shown = self.error.text() if not self.error.isHidden() else ""
        self.error.show_message(f"{shown}\n{message}" if shown else message)
        return True

    def clear_marks(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setToolTip("")
        self.error.clear_message()
