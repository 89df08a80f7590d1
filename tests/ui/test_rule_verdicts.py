"""Dialogs display core's verdicts instead of re-deciding the rules (issue 12)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.convention_freeze import text_editable
from desktop.core.conventions import status
from desktop.core.villages import Village
from desktop.services.container import Services
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.i18n import I18n
from tests.ui.test_conventions import CONSULTED, _convention, _in_force, _lang, village

__all__ = ["village"]  # the fixture


def test_convention_dialog_freezes_what_core_freezes(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    """D61 Art. 13 through core's text_editable: a text in consultation is editable, an
    in-force one is not (text, title and type), with the notice citing Art. 13."""
    draft = _convention(commune_services, village, *CONSULTED)
    in_force = _in_force(commune_services, village)
    for stored in (draft, in_force):
        dialog = ConventionDialog(commune_services, _lang, stored)
        qtbot.addWidget(dialog)
        editable = text_editable(status(stored.data))
        assert editable is (stored is draft)
        assert dialog.text_edit.isReadOnly() is not editable
        assert dialog.title.isReadOnly() is not editable
        assert dialog.convention_type.isEnabled() is editable
        assert dialog.notice.isHidden() is editable
        if not editable:
            assert "61/2023" in dialog.notice.text() and "13" in dialog.notice.text()
