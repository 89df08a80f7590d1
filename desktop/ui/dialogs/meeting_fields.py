"""Small pieces of the meeting form: counts, lists of names, error placement (dates:
desktop.ui.dialogs.date_fields)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.villages import nfc
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel

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
