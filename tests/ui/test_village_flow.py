"""A village head, from the window alone (issue 14): set up from the wizard with the
village's own record, only the village's work offered, and «send to the commune»
(Đồng bộ › Gửi dữ liệu › Xuất gói) taken in by the commune, filed under that village."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.ui.i18n import I18n
from desktop.ui.main_window import (
    CIVIC,
    CONVENTIONS,
    DISCLOSURES,
    MEETINGS,
    SYNC,
    offered_sections,
)
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.pages.sync import SyncPage
from desktop.ui.wizard import FirstRunWizard
from tests.conftest import Clock
from tests.services.test_sync_village import MEETING
from tests.ui.test_sync_page import WAIT_MS, FixedAsk
from tests.ui.test_wizard_roles import answer_as_village

COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="27031",
    name="Phường Tân Phú",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
)


def _set_up_village(qtbot: QtBot, services: Services, i18n: I18n) -> None:
    wizard = FirstRunWizard(services, i18n)
    qtbot.addWidget(wizard)
    wizard.show()
    answer_as_village(wizard, "T01", 212)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted, (
        wizard.currentId(),
        wizard.summary.error.text(),
    )


def test_a_village_head_sets_up_records_and_sends_to_the_commune(
    qtbot: QtBot, ui_services: Services, i18n: I18n, tmp_path: Path
) -> None:
    laptop = ui_services
    _set_up_village(qtbot, laptop, i18n)
    [village] = laptop.villages.list()  # its own village, made by the wizard
    assert (village.data.code, village.data.name) == ("T01", "Thôn Phú Hòa")
    assert village.data.head_name == "Lê Văn Tám" and village.data.households_total == 212

    offered = offered_sections(Role.VILLAGE)
    assert MEETINGS in offered and CONVENTIONS in offered and SYNC in offered
    assert DISCLOSURES not in offered and CIVIC not in offered
    meeting = laptop.meetings.add_json({**MEETING, "village": village.uuid})
    meetings = MeetingsPage(laptop, i18n, open_file=lambda _p: None)
    qtbot.addWidget(meetings)
    meetings.show()
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1)  # its village's: the only ones

    # «Gửi dữ liệu»: the key file, then the bundle, from the tab.
    ask = FixedAsk()
    page = SyncPage(laptop, i18n, ask)
    qtbot.addWidget(page)
    page.show()
    tab = page.export_tab
    assert tab is not None and page.import_tab is None and page.children_tab is None
    assert tab.values["receiver"].text() == "Phường Tân Phú (27031)"
    ask.chosen_folder = tmp_path / "usb"
    assert tab.choose_and_export()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=WAIT_MS)
    page.wait()
    assert tab.last_result is not None
    bundle = tab.last_result.files
    page.close()

    # The commune registers the laptop's key and takes the bundle in.
    commune = build_services(open_store(tmp_path / "commune", clock=Clock()))
    try:
        commune.setup.initialize(COMMUNE)
        commune.villages.add(VillageData(code="T01", name="Thôn Phú Hòa", households_total=212))
        commune.sync_import.register_child(laptop.sync.export_key(tmp_path / "key.json"))
        [outcome] = commune.sync_import.import_files(list(bundle), receipts_dir=tmp_path)
        assert outcome.status == "imported"
        [received] = [m for m in commune.meetings.list() if m.uuid == meeting.uuid]
        assert received.data.title == MEETING["title"]
        [own_village] = commune.villages.list()
        assert received.data.village_uuid == own_village.uuid  # filed under the commune's T01
    finally:
        commune.close()
