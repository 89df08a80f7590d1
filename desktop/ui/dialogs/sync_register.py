"""Registering a unit below (a commune, or a village of this commune) from its key file.

The officer compares the fingerprint shown here with the one printed on the unit's
signed registration sheet before saving; replacing a unit's key needs a tick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, ValidationError
from desktop.core.messages import format_error, format_field_error
from desktop.services.sync_import import Child, SyncImportService
from desktop.sync.keys import Registration, read_registration
from desktop.ui.dialogs.guarded import GuardedDialog
from desktop.ui.i18n import translate
from desktop.ui.widgets import ERROR_STYLE, ErrorLabel


def read_key_file(path: Path, lang: str) -> tuple[Registration | None, str]:
    """The registration in ``path``, or why it cannot be used (worded)."""
    try:
        return read_registration(path), ""
    except ValidationError as exc:
        return None, "\n".join(format_field_error(e, lang) for e in exc.errors)


class RegisterChildDialog(GuardedDialog):
    """Code and name prefilled from the file and editable; ``saved`` holds the unit."""

    def __init__(
        self,
        importer: SyncImportService,
        path: Path,
        registration: Registration,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._path = path
        self._registration = registration
        self._lang = lang
        self._known = {c.code: c for c in importer.children()}
        self.saved: Child | None = None
        self.setWindowTitle(translate("SyncRegisterDialog", "Register a unit"))

        self.code = QLineEdit(registration.code)
        self.name = QLineEdit(registration.name)
        self.name.setMinimumWidth(320)
        self.fingerprint = QLabel(registration.key.fingerprint)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.fingerprint.font().pointSizeF() * 1.25)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            translate(
                "SyncRegisterDialog",
                "Compare this fingerprint, group by group, with the one on the registration "
                "sheet signed by the unit (or read it aloud over the phone). Register only if "
                "they are the same.",
            )
        )
        hint.setWordWrap(True)
        self.rekey_warning = QLabel()
        self.rekey_warning.setWordWrap(True)
        self.rekey_warning.setStyleSheet(ERROR_STYLE)
        self.replace = QCheckBox(
            translate("SyncRegisterDialog", "&Replace the key registered for this unit")
        )
        self.error = ErrorLabel()

        form = QFormLayout()
        code_label = QLabel(translate("SyncRegisterDialog", "&Code:"))
        code_label.setBuddy(self.code)
        name_label = QLabel(translate("SyncRegisterDialog", "&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(code_label, self.code)
        form.addRow(name_label, self.name)
        form.addRow(translate("SyncRegisterDialog", "Key fingerprint:"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = buttons.addButton(
            translate("SyncRegisterDialog", "Re&gister"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.rekey_warning)
        layout.addWidget(self.replace)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.code.textChanged.connect(self._check_rekey)
        self._check_rekey()
        self.name.setFocus()

    def _check_rekey(self) -> None:
        known = self._known.get(self.code.text().strip())
        rekey = known is not None and known.key_id != self._registration.key.key_id
        self.rekey_warning.setVisible(rekey)
        self.replace.setVisible(rekey)
        if known is not None and rekey:
            self.rekey_warning.setText(
                translate(
                    "SyncRegisterDialog",
                    "%1 is already registered with another key (fingerprint %2). Bundles "
                    "signed with the old key will be refused after the change.",
                )
                .replace("%1", f"{known.name} ({known.code})")
                .replace("%2", known.fingerprint)
            )

    def needs_replace(self) -> bool:
        return not self.replace.isHidden()

    def save(self) -> None:
        if self.needs_replace() and not self.replace.isChecked():
            self.error.show_message(
                translate("SyncRegisterDialog", "Tick «Replace the key» to confirm the new key.")
            )
            return
        try:
            self.saved = self._importer.register_child(
                self._path,
                code=self.code.text(),
                name=self.name.text(),
                replace=self.replace.isChecked(),
            )
        except ValidationError as exc:
            self.error.show_message(
                "\n".join(format_field_error(e, self._lang()) for e in exc.errors)
            )
            return
        except DomainError as exc:
            self.error.show_message(format_error(exc, self._lang()))
            return
        self.accept()
