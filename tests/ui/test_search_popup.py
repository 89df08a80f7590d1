"""The search box over every record: Ctrl+K, type, see the words in bold, Enter opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.queries import ConventionQuery
from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.services.search import SearchHit
from desktop.ui.i18n import I18n
from desktop.ui.main_window import (
    CONVENTIONS,
    DISCLOSURES,
    MEETINGS,
    OVERVIEW,
    VILLAGES,
    MainWindow,
)
from desktop.ui.record_view import RecordDialog
from desktop.ui.search_popup import SearchPopup
from desktop.ui.search_results import HIT_ROLE, HTML_ROLE, hit_html, marked

CONVENTION = "Hương ước thôn Đông"
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    make_demo(services)
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _close_what_opens(tries: int = 300) -> list[QWidget]:
    """The form a record opens in (modal), recorded and closed as soon as it shows."""
    opened: list[QWidget] = []

    def step(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog):
            opened.append(widget)
            widget.done(0)
        elif left > 0:
            QTimer.singleShot(10, lambda: step(left - 1))

    QTimer.singleShot(0, lambda: step(tries))
    return opened


def _type(qtbot: QtBot, popup: SearchPopup, text: str) -> None:
    popup.input.clear()
    qtbot.keyClicks(popup.input, text)
    qtbot.waitUntil(lambda: popup.shown_for == text, timeout=5000)


def test_ctrl_k_type_enter_opens_the_record(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, ui_services, i18n)
    popup = window.search_popup
    assert not popup.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert popup.isVisible() and popup.input.hasFocus()
    assert "có dấu hay không dấu" in popup.empty.text()  # the hint before typing

    qtbot.keyClicks(popup.input, "huong uoc thon dong")
    assert popup._timer.isActive()  # debounced: no query per key
    qtbot.waitUntil(lambda: popup.shown_for == "huong uoc thon dong", timeout=5000)
    assert popup.results.count() >= 2
    first = popup.results.item(0)
    assert first.text() == CONVENTION
    kind, uuid = first.data(HIT_ROLE)
    assert kind == "convention"
    hit = first.data(HTML_ROLE)
    assert isinstance(hit, SearchHit)
    shown = hit_html(hit, "#777")
    assert "<b>Hương</b> <b>ước</b> <b>thôn</b> <b>Đông</b>" in shown
    assert "Hương ước/Quy ước" in shown  # the kind, in Vietnamese

    qtbot.keyClick(popup.input, Qt.Key.Key_Down)
    assert popup.results.currentRow() == 1
    qtbot.keyClick(popup.input, Qt.Key.Key_Up)
    assert popup.results.currentRow() == 0
    opened = _close_what_opens()
    qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_section() == CONVENTIONS
    assert window.conventions.current_id() == uuid
    qtbot.waitUntil(lambda: bool(opened))  # Enter opens the record, as the README says
    assert type(opened[0]).__name__ == "ConventionView"


def test_enter_right_after_typing_opens_what_was_typed(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, ui_services, i18n)
    window.show_search()
    popup = window.search_popup
    qtbot.keyClicks(popup.input, "thon tay")  # QTest types ASCII only
    opened = _close_what_opens()
    qtbot.keyClick(popup.input, Qt.Key.Key_Enter)  # before the debounce has run
    assert window.current_section() == VILLAGES
    village = window.villages.current_village()
    assert village is not None and village.data.name == "Thôn Tây"
    qtbot.waitUntil(lambda: bool(opened))
    assert type(opened[0]).__name__ == "VillageDialog"


def test_opening_a_record_hidden_by_filters_clears_them(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, ui_services, i18n)
    window.show_section(MEETINGS)
    window.meetings.search.setText("khong co cuoc hop nao nhu the")
    window.meetings.reload()
    assert window.meetings.model.rowCount() == 0
    window.show_search()
    _type(qtbot, window.search_popup, "duong be tong")
    results = window.search_popup.results
    where = results.visualItemRect(results.item(0)).center()
    # A press first: the view acts on a double click only over the item pressed.
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.search_popup.isVisible()  # one click only chooses
    opened = _close_what_opens()
    qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: bool(opened))
    assert window.current_section() == MEETINGS
    meeting = window.meetings.current_meeting()
    assert meeting is not None and "đường bê tông" in meeting.data.title
    assert window.meetings.search.text() == ""


def test_empty_state_escape_and_ctrl_f(qtbot: QtBot, ui_services: Services, i18n: I18n) -> None:
    window = _window(qtbot, ui_services, i18n)
    popup = window.search_popup
    assert window.current_section() == OVERVIEW
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # no filter on the overview: search all
    assert popup.isVisible()
    _type(qtbot, popup, "xyz khong co")
    assert popup.results.count() == 0 and not popup.results.isVisible()
    assert popup.empty.isVisible()
    assert popup.empty.text() == "Không tìm thấy bản ghi nào có «xyz khong co»."
    qtbot.keyClick(popup.input, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.current_section() == OVERVIEW
    qtbot.keyClick(popup.input, Qt.Key.Key_Escape)
    assert not popup.isVisible()

    # On a page with a filter Ctrl+F goes to the filter first, then to the search box.
    window.show_section(MEETINGS)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.meetings.search.hasFocus() and not popup.isVisible()
    qtbot.keyClick(window.meetings.search, Qt.Key.Key_F, CTRL)
    assert popup.isVisible() and popup.input.hasFocus()
    qtbot.keyClick(popup.input, Qt.Key.Key_Escape)
    assert window.meetings.search.hasFocus()  # back where the officer was
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert popup.isVisible()
    window.meetings.view.setFocus()  # a click elsewhere closes the box
    QApplication.processEvents()
    assert not popup.isVisible()


def test_marked_escapes_and_bolds() -> None:
    assert marked("a<b> Đường", ((5, 10),)) == "a&lt;b&gt; <b>Đường</b>"
    assert marked("abc", ()) == "abc"


def test_enter_on_a_disclosure_selects_it_in_its_list(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, ui_services, i18n)
    window.show_search()
    _type(qtbot, window.search_popup, "ho ngheo")
    kind, uuid = window.search_popup.results.item(0).data(HIT_ROLE)
    assert kind == "disclosure"
    opened = _close_what_opens()
    qtbot.keyClick(window.search_popup.input, Qt.Key.Key_Return)
    assert window.current_section() == DISCLOSURES
    assert window.disclosures.current_id() == uuid
    qtbot.waitUntil(lambda: bool(opened))
    assert type(opened[0]).__name__ == "DisclosureDialog"


def test_a_found_record_of_a_kind_without_a_page_opens_in_the_viewer(
    qtbot: QtBot, ui_services: Services, i18n: I18n, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Search is generic: a kind the window has no page for (the next kinds) must open
    read-only in the record viewer, not raise KeyError (review of issue 12)."""
    window = _window(qtbot, ui_services, i18n)
    pages = window.record_pages()
    del pages["convention"]
    monkeypatch.setattr(window, "record_pages", lambda: pages)
    uuid = ui_services.conventions.ids(ConventionQuery())[0]
    opened = _close_what_opens()
    window.open_found("convention", uuid)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert isinstance(opened[0], RecordDialog)
    assert window.current_section() == OVERVIEW
