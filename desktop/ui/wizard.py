"""The first-run wizard: set up this commune, a village head's laptop or the receiving
level, or try the app on demo data.

The pages by role (``FirstRunWizard.nextId``): commune: role, commune, receiving level,
officer, summary; village: role, commune (the village's), village, officer, summary;
receiving level: role, receiver, officer, summary. The summary ends with the role's
key-registration steps.

Nothing is saved before the last page: finishing calls
``services.setup.initialize``; a refusal is shown on the page, next to the field
it names, and the wizard stays open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.errors import DomainError, FieldError, ValidationError
from desktop.core.installation import (
    InstallationData,
    Role,
    normalize_installation,
    validate_installation,
)
from desktop.core.messages import format_error, format_field_error
from desktop.core.villages import normalize_village, validate_village
from desktop.ui.i18n import APP_NAME, I18n, translate
from desktop.ui.labels import role_label, upper_kind_label
from desktop.ui.widgets import ErrorLabel
from desktop.ui.wizard_place import CommunePage, Lang, UpperPage
from desktop.ui.wizard_roles import ReceiverPage, RolePage, VillagePage, key_steps, steps_label

if TYPE_CHECKING:
    from desktop.services.container import Services

log = logging.getLogger(__name__)

WELCOME, ROLE, COMMUNE, UPPER, OFFICER, SUMMARY, DEMO, VILLAGE, RECEIVER = range(9)


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("Wizard", "Welcome to %1").replace("%1", APP_NAME))
        self.setSubTitle(
            translate(
                "Wizard",
                "This program keeps the records of grassroots democracy of your commune, "
                "on this computer, without the Internet.",
            )
        )
        self.setup_own = QRadioButton(translate("Wizard", "&Set up this computer"))
        self.try_demo = QRadioButton(translate("Wizard", "&Try it with demo data"))
        self.setup_own.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.setup_own)
        group.addButton(self.try_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_own)
        layout.addWidget(
            _explain(
                translate(
                    "Wizard",
                    "For a commune, a village head or the receiving level: a few questions; "
                    "about a minute.",
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.try_demo)
        layout.addWidget(
            _explain(translate("Wizard", "A sample commune with a few villages, to look around."))
        )
        layout.addStretch(1)

    def nextId(self) -> int:
        return DEMO if self.try_demo.isChecked() else ROLE


class DemoPage(QWizardPage):
    """The demo's last page: Finish makes the sample commune in its own folder
    (``<data folder>/demo``), never in the real data's store."""

    def __init__(self, demo_root: Path, lang: Lang) -> None:
        super().__init__()
        self._root = demo_root
        self._lang = lang
        self.setTitle(translate("Wizard", "Demo data"))
        self.setSubTitle(translate("Wizard", "Press Finish to open a sample commune."))
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(
            _explain(
                translate(
                    "Wizard",
                    "The sample commune is kept in a folder of its own:\n%1\n\n"
                    "Your real data is not touched. While you look around, the window says "
                    "SAMPLE DATA at the top; its button sets up your own commune when you "
                    "are ready.",
                ).replace("%1", str(demo_root))
            )
        )
        layout.addWidget(self.error)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        try:
            from desktop.services.container import build_services
            from desktop.services.context import open_store

            services = build_services(open_store(self._root))
        except Exception:
            log.exception("could not open the demo folder %s", self._root)
            self.error.show_message(
                translate("Wizard", "The demo folder %1 could not be opened.").replace(
                    "%1", str(self._root)
                )
            )
            return False
        try:
            if not services.setup.is_initialized():  # made once; opened again afterwards
                from desktop.services.demo import make_demo  # the generator: only for a demo

                make_demo(services)
                log.info("demo data made in %s", self._root)
        except DomainError as exc:
            self.error.show_message(format_error(exc, self._lang()))
            return False
        finally:
            services.close()
        return True


class OfficerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("Wizard", "Who keeps the records?"))
        self.setSubTitle(
            translate(
                "Wizard",
                "Your name is written in the journal next to each change you make. "
                "You may leave it empty.",
            )
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Wizard", "e.g. Nguyễn Thị Lan"))
        form = QFormLayout(self)
        form.addRow(translate("Wizard", "Officer's &name:"), self.name)


def _summary_rows(d: InstallationData) -> list[tuple[str, str]]:
    """The answers to check, by role."""
    rows = [(translate("Wizard", "Role:"), role_label(d.role))]
    officer = (translate("Wizard", "Officer:"), d.officer_name or "—")
    province = (translate("Wizard", "Province:"), f"{d.province_name} ({d.province_code})")
    if d.role is Role.VILLAGE:
        return [
            *rows,
            province,
            (translate("Wizard", "Commune:"), f"{d.parent_name} ({d.parent_code})"),
            (translate("Wizard", "Village:"), f"{d.name} ({d.code})"),
            officer,
        ]
    if d.role is Role.UPPER:
        return [
            *rows,
            (translate("Wizard", "Kind:"), upper_kind_label(d.upper_kind)),
            (translate("Wizard", "Name:"), f"{d.name} ({d.code})"),
            (translate("Wizard", "Signing body:"), d.upper_name),
            province,
            officer,
        ]
    return [
        *rows,
        province,
        (translate("Wizard", "Commune:"), d.name),
        (translate("Wizard", "Commune code:"), d.code),
        (translate("Wizard", "Receiving level:"), upper_kind_label(d.upper_kind)),
        (translate("Wizard", "Receiving body:"), f"{d.upper_name} ({d.upper_code})"),
        officer,
    ]


class SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("Wizard", "Check and finish"))
        self.setSubTitle(
            translate(
                "Wizard",
                "Nothing is saved until you press Finish. Use Back to correct an answer.",
            )
        )
        self._form = QFormLayout()
        self.error = ErrorLabel()
        self.steps_title = QLabel(
            translate("Wizard", "After Finish: exchange keys with the other side")
        )
        font = self.steps_title.font()
        font.setBold(True)
        self.steps_title.setFont(font)
        self.steps = steps_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps)
        layout.addStretch(1)

    def initializePage(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        d = self._wizard.installation_data()
        rows = _summary_rows(d)
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            self._form.addRow(label, shown)
        self.steps.setText(
            "\n".join(f"{n}. {step}" for n, step in enumerate(key_steps(d), start=1))
        )
        self.error.clear_message()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self._wizard.save()


class FirstRunWizard(QWizard):
    """Asks the set-up questions; ``accepted`` once the installation is stored."""

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        parent: QWidget | None = None,
        *,
        own_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.setWindowTitle(translate("Wizard", "Setting up %1").replace("%1", APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(680, 500)
        lang = self._lang
        self.welcome = WelcomePage()
        self.demo = DemoPage(services.ctx.paths.demo_root, lang)
        self.role = RolePage()
        self.commune = CommunePage(lang)
        self.upper = UpperPage(
            lang, lambda: (self.commune.province_code(), self.commune.province_name())
        )
        self.village = VillagePage(lang)
        self.receiver = ReceiverPage(lang)
        self.officer = OfficerPage()
        self.summary = SummaryPage(self)
        for page_id, page in (
            (WELCOME, self.welcome),
            (ROLE, self.role),
            (COMMUNE, self.commune),
            (UPPER, self.upper),
            (OFFICER, self.officer),
            (SUMMARY, self.summary),
            (DEMO, self.demo),
            (VILLAGE, self.village),
            (RECEIVER, self.receiver),
        ):
            self.setPage(page_id, page)
        # From the sample data's "Set up my commune": straight to the questions.
        self.setStartId(ROLE if own_only else WELCOME)
        self.currentIdChanged.connect(self._page_shown)

    def nextId(self) -> int:
        """The pages of the chosen role (the module's docstring lists them)."""
        current, role = self.currentId(), self.role.chosen()
        if current == ROLE:
            return RECEIVER if role is Role.UPPER else COMMUNE
        if current == COMMUNE:
            return VILLAGE if role is Role.VILLAGE else UPPER
        if current in (VILLAGE, RECEIVER):
            return OFFICER
        return super().nextId()

    def _page_shown(self, page_id: int) -> None:
        if page_id == COMMUNE:
            self.commune.set_for_village(self.role.chosen() is Role.VILLAGE)

    def _lang(self) -> str:
        return self._i18n.lang

    @property
    def used_demo(self) -> bool:
        """True when the officer chose the sample commune (kept in ``demo_root``)."""
        return self.startId() == WELCOME and self.welcome.try_demo.isChecked()

    def installation_data(self) -> InstallationData:
        """The answers so far, as the set-up service takes them."""
        role = self.role.chosen()
        officer = self.officer.name.text()
        if role is Role.VILLAGE:
            return InstallationData(
                role=role,
                code=self.village.code.text(),
                name=self.village.name.text(),
                province_code=self.commune.province_code(),
                province_name=self.commune.province_name(),
                parent_code=self.commune.commune_code(),
                parent_name=self.commune.commune_name(),
                officer_name=officer,
            )
        if role is Role.UPPER:
            r = self.receiver
            return InstallationData(
                role=role,
                code=r.code.text(),
                name=r.name.text(),
                province_code=r.province_code(),
                province_name=r.province_name(),
                upper_code=r.code.text(),
                upper_name=r.body.text(),
                upper_kind=r.kind(),
                officer_name=officer,
            )
        return InstallationData(
            role=Role.COMMUNE,
            code=self.commune.commune_code(),
            name=self.commune.commune_name(),
            province_code=self.commune.province_code(),
            province_name=self.commune.province_name(),
            upper_code=self.upper.code.text(),
            upper_name=self.upper.name.text(),
            upper_kind=self.upper.kind(),
            officer_name=officer,
        )

    def _page_errors(self) -> list[FieldError]:
        """The core rules' verdict, by the field names of the shown page: on the commune
        page of a village installation, the commune is the village's parent."""
        errors = validate_installation(normalize_installation(self.installation_data()))
        if self.currentPage() is self.village:  # and the village's own record's rules
            own = normalize_village(self.village.own_village(""))
            errors += [
                e
                for e in validate_village(own, self._services.ctx.today())
                if e.field == "households_total"
            ]
        if self.currentPage() is self.commune and self.role.chosen() is Role.VILLAGE:
            renamed = {
                "parent_code": "code",
                "parent_name": "name",
                "province_code": "province_code",
            }
            return [
                FieldError(renamed[e.field], e.code, e.params) for e in errors if e.field in renamed
            ]
        return errors

    def validateCurrentPage(self) -> bool:
        """Each page checks its own answers with the core rules before moving on."""
        page = self.currentPage()
        if page is self.commune and not self.commune.check():
            return False
        if page is self.receiver and not self.receiver.check():
            return False
        if page in (self.commune, self.upper, self.village, self.receiver):
            assert isinstance(page, CommunePage | UpperPage | VillagePage | ReceiverPage)
            if page.errors.show(self._page_errors()):
                return False
        return super().validateCurrentPage()

    def save(self) -> bool:
        """Store the installation; on a refusal show why and keep the wizard open."""
        data = self.installation_data()
        try:
            # A village head's own village, under the code its commune uses, is written
            # with the installation in one transaction (checked with the village page).
            own = self.village.own_village(data.officer_name) if data.role is Role.VILLAGE else None
            self._services.setup.initialize(data, own)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except DomainError as exc:
            self.summary.error.show_message(format_error(exc, self._lang()))
            return False
        log.info("installation set up: %s", data.name)
        return True

    def _show_errors(self, errors: Iterable[FieldError]) -> None:
        errors = list(errors)
        # Each page shows its fields' errors when the officer goes back to it;
        # the summary lists them all, each naming its field.
        role = self.role.chosen()
        if role is Role.COMMUNE:
            self.commune.errors.show(errors)
            self.upper.errors.show(errors)
        self.village.errors.show(errors if role is Role.VILLAGE else [])
        self.receiver.errors.show(errors if role is Role.UPPER else [])
        self.summary.error.show_message(
            "\n".join(format_field_error(e, self._lang()) for e in errors)
        )
