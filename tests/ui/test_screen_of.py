"""Fitting a dialog to its screen never ties the screen to the dialog (ui/widgets.py:
screen_of). ``QWidget.screen()`` made PySide6 keep the screen's wrapper as the dialog's;
collecting a closed top-level dialog then deleted the screen itself, and the next dialog
crashed in QScreen::virtualSiblings (CI, test_meetings after test_meeting_verdicts)."""

from __future__ import annotations

import gc

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.ui.widgets import fit_dialog, screen_of


def test_fitting_a_dialog_leaves_no_widget_holding_the_screen(qapp: QApplication) -> None:
    dialog = QDialog()
    fit_dialog(dialog, 940, 640)
    screen = QGuiApplication.primaryScreen()
    holders = [r for r in gc.get_referrers(screen) if isinstance(r, QWidget)]
    assert holders == []
    assert dialog.width() <= screen.availableGeometry().width() - 20
    assert screen_of(dialog) is screen
    dialog.deleteLater()


def test_a_collected_dialog_leaves_the_screen_alive(qapp: QApplication, qtbot: QtBot) -> None:
    dialog = QDialog()
    dialog.cycle = dialog  # type: ignore[attr-defined]  # freed only by the collector
    fit_dialog(dialog, 940, 640)
    dialog.show()
    dialog.close()
    del dialog
    gc.collect()
    screen = QGuiApplication.primaryScreen()
    assert screen is not None and isValid(screen)
    again = QDialog()
    qtbot.addWidget(again)
    fit_dialog(again, 400, 300)
    assert again.width() == 400
