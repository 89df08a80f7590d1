"""Refusals shown on a form: each message under its field, the rest at the top."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.ui.widgets import ErrorLabel


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
        word: how an error is worded (:func:`format_field_error` unless told).
    """

    def __init__(
        self,
        resolve: Callable[[str], Target | None],
        general: ErrorLabel,
        lang: Callable[[], str],
        focus: Callable[[QWidget], None],
        word: Callable[[FieldError, str], str] = format_field_error,
    ) -> None:
        self._resolve = resolve
        self._word = word
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
            text = self._word(err, self._lang())
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
