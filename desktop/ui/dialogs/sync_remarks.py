"""Remarks between levels: writing one at the receiving level, showing them on a record.

At the origin, remarks arrive in the parent's receipts; the record dialogs show them
in a small highlighted box above the form (:func:`insert_remarks`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync_rejections import remark_text
from desktop.core.text import iso_day_text
from desktop.services.container import Services
from desktop.ui.dialogs.guarded import GuardedDialog, attempt
from desktop.ui.i18n import current_lang, translate
from desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:  # a type only: the sync modules load at the first sync
    from desktop.services.sync_import import SyncImportService

REMARKS_STYLE = (
    "QFrame#remarks { background: #fff4c2; border: 1px solid #d9b300; border-radius: 4px; }"
    "QFrame#remarks QLabel { color: #3d3000; }"
)


def remarks_box(services: Services, record_uuid: str | None) -> QFrame | None:
    """A box "Remarks from the level above" for a record, or None when there are none."""
    if not record_uuid:
        return None
    remarks = [
        r for r in services.sync.remarks_for(record_uuid) if r.get("direction") == "incoming"
    ]
    if not remarks:
        return None
    box = QFrame()
    box.setObjectName("remarks")
    box.setStyleSheet(REMARKS_STYLE)
    title = QLabel(translate("SyncRemarks", "Remarks from the level above"))
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    lang = current_lang()
    lines = "<br>".join(
        f"• {html.escape(remark_text(r.get('text', ''), lang))} "
        f"<i>({html.escape(r.get('by', '') or r['from'])}, "
        f"{html.escape(iso_day_text(str(r.get('at', ''))))})</i>"
        for r in remarks
    )
    text = QLabel(lines)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.addWidget(title)
    layout.addWidget(text)
    return box


def insert_remarks(layout: QBoxLayout, services: Services, record_uuid: str | None) -> None:
    """Put the remarks box (if any) at the top of a dialog's layout."""
    box = remarks_box(services, record_uuid)
    if box is not None:
        layout.insertWidget(0, box)


class RemarkDialog(GuardedDialog):
    """A remark or request for correction on one of a child's records."""

    def __init__(
        self,
        importer: SyncImportService,
        record_uuid: str,
        title: str,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._uuid = record_uuid
        self._lang = lang
        self.saved = False
        self.setWindowTitle(translate("SyncRemarks", "Remark or request for correction"))
        about = QLabel(
            translate(
                "SyncRemarks",
                "On «%1». The remark goes to the unit with the receipt of its next bundle.",
            ).replace("%1", title)
        )
        about.setWordWrap(True)
        label = QLabel(translate("SyncRemarks", "&Remark:"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(
            translate("SyncRemarks", "&Add remark"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 280)
        self.text.setFocus()

    def save(self) -> None:
        def add() -> bool:
            self._importer.add_remark(self._uuid, self.text.toPlainText())
            return True

        if attempt(add, self._lang(), self.error):
            self.saved = True
            self.accept()
