"""The overview lists what needs doing today; each line opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.today import TodoCode, TodoItem
from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import MEETINGS, OVERVIEW, SYNC, MainWindow
from desktop.ui.pages.today_box import ITEM_ROLE


def _window(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    return window


def _close_what_opens(tries: int = 300) -> list[QWidget]:
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


def test_overview_lists_todays_work_and_opens_it(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    make_demo(ui_services)
    window = _window(qtbot, ui_services, i18n)
    today = window.overview.today
    assert window.current_section() == OVERVIEW
    items = ui_services.today.todo()
    qtbot.waitUntil(lambda: today.list.count() == len(items))  # read off the GUI thread
    assert items
    texts = today.texts()
    assert any(t.startswith("⚠ Biên bản chưa gửi") for t in texts), texts
    assert any("Quá hạn công khai" in t for t in texts), texts
    # The demo's yearly dialogue: a commitment three days past its due day (Law Art. 32).
    overdue = [t for t in texts if "Công khai danh sách hộ nghèo được hỗ trợ" in t]
    assert len(overdue) == 1 and overdue[0].startswith("⚠"), texts
    assert "Việc cần làm hôm nay" in today.title()

    row = next(
        i for i in range(today.list.count())
        if today.list.item(i).data(ITEM_ROLE).code is TodoCode.MINUTES_TO_SEND
    )  # fmt: skip
    wanted: TodoItem = today.list.item(row).data(ITEM_ROLE)
    today.list.setCurrentRow(row)
    opened = _close_what_opens()
    qtbot.keyClick(today.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert window.current_section() == MEETINGS
    assert window.meetings.current_id() == wanted.uuid
    assert type(opened[0]).__name__ == "MeetingDialog"


def test_receipts_awaited_open_the_sync_page(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, commune_services, i18n)
    assert window.overview.wait(5000)
    item = TodoItem(TodoCode.RECEIPT_AWAITED, "sync", None, "3", None, False, count=2)
    window.overview.today.show_items([item], "")
    assert "2 gói" in window.overview.today.texts()[0]
    window.overview.today.list.itemActivated.emit(window.overview.today.list.item(0))
    assert window.current_section() == SYNC


def test_nothing_due_says_what_to_do_next(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = _window(qtbot, commune_services, i18n)
    today = window.overview.today
    qtbot.waitUntil(lambda: "Ctrl+2" in today.empty.text())
    assert today.list.isHidden() and today.empty.isVisible()
    # No village yet: add them first.


def test_nothing_due_at_the_receiving_level_points_to_the_communes_bundles(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    """A province keeps no villages: its next step is the communes' keys and bundles."""
    from desktop.core.installation import InstallationData, Role

    ui_services.setup.initialize(
        InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
    )
    window = _window(qtbot, ui_services, i18n)
    today = window.overview.today
    qtbot.waitUntil(lambda: "Ctrl+8" in today.empty.text())
    assert "khóa của từng xã" in today.empty.text()
    assert "thêm các thôn" not in today.empty.text()


def test_citizen_and_yearly_dialogue_lines_in_words(qtbot: QtBot) -> None:
    """Issue 15's deadline lines and issue 16's missing yearly dialogue, worded from their
    codes; the dialogue line has no record, so activating it opens nothing."""
    from datetime import date

    from desktop.core.warnings import RecordWarning
    from desktop.ui.pages.today_box import TodayBox, todo_text

    letter = TodoItem(
        TodoCode.CITIZEN_DUE, "letter", "u1", "Xin sửa đèn", date(2026, 11, 30), False,
        RecordWarning("letter_processing", {"days": 10, "unit": "wd", "start": "2026-11-16",
                                            "article": "tt05"}),
    )  # fmt: skip
    year = TodoItem(
        TodoCode.DIALOGUE_YEAR_MISSING, "dialogue", None, "", date(2026, 12, 1), True,
        RecordWarning("dialogue_year_missing", {"year": 2026, "by": "2026-12-01",
                                                "article": "law_32"}),
    )  # fmt: skip
    # The window's language here is the test session's (English without an I18n fixture).
    assert todo_text(letter).startswith("Xin sửa đèn: Letter processed: 10 working days")
    assert todo_text(year).startswith("No People's Committee–resident dialogue held in 2026")
    box = TodayBox()
    qtbot.addWidget(box)
    box.show_items([year], "")
    opened: list[object] = []
    box.open_sync.connect(lambda: opened.append("sync"))
    box.open_record.connect(lambda kind, uuid: opened.append((kind, uuid)))
    box.list.itemActivated.emit(box.list.item(0))
    assert opened == []
