"""The About dialog: version, data folder, log file and the bundled licences."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.logsetup import LOG_FILENAME
from desktop.services.container import Services
from desktop.ui.dialogs.about_dialog import COMPONENTS, AboutDialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import SETTINGS, MainWindow


def test_about_shows_version_folders_and_licences(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    paths = commune_services.ctx.paths
    dialog = AboutDialog(paths.root, paths.logs / LOG_FILENAME)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Giới thiệu Sổ Dân Chủ"
    assert dialog.values["version"].text().startswith(__version__)
    assert dialog.values["data_dir"].text() == str(paths.root)
    assert dialog.values["log_file"].text() == str(paths.logs / LOG_FILENAME)
    text = dialog.licences.toPlainText()
    for component in COMPONENTS:
        assert component.name in text
    assert "SIL OPEN FONT LICENSE" in text.upper()  # the font's licence text itself
    assert "Giấy phép" in text
    i18n.apply("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "About Sổ Dân Chủ")
    assert "Licence" in dialog.licences.toPlainText()


def test_about_is_reachable_from_settings(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = MainWindow(commune_services, i18n)
    qtbot.addWidget(window)
    window.show_section(SETTINGS)
    assert window.settings.about_button.text() == "Giới thiệu Sổ Dân Chủ…"
    assert window.about_action.text() == "Giới thiệu Sổ Dân Chủ"
    dialog = window.settings.about_dialog()
    qtbot.addWidget(dialog)
    assert dialog.values["data_dir"].text() == str(commune_services.ctx.paths.root)
