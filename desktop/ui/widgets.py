"""Small widgets used by several pages and dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QScreen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import fold

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10
CODE_ROLE = Qt.ItemDataRole.UserRole + 11

ERROR_STYLE = "color: #b3261e;"  # a red that stays readable on white and on grey


class ErrorLabel(QLabel):
    """The message under a field when it breaks a rule; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class FoldCompleter(QCompleter):
    """Completes names by any part of them, ignoring accents and case.

    Typing ``tan phu`` or ``Tân Phú`` both find ``Phường Tân Phú``: the model
    carries each name folded (:func:`desktop.core.text.fold`) under ``FOLD_ROLE``
    and the typed text is folded the same way before matching.
    """

    def __init__(self, model: QStandardItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold(" ".join(path.split()))]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def fill_name_model(model: QStandardItemModel, units: Iterable[tuple[str, str]]) -> None:
    """Replace the rows of ``model`` with ``(code, name)`` pairs, shown by name."""
    model.clear()
    for code, name in units:
        item = QStandardItem(name)
        item.setData(code, CODE_ROLE)
        item.setData(fold(name), FOLD_ROLE)
        item.setEditable(False)
        model.appendRow(item)


def tidy_name(name: str) -> str:
    """Inner runs of spaces collapsed (the official list has a few doubled ones)."""
    return " ".join(name.split())


def add_row(form: QFormLayout, text: str, field: QWidget, *below: QWidget) -> QLabel:
    """A form row whose label focuses ``field``; ``below`` (error labels ...) sit under it.

    Kept in one cell so that a hidden error label takes no room.
    """
    label = QLabel(text)
    label.setBuddy(field)
    if not below:
        form.addRow(label, field)
        return label
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    for widget in below:
        column.addWidget(widget)
    form.addRow(label, cell)
    return label


# A 1366×768 screen less a Windows task bar (40 px) leaves 728 px; a dialog's title
# bar takes about 31 of them. Forms taller than this scroll instead (BUDGETS: 1366×768).
DIALOG_MAX_HEIGHT = 640
DIALOG_MAX_WIDTH = 1300


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the centre of ``widget``'s window, else the primary one.

    Not ``QWidget.screen()``: PySide6 ties the returned screen's wrapper to the widget, and
    when a top-level dialog's wrapper was collected the screen itself was deleted — the next
    dialog made crashed in ``QScreen::virtualSiblings`` (the suite's crash in CI).
    """
    centre = widget.window().geometry().center()
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to at most ``width``×``height``, within the budget and the screen.

    Save and Cancel then never sit under the task bar of a 1366×768 screen.
    """
    width, height = min(width, DIALOG_MAX_WIDTH), min(height, DIALOG_MAX_HEIGHT)
    screen = screen_of(dialog)
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 20), min(height, room.height() - 60)
    dialog.resize(width, height)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> str:
    """``text`` broken at spaces into lines of at most ``width`` px (for headers,
    which Qt does not wrap); only the last line allowed is elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        rest = " ".join([lines.pop(), *words])
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    elide = Qt.TextElideMode.ElideRight
    fits = [
        x if metrics.horizontalAdvance(x) <= width else metrics.elidedText(x, elide, width)
        for x in lines
    ]
    return "\n".join(fits)
