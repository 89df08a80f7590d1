"""The public-disclosure page, its form and the feedback dialog, driven as the officer would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import Disclosure, DisclosureStatus, Feedback, Posting
from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.villages import Village, VillageData, VillageType
from desktop.core.warning_words import word_warning
from desktop.services.container import Services
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.feedback_dialog import FeedbackDialog
from desktop.ui.dialogs.postings_table import POSTED, REMOVED
from desktop.ui.disclosure_labels import RED, colour, status_label, word_error
from desktop.ui.i18n import I18n, translate
from desktop.ui.labels import format_day
from desktop.ui.pages.disclosure_list import STATUS
from desktop.ui.pages.disclosures import BOARDS_TAB, DisclosuresPage

TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW in Vietnam
D = TypeVar("D", bound=QDialog)


class Picker:
    """Stands in for the file dialog: hands out the path it was given."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.asked = 0

    def __call__(self, parent: QWidget) -> Path | None:
        self.asked += 1
        return self.path


@pytest.fixture
def villages(commune_services: Services) -> list[Village]:
    return [
        commune_services.villages.add(
            VillageData(
                code=code,
                name=name,
                village_type=VillageType.THON,
                households_total=120,
                households_as_of=date(2026, 1, 1),
            )
        )
        for code, name in (("DONG", "Thôn Đông"), ("NAM", "Thôn Nam"), ("TAY", "Thôn Tây"))
    ]


@pytest.fixture
def picker() -> Picker:
    return Picker()


@pytest.fixture
def make_page(
    qtbot: QtBot, commune_services: Services, i18n: I18n, picker: Picker
) -> Callable[[], DisclosuresPage]:
    def make() -> DisclosuresPage:
        page = DisclosuresPage(commune_services, i18n, picker)
        qtbot.addWidget(page)
        page.resize(1140, 700)
        page.show()
        return page

    return make


def _in_modal(
    kind: type[D], act: Callable[[D], None], *, active: bool = False
) -> list[BaseException]:
    """Run ``act`` on the dialog of type ``kind`` about to be opened modally (once it is
    the active window when ``active``: shortcuts reach the active window only)."""
    errors: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or (active and not dialog.isActiveWindow()):
            QTimer.singleShot(10, step)
            return
        try:
            act(dialog)
        except BaseException as exc:  # surfaced by the test after exec() returns
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    return errors


def _everywhere(villages: list[Village], posted: date, removed: date | None) -> tuple[Posting, ...]:
    office = Posting("Trụ sở UBND xã", None, posted, removed)
    return (office, *(Posting("", v.uuid, posted, removed) for v in villages))


def _completed(services: Services, villages: list[Village]) -> StoredDisclosure:
    """Budget estimate posted everywhere 60 days ago and taken down after 30 days."""
    posted = TODAY - timedelta(days=60)
    return services.disclosures.add(
        Disclosure(
            category=2,
            title="Dự toán ngân sách năm 2026",
            decided_on=posted - timedelta(days=1),
            forms=(DisclosureForm.NOTICE_BOARD,),
            postings=_everywhere(villages, posted, posted + timedelta(days=30)),
        )
    )


def _overdue(services: Services) -> StoredDisclosure:
    """Decided 10 working days ago, nothing posted yet."""
    decided = services.calendar.calendar().add_working_days(TODAY, -10)
    return services.disclosures.add(
        Disclosure(
            category=6,
            title="Báo cáo tài sản công năm 2026",
            decided_on=decided,
            forms=(DisclosureForm.NOTICE_BOARD,),
        )
    )


def _on_boards(services: Services, villages: list[Village]) -> StoredDisclosure:
    """Posted five days ago at the office and the first two villages, still up."""
    posted = TODAY - timedelta(days=5)
    return services.disclosures.add(
        Disclosure(
            category=7,
            title="Danh sách hộ nghèo năm 2026",
            decided_on=posted - timedelta(days=1),
            forms=(DisclosureForm.NOTICE_BOARD,),
            postings=_everywhere(villages[:2], posted, None),
        )
    )


def _type(dialog: DisclosureDialog, row: int, column: int, text: str) -> None:
    item = dialog.grid.table.item(row, column)
    assert item is not None
    item.setText(text)  # what committing an edit in the cell does


# --- the form -------------------------------------------------------------------------------
def test_new_item_7_names_the_missing_village_live_and_saves(
    qtbot: QtBot,
    make_page: Callable[[], DisclosuresPage],
    commune_services: Services,
    villages: list[Village],
) -> None:
    page = make_page()
    seen: list[list[str]] = []

    def fill(dialog: DisclosureDialog) -> None:
        dialog.details.set_category(7)
        assert "3" in dialog.details.hint.text()  # the loudspeaker rule of item 7
        dialog.details.title_edit.setText("Danh sách hộ cận nghèo năm 2026")
        dialog.details.decided_on.set_value(TODAY - timedelta(days=3))
        places = [dialog.grid.place(r).name for r in range(dialog.grid.table.rowCount())]
        assert places[1:] == ["Thôn Đông", "Thôn Nam", "Thôn Tây"]  # the office first
        for row in (0, 1, 2):  # the office, Đông and Nam; Tây forgotten
            _type(dialog, row, POSTED, format_day(TODAY - timedelta(days=1)))
        seen.append(dialog.warning_texts())
        assert dialog.forms.boxes[DisclosureForm.NOTICE_BOARD].isChecked()  # ticked for us
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = _in_modal(DisclosureDialog, fill)
    with qtbot.waitSignal(page.changed):
        saved = page.add_disclosure()
    assert not errors
    missing = [w for w in seen[0] if "Chưa niêm yết tại điểm sinh hoạt cộng đồng" in w]
    assert len(missing) == 1 and "Thôn Tây" in missing[0]
    assert "Thôn Đông" not in missing[0] and "Thôn Nam" not in missing[0]

    assert saved is not None
    stored = commune_services.disclosures.get(saved.uuid)
    assert [p.village_uuid for p in stored.data.postings] == [
        None,
        villages[0].uuid,
        villages[1].uuid,
    ]
    assert any("Thôn Tây" in word_warning("disclosure", w) for w in stored.warnings)
    # Not overdue nor ending this week: the list shows all so the new record is in sight.
    assert page.view_key() == "all"
    assert page.current_id() == saved.uuid
    row = page.model.row_of(saved.uuid)
    assert page.model.index(row, STATUS).data() == status_label(DisclosureStatus.POSTED)


def test_a_refused_save_marks_the_cell_and_stores_nothing(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts reach the active window only
        dialog.show()
        dialog.activateWindow()
    dialog.details.set_category(7)
    dialog.details.title_edit.setText("Danh sách hộ nghèo")
    dialog.details.decided_on.set_value(TODAY - timedelta(days=10))
    # The office left empty: postings[0] is Thôn Đông's row (row 1).
    _type(dialog, 1, POSTED, format_day(TODAY - timedelta(days=2)))
    _type(dialog, 1, REMOVED, format_day(TODAY - timedelta(days=4)))
    title = dialog.details.title_edit
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves

    assert dialog.isVisible() and dialog.saved is None
    assert commune_services.disclosures.count() == 0  # nothing saved
    assert dialog.grid.is_marked(1, REMOVED)
    assert not dialog.grid.is_marked(1, POSTED)
    expected = word_error(
        FieldError(
            "postings[0].removed_on", "must_not_precede", {"other": "postings[0].posted_on"}
        ),
        i18n.lang,
    )
    assert dialog.error_text("postings[0].removed_on") == expected
    assert dialog.grid.error.isVisible()
    assert dialog.grid.error.text() == f"Thôn Đông: {expected}"
    assert dialog.grid.table.currentRow() == 1 and dialog.grid.table.currentColumn() == REMOVED

    _type(dialog, 1, REMOVED, "")  # corrected: still up
    assert not dialog.grid.is_marked(1, REMOVED)  # the errors follow the edits
    dialog.save()
    assert dialog.saved is not None
    assert commune_services.disclosures.count() == 1


def test_a_cell_that_is_no_date_is_refused_before_the_service(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.details.title_edit.setText("Kế hoạch năm 2027")
    _type(dialog, 0, POSTED, "31/02/2026")
    assert dialog.grid.is_marked(0, POSTED)
    _type(dialog, 2, POSTED, "5/11")  # short forms are read and written out in full
    assert dialog.grid.table.item(2, POSTED).text() == "05/11/2026"
    dialog.save()
    assert dialog.saved is None and commune_services.disclosures.count() == 0
    assert "dd/mm/yyyy" in dialog.grid.error.text()


def test_quick_actions_fill_the_grid(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    grid = dialog.grid
    grid.table.setCurrentCell(0, 0)  # the office's name: Today means its posting day
    qtbot.mouseClick(grid.today_button, Qt.MouseButton.LeftButton)
    assert grid.table.item(0, POSTED).text() == format_day(TODAY)
    grid.table.setCurrentCell(0, POSTED)
    qtbot.mouseClick(grid.fill_button, Qt.MouseButton.LeftButton)
    assert [grid.day(r, POSTED) for r in range(4)] == [TODAY] * 4
    assert dialog.warning_texts() == []  # everywhere: nothing to warn about
    grid.table.setCurrentCell(3, POSTED)
    grid.table.selectRow(3)
    grid.clear_selected()
    assert grid.day(3, POSTED) is None
    assert any("Thôn Tây" in w for w in dialog.warning_texts())


def test_editing_puts_stored_postings_in_their_rows(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    stored = _on_boards(commune_services, villages)
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang, stored)
    qtbot.addWidget(dialog)
    posted = TODAY - timedelta(days=5)
    assert [dialog.grid.day(r, POSTED) for r in range(4)] == [posted, posted, posted, None]
    assert dialog.disclosure() == stored.data  # nothing changed by opening it
    dialog.details.title_edit.setText("Danh sách hộ nghèo năm 2026 (bổ sung)")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.meta.version == stored.meta.version + 1


def test_rule_hints_follow_the_item(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.details.set_category(7)
    loudspeaker = translate(
        "DisclosureLabels", "broadcast on the loudspeaker on at least %1 consecutive days"
    ).replace("%1", "3")
    assert loudspeaker in dialog.details.hint.text()
    assert not dialog.details.content_changed_on.isVisible()
    dialog.details.set_category(13)
    permanent = translate(
        "DisclosureLabels",
        "posted permanently at the commune office and posted again when it changes",
    )
    assert permanent[1:] in dialog.details.hint.text()
    assert loudspeaker not in dialog.details.hint.text()
    assert dialog.details.content_changed_on.isVisible()


# --- the list -------------------------------------------------------------------------------
def test_attention_lists_the_overdue_one_and_not_the_completed_one(
    make_page: Callable[[], DisclosuresPage], commune_services: Services, villages: list[Village]
) -> None:
    overdue = _overdue(commune_services)
    completed = _completed(commune_services, villages)
    page = make_page()
    assert page.view_key() == "attention"  # the first view
    assert page.model.row_of(overdue.uuid) >= 0
    assert page.model.row_of(completed.uuid) < 0
    row = page.model.row_of(overdue.uuid)
    status = page.model.index(row, STATUS)
    assert status.data() == status_label(DisclosureStatus.OVERDUE)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == colour(RED)
    warnings = page.model.index(row, STATUS + 1)
    assert warnings.data() == "⚠ 1"
    assert "Chưa công khai" in warnings.data(Qt.ItemDataRole.ToolTipRole)

    page.set_view("all")
    assert page.model.rowCount() == 2
    page.set_view("overdue")
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [overdue.uuid]


def test_empty_states_say_why(
    make_page: Callable[[], DisclosuresPage], commune_services: Services, villages: list[Village]
) -> None:
    page = make_page()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == translate(
        "DisclosuresPage", "No disclosures recorded yet — press «Add» (Ctrl+N) to record one."
    )
    _completed(commune_services, villages)
    page.reload()
    assert page.empty.text() == translate(
        "DisclosuresPage", "Nothing is overdue and no posting period ends this week."
    )
    page.set_view("on_boards")
    assert page.empty.text() == translate(
        "DisclosuresPage", "Nothing is on the notice boards today."
    )


def test_on_boards_view_and_the_boards_grid(
    make_page: Callable[[], DisclosuresPage], commune_services: Services, villages: list[Village]
) -> None:
    up = _on_boards(commune_services, villages)
    _completed(commune_services, villages)
    page = make_page()
    page.set_view("on_boards")
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [up.uuid]

    page.tabs.setCurrentIndex(BOARDS_TAB)
    boards = page.boards
    assert boards.uuids == [up.uuid]
    until = format_day(TODAY - timedelta(days=5) + timedelta(days=30))  # posting day not counted
    assert boards.cell_text(0, 0) == translate("DisclosureBoards", "Until %1").replace("%1", until)
    assert boards.cell_text(1, 0) == boards.cell_text(0, 0)  # Thôn Đông
    assert boards.cell_text(3, 0) == translate("DisclosureBoards", "Not posted")  # Thôn Tây
    assert boards.table.verticalHeaderItem(3).text() == "Thôn Tây"


def test_search_and_item_filter(
    make_page: Callable[[], DisclosuresPage], commune_services: Services, villages: list[Village]
) -> None:
    overdue = _overdue(commune_services)
    up = _on_boards(commune_services, villages)
    page = make_page()
    page.set_view("all")
    page.filters.search.setText("ho ngheo")  # accents and case do not matter
    page.filters.search.returnPressed.emit()
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [up.uuid]
    page.filters.search.clear()
    page.filters.category.setCurrentIndex(page.filters.category.findData(6))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [overdue.uuid]


# --- feedback and evidence ----------------------------------------------------------------
def test_feedback_in_two_clicks_then_answered(
    qtbot: QtBot,
    make_page: Callable[[], DisclosuresPage],
    commune_services: Services,
    villages: list[Village],
) -> None:
    stored = _overdue(commune_services)
    page = make_page()
    assert page.select(stored.uuid)

    def write(dialog: FeedbackDialog) -> None:
        assert dialog.received_on.date().toPython() == TODAY
        dialog.sender_edit.setText("Bà Lê Thị Hoa, thôn Nam")
        dialog.content.setPlainText("Đề nghị công khai sớm danh mục tài sản.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # click 2

    errors = _in_modal(FeedbackDialog, write)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.feedback_button, Qt.MouseButton.LeftButton)  # click 1
    assert not errors
    feedback = commune_services.disclosures.get(stored.uuid).data.feedback
    assert feedback == (
        Feedback(TODAY, "Bà Lê Thị Hoa, thôn Nam", "Đề nghị công khai sớm danh mục tài sản."),
    )
    menu = page.context_menu()
    answer_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert answer_menu.isEnabled() and len(answer_menu.actions()) == 1

    def answer(dialog: FeedbackDialog) -> None:
        assert dialog.answer_box.isChecked()
        dialog.answer.setPlainText("UBND xã sẽ niêm yết trong tuần.")
        dialog.save()

    errors = _in_modal(FeedbackDialog, answer)
    answer_menu.actions()[0].trigger()
    assert not errors
    answered = commune_services.disclosures.get(stored.uuid).data.feedback[0]
    assert answered.answered_on == TODAY and answered.answer == "UBND xã sẽ niêm yết trong tuần."


def test_feedback_without_content_is_refused(
    qtbot: QtBot, commune_services: Services, villages: list[Village], i18n: I18n
) -> None:
    stored = _overdue(commune_services)
    dialog = FeedbackDialog(commune_services.disclosures, stored, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved is None
    assert dialog.error_text("content") == format_field_error(
        FieldError("feedback[0].content", "required"), i18n.lang
    )
    assert commune_services.disclosures.get(stored.uuid).data.feedback == ()


def test_attach_with_the_injected_picker(
    qtbot: QtBot,
    make_page: Callable[[], DisclosuresPage],
    commune_services: Services,
    villages: list[Village],
    picker: Picker,
    tmp_path: Path,
) -> None:
    stored = _overdue(commune_services)
    photo = tmp_path / "bang-tin-thon-dong.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the notice board")
    picker.path = photo
    page = make_page()
    assert page.select(stored.uuid)
    with qtbot.waitSignal(page.changed, timeout=5000):
        assert page.attach_to_current()
    page.attacher.wait()
    attachments = commune_services.disclosures.get(stored.uuid).data.attachments
    assert [a.name for a in attachments] == ["bang-tin-thon-dong.jpg"]
    assert "bang-tin-thon-dong.jpg" in page.status.text()

    picker.path = None  # cancelled: nothing happens
    assert not page.attach_to_current()

    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * 2048)
    picker.path = big
    commune_services.disclosures.attachments.max_bytes = 1024
    with qtbot.waitSignal(page.attacher.failed, timeout=5000):
        assert page.attach_to_current()
    assert "scan.pdf" in page.status.text()
    assert len(commune_services.disclosures.get(stored.uuid).data.attachments) == 1


def test_the_form_attaches_and_still_saves(
    qtbot: QtBot,
    commune_services: Services,
    villages: list[Village],
    picker: Picker,
    tmp_path: Path,
    i18n: I18n,
) -> None:
    stored = _overdue(commune_services)
    scan = tmp_path / "quyet-dinh.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned decision")
    picker.path = scan
    dialog = DisclosureDialog(commune_services, TODAY, lambda: i18n.lang, stored, pick_file=picker)
    qtbot.addWidget(dialog)
    evidence = dialog.evidence
    assert evidence is not None
    dialog.details.responsible.setText("Văn phòng UBND xã")  # an edit made before attaching
    with qtbot.waitSignal(evidence.stored_changed, timeout=5000):
        assert evidence.attach()
    assert evidence.attachments.item(0).text().startswith("quyet-dinh.pdf")
    dialog.save()  # the form carries on from the version the attachment made
    assert dialog.saved is not None
    assert dialog.saved.data.responsible == "Văn phòng UBND xã"
    assert [a.name for a in dialog.saved.data.attachments] == ["quyet-dinh.pdf"]


def test_keyboard_f2_edits_and_ctrl_semicolon_puts_today(
    qtbot: QtBot,
    make_page: Callable[[], DisclosuresPage],
    commune_services: Services,
    villages: list[Village],
) -> None:
    stored = _overdue(commune_services)
    page = make_page()
    with qtbot.waitActive(page):
        page.activateWindow()
    assert page.select(stored.uuid)
    page.view.setFocus()
    days: list[date | None] = []

    def type_today(dialog: DisclosureDialog) -> None:
        assert dialog.details.title_edit.text() == stored.data.title
        dialog.grid.table.setFocus()
        dialog.grid.table.setCurrentCell(2, POSTED)
        qtbot.keyClick(dialog.grid.table, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
        days.append(dialog.grid.day(2, POSTED))
        dialog.reject()

    errors = _in_modal(DisclosureDialog, type_today, active=True)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(days) or bool(errors), timeout=3000)
    assert not errors
    assert days == [TODAY]
