"""Confirming that a village is no longer active (merged or dissolved), and since when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.villages import Village
from desktop.services.villages import VillageService
from desktop.ui.dialogs.date_fields import date_edit, from_qdate
from desktop.ui.dialogs.guarded import GuardedDialog, attempt
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel


class RetireDialog(GuardedDialog):
    """Asks for the date; ``saved`` holds the village once retired."""

    def __init__(
        self,
        villages: VillageService,
        village: Village,
        today: date,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._villages = villages
        self._village = village
        self._lang = lang
        self.saved: Village | None = None
        self.setWindowTitle(translate("RetireDialog", "Village no longer active"))
        question = QLabel(
            translate(
                "RetireDialog",
                "Mark «%1» as no longer active (merged or dissolved)?\n"
                "It stays in the list with its history; nothing is deleted.",
            ).replace("%1", village.data.name)
        )
        question.setWordWrap(True)
        self.on = date_edit(today)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(translate("RetireDialog", "&Since:"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(
            translate("RetireDialog", "&Mark as no longer active"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.on.setFocus()

    def save(self) -> None:
        self.saved = attempt(
            lambda: self._villages.retire(
                self._village.uuid,
                from_qdate(self.on.date()),
                expected_version=self._village.meta.version,
            ),
            self._lang(),
            self.error,
        )
        if self.saved is not None:
            self.accept()
