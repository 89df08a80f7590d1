"""Small pieces of the meeting form: counts and lists of names (dates: date_fields.py;
error placement: field_errors.py, re-exported here for the meeting dialog)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.core.villages import nfc
from desktop.ui.dialogs.field_errors import FieldErrors as FieldErrors
from desktop.ui.dialogs.field_errors import Target as Target
from desktop.ui.i18n import translate

COUNT_MAX = 1_000_000
_NAME_SEPARATORS = re.compile(r"[,;\n]")


def count_box() -> QSpinBox:
    """A whole number of households or votes (typing replaces the value on Tab)."""
    box = QSpinBox()
    box.setRange(0, COUNT_MAX)
    box.setGroupSeparatorShown(True)
    box.setAccelerated(True)
    box.setMinimumWidth(90)
    box.setMaximumWidth(160)  # a number needs no half of the form
    return box


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
