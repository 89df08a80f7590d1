"""The hương ước / quy ước page, its view and dialogs, driven as the officer would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.convention_json import StoredConvention
from desktop.core.convention_messages import format_transition
from desktop.core.convention_text import ChangeStatus
from desktop.core.conventions import Convention, ConventionStatus, ConventionType, EventType, status
from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.villages import Village, VillageData, VillageType
from desktop.services.container import Services
from desktop.ui.convention_labels import change_label, event_label
from desktop.ui.convention_view import ConventionView
from desktop.ui.dialogs.convention_compare import ConventionCompare
from desktop.ui.dialogs.convention_dialog import ConventionDialog, tree_texts
from desktop.ui.dialogs.convention_event_dialog import ConventionEventDialog
from desktop.ui.i18n import I18n, translate
from desktop.ui.labels import format_count
from desktop.ui.pages.convention_list import ACTION, TITLE
from desktop.ui.pages.conventions import ConventionsPage

TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW in Vietnam
D = TypeVar("D", bound=QDialog)

TEXT = """Cộng đồng thôn Đông thống nhất ban hành Hương ước:
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Hương ước này quy định về nếp sống văn hóa.
Điều 2. Đối tượng áp dụng
1. Hộ gia đình thường trú tại thôn.
2. Người tạm trú trên địa bàn thôn.
Chương II
NỘI DUNG CỤ THỂ
Điều 3. Giữ gìn vệ sinh môi trường
1. Mỗi hộ gia đình có trách nhiệm:
a) Thu gom rác thải đúng nơi quy định;
b) Không đổ rác ra đường làng.
"""
AMENDED = TEXT.replace("2. Người tạm trú trên địa bàn thôn.", "2. Người tạm trú từ 30 ngày.") + (
    "Điều 4. Phòng, chống cháy nổ\nKhông đốt rơm rạ gần khu dân cư.\n"
)


# --- set-up -----------------------------------------------------------------------------------
@pytest.fixture
def village(commune_services: Services) -> Village:
    return commune_services.villages.add(
        VillageData(
            code="DONG",
            name="Thôn Đông",
            village_type=VillageType.THON,
            head_name="Trần Văn Hùng",
            households_total=100,
            households_as_of=date(2026, 1, 1),
        )
    )


@pytest.fixture
def page(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> Iterator[ConventionsPage]:
    p = ConventionsPage(commune_services, i18n)
    qtbot.addWidget(p)
    p.resize(1140, 700)
    p.show()
    yield p
    p.statistics.worker.wait(5000)


def _lang() -> str:
    return "vi"


def _meeting(services: Services, village: Village, held: date, votes_for: int) -> str:
    """A village meeting voting on the convention (100 households, 80 present)."""
    return services.meetings.add_json(
        {
            "village": village.uuid,
            "title": "Hội nghị thông qua Hương ước thôn Đông",
            "meeting_type": "convention",
            "held_on": held.isoformat(),
            "notice_on": (held - timedelta(days=3)).isoformat(),
            "households_present": 80,
            "items": [
                {
                    "title": "Thông qua Hương ước",
                    "matter": "convention",
                    "method": "show_of_hands",
                    "votes_for": votes_for,
                }
            ],
        }
    ).uuid


def _events(*steps: tuple[str, str], **extra: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for kind, on in steps:
        out.append({"type": kind, "on": on, **extra.get(kind, {})})
    return out


CONSULTED = (("proposed", "2026-08-03"), ("drafting", "2026-08-10"), ("consultation", "2026-08-20"))


def _convention(
    services: Services, village: Village, *steps: tuple[str, str], **extra: Any
) -> StoredConvention:
    return services.conventions.add_json(
        {
            "village": village.uuid,
            "convention_type": "huong_uoc",
            "title": "Hương ước thôn Đông",
            "text": TEXT,
            "events": _events(*steps, **extra),
        }
    )


def _in_force(services: Services, village: Village) -> StoredConvention:
    """Recognised on Friday 20/11/2026 after a meeting that passed it on 16/11."""
    meeting = _meeting(services, village, date(2026, 11, 16), 70)
    return _convention(
        services,
        village,
        *CONSULTED,
        ("adopted", "2026-11-16"),
        ("submitted", "2026-11-17"),
        ("recognized", "2026-11-20"),
        adopted={"meeting": meeting},
        recognized={"decision_no": "15/QĐ-UBND"},
    )


def _in_modal(dialog_type: type[D], act: Callable[[D], None]) -> list[BaseException]:
    """Run ``act`` on the dialog of ``dialog_type`` about to open modally."""
    errors: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(10, step)
            return
        try:
            act(dialog)
        except BaseException as exc:  # surfaced by the test after exec() returns
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    return errors


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- the list ---------------------------------------------------------------------------------
def test_empty_state_invites_to_record_one(page: ConventionsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == translate(
        "ConventionsPage", "No convention recorded yet — press «New» (Ctrl+N) to record one."
    )
    assert not page.open_button.isEnabled()


def test_create_by_pasting_the_text_shows_its_structure(
    qtbot: QtBot, page: ConventionsPage, commune_services: Services, village: Village
) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: ConventionDialog) -> None:
        dialog.village.setCurrentIndex(dialog.village.findData(village.uuid))
        dialog.title.setText("Hương ước thôn Đông")
        dialog.proposer.setText("Trần Văn Hùng")
        dialog.drafting_team.setText("Lê Văn A, Phạm Thị B")
        QApplication.clipboard().setText(TEXT)
        dialog.text_edit.setFocus()
        dialog.text_edit.paste()
        qtbot.waitUntil(lambda: "Điều 3. Giữ gìn vệ sinh môi trường" in tree_texts(dialog.tree))
        seen["tree"] = tree_texts(dialog.tree)
        seen["summary"] = dialog.summary.text()
        seen["problems"] = dialog.problem_text()
        seen["review"] = dialog.review_day.date()
        _save(qtbot, dialog.buttons)

    errors = _in_modal(ConventionDialog, fill)
    with qtbot.waitSignal(page.changed):
        saved = page.add_convention()
    assert not errors
    assert saved is not None
    assert seen["tree"][:4] == [
        translate("ConventionDialog", "Preamble: %1").replace(
            "%1",
            "Cộng đồng thôn Đông thống nhất ban hành Hương ước:",
        ),
        "Chương I — NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Hương ước này quy định về nếp sống văn hóa.",
    ]
    assert {
        "Điều 2. Đối tượng áp dụng",
        "2. Người tạm trú trên địa bàn thôn.",
        "b) Không đổ rác ra đường làng.",
    } <= set(seen["tree"])
    assert seen["summary"] == translate(
        "ConventionDialog", "%1 chapter(s), %2 article(s), %3 clause(s)"
    ).replace("%1", "2").replace("%2", "3").replace("%3", "3")
    assert seen["problems"] == ""
    assert seen["review"] == QDate(2024, 11, 18)  # 18 November unless agreed otherwise

    stored = commune_services.conventions.get(saved.uuid)
    assert stored.data.text.startswith("Cộng đồng thôn Đông") and stored.data.review_day == (11, 18)
    assert stored.data.drafting_team == ("Lê Văn A", "Phạm Thị B")
    assert page.current_id() == saved.uuid
    row = page.model.row_of(saved.uuid)
    assert page.model.index(row, TITLE).data() == "Hương ước thôn Đông"
    assert page.model.index(row, ACTION).data() == translate(
        "ConventionLabels", "Record the proposal"
    )


def test_text_problems_show_inline_and_nothing_is_saved(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = ConventionDialog(commune_services, _lang, village_uuid=village.uuid)
    qtbot.addWidget(dialog)
    dialog.title.setText("Quy ước")
    dialog.text_edit.setPlainText(TEXT + "Điều 2. Lặp lại\nNội dung.\n")
    dialog.refresh_preview()
    duplicate = format_field_error(FieldError("text", "duplicate_article", {"number": 2}), "vi")
    assert dialog.problem_text() == duplicate
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert dialog.error_text("text") == duplicate
    assert commune_services.conventions.count() == 0

    dialog.text_edit.setPlainText("Lời nói đầu, chưa có điều nào.")
    dialog.refresh_preview()
    no_articles = format_field_error(FieldError("text", "no_articles"), "vi")
    assert dialog.problem_text() == no_articles


# --- the life cycle through the step dialog ---------------------------------------------------
def test_steps_proposed_drafting_consultation_through_the_dialog(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    stored = _convention(commune_services, village)
    view = ConventionView(commune_services, stored.uuid, _lang)
    qtbot.addWidget(view)
    assert list(view.step_buttons) == [EventType.PROPOSED]

    steps = (
        (EventType.PROPOSED, QDate(2026, 9, 1)),
        (EventType.DRAFTING, QDate(2026, 9, 10)),
        (EventType.CONSULTATION, QDate(2026, 9, 20)),
    )
    for kind, day in steps:

        def record(dialog: ConventionEventDialog, kind: EventType = kind, day: QDate = day) -> None:
            assert dialog.current_step() is kind
            assert EventType.SUBMITTED not in dialog.offered_steps()
            dialog.on.setDate(day)
            if kind is EventType.CONSULTATION:
                dialog.until.check.setChecked(True)
                dialog.until.edit.setDate(QDate(2026, 10, 25))
                dialog.append_opinion("Bà Nguyễn Thị C", "Thêm quy định về tiếng ồn", "Tiếp thu")
            _save(qtbot, dialog.buttons)

        errors = _in_modal(ConventionEventDialog, record)
        with qtbot.waitSignal(view.changed):
            saved = view.record_step(kind)
        assert not errors and saved is not None

    data = commune_services.conventions.get(stored.uuid).data
    assert status(data) is ConventionStatus.CONSULTATION
    consultation = data.events[-1]
    assert consultation.until == date(2026, 10, 25)
    assert [(o.sender, o.content, o.handling) for o in consultation.opinions] == [
        ("Bà Nguyễn Thị C", "Thêm quy định về tiếng ồn", "Tiếp thu")
    ]
    assert view.timeline.rowCount() == 3
    item = view.timeline.item(2, 1)
    assert item is not None and item.text() == event_label(EventType.CONSULTATION)
    # "submitted" is not offered while the draft is only out for opinions (D61 Arts. 10–11)
    assert set(view.step_buttons) == {EventType.DRAFTING, EventType.ADOPTED, EventType.REJECTED}
    dialog = ConventionEventDialog(
        commune_services, commune_services.conventions.get(stored.uuid), _lang
    )
    qtbot.addWidget(dialog)
    assert EventType.SUBMITTED not in dialog.offered_steps()
    assert dialog.offered_steps() == [EventType.DRAFTING, EventType.ADOPTED, EventType.REJECTED]


def test_adoption_by_a_failed_meeting_is_refused_in_vietnamese(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    stored = _convention(commune_services, village, *CONSULTED)
    failed = _meeting(commune_services, village, date(2026, 11, 20), 30)  # 30 of 100: not passed
    before = commune_services.conventions.get(stored.uuid)
    view = ConventionView(commune_services, stored.uuid, _lang)
    qtbot.addWidget(view)
    shown: dict[str, str] = {}

    def adopt(dialog: ConventionEventDialog) -> None:
        assert dialog.current_step() is EventType.ADOPTED
        dialog.meeting.setCurrentIndex(dialog.meeting.findData(failed))
        assert dialog.on.date() == QDate(2026, 11, 20)  # the meeting's day
        _save(qtbot, dialog.buttons)
        assert dialog.isVisible()  # refused: the dialog stays open with the reason
        shown["meeting"] = dialog.error_text("meeting")
        dialog.reject()

    errors = _in_modal(ConventionEventDialog, adopt)
    assert view.record_step(EventType.ADOPTED) is None
    assert not errors
    params = {"event": "adopted", "status": "consultation", "convention_type": "huong_uoc"}
    assert shown["meeting"] == format_transition("meeting_not_passed", params, "vi")
    assert shown["meeting"].startswith("Không thể ghi «Thông qua»: hội nghị được dẫn chiếu")
    after = commune_services.conventions.get(stored.uuid)
    assert after.data.events == before.data.events
    assert after.meta.version == before.meta.version


def test_after_recognition_the_list_shows_the_distribution_deadline(
    qtbot: QtBot, page: ConventionsPage, commune_services: Services, village: Village
) -> None:
    meeting = _meeting(commune_services, village, date(2026, 11, 16), 70)
    stored = _convention(
        commune_services,
        village,
        *CONSULTED,
        ("adopted", "2026-11-16"),
        ("submitted", "2026-11-17"),
        adopted={"meeting": meeting},
    )
    page.reload()
    row = page.model.row_of(stored.uuid)
    # Submitted on 17/11: decided within 5 working days (Art. 11); 24/11 is a holiday.
    decide_by = translate("ConventionLabels", "Decide on recognition by %1").replace(
        "%1", "25/11/2026"
    )
    assert page.model.index(row, ACTION).data() == decide_by

    view = ConventionView(commune_services, stored.uuid, _lang, page)
    qtbot.addWidget(view)

    def recognise(dialog: ConventionEventDialog) -> None:
        dialog.on.setDate(QDate(2026, 11, 20))
        dialog.decision_no.setText("15/QĐ-UBND")
        dialog.signer.setText("Nguyễn Văn An")
        _save(qtbot, dialog.buttons)

    errors = _in_modal(ConventionEventDialog, recognise)
    view.changed.connect(lambda: page.reload(keep=view.uuid))
    assert view.record_step(EventType.RECOGNIZED) is not None
    assert not errors
    # Recognised on Friday 20/11: sent out within 2 working days (Art. 18): Monday 23/11, then
    # Wednesday 25/11, as 24/11 is Vietnam Culture Day, a public holiday from 2026.
    due = commune_services.calendar.calendar().add_working_days(date(2026, 11, 20), 2)
    assert due == date(2026, 11, 25)
    expected = translate("ConventionLabels", "Send the text out by %1").replace("%1", "25/11/2026")
    assert page.model.index(page.model.row_of(stored.uuid), ACTION).data() == expected
    timeline = view.timeline.item(view.timeline.rowCount() - 1, 2)
    assert timeline is not None and "15/QĐ-UBND" in timeline.text()


def test_old_versions_are_shown_on_request(
    page: ConventionsPage, commune_services: Services, village: Village
) -> None:
    old = _in_force(commune_services, village)
    new = commune_services.conventions.new_version(old.uuid)
    page.reload()
    assert page.model.rowCount() == 2
    title = page.model.index(page.model.row_of(new.uuid), TITLE).data()
    assert title == translate("ConventionsPage", "%1 (amended version)").replace(
        "%1", "Hương ước thôn Đông"
    )
    page.status_filter.setCurrentIndex(page.status_filter.findData("in_force"))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [old.uuid]


# --- the view, versions and comparison --------------------------------------------------------
def test_comparison_shows_the_changed_and_the_added_article(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    old = _in_force(commune_services, village)
    draft = commune_services.conventions.new_version(old.uuid)
    new = commune_services.conventions.update(
        draft.uuid,
        Convention(
            village.uuid,
            ConventionType.HUONG_UOC,
            "Hương ước thôn Đông",
            AMENDED,
            supersedes_uuid=old.uuid,
        ),
        expected_version=draft.meta.version,
    )
    compare = ConventionCompare(commune_services, new.uuid)
    qtbot.addWidget(compare)
    assert compare.old.currentData() == old.uuid and compare.new.currentData() == new.uuid
    assert compare.rows() == [
        ("Điều 1", change_label(ChangeStatus.UNCHANGED)),
        ("Điều 2", change_label(ChangeStatus.CHANGED)),
        ("Điều 3", change_label(ChangeStatus.UNCHANGED)),
        ("Điều 4", change_label(ChangeStatus.ADDED)),
    ]
    old_text, new_text = compare.table.item(1, 2), compare.table.item(1, 3)
    assert old_text is not None and "2. Người tạm trú trên địa bàn thôn." in old_text.text()
    assert new_text is not None and "2. Người tạm trú từ 30 ngày." in new_text.text()
    added = compare.table.item(3, 2)
    assert added is not None and added.text() == "—"
    compare.hide_unchanged.setChecked(True)
    assert [n for n, _ in compare.rows()] == ["Điều 2", "Điều 4"]


def test_amended_version_from_the_view_and_text_in_force_on_a_day(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    old = _in_force(commune_services, village)
    view = ConventionView(commune_services, old.uuid, _lang)
    qtbot.addWidget(view)
    assert view.new_version_button.isEnabled() and not view.compare_button.isEnabled()
    assert set(view.step_buttons) == {
        EventType.DISTRIBUTED,
        EventType.REVIEWED,
        EventType.SUSPENDED,
        EventType.ABOLISHED,
    }

    errors = _in_modal(ConventionDialog, lambda dialog: dialog.reject())
    with qtbot.waitSignal(view.changed):
        new = view.create_new_version()
    assert not errors and new is not None
    assert view.uuid == new.uuid and view.versions.rowCount() == 2
    assert view.compare_button.isEnabled() and not view.new_version_button.isEnabled()
    assert list(view.step_buttons) == [EventType.PROPOSED]

    view.in_force.setChecked(True)
    view.in_force_day.setDate(QDate(2026, 11, 19))  # the day before the recognition
    assert view.text_info.text() == translate(
        "ConventionView", "No version was in force on that day."
    )
    view.in_force_day.setDate(QDate(2026, 11, 23))
    assert view.text_info.text() == translate(
        "ConventionView", "Version %1, in force from %2"
    ).replace("%1", "1").replace("%2", "20/11/2026")
    assert "Điều 1. Phạm vi điều chỉnh" in view.text.toPlainText()


def test_enter_opens_the_view(
    qtbot: QtBot, page: ConventionsPage, commune_services: Services, village: Village
) -> None:
    stored = _in_force(commune_services, village)
    page.reload()
    page.select(stored.uuid)
    titles: list[str] = []

    def look(view: ConventionView) -> None:
        titles.append(view.title.text())
        view.reject()

    errors = _in_modal(ConventionView, look)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert not errors and titles == ["Hương ước thôn Đông"]


# --- statistics -------------------------------------------------------------------------------
def test_statistics_match_the_service(
    qtbot: QtBot, page: ConventionsPage, commune_services: Services, village: Village
) -> None:
    _in_force(commune_services, village)
    _convention(commune_services, village, *CONSULTED)
    page.reload()
    panel = page.statistics
    page.tabs.setCurrentWidget(panel)  # counted when first shown
    expected = commune_services.conventions.statistics(2026)
    qtbot.waitUntil(lambda: panel.values == expected)
    assert expected["recognized"] == 1 and expected["in_force"] == 1
    for key, figure in panel.figures.items():
        assert figure.text() == format_count(expected[key])

    panel.year.setValue(2025)
    before = commune_services.conventions.statistics(2025)
    qtbot.waitUntil(lambda: panel.values == before)
    assert set(before.values()) == {0}


def test_the_next_step_column_follows_a_language_switch(i18n: I18n) -> None:
    """A row fetched in Vietnamese showed "Gửi văn bản trước …" in the English window:
    the next step is worded when shown, not when fetched (review of issue 12)."""
    from datetime import date as _date

    from desktop.core.convention_next import NextStep
    from desktop.ui.convention_labels import NextAction

    action = NextAction(NextStep.MEETING, _date(2026, 10, 26))
    vietnamese = action.text
    i18n.apply("en")
    assert action.text == "Put to the meeting from 26/10/2026"
    assert vietnamese != action.text and "26/10/2026" in vietnamese
    assert NextAction(None).text == ""
