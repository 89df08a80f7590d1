"""The wizard's pages that place the commune: which commune, which level receives its reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.errors import FieldError
from desktop.core.installation import UpperKind
from desktop.core.messages import format_field_error
from desktop.services.setup import AdminUnit, communes, provinces
from desktop.ui.i18n import translate
from desktop.ui.widgets import (
    CODE_ROLE,
    ErrorLabel,
    FoldCompleter,
    add_row,
    fill_name_model,
    tidy_name,
)

Lang = Callable[[], str]


def upper_name_for(province_name: str) -> str:
    """The receiving body of a commune since 2025: its province's People's Committee.

    An official name, written in Vietnamese whatever the interface language.
    """
    return f"Ủy ban nhân dân {province_name}" if province_name else ""


class FieldErrors:
    """Error labels of one page, by record-JSON field name."""

    def __init__(self, lang: Lang) -> None:
        self._lang = lang
        self._labels: dict[str, ErrorLabel] = {}

    def add(self, field: str) -> ErrorLabel:
        label = ErrorLabel()
        self._labels[field] = label
        return label

    def show(self, errors: Iterable[FieldError]) -> bool:
        """Show the errors of this page's fields; True if there was any."""
        texts: dict[str, list[str]] = {}
        for err in errors:
            if err.field in self._labels:
                texts.setdefault(err.field, []).append(format_field_error(err, self._lang()))
        for field, label in self._labels.items():
            label.show_message("\n".join(texts.get(field, [])))
        return bool(texts)

    def say(self, field: str, text: str) -> None:
        self._labels[field].show_message(text)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear_message()

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self._labels)


class CommunePage(QWizardPage):
    """Province from the official list, then the commune by name; the code follows."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_for_village(False)
        self.errors = FieldErrors(lang)
        self._units: list[AdminUnit] = []

        self.province = QComboBox()
        self.province.setPlaceholderText(translate("Wizard", "Choose a province…"))
        for unit in provinces():
            self.province.addItem(unit.name, unit.code)
        self.province.setCurrentIndex(-1)

        self._commune_model = QStandardItemModel(self)
        self.commune = QComboBox()
        self.commune.setEditable(True)
        self.commune.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.commune.setModel(self._commune_model)
        self.commune.setCompleter(FoldCompleter(self._commune_model, self.commune))
        self.commune.setMaxVisibleItems(15)
        line = self.commune.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("Wizard", "Type part of the name…"))

        self.not_listed = QCheckBox(translate("Wizard", "My commune is not in the list"))
        self.free_name = QLineEdit()
        self.free_name.setPlaceholderText(translate("Wizard", "e.g. Xã Tân Phú"))
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.code.setMaxLength(5)
        # Filled in from the list, the code is shown greyed so it does not invite typing.
        self._code_palette = QPalette(self.code.palette())
        self._code_palette_ro = QPalette(self._code_palette)
        self._code_palette_ro.setColor(
            QPalette.ColorRole.Base, self._code_palette.color(QPalette.ColorRole.Window)
        )

        form = QFormLayout()
        add_row(
            form, translate("Wizard", "&Province:"), self.province, self.errors.add("province_code")
        )
        self._commune_label = add_row(
            form,
            translate("Wizard", "&Commune:"),
            self.commune,
            self.free_name,
            self.errors.add("name"),
        )
        form.addRow("", self.not_listed)
        add_row(form, translate("Wizard", "Commune c&ode:"), self.code, self.errors.add("code"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        self.province.currentIndexChanged.connect(self._province_changed)
        self.commune.currentIndexChanged.connect(self._commune_changed)
        self.commune.editTextChanged.connect(self._commune_text_changed)
        self.not_listed.toggled.connect(self._not_listed_toggled)
        self._not_listed_toggled(False)

    def set_for_village(self, village: bool) -> None:
        """The same questions name the village's commune on a village head's laptop."""
        if village:
            self.setTitle(translate("Wizard", "Your village's commune"))
            self.setSubTitle(
                translate(
                    "Wizard",
                    "Choose the province, then the commune your village belongs to "
                    "(accents are optional). Your files are sent to this commune.",
                )
            )
        else:
            self.setTitle(translate("Wizard", "Your commune"))
            self.setSubTitle(
                translate(
                    "Wizard",
                    "Choose the province, then type part of the commune's name "
                    "(accents are optional). The code comes from the official 2025 list.",
                )
            )

    # --- what the wizard reads --------------------------------------------------------
    def province_code(self) -> str:
        return str(self.province.currentData() or "")

    def province_name(self) -> str:
        return self.province.currentText() if self.province.currentIndex() >= 0 else ""

    def commune_name(self) -> str:
        if self.not_listed.isChecked():
            return self.free_name.text()
        unit = self._picked()
        return tidy_name(unit.name) if unit else ""

    def commune_code(self) -> str:
        return self.code.text()

    def select_province(self, code: str) -> None:
        self.province.setCurrentIndex(self.province.findData(code))

    def select_commune(self, code: str) -> None:
        for row in range(self._commune_model.rowCount()):
            if self._commune_model.item(row).data(CODE_ROLE) == code:
                self.commune.setCurrentIndex(row)
                return

    # --- reacting ---------------------------------------------------------------------
    def _picked(self) -> AdminUnit | None:
        """The listed commune whose name is in the box (typed or chosen)."""
        text = tidy_name(self.commune.currentText())
        index = self.commune.currentIndex()
        if 0 <= index < len(self._units) and tidy_name(self._units[index].name) == text:
            return self._units[index]
        for unit in self._units:
            if tidy_name(unit.name) == text:
                return unit
        return None

    def _province_changed(self, _index: int) -> None:
        self._units = communes(self.province_code())
        fill_name_model(self._commune_model, ((u.code, tidy_name(u.name)) for u in self._units))
        self.commune.setCurrentIndex(-1)
        self.commune.setEditText("")
        if not self.not_listed.isChecked():
            self.code.clear()
        self.errors.clear()

    def _commune_changed(self, _index: int) -> None:
        self._commune_text_changed(self.commune.currentText())

    def _commune_text_changed(self, _text: str) -> None:
        if self.not_listed.isChecked():
            return
        unit = self._picked()
        self.code.setText(unit.code if unit else "")

    def _not_listed_toggled(self, checked: bool) -> None:
        # One field, two ways to fill it: from the list, or typed freely.
        self.commune.setVisible(not checked)
        self.free_name.setVisible(checked)
        self._commune_label.setBuddy(self.free_name if checked else self.commune)
        self.code.setReadOnly(not checked)
        self.code.setPalette(self._code_palette if checked else self._code_palette_ro)
        self.code.setPlaceholderText(translate("Wizard", "5 digits") if checked else "")
        if checked:
            unit = self._picked()
            if unit and not self.free_name.text():
                self.free_name.setText(tidy_name(unit.name))
        else:
            self._commune_text_changed(self.commune.currentText())

    def check(self) -> bool:
        """The page's own rules, before the core rules the wizard runs; True if fine."""
        self.errors.clear()
        if self.province.currentIndex() < 0:
            self.errors.say("province_code", translate("Wizard", "Choose a province."))
            return False
        if not self.not_listed.isChecked() and self._picked() is None:
            self.errors.say(
                "name",
                translate(
                    "Wizard",
                    "Choose the commune from the list, or tick «My commune is not in the list».",
                ),
            )
            return False
        if self.not_listed.isChecked() and not self.free_name.text().strip():
            self.errors.say("name", translate("Wizard", "Write the commune's name."))
            return False
        return True


class UpperPage(QWizardPage):
    """The level the commune reports to: the province since 2025, a district before."""

    def __init__(self, lang: Lang, province: Callable[[], tuple[str, str]]) -> None:
        super().__init__()
        self._province = province
        self.setTitle(translate("Wizard", "Receiving level"))
        self.setSubTitle(
            translate(
                "Wizard",
                "The body your commune sends its reports to. Since the 2025 reform "
                "this is the province.",
            )
        )
        self.errors = FieldErrors(lang)
        self.kind_province = QRadioButton(translate("Wizard", "P&rovince (since the 2025 reform)"))
        self.kind_district = QRadioButton(translate("Wizard", "&District (before the reform)"))
        self.kind_province.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.kind_province)
        group.addButton(self.kind_district)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(3)
        self._prefill = ("", "")

        form = QFormLayout()
        form.addRow(translate("Wizard", "Kind:"), self.kind_province)
        form.addRow("", self.kind_district)
        add_row(form, translate("Wizard", "&Name:"), self.name, self.errors.add("upper_name"))
        add_row(form, translate("Wizard", "C&ode:"), self.code, self.errors.add("upper_code"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.kind_province.toggled.connect(self._kind_changed)

    def kind(self) -> UpperKind:
        return UpperKind.PROVINCE if self.kind_province.isChecked() else UpperKind.DISTRICT

    def initializePage(self) -> None:
        self._apply_prefill()

    def _kind_changed(self, _checked: bool) -> None:
        self._apply_prefill()
        placeholder = "" if self.kind() is UpperKind.PROVINCE else "Ủy ban nhân dân huyện …"
        self.name.setPlaceholderText(placeholder)
        self.code.setPlaceholderText(
            translate("Wizard", "2 digits")
            if self.kind() is UpperKind.PROVINCE
            else translate("Wizard", "3 digits")
        )

    def _apply_prefill(self) -> None:
        """Fill name and code from the province unless the officer changed them."""
        code, name = self._province()
        new = (upper_name_for(name), code) if self.kind() is UpperKind.PROVINCE else ("", "")
        old_name, old_code = self._prefill
        if self.name.text() in ("", old_name):
            self.name.setText(new[0])
        if self.code.text() in ("", old_code):
            self.code.setText(new[1])
        self._prefill = new
