"""A window per role: nothing a level cannot do is offered (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role, keeps_kind
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import (
    CONVENTIONS,
    DISCLOSURES,
    MEETINGS,
    OVERVIEW,
    REPORTS,
    SETTINGS,
    SYNC,
    VILLAGES,
    MainWindow,
)
from tests.conftest import Clock

PROVINCE = InstallationData(
    role=Role.UPPER,
    code="79",
    name="Thành phố Hồ Chí Minh",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
)
VILLAGE = InstallationData(
    role=Role.VILLAGE,
    code="T01",
    name="Thôn Phú Hòa",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    parent_code="27031",
    parent_name="Phường Tân Phú",
    officer_name="Lê Văn Tám",
)


def _window(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown_sections(window: MainWindow) -> list[int]:
    return [i for i in range(window.sidebar.count()) if not window.sidebar.item(i).isHidden()]


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[Services]:
    services = build_services(open_store(tmp_path / "commune", clock=Clock()))
    make_demo(services)
    yield services
    services.close()


def test_the_rule_per_role() -> None:
    assert all(keeps_kind(Role.COMMUNE, k) for k in ("village", "meeting", "disclosure"))
    assert keeps_kind(Role.VILLAGE, "meeting") and keeps_kind(Role.VILLAGE, "convention")
    assert not keeps_kind(Role.VILLAGE, "disclosure")
    assert not any(keeps_kind(Role.UPPER, k) for k in ("village", "meeting", "convention"))


def test_receiving_level_is_offered_only_what_it_does(
    qtbot: QtBot, ui_services: Services, i18n: I18n, commune: Services, tmp_path: Path
) -> None:
    ui_services.setup.initialize(PROVINCE)
    # One commune registered and heard from, one registered and silent.
    key = commune.sync.export_key(tmp_path / "commune.json")
    ui_services.sync_import.register_child(key, code="25222", name="Xã Tân Phú")
    bundle = commune.sync.export(tmp_path / "out")
    ui_services.sync_import.import_files(list(bundle.files))
    window = _window(qtbot, ui_services, i18n)

    assert _shown_sections(window) == [OVERVIEW, SYNC, REPORTS, SETTINGS]
    assert not window.section_actions[MEETINGS].isEnabled()  # Ctrl+3 does nothing
    window.show_section(DISCLOSURES)
    assert window.current_section() == OVERVIEW
    assert not window.new_village_action.isEnabled()
    window.new_record()
    assert window.current_section() == OVERVIEW  # no dialog, no page change

    overview = window.overview
    labels = [label.text() for label in overview._form_labels.values() if label.isVisible()]
    assert not any(text.startswith("Xã/phường") for text in labels)
    form = overview.commune_box.layout()
    assert isinstance(form, QFormLayout)
    assert not overview.values["upper"].isVisible()  # no "Cấp trên nhận báo cáo … ()"
    assert not overview.villages_box.isVisible()
    assert overview.units_box.isVisible()
    summary = overview.units_box.summary.text()
    assert "1 đơn vị đã đăng ký: 1 đơn vị đã gửi dữ liệu" in summary
    assert "25222 Xã Tân Phú — gói số 1 lập ngày" in summary
    assert overview.units_box.next_step.text().startswith("Tiếp theo:")

    window.show_section(REPORTS)
    reports = window.reports  # the report over the units (tests/ui/test_reports.py)
    qtbot.waitUntil(lambda: reports.province is not None and not reports.busy)
    assert reports.print_button.isVisible() and reports.excel_button.isVisible()
    assert reports.units.item(0, 0).text() == "Xã Tân Phú (25222)"
    assert reports.state.styleSheet() == ""  # a plain sentence, not an error


def test_receiving_level_without_units_says_the_first_step(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    ui_services.setup.initialize(PROVINCE)
    window = _window(qtbot, ui_services, i18n)
    box = window.overview.units_box
    assert box.summary.text() == "Chưa có đơn vị nào được đăng ký."
    assert "Đơn vị cấp dưới" in box.next_step.text()


def test_a_silent_unit_is_listed_first_with_its_days(
    qtbot: QtBot, ui_services: Services, i18n: I18n, commune: Services, tmp_path: Path
) -> None:
    ui_services.setup.initialize(PROVINCE)
    key = commune.sync.export_key(tmp_path / "commune.json")
    ui_services.sync_import.register_child(key, code="25222", name="Xã Tân Phú")
    board = ui_services.sync_board.board(today=date(2026, 1, 1))
    from desktop.ui.pages.overview_units import units_text

    summary, step = units_text(board)
    assert "25222 Xã Tân Phú — chưa gửi gì" in summary
    assert "1 đơn vị im lặng" in summary
    assert "im lặng" in step


def test_village_head_sees_the_village_work_and_sends_to_the_commune(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    ui_services.setup.initialize(VILLAGE)
    window = _window(qtbot, ui_services, i18n)
    assert _shown_sections(window) == [
        OVERVIEW,
        VILLAGES,
        MEETINGS,
        CONVENTIONS,
        SYNC,
        REPORTS,
        SETTINGS,
    ]
    assert window.new_village_action.isEnabled()
    overview = window.overview
    assert overview._form_labels["name"].text() == "Thôn:"
    assert overview._form_labels["upper"].text() == "Xã/phường:"
    assert overview.values["upper"].text() == "Phường Tân Phú (27031)"
    window.show_section(SYNC)
    sync = window.sync
    assert sync.export_tab is not None  # «Gửi dữ liệu»
    assert sync.tabs.tabText(0) == "&Gửi dữ liệu"
    assert sync.export_tab.values["receiver"].text() == "Phường Tân Phú (27031)"


def test_commune_keeps_every_section(qtbot: QtBot, commune: Services, i18n: I18n) -> None:
    window = _window(qtbot, commune, i18n)
    assert _shown_sections(window) == list(range(10))  # with issues 15's and 16's sections
    assert window.overview.values["upper"].isVisible()
    assert not window.overview.units_box.isVisible()
