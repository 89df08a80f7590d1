"""Which form enters a kind: the generic :class:`RecordForm`, or a kind's own form built on
it where the generic one does not serve well (a reception's visits linked to their matters).
A case needs none of its own: its deadlines are shown live by the generic form, as core
computes them (``RecordService.preview_json``)."""

from __future__ import annotations

from desktop.ui.dialogs.reception_form import ReceptionForm
from desktop.ui.dialogs.record_form import RecordForm

OWN_FORMS: dict[str, type[RecordForm]] = {"reception": ReceptionForm}


def form_class(kind: str) -> type[RecordForm]:
    return OWN_FORMS.get(kind, RecordForm)
