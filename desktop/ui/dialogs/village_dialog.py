"""Adding or editing a village, with each refusal shown under its field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.core.villages import CODE_MAX, NAME_MAX, Village, VillageData, VillageType
from desktop.services.villages import VillageService
from desktop.ui.dialogs.date_fields import date_edit, from_qdate, to_qdate
from desktop.ui.dialogs.field_errors import FieldErrors, Target
from desktop.ui.dialogs.guarded import GuardedDialog, attempt, clear_when_edited
from desktop.ui.i18n import translate
from desktop.ui.labels import format_count, format_day, village_type_label
from desktop.ui.widgets import ErrorLabel, add_row

HOUSEHOLDS_MAX = 1_000_000


class VillageDialog(GuardedDialog):
    """Add (``village`` None) or edit a village; ``saved`` holds the stored result.

    Nothing is stored until Save; a refusal keeps the dialog open with the
    messages of :func:`desktop.core.messages.format_field_error` under the fields.
    """

    def __init__(
        self,
        villages: VillageService,
        today: date,
        lang: Callable[[], str],
        village: Village | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._villages = villages
        self._lang = lang
        self._village = village
        self.saved: Village | None = None
        self.setWindowTitle(
            translate("VillageDialog", "New village")
            if village is None
            else translate("VillageDialog", "Edit village")
        )
        self.setMinimumWidth(520)

        self.code = QLineEdit()
        self.code.setMaxLength(CODE_MAX)
        self.code.setPlaceholderText(translate("VillageDialog", "e.g. DONG, TDP1"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(translate("VillageDialog", "e.g. Thôn Đông"))
        self.village_type = QComboBox()
        for vtype in VillageType:
            self.village_type.addItem(village_type_label(vtype), vtype.value)
        self.head_name = QLineEdit()
        self.households = QSpinBox()
        self.households.setRange(0, HOUSEHOLDS_MAX)
        self.households.setGroupSeparatorShown(True)
        self.households.setAccelerated(True)
        self.counted_on = date_edit(today)

        self._errors: dict[str, ErrorLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("code", translate("VillageDialog", "&Code:"), self.code),
            ("name", translate("VillageDialog", "&Name:"), self.name),
            ("village_type", translate("VillageDialog", "&Type:"), self.village_type),
            ("head_name", translate("VillageDialog", "&Head:"), self.head_name),
            ("households_total", translate("VillageDialog", "H&ouseholds:"), self.households),
            ("households_as_of", translate("VillageDialog", "Counted o&n:"), self.counted_on),
        )
        for field, label, widget in rows:
            error = ErrorLabel()
            add_row(form, label, widget, error)
            self._errors[field] = error
            self._field_widgets[field] = widget
        self.general_error = ErrorLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        if village is not None:
            self._fill(village)
            layout.addWidget(self._history_box(village))
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        clear_when_edited(self._field_widgets, self._errors)
        self.field_errors = FieldErrors(
            self._target, self.general_error, self._lang, lambda widget: widget.setFocus()
        )
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def _fill(self, village: Village) -> None:
        d = village.data
        self.code.setText(d.code)
        self.name.setText(d.name)
        self.village_type.setCurrentIndex(self.village_type.findData(d.village_type.value))
        self.head_name.setText(d.head_name)
        self.households.setValue(d.households_total or 0)
        if d.households_as_of is not None:
            self.counted_on.setDate(to_qdate(d.households_as_of))
        if d.retired_on is not None:
            self.notice.setText(
                translate("VillageDialog", "This village is no longer active since %1.").replace(
                    "%1", format_day(d.retired_on)
                )
            )
            self.notice.show()

    def _history_box(self, village: Village) -> QGroupBox:
        box = QGroupBox(translate("VillageDialog", "Household count history"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        table = QTableWidget(len(village.history), 2)
        table.setObjectName("history")
        table.setHorizontalHeaderLabels(
            [translate("VillageDialog", "Counted on"), translate("VillageDialog", "Households")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        newest_first = sorted(village.history, key=lambda h: h.counted_on, reverse=True)
        for row, entry in enumerate(newest_first):
            table.setItem(row, 0, QTableWidgetItem(format_day(entry.counted_on)))
            count = QTableWidgetItem(format_count(entry.households))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, count)
        rows_height = table.verticalHeader().defaultSectionSize() * min(len(village.history), 5)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + rows_height + 2 * table.frameWidth()
        )
        layout = QVBoxLayout(box)
        if village.history:
            layout.addWidget(table)
        else:
            table.deleteLater()
            layout.addWidget(QLabel(translate("VillageDialog", "No count recorded yet.")))
        return box

    def data(self) -> VillageData:
        """What the form holds, as the service takes it."""
        base = self._village.data if self._village is not None else None
        data = VillageData(
            code=self.code.text(),
            name=self.name.text(),
            village_type=VillageType(self.village_type.currentData()),
            head_name=self.head_name.text(),
            households_total=self.households.value(),
            households_as_of=from_qdate(self.counted_on.date()),
        )
        return replace(data, retired_on=base.retired_on) if base is not None else data

    def save(self) -> None:
        """Store the village; on a refusal show why and stay open."""
        self.clear_errors()
        self.general_error.clear_message()
        village = self._village
        self.saved = attempt(
            lambda: (
                self._villages.add(self.data())
                if village is None
                else self._villages.update(
                    village.uuid, self.data(), expected_version=village.meta.version
                )
            ),
            self._lang(),
            self.general_error,
            self.show_errors,
        )
        if self.saved is not None:
            self.accept()

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Each error under its field (or below the form when it has no field here)."""
        self.field_errors.show(errors)

    def _target(self, field: str) -> Target | None:
        if field not in self._errors:
            return None
        return Target(self._errors[field], self._field_widgets[field])

    def error_text(self, field: str) -> str:
        """The message shown under a field ('' when none)."""
        label = self._errors[field]
        return "" if label.isHidden() else label.text()
