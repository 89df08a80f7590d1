"""The change signal in the window: every page follows it, shown now or when next shown.

The defect of issue 12: after a commune imported a village's bundle (Đồng bộ › Nhận dữ liệu)
its meetings and conventions lists kept showing the old rows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import CONVENTIONS, MEETINGS, OVERVIEW, SYNC, MainWindow
from tests.conftest import Clock
from tests.services.test_sync_village import MEETING, VILLAGE
from tests.ui.test_sync_page import FixedAsk

WAIT_MS = 20_000
CONVENTION = {
    "convention_type": "huong_uoc",
    "title": "Hương ước thôn Đông (dự thảo)",
    "text": "Điều 1. Giữ gìn vệ sinh đường làng.",
    "events": [{"type": "proposed", "on": "2026-11-02"}],
}
# A meeting of the commune's own, small enough for any of the demo's villages.
OWN_MEETING = {
    **MEETING,
    "households_present": 60,
    "items": [{**MEETING["items"][0], "votes_for": 45, "votes_against": 10, "votes_other": 5}],  # type: ignore[index]
}


@pytest.fixture
def village(tmp_path: Path) -> Iterator[Services]:
    """A village head's laptop (Thôn Đông) with one meeting and one draft convention."""
    services = build_services(open_store(tmp_path / "village", clock=Clock()))
    services.setup.initialize(VILLAGE)
    v = services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
    services.meetings.add_json({**MEETING, "village": v.uuid})
    services.conventions.add_json({**CONVENTION, "village": v.uuid})
    yield services
    services.close()


@pytest.fixture
def commune(ui_services: Services, village: Services, tmp_path: Path) -> Services:
    make_demo(ui_services)  # the demo commune (25222), Thôn Đông among its villages
    ui_services.sync_import.register_child(village.sync.export_key(tmp_path / "v.json"))
    return ui_services


def _window(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lists_show_a_villages_records_after_the_commune_imports_its_bundle(
    qtbot: QtBot, commune: Services, village: Services, i18n: I18n, tmp_path: Path
) -> None:
    [meeting] = village.meetings.list()
    [convention] = village.conventions.list()
    window = _window(qtbot, commune, i18n)
    for section in (MEETINGS, CONVENTIONS):  # both lists seen before the import
        window.show_section(section)
    assert window.meetings.model.row_of(meeting.uuid) < 0
    assert window.conventions.model.row_of(convention.uuid) < 0

    window.show_section(SYNC)
    tab = window.sync.import_tab
    assert tab is not None
    tab.receipts_dir = tmp_path / "receipts"
    ask = FixedAsk()
    window.sync._ask = ask
    tab._ask = ask
    ask.files = list(village.sync.export(tmp_path / "out").files)
    assert tab.check(ask.files)
    qtbot.waitUntil(lambda: bool(tab.outcomes) and not tab.job.busy, timeout=WAIT_MS)
    assert tab.start_import()
    qtbot.waitUntil(lambda: not tab.paths and not tab.job.busy, timeout=WAIT_MS)
    assert [o.status for o in tab.outcomes] == ["imported"]

    window.show_section(MEETINGS)
    qtbot.waitUntil(lambda: window.meetings.model.row_of(meeting.uuid) >= 0, timeout=WAIT_MS)
    window.show_section(CONVENTIONS)
    qtbot.waitUntil(lambda: window.conventions.model.row_of(convention.uuid) >= 0, timeout=WAIT_MS)


def test_a_shown_list_follows_an_import_run_on_another_thread(
    qtbot: QtBot, commune: Services, village: Services, i18n: I18n, tmp_path: Path
) -> None:
    [meeting] = village.meetings.list()
    files = list(village.sync.export(tmp_path / "out").files)
    window = _window(qtbot, commune, i18n)
    window.show_section(MEETINGS)
    importer = threading.Thread(target=commune.sync_import.import_files, args=(files,))
    importer.start()
    importer.join(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: window.meetings.model.row_of(meeting.uuid) >= 0, timeout=WAIT_MS)


def test_a_hidden_page_refreshes_when_next_shown_and_not_before(
    qtbot: QtBot, commune: Services, i18n: I18n
) -> None:
    window = _window(qtbot, commune, i18n)
    assert window.current_section() == OVERVIEW
    resets: list[int] = []
    window.meetings.model.modelReset.connect(lambda: resets.append(1))
    before = window.overview.values["villages"].text()
    dong = commune.villages.find("DONG")
    added = commune.meetings.add_json({**OWN_MEETING, "village": dong.uuid})
    commune.villages.add(VillageData(code="MOI", name="Thôn Mới", households_total=40))
    # the overview, shown, counts again at once; the hidden meetings list waits
    qtbot.waitUntil(lambda: window.overview.values["villages"].text() != before)
    qtbot.wait(50)
    assert resets == [] and window.meetings.model.row_of(added.uuid) < 0
    window.show_section(MEETINGS)
    assert window.meetings.model.row_of(added.uuid) >= 0
    assert len(resets) == 1  # one refresh for both announcements
    assert "Thôn Mới" in [
        window.meetings.village_filter.itemText(i)
        for i in range(window.meetings.village_filter.count())
    ]


def test_a_restore_refreshes_the_pages(
    qtbot: QtBot, commune: Services, i18n: I18n, tmp_path: Path
) -> None:
    backup = commune.maintenance.backup(tmp_path / "b.sqlite3")
    window = _window(qtbot, commune, i18n)
    villages = window.overview.values["villages"]
    before = villages.text()
    window.show_section(MEETINGS)
    dong = commune.villages.find("DONG")
    added = commune.meetings.add_json({**OWN_MEETING, "village": dong.uuid})
    commune.villages.add(VillageData(code="MOI", name="Thôn Mới", households_total=40))
    qtbot.waitUntil(lambda: window.meetings.model.row_of(added.uuid) >= 0)
    window.show_section(OVERVIEW)
    qtbot.waitUntil(lambda: villages.text() != before)
    window.overview.wait()  # as the Backups tab does: the day's figures read to the end
    commune.backups.restore(backup)  # the village and the meeting added since are gone
    qtbot.waitUntil(lambda: villages.text() == before)  # the overview, shown: at once
    assert window.meetings.model.row_of(added.uuid) >= 0  # hidden: not read yet
    window.show_section(MEETINGS)
    assert window.meetings.model.row_of(added.uuid) < 0
