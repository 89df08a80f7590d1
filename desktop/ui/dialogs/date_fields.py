"""Date fields of the forms: shown the Vietnamese way (``05/11/2026``) with a calendar,
Tab leaving the field, and dates that may be missing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from desktop.ui.i18n import translate
from desktop.ui.labels import DATE_FORMAT


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DateEdit(QDateEdit):
    """Tab leaves the field (Qt's own moves through day, month, year first).

    Typed digits move on to the next part by themselves, and the arrow keys
    still move between the parts, so Tab is free for going to the next field.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_edit(day: date) -> QDateEdit:
    """A date field shown the Vietnamese way, with a calendar to pick from."""
    edit = DateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day))
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be missing: a box to tick, then the date.

    Args:
        default: the date offered when the box is ticked (e.g. the meeting day);
            asked only then.
    """

    changed = Signal()

    def __init__(self, default: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox()
        self.edit = date_edit(date(2000, 1, 1))  # the default is asked when ticked
        self.edit.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self._word()
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self.changed)

    def _word(self) -> None:
        self.check.setText("" if self.check.isChecked() else translate("OptionalDate", "none"))
        self.check.setToolTip(translate("OptionalDate", "Tick to enter the date"))

    def _toggled(self, on: bool) -> None:
        if on:
            self.edit.setDate(to_qdate(self._default()))
        self.edit.setVisible(on)
        self._word()
        if on and self.check.hasFocus():
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (None: no date), then ``changed`` once."""
        if day is not None:
            self.edit.setDate(to_qdate(day))
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.check.blockSignals(False)
        self.edit.setVisible(day is not None)
        self._word()
        self.changed.emit()

    def tab_widgets(self) -> list[QWidget]:
        return [self.check, self.edit]
