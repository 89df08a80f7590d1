"""The village meetings page and its form, driven as the village head would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.errors import FieldError
from desktop.core.meeting_json import StoredMeeting
from desktop.core.messages import format_field_error
from desktop.core.villages import Village, VillageData
from desktop.services.container import Services
from desktop.storage.meetings import MeetingQuery
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.dialogs.meeting_items import ItemEditor
from desktop.ui.i18n import I18n
from desktop.ui.main_window import MEETINGS, MainWindow
from desktop.ui.pages.meeting_list import OUTCOME, WARNINGS
from desktop.ui.pages.meetings import MeetingsPage

TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW in Vietnam
HELD = date(2026, 3, 10)


@pytest.fixture
def village(commune_services: Services) -> Village:
    return commune_services.villages.add(
        VillageData(
            code="DONG",
            name="Thôn Đông",
            head_name="Trần Văn Hùng",
            households_total=212,
            households_as_of=date(2026, 1, 1),
        )
    )


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def page(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village, opened: list[Path]
) -> MeetingsPage:
    p = MeetingsPage(commune_services, i18n, open_file=opened.append)
    qtbot.addWidget(p)
    p.resize(1150, 600)
    p.show()
    return p


def _dialog(qtbot: QtBot, services: Services, i18n: I18n, **kw: Any) -> MeetingDialog:
    dialog = MeetingDialog(services, TODAY, lambda: i18n.lang, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _in_modal(act: Callable[[MeetingDialog], None]) -> list[BaseException]:
    """Run ``act`` on the meeting dialog about to open modally."""
    errors: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MeetingDialog):
            QTimer.singleShot(10, step)
            return
        try:
            act(dialog)
        except BaseException as exc:  # surfaced by the test after exec() returns
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    return errors


def _contribution(dialog: MeetingDialog, present: int, votes_for: int) -> ItemEditor:
    """A road levy voted at a meeting on HELD (the keyboard path, in code)."""
    dialog.main.title_edit.setText("Hội nghị bàn mức đóng góp bê tông hóa đường thôn")
    dialog.main.held_on.setDate(QDate(HELD.year, HELD.month, HELD.day))
    dialog.main.households_present.setValue(present)
    editor = dialog.items.editors[0]
    editor.title.setText("Mức đóng góp 500.000 đồng/hộ")
    editor.matter.setCurrentIndex(editor.matter.findData("contribution"))
    editor.votes_for.setValue(votes_for)
    return editor


def _add(services: Services, village: Village, **fields: Any) -> StoredMeeting:
    held: date = fields.pop("held_on", HELD)
    votes_for = fields.pop("votes_for", 150)
    matter = fields.pop("matter", "contribution")
    obj = {
        "village": village.uuid,
        "title": fields.pop("title", "Hội nghị thôn"),
        "meeting_type": "decision",
        "held_on": held.isoformat(),
        "households_present": fields.pop("households_present", 180),
        "items": [{"title": "Biểu quyết", "matter": matter, "votes_for": votes_for}],
        **{k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()},
    }
    return services.meetings.add_json(obj)


def test_empty_state_says_what_to_do(page: MeetingsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Chưa có hội nghị nào — bấm «Thêm» (Ctrl+N) để ghi hội nghị."
    assert [b.text() for b in (page.add_button, page.minutes_button)] == [
        "&Thêm…",
        "In &biên bản",
    ]
    assert not page.edit_button.isEnabled() and not page.minutes_button.isEnabled()


def test_outcome_shown_live_then_saved_into_the_list(
    qtbot: QtBot, page: MeetingsPage, commune_services: Services
) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: MeetingDialog) -> None:
        assert dialog.main.village.currentText() == "Thôn Đông (DONG)"  # the only village
        assert dialog.main.households_total.value() == 212  # its count in force
        assert "212" in dialog.main.total_hint.text()
        editor = _contribution(dialog, present=180, votes_for=141)
        seen["141"] = editor.outcome.text()
        seen["141 rule"] = editor.rule.text()
        editor.votes_for.setValue(142)
        seen["142"] = editor.outcome.text()
        seen["142 rule"] = editor.rule.text()
        seen["effect"] = editor.effect.text()
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button.text() == "Lưu"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    errors = _in_modal(fill)
    with qtbot.waitSignal(page.changed):
        saved = page.add_meeting()
    assert not errors and saved is not None
    assert seen["141"].endswith("Không đạt")
    assert seen["141 rule"].startswith("Không đạt: 141/212 hộ tán thành < 2/3 tổng số hộ")
    assert seen["142"].endswith("Đạt") and "Không" not in seen["142"]
    assert "142/212" in seen["142 rule"] and "Điều 21 Luật 10/2022/QH15" in seen["142 rule"]
    assert seen["effect"] == "Có hiệu lực từ ngày biểu quyết, 10/03/2026."

    model = page.model
    assert model.rowCount() == 1 and page.stack.currentWidget() is page.view
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "10/03/2026",
        "Thôn Đông",
        "Hội nghị bàn mức đóng góp bê tông hóa đường thôn",
        "Quyết định việc của cộng đồng",
        "180/212",
        "Đạt",
        "",
    ]
    assert model.index(0, OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.current_id() == saved.uuid
    stored = commune_services.meetings.get(saved.uuid)
    assert stored.data.items[0].votes_for == 142 and stored.data.households_total == 212


def test_present_above_total_is_refused_at_its_field(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = _dialog(qtbot, commune_services, i18n)
    _contribution(dialog, present=213, votes_for=150)
    dialog.save()

    assert dialog.isVisible() and dialog.saved is None
    expected = format_field_error(
        FieldError("households_present", "present_gt_total", {"present": 213, "total": 212}), "vi"
    )
    assert dialog.error_text("households_present") == expected
    label = dialog.main.targets["households_present"].label
    assert label.isVisible() and label.text() == expected
    assert "213" in expected and "212" in expected
    assert dialog.general_error.isHidden()
    assert commune_services.meetings.count() == 0  # nothing saved

    dialog.main.households_present.setValue(200)  # the message follows the fix at once
    assert label.isHidden()
    dialog.save()
    assert dialog.saved is not None and commune_services.meetings.count() == 1


def test_item_errors_go_to_the_item_and_unknown_fields_to_the_top(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = _dialog(qtbot, commune_services, i18n)
    _contribution(dialog, present=100, votes_for=90)
    second = dialog.items.add_item()
    second.title.setText("Thu quỹ khuyến học")
    second.matter.setCurrentIndex(second.matter.findData("fund_management"))
    second.votes_for.setValue(120)  # more than the 100 present
    dialog.save()
    assert dialog.saved is None
    assert dialog.error_text("items[1].votes_for").startswith("Nội dung 2 — Số hộ tán thành: ")
    assert second.error.isVisible() and dialog.items.editors[0].error.isHidden()
    assert dialog.focusWidget() is second.votes_for  # the field to fix has the focus

    dialog.errors.show([FieldError("no_such_field", "required")])
    assert dialog.errors.general_text() == "«no_such_field»: bắt buộc phải nhập"
    assert commune_services.meetings.count() == 0


def test_household_ballot_section_only_for_a_ballot(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = _dialog(qtbot, commune_services, i18n)
    assert dialog.ballot.isHidden() and dialog.details.isHidden()
    editor = dialog.items.editors[0]
    editor.matter.setCurrentIndex(editor.matter.findData("other"))
    editor.method.setCurrentIndex(editor.method.findData("household_ballot"))
    assert dialog.ballot.isVisible()
    assert dialog.ballot.papers_issued.value() == 212  # one paper per household
    dialog.ballot.papers_returned.setValue(190)
    editor.votes_for.setValue(160)
    assert dialog.meeting().ballot is not None
    assert editor.rule.text().startswith("Đạt: 160/212 hộ tán thành")
    editor.method.setCurrentIndex(editor.method.findData("show_of_hands"))
    assert dialog.ballot.isHidden() and dialog.meeting().ballot is None


def test_filters_reduce_the_rows_in_sql(
    qtbot: QtBot, page: MeetingsPage, commune_services: Services, village: Village
) -> None:
    _add(commune_services, village, title="Đường thôn 2025", held_on=date(2025, 5, 4))
    _add(commune_services, village, title="Nhà văn hóa", votes_for=100)  # 100/212: not passed
    _add(commune_services, village, title="Quỹ khuyến học", matter="fund_management")
    page.refresh()
    asked: list[MeetingQuery] = []
    real_ids = commune_services.meetings.ids

    def spy(query: MeetingQuery | None = None) -> list[str]:
        assert query is not None
        asked.append(query)
        return real_ids(query)

    commune_services.meetings.ids = spy  # type: ignore[method-assign]
    page.reload()
    assert page.model.rowCount() == 3
    assert page.year_filter.count() == 3  # all, 2026, 2025

    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("failed"))
    assert asked[-1].outcome == "failed"
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Nhà văn hóa"
    assert page.model.index(0, OUTCOME).data() == "Không đạt"

    page.outcome_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert asked[-1].year == 2025 and asked[-1].outcome is None
    assert [page.model.index(0, 2).data()] == ["Đường thôn 2025"]
    assert page.model.rowCount() == 1

    page.year_filter.setCurrentIndex(0)
    page.search.setText("khuyen hoc")  # accents and case ignored by the store's search
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert asked[-1].search == "khuyen hoc"
    page.search.setText("không có hội nghị này")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.text() == "Không có hội nghị nào khớp với bộ lọc."


def test_print_minutes_and_invitation_off_the_gui_thread(
    qtbot: QtBot,
    page: MeetingsPage,
    commune_services: Services,
    village: Village,
    opened: list[Path],
) -> None:
    meeting = _add(
        commune_services,
        village,
        title="Hội nghị bàn đường thôn",
        notice_on=HELD - timedelta(days=3),
    )
    page.reload()
    assert page.select(meeting.uuid)
    assert page.print_minutes()
    assert not page.minutes_button.isEnabled()  # one document at a time
    assert page.status.text() == "Đang tạo biên bản…"
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    (path,) = opened
    assert path == commune_services.ctx.paths.documents / "bien-ban-2026-03-10-DONG.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Hội nghị bàn đường thôn" in text or "BIÊN BẢN" in text.upper()
    assert str(path) in page.status.text()
    qtbot.waitUntil(page.minutes_button.isEnabled)
    assert QApplication.overrideCursor() is None

    assert page.print_invitation()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20_000)
    assert opened[1].name == "giay-moi-2026-03-10-DONG.pdf" and opened[1].is_file()
    page.printer.wait()


def test_print_failure_is_told_calmly(
    qtbot: QtBot,
    page: MeetingsPage,
    commune_services: Services,
    village: Village,
    opened: list[Path],
) -> None:
    meeting = _add(commune_services, village)
    page.reload()
    page.select(meeting.uuid)

    def broken(uuid: str, out: Path) -> Path:
        raise OSError("disk full")

    commune_services.documents.minutes_pdf = broken  # type: ignore[method-assign]
    page.print_minutes()
    qtbot.waitUntil(lambda: "disk full" in page.status.text())
    assert page.status.text() == "Không tạo được văn bản: disk full"
    assert not opened
    qtbot.waitUntil(page.minutes_button.isEnabled)


def test_late_invitation_warned_in_the_form_and_the_list(
    qtbot: QtBot, page: MeetingsPage, commune_services: Services, village: Village
) -> None:
    message = (
        "Giấy mời gửi ngày 09/03/2026, chỉ 1 ngày trước ngày họp 10/03/2026; phải gửi trước "
        "ít nhất 2 ngày (Điều 3 Nghị định 59/2023/NĐ-CP)"
    )

    def fill(dialog: MeetingDialog) -> None:
        _contribution(dialog, present=180, votes_for=150)
        assert dialog.warning_texts() == []
        dialog.main.notice_on.check.setChecked(True)
        assert dialog.main.notice_on.value() == HELD - timedelta(days=2)  # offered: 2 days
        dialog.main.notice_on.edit.setDate(QDate(2026, 3, 9))
        assert dialog.warning_texts() == [f"⚠ {message}"]
        assert dialog.warnings_box.isVisible()
        dialog.save()

    errors = _in_modal(fill)
    saved = page.add_meeting()
    assert not errors and saved is not None
    row = page.model.row_of(saved.uuid)
    cell = page.model.index(row, WARNINGS)
    assert cell.data() == "⚠ 1"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"⚠ {message}"

    page.with_warnings.setChecked(True)
    assert page.model.rowCount() == 1


def test_edit_and_version_conflict(
    qtbot: QtBot, page: MeetingsPage, commune_services: Services, i18n: I18n, village: Village
) -> None:
    meeting = _add(commune_services, village, chair="Trần Văn Hùng")
    dialog = _dialog(qtbot, commune_services, i18n, meeting=meeting)
    assert dialog.windowTitle() == "Sửa hội nghị thôn"
    assert dialog.details.isVisible()  # it holds details: shown unfolded
    assert dialog.details.chair.text() == "Trần Văn Hùng"
    assert dialog.meeting() == meeting.data  # the form gives back what it was filled with

    commune_services.meetings.update_json(meeting.uuid, {"place": "Nhà văn hóa thôn"})
    dialog.main.title_edit.setText("Sửa lại tiêu đề")
    dialog.save()
    assert dialog.saved is None
    assert dialog.general_error.text().startswith("Trong lúc bạn sửa, hội nghị này đã được lưu")
    assert commune_services.meetings.get(meeting.uuid).data.title == "Hội nghị thôn"


def test_keyboard_ctrl_n_tab_order_and_ctrl_enter(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    window = MainWindow(commune_services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == MEETINGS

    def typed(dialog: MeetingDialog) -> None:
        dialog.activateWindow()
        QApplication.processEvents()

        def here() -> QWidget:
            widget = QApplication.focusWidget()
            assert widget is not None
            return widget

        main, editor = dialog.main, dialog.items.editors[0]
        assert here() is main.title_edit  # the only village is chosen already
        qtbot.keyClicks(here(), "Hop ban lam duong")  # QTest types ASCII only
        qtbot.keyClick(here(), Qt.Key.Key_Return)  # Enter alone never saves half a form
        assert dialog.isVisible() and commune_services.meetings.count() == 0
        fields = (main.held_on, main.households_present, editor.title, editor.matter)
        for expected in (*fields, editor.votes_for):
            qtbot.keyClick(here(), Qt.Key.Key_Tab)
            assert here() is expected or here().parent() is expected
            if expected is main.held_on:
                qtbot.keyClicks(here(), "10032026")  # the parts move on by themselves
            if expected is main.households_present:
                qtbot.keyClicks(here(), "150")
            if expected is editor.title:
                qtbot.keyClicks(here(), "Duong be tong")
            if expected is editor.matter:  # no matter is assumed: the officer picks one
                assert "matter" in editor.rule.text() or "loại" in editor.rule.text().lower()
                qtbot.keyClicks(here(), "v")  # Việc khác
                assert editor.matter.currentData() == "other"
        qtbot.keyClicks(here(), "120")
        assert editor.outcome.text().endswith("Đạt")  # 120 × 2 > 212: matter "other"
        qtbot.keyClick(here(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    errors = _in_modal(typed)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.meetings.model.rowCount() == 1 or bool(errors))
    assert not errors, errors
    (stored,) = commune_services.meetings.list()
    assert stored.data.title == "Hop ban lam duong"
    assert stored.data.held_on == HELD and stored.data.households_present == 150
    assert stored.data.items[0].title == "Duong be tong"
    assert stored.data.items[0].votes_for == 120
    assert window.meetings.model.index(0, OUTCOME).data() == "Đạt"

    window.activateWindow()  # (a window manager does this when a dialog closes)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings.search.hasFocus()


def test_english_window_words_stored_warnings_and_rules_in_english(
    qtbot: QtBot, page: MeetingsPage, commune_services: Services, village: Village, i18n: I18n
) -> None:
    # Stored as codes; the window words them by its language (here switched to English).
    from desktop.core.meetings import Matter, Meeting, MeetingItem, MeetingType, Method

    item = MeetingItem("Road", Matter.CONTRIBUTION, Method.SHOW_OF_HANDS, 150)
    stored = commune_services.meetings.add(
        Meeting(
            village.uuid,
            "Road meeting",
            MeetingType.DECISION,
            HELD,
            notice_on=date(2026, 3, 9),
            households_total=212,
            households_present=180,
            items=(item,),
        )
    )
    i18n.apply("en")
    page.reload()
    qtbot.waitUntil(lambda: page.model.row_of(stored.uuid) is not None)
    row = page.model.row_of(stored.uuid)
    english = (
        "⚠ Invitations sent on 09/03/2026, only 1 day(s) before the meeting on 10/03/2026; they "
        "must go out at least 2 days before (Decree 59/2023/ND-CP, Art. 3)"
    )
    assert page.model.index(row, WARNINGS).data(Qt.ItemDataRole.ToolTipRole) == english
    outcome = page.model.index(row, OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    rule = "Passed: 150/212 households for ≥ 2/3 of all households (Law 10/2022/QH15, Art. 21)"
    assert outcome == f"Road: {rule}"
    dialog = _dialog(qtbot, commune_services, i18n, meeting=stored)
    assert dialog.warning_texts() == [english]
    assert dialog.items.editors[0].rule.text().startswith("Passed: 150/212 households")
    i18n.apply("vi")
    dialog = _dialog(qtbot, commune_services, i18n, meeting=stored)
    assert dialog.warning_texts()[0].startswith("⚠ Giấy mời gửi ngày 09/03/2026")
