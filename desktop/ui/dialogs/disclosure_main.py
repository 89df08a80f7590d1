"""The first part of the disclosure form: the item, its rules, the decision and the plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureCategory, get_category
from desktop.core.disclosures import Disclosure
from desktop.core.villages import nfc
from desktop.ui.dialogs.date_fields import OptionalDateEdit
from desktop.ui.disclosure_labels import category_choices, rule_hints
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel, add_row

CTX = "DisclosureDialog"
HINT_STYLE = "color: palette(placeholder-text);"


class DetailsForm(QWidget):
    """Item, title, summary, decision, deadlines, plan, person responsible.

    ``targets`` maps a record field to the label its errors go under and the
    widget that gets the focus.
    """

    changed = Signal()
    category_changed = Signal()

    def __init__(self, today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.category = QComboBox()
        self.category.setObjectName("category")
        for text, number in category_choices(lang):
            self.category.addItem(text, number)
        self.category.setMinimumContentsLength(24)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # The list opens wide enough for the whole of each item's name (the field is not).
        view = self.category.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        self.hint = QLabel()
        self.hint.setObjectName("rule_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            translate("DisclosureDialog", "e.g. Danh sách hộ nghèo năm 2026")
        )
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(int(self.summary.fontMetrics().lineSpacing() * 2.6) + 12)
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(translate("DisclosureDialog", "e.g. 120/QĐ-UBND"))
        self.decided_on = OptionalDateEdit(lambda: self._today)
        self.deadline_on = OptionalDateEdit(self._default_deadline)
        self.deadline_on.setToolTip(
            translate(
                "DisclosureDialog",
                "Only when a sector law sets its own deadline; otherwise 5 working days apply",
            )
        )
        self.planned_on = OptionalDateEdit(lambda: self._today)
        self.planned_on.setToolTip(
            translate("DisclosureDialog", "The day the disclosure plan (Art. 14) sets")
        )
        self.responsible = QLineEdit()
        self.content_changed_on = OptionalDateEdit(lambda: self._today)

        self.targets: dict[str, tuple[ErrorLabel, QWidget]] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("category", translate("DisclosureDialog", "&Item (Art. 11):"), self.category),
            ("title", translate("DisclosureDialog", "&Title:"), self.title_edit),
            ("summary", translate("DisclosureDialog", "Su&mmary:"), self.summary),
            ("decision_no", translate("DisclosureDialog", "Document &number:"), self.decision_no),
            ("decided_on", translate("DisclosureDialog", "&Decided on:"), self.decided_on),
            (
                "deadline_on",
                translate("DisclosureDialog", "Sector-law dead&line:"),
                self.deadline_on,
            ),
            ("planned_on", translate("DisclosureDialog", "Planned f&or:"), self.planned_on),
            ("responsible", translate("DisclosureDialog", "Res&ponsible:"), self.responsible),
            (
                "content_changed_on",
                translate("DisclosureDialog", "Content &changed on:"),
                self.content_changed_on,
            ),
        )
        self._labels: dict[str, QLabel] = {}
        for field, text, widget in rows:
            error = ErrorLabel()
            below: list[QWidget] = [self.hint, error] if field == "category" else [error]
            self._labels[field] = add_row(self.form, text, widget, *below)
            self.targets[field] = (error, widget)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.title_edit.textChanged.connect(self.changed)
        self.title_edit.textChanged.connect(self.title_edit.setToolTip)
        self.summary.textChanged.connect(self.changed)
        self.decision_no.textChanged.connect(self.changed)
        self.responsible.textChanged.connect(self.changed)
        for optional in (self.decided_on, self.deadline_on, self.planned_on):
            optional.changed.connect(self.changed)
        self.content_changed_on.changed.connect(self.changed)
        self._category_changed()

    def _default_deadline(self) -> date:
        return self.decided_on.value() or self._today

    def current_category(self) -> DisclosureCategory | None:
        number = self.category.currentData()
        return get_category(number) if isinstance(number, int) else None

    def _category_changed(self) -> None:
        cat = self.current_category()
        hints = rule_hints(cat) if cat is not None else []
        text = "; ".join(hints)
        # The item's whole name first, wrapped: the field itself shows only its start.
        name = self.category.currentText()
        self.category.setToolTip(name)
        self.hint.setText(f"{name}\n{text[:1].upper() + text[1:]}" if text else name)
        permanent = cat is not None and cat.permanent
        self.form.setRowVisible(self._labels["content_changed_on"], permanent)
        self.category_changed.emit()
        self.changed.emit()

    def set_category(self, number: int) -> None:
        index = self.category.findData(number)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def fill(self, d: Disclosure) -> None:
        self.set_category(d.category)
        self.title_edit.setText(d.title)
        self.title_edit.setCursorPosition(0)  # its beginning shown, not its end
        self.summary.setPlainText(d.summary)
        self.decision_no.setText(d.decision_no or "")
        self.decided_on.set_value(d.decided_on)
        self.deadline_on.set_value(d.deadline_on)
        self.planned_on.set_value(d.planned_on)
        self.responsible.setText(d.responsible or "")
        self.content_changed_on.set_value(d.content_changed_on)

    def disclosure(self) -> Disclosure:
        """The fields of :class:`Disclosure` this part holds (the rest left empty)."""
        cat = self.current_category()
        permanent = cat is not None and cat.permanent
        number = self.category.currentData()
        return Disclosure(
            category=number if isinstance(number, int) else 0,
            title=nfc(self.title_edit.text()),
            summary=nfc(self.summary.toPlainText()),
            decision_no=nfc(self.decision_no.text()) or None,
            decided_on=self.decided_on.value(),
            deadline_on=self.deadline_on.value(),
            responsible=nfc(self.responsible.text()) or None,
            planned_on=self.planned_on.value(),
            content_changed_on=self.content_changed_on.value() if permanent else None,
        )

    def tab_widgets(self) -> list[QWidget]:
        return [
            self.category,
            self.title_edit,
            self.summary,
            self.decision_no,
            self.decided_on.check,
            self.decided_on.edit,
            self.deadline_on.check,
            self.deadline_on.edit,
            self.planned_on.check,
            self.planned_on.edit,
            self.responsible,
            self.content_changed_on.check,
            self.content_changed_on.edit,
        ]
