"""The receiving level's units' records: every kind that can arrive, filtered by unit,
kind, period and state, shown read-only; a unit's search hit opens it (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.field_labels import field_label
from desktop.core.installation import InstallationData, Role, receives_kind
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.registry import KINDS
from desktop.services.unit_records import UnitFilter, received_kinds
from desktop.ui.i18n import I18n
from desktop.ui.main_window import SYNC, MainWindow
from desktop.ui.pages.sync_records import STATE, UNIT
from desktop.ui.pages.unit_records import UnitRecordsBox
from desktop.ui.search_popup import SearchPopup
from desktop.ui.search_results import HIT_ROLE
from tests.conftest import Clock

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
CHILD = "25222"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A province that imported the demo commune's full bundle."""
    root = tmp_path_factory.mktemp("units")
    commune = build_services(open_store(root / "commune", clock=Clock()))
    upper = build_services(open_store(root / "upper", clock=Clock()))
    try:
        make_demo(commune)
        commune.cases.add_json(  # two of the new kinds (issue 15)
            {
                "case_type": "denunciation",
                "case_id": "TC-07",
                "received_day": "2026-03-03",
                "subject": "Tố cáo cán bộ địa chính",
                "person_name": "Quách Thị Xuyến",
            }
        )
        commune.letters.add_json(
            {"received_day": "2026-03-03", "letter_type": "denunciation", "senders": ["Bà Ba"]}
        )
        upper.setup.initialize(UPPER)
        upper.sync_import.register_child(commune.sync.export_key(root / "key.json"))
        bundle = commune.sync.export(root).files[0]
        upper.sync_import.import_files([bundle], receipts_dir=root)
    finally:
        commune.close()
    yield upper
    upper.close()


def _box(qtbot: QtBot, services: Services, i18n: I18n) -> UnitRecordsBox:
    box = UnitRecordsBox(services, lambda: i18n.lang)
    qtbot.addWidget(box)
    box.retranslate()
    box.set_units([(c.code, c.name) for c in services.sync_import.children()])
    return box


def test_the_kinds_offered_are_the_registry_s_the_units_keep() -> None:
    upper = [s.name for s in received_kinds(Role.UPPER)]
    assert sorted(upper) == sorted(KINDS.names)  # a commune keeps every kind, the 7 new too
    assert upper[-1] == "village"  # what the others refer to, last
    assert {"reception", "letter", "case", "consultation", "dialogue", "board"} <= set(upper)
    commune = {s.name for s in received_kinds(Role.COMMUNE)}
    assert commune == {"village", "meeting", "convention"}  # a village head keeps these
    assert not received_kinds(Role.VILLAGE)
    assert not receives_kind(Role.COMMUNE, "disclosure")


def test_every_received_kind_lists_with_its_labels(
    qtbot: QtBot, received: Services, i18n: I18n
) -> None:
    box = _box(qtbot, received, i18n)
    assert box.kind.count() == len(KINDS.names)
    listed = 0
    for i in range(box.kind.count()):
        box.kind.setCurrentIndex(i)
        assert box.kind.itemText(i) and "_" not in box.kind.itemText(i)  # worded, not a code
        if box.model.rowCount():
            listed += 1
            box.view.selectRow(0)
            record = box.current_record()
            assert record is not None and record["unit_code"] == CHILD
            assert box.model.data(box.model.index(0, UNIT)) == CHILD
            shown = box.detail.toPlainText()
            assert "Xã Tân Phú (25222)" in shown
            assert '"' not in shown.split("\n")[0]  # no JSON
    assert listed >= 6  # villages, meetings, conventions, disclosures, cases, letters
    box.kind.setCurrentIndex(box.kind.findData("case"))
    box.view.selectRow(0)
    shown = box.detail.toPlainText()
    assert "Tố cáo cán bộ địa chính" in shown and "Quách Thị Xuyến" not in shown


def test_filters_by_unit_period_state_and_warnings(
    qtbot: QtBot, received: Services, i18n: I18n
) -> None:
    box = _box(qtbot, received, i18n)
    box.kind.setCurrentIndex(box.kind.findData("meeting"))
    everything = box.model.rowCount()
    assert everything > 0
    box.show_unit(CHILD)
    assert box.model.rowCount() == everything  # one unit: all of it

    # A period: only records whose day falls in it.
    first = box.model.record(0)
    assert first is not None
    year = int(str(first["held_on"])[:4])
    years = [box.year.itemData(i) for i in range(1, box.year.count())]
    assert year in years and years == sorted(years, reverse=True)
    box.year.setCurrentIndex(box.year.findData(year))
    in_year = box.model.rowCount()
    assert 0 < in_year <= everything
    f = box.current_filter()
    assert f is not None and f.start is not None and f.start.year == year
    box.part.setCurrentIndex(3)  # Quarter I
    f = box.current_filter()
    assert f is not None and f.start is not None and f.end is not None
    assert (f.start.month, f.end.month) == (1, 3)
    box.year.setCurrentIndex(0)
    assert box.model.rowCount() == everything and not box.part.isEnabled()

    # A state: worded, and every row listed is in it.
    assert box.state.count() >= 2 and box.state.itemText(1) != box.state.itemData(1)
    box.state.setCurrentIndex(1)
    state = str(box.state.itemData(1))
    rows = [box.model.record(r) for r in range(box.model.rowCount())]
    assert rows and all(r is not None and r.get("meeting_type") == state for r in rows)
    assert box.model.rowCount() < everything or box.state.count() == 2
    box.state.setCurrentIndex(0)

    # With warnings: the viewer words them under the warnings heading.
    box.kind.setCurrentIndex(box.kind.findData("disclosure"))
    every = box.model.rowCount()
    box.warnings_only.setChecked(True)
    assert 0 < box.model.rowCount() < every
    box.view.selectRow(0)
    assert field_label("warnings", "vi") in box.detail.toPlainText()
    assert box.model.data(box.model.index(0, STATE))
    page = received.unit_records.page(UnitFilter(kind="disclosure", warnings_only=True))
    assert page and all(r.get("warnings") for r in page)


def test_a_unit_that_sent_nothing_lists_nothing(
    qtbot: QtBot, received: Services, i18n: I18n
) -> None:
    del qtbot, i18n
    assert received.unit_records.page(UnitFilter(kind="meeting", unit="99999")) == []
    assert received.unit_records.record("not-a-uuid") is None
    assert received.unit_records.states("meeting", "99999") == []


def test_enter_and_double_click_on_a_unit_s_hit_open_it_in_the_viewer(
    qtbot: QtBot, received: Services, i18n: I18n, tmp_path: Path
) -> None:
    del tmp_path
    window = MainWindow(received, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    meeting = received.unit_records.page(UnitFilter(kind="meeting"))[0]
    words = " ".join(str(meeting["title"]).split()[:4])
    popup = window.search_popup
    for press in ("enter", "double-click"):
        window.show_section(0)
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        assert popup.isVisible()
        popup.input.clear()
        popup.input.setText(words)
        qtbot.waitUntil(lambda: popup.shown_for == words, timeout=5000)
        results = popup.results
        row = _row_of(popup, str(meeting["uuid"]))
        results.setCurrentRow(row)
        if press == "enter":
            qtbot.keyClick(popup.input, Qt.Key.Key_Return)
        else:
            where = results.visualItemRect(results.item(row)).center()
            qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=where)
            qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: not popup.isVisible())
        assert window.current_section() == SYNC
        tab = window.sync.children_tab
        assert tab is not None and window.sync.tabs.currentWidget() is tab
        record = tab.current_record()
        assert record is not None and record["uuid"] == meeting["uuid"], press
        assert str(meeting["title"]) in tab.detail.toPlainText()
        assert tab.remark_button.isEnabled()  # a remark can be written from there
        qtbot.wait(20)
        assert QApplication.activeModalWidget() is None  # no edit form: read-only


def _row_of(popup: SearchPopup, uuid: str) -> int:
    results = popup.results
    for i in range(results.count()):
        data = results.item(i).data(HIT_ROLE)
        if data and data[1] == uuid:
            return int(i)
    raise AssertionError(f"{uuid} not among the hits")
