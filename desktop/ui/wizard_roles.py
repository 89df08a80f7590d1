"""The wizard's pages for each role: which role, the village, the receiving level, and
the key-registration steps that end every set-up (BUNDLE.md "Signature")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.installation import PEER_CODE_MAX, InstallationData, Role, UpperKind
from desktop.core.villages import VillageData
from desktop.services.setup import provinces
from desktop.ui.i18n import translate
from desktop.ui.widgets import add_row
from desktop.ui.wizard_place import FieldErrors, Lang, upper_name_for


def explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RolePage(QWizardPage):
    """Commune, village head or receiving level: each is set up from here."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("Wizard", "What is this computer for?"))
        self.commune = QRadioButton(translate("Wizard", "The &commune's records"))
        self.commune.setChecked(True)
        self.village = QRadioButton(translate("Wizard", "A &village head's records"))
        self.upper = QRadioButton(
            translate("Wizard", "The &receiving level (province or district)")
        )
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button, text in (
            (
                self.commune,
                translate(
                    "Wizard",
                    "The commune keeps its villages' meetings, hương ước and public "
                    "disclosures, and sends them to the receiving level.",
                ),
            ),
            (
                self.village,
                translate(
                    "Wizard",
                    "The village head's laptop: the village's meetings and hương ước, "
                    "sent to the commune.",
                ),
            ),
            (
                self.upper,
                translate(
                    "Wizard",
                    "The province (or a district) receives the communes' files and "
                    "follows who reported.",
                ),
            ),
        ):
            group.addButton(button)
            layout.addWidget(button)
            hint = explain(text)
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(hint)
        layout.addStretch(1)

    def chosen(self) -> Role:
        if self.village.isChecked():
            return Role.VILLAGE
        if self.upper.isChecked():
            return Role.UPPER
        return Role.COMMUNE


class VillagePage(QWizardPage):
    """The village this laptop keeps records for, by the code its commune gave it."""

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.setTitle(translate("Wizard", "Your village"))
        self.setSubTitle(
            translate(
                "Wizard",
                "Use the village code the commune uses (ask the commune officer: it is in "
                "the commune's list of villages), so that the commune recognises your files.",
            )
        )
        self.errors = FieldErrors(lang)
        self.code = QLineEdit()
        self.code.setMaxLength(PEER_CODE_MAX)
        self.code.setPlaceholderText(translate("Wizard", "e.g. T01"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Wizard", "e.g. Thôn Phú Hòa"))
        # The village's own record is made with the installation: its households count
        # (the quorum of its meetings, Law 10/2022 Art. 25, is reckoned from it).
        self.households = QSpinBox()
        self.households.setRange(0, 999_999)
        self.households.setSpecialValueText(" ")
        self.households.setFixedWidth(120)
        form = QFormLayout()
        add_row(form, translate("Wizard", "Village &code:"), self.code, self.errors.add("code"))
        add_row(form, translate("Wizard", "Village &name:"), self.name, self.errors.add("name"))
        add_row(
            form,
            translate("Wizard", "&Households:"),
            self.households,
            self.errors.add("households_total"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def own_village(self, head: str) -> VillageData:
        """The village's record, made with the installation."""
        count = self.households.value()
        return VillageData(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            head_name=head,
            households_total=count or None,
        )


class ReceiverPage(QWizardPage):
    """The receiving level itself: a province from the official list, or a district."""

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.setTitle(translate("Wizard", "Your receiving level"))
        self.setSubTitle(
            translate(
                "Wizard",
                "The province (since the 2025 reform) or the district that receives the "
                "communes' reports, and the body that signs its own reports.",
            )
        )
        self.errors = FieldErrors(lang)
        self.kind_province = QRadioButton(translate("Wizard", "P&rovince (since the 2025 reform)"))
        self.kind_district = QRadioButton(translate("Wizard", "&District (before the reform)"))
        self.kind_province.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.kind_province)
        group.addButton(self.kind_district)
        self.province = QComboBox()
        self.province.setPlaceholderText(translate("Wizard", "Choose a province…"))
        for unit in provinces():
            self.province.addItem(unit.name, unit.code)
        self.province.setCurrentIndex(-1)
        self.code = QLineEdit()
        self.code.setMaxLength(3)
        self.name = QLineEdit()
        self.body = QLineEdit()
        self._prefill = ("", "", "")

        form = QFormLayout()
        form.addRow(translate("Wizard", "Kind:"), self.kind_province)
        form.addRow("", self.kind_district)
        add_row(
            form, translate("Wizard", "&Province:"), self.province, self.errors.add("province_code")
        )
        add_row(form, translate("Wizard", "C&ode:"), self.code, self.errors.add("code"))
        add_row(form, translate("Wizard", "&Name:"), self.name, self.errors.add("name"))
        add_row(
            form,
            translate("Wizard", "&Body that signs its reports:"),
            self.body,
            self.errors.add("upper_name"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.kind_province.toggled.connect(self._refill)
        self.province.currentIndexChanged.connect(self._refill)
        self._refill()

    def kind(self) -> UpperKind:
        return UpperKind.PROVINCE if self.kind_province.isChecked() else UpperKind.DISTRICT

    def province_code(self) -> str:
        return str(self.province.currentData() or "")

    def province_name(self) -> str:
        return self.province.currentText() if self.province.currentIndex() >= 0 else ""

    def select_province(self, code: str) -> None:
        self.province.setCurrentIndex(self.province.findData(code))

    def _refill(self, *_args: object) -> None:
        """A province's code and names come from the official list (the officer may
        still change the names); a district's are typed."""
        province = self.kind() is UpperKind.PROVINCE
        self.code.setReadOnly(province)
        self.code.setPlaceholderText(
            translate("Wizard", "from the list") if province else translate("Wizard", "3 digits")
        )
        self.name.setPlaceholderText("" if province else "Huyện …")
        self.body.setPlaceholderText("" if province else "Ủy ban nhân dân huyện …")
        name = self.province_name()
        new = (self.province_code(), name, upper_name_for(name)) if province else ("", "", "")
        for field, old, value in zip(
            (self.code, self.name, self.body), self._prefill, new, strict=True
        ):
            if (province and field is self.code) or field.text() in ("", old):
                field.setText(value)
        self._prefill = new

    def check(self) -> bool:
        """The page's own rules, before the core rules the wizard runs; True if fine."""
        self.errors.clear()
        if self.province.currentIndex() < 0:
            self.errors.say("province_code", translate("Wizard", "Choose a province."))
            return False
        if not self.body.text().strip():
            self.errors.say(
                "upper_name",
                translate("Wizard", "Write the body that signs the reports."),
            )
            return False
        return True


def key_steps(data: InstallationData) -> list[str]:
    """What to send to whom, and where in the window to register the other side's key.

    Every bundle and receipt is signed; each side registers the other's key once
    (BUNDLE.md "Signature"). The menu names are the window's own.
    """
    if data.role is Role.VILLAGE:
        commune = data.parent_name or data.parent_code
        return [
            translate(
                "Wizard",
                "Open Sync › Send data and press «Export registration key…» (or «Print key "
                "registration sheet…»); take the file to the officer of %1.",
            ).replace("%1", commune),
            translate(
                "Wizard",
                "The commune officer registers it under Sync › Units below › «Register a "
                "unit…» with the code %1.",
            ).replace("%1", data.code),
            translate(
                "Wizard",
                "The commune gives you its key file: register it under Sync › Send data › "
                "«Register the level above's key…». Then send your data from Sync › Send data.",
            ),
        ]
    if data.role is Role.UPPER:
        return [
            translate(
                "Wizard",
                "Each commune sends you its key file (or the printed sheet): register it "
                "under Sync › Units below › «Register a unit…» with the commune's 5-digit code.",
            ),
            translate(
                "Wizard",
                "Send your own key to every commune, so that it can check your receipts: "
                "Sync › Units below › «Export registration key…».",
            ),
            translate(
                "Wizard",
                "The communes' files are then read under Sync › Receive data; the Reporting "
                "board shows who sent what and who is silent.",
            ),
        ]
    upper = data.upper_name or data.upper_code
    return [
        translate(
            "Wizard",
            "Open Sync › Send data and press «Export registration key…» (or «Print key "
            "registration sheet…»); send the file to %1.",
        ).replace("%1", upper),
        translate(
            "Wizard",
            "When %1 sends you its key, register it under Sync › Send data › «Register the "
            "level above's key…».",
        ).replace("%1", upper),
        translate(
            "Wizard",
            "Each village head who uses the program brings you a key file: register it "
            "under Sync › Units below › «Register a unit…».",
        ),
    ]


def steps_label(parent: QWidget | None = None) -> QLabel:
    """The numbered key steps, as one selectable label under the summary."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText)
    return label
