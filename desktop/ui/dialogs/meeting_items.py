"""The matters put to the vote: one editor each, showing its outcome as counts are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.meetings import ItemResult, Matter, MeetingItem, Method, Outcome
from desktop.core.villages import nfc
from desktop.core.warning_words import word_rule
from desktop.ui.dialogs.field_errors import Target
from desktop.ui.dialogs.meeting_fields import count_box
from desktop.ui.i18n import current_lang, translate
from desktop.ui.labels import item_outcome_label, matter_label, method_label
from desktop.ui.widgets import ErrorLabel

PASSED_STYLE = "color: #1b6e20; font-weight: bold;"
FAILED_STYLE = "color: #b3261e; font-weight: bold;"
_COUNTS = ("votes_for", "votes_against", "votes_other")


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ItemEditor(QFrame):
    """One matter: its title, kind, method, the counts, and the computed outcome."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, item: MeetingItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel()
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            translate("MeetingDialog", "What was put to the vote, e.g. road concreting levy")
        )
        self.remove = QToolButton()
        self.remove.setText(translate("MeetingDialog", "Remove"))
        self.remove.setToolTip(translate("MeetingDialog", "Remove this matter"))
        self.votes_for = count_box()
        self.votes_against = count_box()
        self.votes_other = count_box()
        self.matter = QComboBox()
        # No matter is assumed: its threshold (2/3 or more than half) decides the outcome.
        self.matter.addItem(translate("MeetingDialog", "— choose the matter —"), None)
        for matter in Matter:
            self.matter.addItem(matter_label(matter), matter.value)
        self.method = QComboBox()
        for method in Method:
            self.method.addItem(method_label(method), method.value)
        self.outcome = QLabel()
        self.outcome.setMinimumWidth(110)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.error = ErrorLabel()

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.title, 1)
        top.addWidget(self.remove)
        counts = QHBoxLayout()
        counts.addWidget(_label(translate("MeetingDialog", "&For:"), self.votes_for))
        counts.addWidget(self.votes_for)
        counts.addSpacing(12)
        counts.addWidget(_label(translate("MeetingDialog", "Against:"), self.votes_against))
        counts.addWidget(self.votes_against)
        counts.addSpacing(12)
        counts.addWidget(_label(translate("MeetingDialog", "Other:"), self.votes_other))
        counts.addWidget(self.votes_other)
        counts.addStretch(1)
        counts.addWidget(self.outcome)
        kind = QHBoxLayout()
        kind.addWidget(_label(translate("MeetingDialog", "Matter:"), self.matter))
        kind.addWidget(self.matter, 3)
        kind.addSpacing(12)
        kind.addWidget(_label(translate("MeetingDialog", "Method:"), self.method))
        kind.addWidget(self.method, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        for row in (top, counts, kind):
            layout.addLayout(row)
        for widget in (self.rule, self.effect, self.error):
            layout.addWidget(widget)

        if item is not None:
            self.set_item(item)
        self.title.textChanged.connect(self.changed)
        for box in (self.votes_for, self.votes_against, self.votes_other):
            box.valueChanged.connect(self.changed)
        self.matter.currentIndexChanged.connect(self.changed)
        self.method.currentIndexChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_item(self, item: MeetingItem) -> None:
        self.title.setText(item.title)
        self.matter.setCurrentIndex(self.matter.findData(item.matter.value))
        self.method.setCurrentIndex(self.method.findData(item.method.value))
        self.votes_for.setValue(item.votes_for)
        self.votes_against.setValue(item.votes_against)
        self.votes_other.setValue(item.votes_other)

    def chosen_matter(self) -> Matter | None:
        """The matter picked, None while the officer has not chosen one."""
        data = self.matter.currentData()
        return Matter(data) if data is not None else None

    def item(self) -> MeetingItem:
        """The matter as typed; one not chosen yet stands as "other" until Save refuses it."""
        return MeetingItem(
            title=nfc(self.title.text()),
            matter=self.chosen_matter() or Matter.OTHER,
            method=Method(self.method.currentData()),
            votes_for=self.votes_for.value(),
            votes_against=self.votes_against.value(),
            votes_other=self.votes_other.value(),
        )

    def set_number(self, number: int) -> None:
        self.number.setText(f"{number}.")
        self.title.setAccessibleName(
            translate("MeetingDialog", "Matter %1").replace("%1", str(number))
        )

    def show_pending(self, why: str) -> None:
        """No outcome (greyed) and why not: no ✔ while the counts cannot be saved."""
        self.outcome.setText("—")
        self.outcome.setStyleSheet("")
        self.outcome.setEnabled(False)
        self.rule.setText(why)
        self.effect.hide()

    def show_result(self, result: ItemResult | None, effect: str) -> None:
        """The outcome and its rule in words; ``None`` while the total is unknown."""
        if result is None:
            self.show_pending(
                translate("MeetingDialog", "Enter the total households to see the outcome.")
            )
            return
        passed = result.outcome is Outcome.PASSED
        self.outcome.setEnabled(True)
        self.outcome.setText(("✔ " if passed else "✘ ") + item_outcome_label(result.outcome))
        self.outcome.setStyleSheet(PASSED_STYLE if passed else FAILED_STYLE)
        self.rule.setText(word_rule(result.rule_code, result.rule_params, current_lang()))
        self.effect.setText(effect)
        self.effect.setVisible(bool(effect))

    def field_widget(self, name: str) -> QWidget:
        """The widget of an item field (``votes_for`` …), the title when unknown."""
        widgets: dict[str, QWidget] = {
            "title": self.title,
            "matter": self.matter,
            "method": self.method,
            **{n: getattr(self, n) for n in _COUNTS},
        }
        return widgets.get(name, self.title)

    def tab_widgets(self) -> list[QWidget]:
        # The matter right after its title: it sets the threshold the votes are held to.
        return [
            self.title,
            self.matter,
            self.votes_for,
            self.votes_against,
            self.votes_other,
            self.method,
            self.remove,
        ]

    def counts(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.votes_for, self.votes_against, self.votes_other


class ItemsBox(QGroupBox):
    """The list of matters; at least one stays (a meeting decides something)."""

    changed = Signal()
    layout_changed = Signal()  # an editor was added or removed: the tab order changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("MeetingDialog", "Matters voted on"), parent)
        self.editors: list[ItemEditor] = []
        self.error = ErrorLabel()
        self.add_button = QPushButton(translate("MeetingDialog", "Add a &matter"))
        self.add_button.setAutoDefault(False)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addLayout(self._list)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self._add_clicked)

    def set_items(self, items: tuple[MeetingItem, ...]) -> None:
        for editor in list(self.editors):
            self._drop(editor)
        for item in items or (None,):
            self._append(item)
        self._renumber()

    def items(self) -> tuple[MeetingItem, ...]:
        return tuple(editor.item() for editor in self.editors)

    def uses(self, method: Method) -> bool:
        return any(editor.item().method is method for editor in self.editors)

    def add_item(self) -> ItemEditor:
        editor = self._append(None)
        self._renumber()
        self.changed.emit()
        return editor

    def _add_clicked(self) -> None:
        self.add_item().title.setFocus()

    def remove_item(self, editor: QWidget) -> None:
        if len(self.editors) <= 1 or not isinstance(editor, ItemEditor):
            return
        index = self.editors.index(editor)
        self._drop(editor)
        self._renumber()
        self.changed.emit()
        self.editors[min(index, len(self.editors) - 1)].title.setFocus()

    def _append(self, item: MeetingItem | None) -> ItemEditor:
        editor = ItemEditor(item)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self.remove_item)
        self._list.addWidget(editor)
        editor.show()  # at once, not when the event loop next runs
        self.editors.append(editor)
        return editor

    def _drop(self, editor: ItemEditor) -> None:
        self.editors.remove(editor)
        self._list.removeWidget(editor)
        editor.hide()
        editor.deleteLater()

    def _renumber(self) -> None:
        for number, editor in enumerate(self.editors, start=1):
            editor.set_number(number)
            editor.remove.setEnabled(len(self.editors) > 1)
        self.layout_changed.emit()

    def target(self, field: str) -> Target | None:
        """``items`` itself, or ``items[i].name`` of an editor shown."""
        if field == "items":
            return Target(self.error, self.add_button)
        head, _, name = field.partition(".")
        if not head.startswith("items[") or not head.endswith("]"):
            return None
        index = head[len("items[") : -1]
        if not index.isdigit() or int(index) >= len(self.editors):
            return Target(self.error, self.add_button)
        editor = self.editors[int(index)]
        return Target(editor.error, editor.field_widget(name))
