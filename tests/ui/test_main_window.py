"""The main window: sections, shortcuts, overview figures and switching language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.logsetup import LOG_FILENAME
from desktop.services.container import Services
from desktop.services.demo import DEMO_COMMUNE, make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import OVERVIEW, SETTINGS, VILLAGES, MainWindow
from desktop.ui.pages.skeleton import SkeletonPage

VI_SECTIONS = [
    "Tổng quan",
    "Thôn/Tổ dân phố",
    "Hội nghị thôn",
    "Hương ước/Quy ước",
    "Công khai",
    "Tiếp công dân, đơn thư",
    "Lấy ý kiến, giám sát",
    "Đồng bộ",
    "Báo cáo",
    "Cài đặt",
]
EN_SECTIONS = [
    "Overview",
    "Villages",
    "Village meetings",
    "Village conventions",
    "Public disclosure",
    "Citizen reception, letters",
    "Consultation and oversight",
    "Synchronisation",
    "Reports",
    "Settings",
]


def _window(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_sections_in_vietnamese_with_honest_placeholders(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    make_demo(ui_services)
    window = _window(qtbot, ui_services, i18n)
    assert window.windowTitle() == f"Sổ Dân Chủ — {DEMO_COMMUNE.name} — DỮ LIỆU MẪU"
    assert window.sidebar_texts() == VI_SECTIONS
    assert window.current_section() == OVERVIEW
    # Every section is built now: no skeleton page is left.
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    assert not any(isinstance(page, SkeletonPage) for page in pages)


def test_overview_counts_come_from_the_services(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    make_demo(ui_services)
    villages = ui_services.villages.list()
    expected = sum(v.data.households_total or 0 for v in villages)
    window = _window(qtbot, ui_services, i18n)
    values = window.overview.values
    assert values["name"].text() == DEMO_COMMUNE.name
    assert values["code"].text() == "25222"
    assert values["upper"].text() == (
        "Tỉnh, thành phố — Ủy ban nhân dân Thành phố Hồ Chí Minh (79)"
    )
    assert values["villages"].text() == "6"
    assert values["households"].text() == f"{expected:,}".replace(",", ".")
    assert values["data_dir"].text() == str(ui_services.ctx.paths.root)

    first = villages[0]
    ui_services.villages.retire(
        first.uuid, first.data.households_as_of or first.meta.created_at.date()
    )
    # the change signal: the overview, shown, counts again (on the next turn of the loop)
    qtbot.waitUntil(lambda: values["villages"].text() == "5")


def test_keyboard_shortcuts(qtbot: QtBot, commune_services: Services, i18n: I18n) -> None:
    window = _window(qtbot, commune_services, i18n)
    shortcuts = [a.shortcut() for a in window.section_actions]
    assert shortcuts == [QKeySequence(f"Ctrl+{i % 10}") for i in range(1, 11)]  # Ctrl+0: 10th
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == VILLAGES  # the first thing to set up
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.villages.filter.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == SETTINGS
    assert window.new_village_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)


def test_switching_language_rewords_the_window(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, commune_services, i18n)
    window.show_section(SETTINGS)
    settings = window.settings
    assert settings.values["log_file"].text() == str(commune_services.ctx.paths.logs / LOG_FILENAME)
    fingerprint = commune_services.sync.ensure_keys().fingerprint
    assert settings.values["key"].text() == fingerprint and len(fingerprint.split()) == 8
    settings.language.setCurrentIndex(settings.language.findData("en"))

    qtbot.waitUntil(lambda: window.sidebar_texts() == EN_SECTIONS)
    assert commune_services.settings.language() == "en"  # remembered for the next start
    assert i18n.lang == "en"
    assert settings.heading.text() == "Settings"
    view = window.villages.findChild(QTableView)
    assert view is not None
    assert view.model().headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert window.villages.add_button.text() == "&Add…"

    settings.language.setCurrentIndex(settings.language.findData("vi"))
    qtbot.waitUntil(lambda: window.sidebar_texts() == VI_SECTIONS)
    assert commune_services.settings.language() == "vi"
