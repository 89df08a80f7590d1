"""Dialogs display core's verdicts instead of re-deciding the rules (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.convention_freeze import text_editable
from desktop.core.conventions import status
from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import Disclosure, Posting
from desktop.core.villages import Village
from desktop.services.container import Services
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.postings_table import NOTE
from desktop.ui.disclosure_labels import RED, colour
from desktop.ui.i18n import I18n
from tests.ui.test_conventions import CONSULTED, _convention, _in_force, _lang, village

__all__ = ["village"]  # the fixture
TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW in Vietnam


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


def _office_twice(services: Services, second_removed: date) -> StoredDisclosure:
    return services.disclosures.add(
        Disclosure(
            category=2,
            title="Quyết toán ngân sách xã năm 2025",
            decided_on=date(2026, 4, 1),
            forms=(DisclosureForm.NOTICE_BOARD,),
            postings=(
                Posting("Bảng tin trụ sở UBND xã", None, date(2026, 4, 6), date(2026, 4, 20)),
                Posting("Trụ sở UBND xã", None, date(2026, 4, 21), second_removed),
            ),
        )
    )


@pytest.mark.parametrize(
    ("removed", "short"), [(date(2026, 5, 5), True), (date(2026, 5, 6), False)]
)
def test_postings_grid_shows_cores_place_verdict(
    qtbot: QtBot, commune_services: Services, i18n: I18n, removed: date, short: bool
) -> None:
    """Back-to-back office notices are one stretch (Law Art. 13(2)): the grid paints a
    notice short only when core's verdict on the place is short, like the core warning."""
    stored = _office_twice(commune_services, removed)
    assert ("removed_early" in {w.code for w in stored.warnings}) is short
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang, stored)
    qtbot.addWidget(dialog)
    dialog.grid.postings()
    for row in dialog.grid.posting_rows:
        item = dialog.grid.table.item(row, NOTE)
        assert item is not None
        red = item.data(Qt.ItemDataRole.ForegroundRole) == colour(RED)
        assert red is short, item.text()
