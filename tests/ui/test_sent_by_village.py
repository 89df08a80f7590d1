"""A meeting a village head's laptop sent up is in the commune's list, marked, read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.i18n import I18n
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.record_view import RecordDialog
from tests.conftest import Clock
from tests.services.test_sync_village import MEETING

TITLE = 2


def test_village_meeting_marked_in_the_commune_list(
    qtbot: QtBot,
    commune_services: Services,
    i18n: I18n,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    commune = commune_services
    commune.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
    own = commune.meetings.add_json(
        {**MEETING, "title": "Họp của xã", "village": commune.villages.list()[0].uuid}
    )
    laptop = build_services(open_store(tmp_path / "laptop", clock=Clock()))
    try:
        laptop.setup.initialize(
            InstallationData(role=Role.VILLAGE, code="DONG", name="Thôn Đông", parent_code="25222")
        )
        v = laptop.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
        laptop.meetings.add_json({**MEETING, "village": v.uuid})
        commune.sync_import.register_child(laptop.sync.export_key(tmp_path / "k.json"))
        [res] = commune.sync_import.import_files(list(laptop.sync.export(tmp_path / "o").files))
        assert res.status == "imported"
    finally:
        laptop.close()
    page = MeetingsPage(commune, i18n, open_file=lambda _p: None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    titles = {page.model.index(r, TITLE).data() for r in range(2)}
    assert own.data.title in titles
    assert f"[DONG gửi lên, chỉ xem] {MEETING['title']}" in titles

    # Opening it shows the one read-only viewer, not the meeting form.
    shown: list[RecordDialog] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: pytest.fail("the form opened"))
    row = next(r for r in range(2) if page.model.index(r, TITLE).data() != own.data.title)
    page.view.selectRow(row)
    assert page.edit_current() is None
    [dialog] = shown  # the page's child: deleted with the page
    text = dialog.view.toPlainText()
    assert MEETING["title"] in text and "Thôn Đông (DONG)" in text
    assert "Hội nghị thôn" in text
