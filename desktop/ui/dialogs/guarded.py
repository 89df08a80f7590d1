"""What every editing dialog shares: no typed text lost to Esc, no error left once fixed.

``GuardedDialog`` remembers what its fields held when it was first shown; Hủy,
Esc or the window's close button then ask before throwing typed text away.
``clear_when_edited`` takes a field's red message away as soon as the field changes,
so a message never stays next to a value that no longer breaks the rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from desktop.core.errors import DomainError, FieldError, ValidationError
from desktop.core.messages import format_error, format_field_error
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel

FormState = list[tuple[str, object]]
T = TypeVar("T")


def refusal_text(exc: DomainError, lang: str) -> str:
    """A refusal as a form shows it in one place: each field's error on its own line."""
    if isinstance(exc, ValidationError):
        return "\n".join(format_field_error(e, lang) for e in exc.errors)
    return format_error(exc, lang)


def attempt(
    action: Callable[[], T],
    lang: str,
    general: ErrorLabel,
    show_errors: Callable[[Sequence[FieldError]], object] | None = None,
) -> T | None:
    """Run one save: its result, or None after showing the refusal — field errors through
    ``show_errors`` (under their fields) when given, everything else in ``general``."""
    try:
        return action()
    except ValidationError as exc:
        if show_errors is None:
            general.show_message(refusal_text(exc, lang))
        else:
            show_errors(exc.errors)
    except DomainError as exc:
        general.show_message(format_error(exc, lang))
    return None


def _inner_editor(widget: QWidget) -> bool:
    """The line edit a spin box, date edit or combo box is built from."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _value(widget: QWidget) -> object | None:
    if isinstance(widget, QLineEdit):
        return None if _inner_editor(widget) else widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    if isinstance(widget, QTableWidget):
        return tuple(
            (item.text() if (item := widget.item(r, c)) is not None else "")
            for r in range(widget.rowCount())
            for c in range(widget.columnCount())
        )
    return None


def form_state(root: QWidget) -> FormState:
    """What the fields under ``root`` hold, in a form that compares with ``==``."""
    state: FormState = []
    for widget in root.findChildren(QWidget):
        value = _value(widget)
        if value is not None:
            state.append((type(widget).__name__, value))
    return state


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a field sends when the person changes what it holds."""
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def clear_when_edited(fields: Mapping[str, QWidget], errors: Mapping[str, ErrorLabel]) -> None:
    """Each field's error message goes away as soon as the field is changed."""
    for name, widget in fields.items():
        label = errors.get(name)
        signal = edited_signal(widget)
        if label is None or signal is None:
            continue
        signal.connect(label.clear_message)


def ask_discard(parent: QWidget) -> bool:
    """Asks whether typed changes may be thrown away (the safe answer is the default)."""
    box, discard = discard_box(parent)
    box.exec()
    return box.clickedButton() is discard


def discard_box(parent: QWidget | None) -> tuple[QMessageBox, QAbstractButton]:
    """The question (not shown yet) and its "close without saving" button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("GuardedDialog", "Discard changes?"))
    box.setText(
        translate(
            "GuardedDialog",
            "You have typed changes that are not saved. Close the form and lose them?",
        )
    )
    discard = box.addButton(
        translate("GuardedDialog", "Close without saving"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("GuardedDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard


class GuardedDialog(QDialog):
    """An editing dialog that asks before Hủy / Esc / close throws typed text away.

    ``confirm_discard`` is what is asked (replaced in tests); it gets this dialog.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: FormState | None = None
        self.confirm_discard: Callable[[QWidget], bool] = ask_discard

    def showEvent(self, event: QShowEvent) -> None:
        if self._initial is None:
            self._initial = form_state(self)
        super().showEvent(event)

    def has_unsaved_changes(self) -> bool:
        """Whether any field differs from what it held when the dialog opened."""
        return self._initial is not None and form_state(self) != self._initial

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard(self):
            return
        super().reject()
