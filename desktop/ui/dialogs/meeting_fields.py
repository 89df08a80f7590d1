"""Small pieces of the meeting form: optional dates, lists of names, error placement."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.villages import nfc
from desktop.ui.dialogs.village_dialog import from_qdate, to_qdate
from desktop.ui.i18n import translate
from desktop.ui.labels import DATE_FORMAT
from desktop.ui.widgets import ErrorLabel

COUNT_MAX = 1_000_000
_NAME_SEPARATORS = re.compile(r"[,;\n]")


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


def count_box() -> QSpinBox:
    """A whole number of households or votes (typing replaces the value on Tab)."""
    box = QSpinBox()
    box.setRange(0, COUNT_MAX)
    box.setGroupSeparatorShown(True)
    box.setAccelerated(True)
    box.setMinimumWidth(90)
    box.setMaximumWidth(160)  # a number needs no half of the form
    return box


class OptionalDateEdit(QWidget):
    """A date that may be missing: a box to tick, then the date.

    Args:
        default: the date offered when the box is ticked (e.g. the meeting day).
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
        self.check.setText("" if self.check.isChecked() else translate("MeetingDialog", "none"))
        self.check.setToolTip(translate("MeetingDialog", "Tick to enter the date"))

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
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def tab_widgets(self) -> list[QWidget]:
        return [self.check, self.edit]


class NamesEdit(QPlainTextEdit):
    """Names of people, one a line or separated by commas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            translate("MeetingDialog", "One name a line, or names separated by commas")
        )
        lines = 2.6
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * lines) + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def names(self) -> tuple[str, ...]:
        parts = (nfc(p) for p in _NAME_SEPARATORS.split(self.toPlainText()))
        return tuple(p for p in parts if p)

    def set_names(self, names: Iterable[str]) -> None:
        self.setPlainText("\n".join(names))


def optional_text(text: str) -> str | None:
    """A free-text field as the record keeps it: NFC, trimmed, None when blank."""
    return nfc(text) or None


@dataclass(frozen=True)
class Target:
    """Where the errors of a field are shown, and what gets the focus."""

    label: ErrorLabel
    widget: QWidget
    reveal: Callable[[], None] | None = None  # e.g. open a folded section first


class FieldErrors:
    """Places each :class:`FieldError` under its field, the rest in ``general``.

    Args:
        resolve: the target of a field path (``items[1].votes_for``), None if unknown.
        general: where errors of unknown fields go (the top of the form).
        lang: the language messages are worded in.
        focus: called with the first field in error (to scroll to it and focus it).
    """

    def __init__(
        self,
        resolve: Callable[[str], Target | None],
        general: ErrorLabel,
        lang: Callable[[], str],
        focus: Callable[[QWidget], None],
    ) -> None:
        self._resolve = resolve
        self._general = general
        self._lang = lang
        self._focus = focus
        self._shown: list[ErrorLabel] = []
        self._texts: dict[str, str] = {}

    def clear(self) -> None:
        for label in self._shown:
            label.clear_message()
        self._general.clear_message()
        self._shown = []
        self._texts = {}

    def show(self, errors: Iterable[FieldError], *, move_focus: bool = True) -> None:
        self.clear()
        grouped: dict[int, tuple[ErrorLabel, list[str]]] = {}
        general: list[str] = []
        first: Target | None = None
        for err in errors:
            text = format_field_error(err, self._lang())
            self._texts[err.field] = text
            target = self._resolve(err.field)
            if target is None:
                general.append(text)
                continue
            first = first or target
            grouped.setdefault(id(target.label), (target.label, []))[1].append(text)
        for label, texts in grouped.values():
            label.show_message("\n".join(texts))
            self._shown.append(label)
        if general:
            self._general.show_message("\n".join(general))
        if first is not None and move_focus:
            if first.reveal is not None:
                first.reveal()
            self._focus(first.widget)

    def text(self, field: str) -> str:
        """The message shown for ``field`` ('' when none)."""
        return self._texts.get(field, "")

    def general_text(self) -> str:
        return "" if self._general.isHidden() else self._general.text()
