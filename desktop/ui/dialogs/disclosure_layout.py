"""The layout of the disclosure dialog's form (desktop.ui.dialogs.disclosure_dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.disclosure_evidence import EvidenceBox
from desktop.ui.dialogs.disclosure_fields import BroadcastDays, FormsBox
from desktop.ui.dialogs.disclosure_main import HINT_STYLE, DetailsForm
from desktop.ui.dialogs.postings_grid import PostingsGrid
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel, add_row


def disclosure_body(
    details: DetailsForm,
    forms_box: FormsBox,
    forms_error: ErrorLabel,
    grid: PostingsGrid,
    broadcast: BroadcastDays,
    portal_url: QLineEdit,
    portal_error: ErrorLabel,
    evidence_box: EvidenceBox | None,
) -> QWidget:
    """The disclosure form laid out in two columns: what is disclosed and its forms on the
    left; the notice boards, loudspeaker and portal, and the evidence on the right."""
    what = QGroupBox(translate("DisclosureDialog", "What is disclosed"))
    QVBoxLayout(what).addWidget(details)
    forms = QGroupBox(translate("DisclosureDialog", "Forms of disclosure (Art. 12)"))
    forms_layout = QVBoxLayout(forms)
    forms_layout.addWidget(forms_box)
    forms_layout.addWidget(forms_error)
    other = QGroupBox(translate("DisclosureDialog", "Loudspeaker and portal"))
    other_form = QFormLayout(other)
    other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    add_row(other_form, translate("DisclosureDialog", "Broadcast on:"), broadcast)
    add_row(
        other_form,
        translate("DisclosureDialog", "Portal lin&k:"),
        portal_url,
        portal_error,
    )
    postings = QGroupBox(translate("DisclosureDialog", "Notice boards"))
    postings_layout = QVBoxLayout(postings)
    postings_layout.addWidget(grid)
    left = QVBoxLayout()
    left.addWidget(what)
    left.addWidget(forms)
    left.addStretch(1)
    right = QVBoxLayout()
    right.addWidget(postings)
    right.addWidget(other)
    if evidence_box is not None:
        evidence = QGroupBox(translate("DisclosureDialog", "Evidence and feedback"))
        QVBoxLayout(evidence).addWidget(evidence_box)
        right.addWidget(evidence)
    else:
        note = QLabel(
            translate(
                "DisclosureDialog",
                "Save the disclosure first; then photos, files and residents' feedback "
                "can be added to it.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        right.addWidget(note)
    right.addStretch(1)
    body = QWidget()
    row = QHBoxLayout(body)
    row.addLayout(left, 4)
    row.addLayout(right, 7)
    return body
