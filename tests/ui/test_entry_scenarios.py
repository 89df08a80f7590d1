"""Issues 15 and 16 through the window's forms, against a real SQLite store: a Tuesday
reception with five visits (one the repeat visit of a known matter), a letter, a complaint
accepted, extended as complex and decided; a 20-day consultation opened and closed; a
dialogue whose three commitments are followed to done; a Ban TTND recommendation answered
on day 16 and warned late. Each refusal is shown next to its field with nothing stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.citizen_stats import reception_stats
from desktop.services.container import Services
from desktop.ui.dialogs.reception_form import ReceptionForm
from desktop.ui.dialogs.record_event import EventDialog
from desktop.ui.dialogs.record_form import RecordForm
from desktop.ui.dialogs.record_table import TableEditor
from desktop.ui.i18n import I18n
from desktop.ui.pages.kind_list import KindListPage
from tests.ui.test_record_forms import window_of


def _page(qtbot: QtBot, services: Services, i18n: I18n, kind: str) -> KindListPage:
    window = window_of(qtbot, services, i18n)
    tabs = window.citizen if kind in window.citizen.pages else window.civic
    return tabs.page_of(kind)


def _save(page: KindListPage, form: RecordForm | EventDialog) -> None:
    """Save as the Save button does, then what the list does after a save."""
    form.save()
    assert form.saved is not None, form.general.text() or dict(form.errors)
    page.after_save(form)


def _select(page: KindListPage, uuid: str) -> None:
    page.refresh()
    assert page.select(uuid)


def _step(page: KindListPage, **values: object) -> EventDialog:
    dialog = page.event_form()
    assert dialog is not None
    for key, value in values.items():
        dialog.editors[key].set_value(value)
    return dialog


def test_tuesday_reception_with_five_visits_one_a_repeat(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    earlier = commune_services.receptions.add_json(
        {
            "session_on": "2026-02-24",
            "session_kind": "regular",
            "visits": [
                {"name": "Trần Văn Bình", "address": "Thôn Bắc", "summary": "Ranh giới đất",
                 "case_id": "VV-07"}
            ],
        }
    )  # fmt: skip
    page = _page(qtbot, commune_services, i18n, "reception")
    form = page.add_form()
    assert isinstance(form, ReceptionForm)  # the generic form and the visits' matters
    qtbot.addWidget(form)
    form.editors["session_on"].set_value("2026-03-03")  # a Tuesday
    form.editors["session_kind"].set_value("regular")
    form.editors["presided_by"].set_value("Lê Thị Hoa")
    visits = form.editors["visits"]
    assert isinstance(visits, TableEditor)
    people = [
        ("Nguyễn Văn An", "Thôn Đông", "Đường liên thôn xuống cấp", "VV-11"),
        ("Trần Văn Bình", "Thôn Bắc", "Ranh giới đất (lần 2)", "VV-07"),  # seen before
        ("Lê Thị Cúc", "Thôn Nam", "Chế độ chính sách", "VV-12"),
        ("Phạm Văn Dũng", "Thôn Tây", "Cấp giấy chứng nhận", "VV-13"),
        ("Võ Thị Em", "Thôn Đông", "Ô nhiễm trại heo", "VV-14"),
    ]
    for name, address, summary, case_id in people:
        r = visits.add_row({})
        visits.set_cell(r, "name", name)
        visits.set_cell(r, "address", address)
        visits.set_cell(r, "summary", summary)
        visits.set_cell(r, "matter_type", "petition")
        visits.set_cell(r, "people", "1")
        visits.set_cell(r, "case_id", case_id)
    cell = visits.table.cellWidget(1, [c.key for c in visits.columns].index("case_id"))
    assert isinstance(cell, QComboBox) and cell.findText("VV-07") >= 0  # a known matter
    form.preview()  # what the pause after typing does
    assert "5 lượt, 5 người; 5 vụ việc, trong đó 1 vụ việc đã tiếp" in form.computed.text()
    _save(page, form)
    assert page.model.rowCount() == 2
    sessions = [s.data for s in commune_services.receptions.list()]
    tuesday = next(s for s in sessions if s.session_on == date(2026, 3, 3))
    assert len(tuesday.visits) == 5
    cal = commune_services.receptions.work_calendar()
    march = reception_stats(sessions, date(2026, 3, 1), date(2026, 3, 31), cal)
    assert (march.visits, march.cases_repeated, march.repeat_visits) == (5, 1, 1)
    both = reception_stats(sessions, date(2026, 2, 1), date(2026, 3, 31), cal)
    assert (both.visits, both.cases) == (6, 5)  # the repeat adds a visit, not a case
    assert earlier.uuid in commune_services.receptions.ids()


def test_letter_then_complaint_accepted_extended_as_complex_and_decided(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    letters = _page(qtbot, commune_services, i18n, "letter")
    form = letters.add_form()
    qtbot.addWidget(form)
    form.editors["received_day"].set_value("2026-03-03")
    form.editors["letter_type"].set_value("complaint")
    form.editors["summary"].set_value("Khiếu nại quyết định thu hồi đất")
    form.editors["signed"].set_value(True)
    _save(letters, form)
    letter = form.saved.uuid
    window = letters.window()
    cases = window.citizen.page_of("case")  # type: ignore[attr-defined]
    form = cases.add_form()
    qtbot.addWidget(form)
    form.editors["case_type"].set_value("complaint")
    form.editors["case_id"].set_value("KN-01")
    form.editors["received_day"].set_value("2026-03-03")
    form.editors["subject"].set_value("Khiếu nại quyết định thu hồi đất")
    form.editors["signed"].set_value(True)
    form.editors["letter"].set_value(letter)  # picked among the letters
    _save(cases, form)
    uuid = form.saved.uuid
    _select(cases, uuid)
    _save(cases, _step(cases, type="accepted", on="2026-03-10"))
    # Extended before it is declared complex: refused under the step, nothing stored.
    version = commune_services.cases.get(uuid).meta.version
    _select(cases, uuid)
    refused = _step(cases, type="extended", on="2026-04-01")
    refused.save()
    assert refused.saved is None and refused.error_text("type")
    assert commune_services.cases.get(uuid).meta.version == version
    # Declared complex in the form, then extended.
    _select(cases, uuid)
    edit = cases.edit_form()
    assert edit is not None
    qtbot.addWidget(edit)
    edit.editors["complex"].set_value(True)
    edit.editors["complex_reason"].set_value("Nhiều hộ liên quan, cần xác minh thực địa")
    _save(cases, edit)
    _select(cases, uuid)
    _save(cases, _step(cases, type="extended", on="2026-04-01"))
    # A decision dated before the acceptance is refused under its day (LKN Art. 27).
    _select(cases, uuid)
    early = _step(cases, type="decided", on="2026-03-05")
    early.save()
    assert early.saved is None and early.error_text("on")
    _select(cases, uuid)
    _save(cases, _step(cases, type="decided", on="2026-04-20", finding="partly_right"))
    record = commune_services.cases.to_json(commune_services.cases.get(uuid))
    assert record["status"] == "decided"
    assert [e["type"] for e in record["events"]] == ["accepted", "extended", "decided"]
    assert record["letter"] == letter


def test_twenty_day_consultation_created_opened_and_closed(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune_services, i18n, "consultation")
    form = page.add_form()
    qtbot.addWidget(form)
    form.editors["title"].set_value("Lấy ý kiến về dự án đường liên thôn")
    form.editors["topic"].set_value("4")
    form.editors["consultation_forms"].set_value(["b", "c"])
    form.editors["plan_sent_on"].set_value("2026-02-20")
    _save(page, form)
    uuid = form.saved.uuid
    _select(page, uuid)
    _save(page, _step(page, type="opened", on="2026-03-02"))
    # Closing before it opens: refused next to the step's day, nothing stored.
    _select(page, uuid)
    early = _step(page, type="closed", on="2026-03-01")
    early.save()
    assert early.saved is None and early.error_text("on")
    _select(page, uuid)
    _save(page, _step(page, type="closed", on="2026-03-22"))
    record = commune_services.consultations.to_json(commune_services.consultations.get(uuid))
    assert (record["published_on"], record["closes_on"]) == ("2026-03-02", "2026-03-22")
    assert record["status"] == "closed"


def test_dialogue_with_three_commitments_followed_to_done(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune_services, i18n, "dialogue")
    form = page.add_form()
    qtbot.addWidget(form)
    form.editors["title"].set_value("Đối thoại năm 2026")
    form.editors["dialogue_kind"].set_value("ubnd_residents")
    form.editors["held_on"].set_value("2026-06-10")
    form.editors["attendance"].set_value("120")
    commitments = form.editors["commitments"]
    assert isinstance(commitments, TableEditor)
    for what, due in (
        ("Sửa cống", "10/07/2026"),
        ("Lắp đèn", "10/08/2026"),
        ("Nạo vét", "01/09/2026"),
    ):
        r = commitments.add_row({})
        commitments.set_cell(r, "content", what)
        commitments.set_cell(r, "owner", "UBND xã")
        commitments.set_cell(r, "due_on", due)
    _save(page, form)
    uuid = form.saved.uuid
    assert commune_services.dialogues.to_json(form.saved)["commitments_open"] == 3
    for row, done in enumerate(("05/07/2026", "01/08/2026", "20/08/2026")):
        _select(page, uuid)
        edit = page.edit_form()
        assert edit is not None
        qtbot.addWidget(edit)
        table = edit.editors["commitments"]
        assert isinstance(table, TableEditor)
        table.set_cell(row, "done_on", done)
        _save(page, edit)
    record = commune_services.dialogues.to_json(commune_services.dialogues.get(uuid))
    assert record["commitments_open"] == 0
    assert [c["done_on"] for c in record["commitments"]] == [
        "2026-07-05",
        "2026-08-01",
        "2026-08-20",
    ]


def test_board_recommendation_answered_on_day_16_is_warned_late(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune_services, i18n, "board")
    form = page.add_form()
    qtbot.addWidget(form)
    form.editors["title"].set_value("Ban thanh tra nhân dân xã")
    form.editors["board_type"].set_value("ttnd")
    form.editors["established_on"].set_value("2026-02-01")
    members = form.editors["members"]
    assert isinstance(members, TableEditor)
    members.set_cell(members.add_row({}), "name", "Lê Văn Tâm")
    _save(page, form)
    board = form.saved.uuid
    oversight = page.window().civic.page_of("oversight")  # type: ignore[attr-defined]
    form = oversight.add_form()
    qtbot.addWidget(form)
    form.editors["title"].set_value("Giám sát việc thu quỹ")
    form.editors["board"].set_value(board)  # picked among the boards
    form.editors["activity"].set_value("supervision")
    form.editors["starts_on"].set_value("2026-04-20")
    table = form.editors["recommendations"]
    assert isinstance(table, TableEditor)
    r = table.add_row({})
    table.set_cell(r, "content", "Công khai thu chi quỹ")
    table.set_cell(r, "countersigned_on", "30/04/2026")
    table.set_cell(r, "sent_on", "04/05/2026")
    table.set_cell(r, "ubnd_received_on", "04/05/2026")
    _save(oversight, form)
    uuid = form.saved.uuid
    _select(oversight, uuid)
    step = _step(oversight, type="answered", on="2026-05-20", row="1")
    step.editors["answer"].set_value("UBND xã đã niêm yết thu chi quỹ")
    _save(oversight, step)
    record = commune_services.oversights.to_json(commune_services.oversights.get(uuid))
    assert record["recommendations"][0]["answered_on"] == "2026-05-20"
    assert record["recommendations"][0]["answer"] == "UBND xã đã niêm yết thu chi quỹ"
    assert [w["code"] for w in record["warnings"]] == ["answer_late"]
    assert step.warnings and "⚠" in oversight.status.text()  # shown after the save


def test_more_than_five_resident_members_refused_in_the_form(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune_services, i18n, "board")
    form = page.add_form()
    qtbot.addWidget(form)
    form.editors["title"].set_value("Ban GSĐTCĐ đường liên thôn")
    form.editors["board_type"].set_value("gsdtcd")
    form.editors["project"].set_value("Đường liên thôn Đông - Bắc")
    members = form.editors["members"]
    assert isinstance(members, TableEditor)
    for i in range(6):
        r = members.add_row({})
        members.set_cell(r, "name", f"Thành viên {i + 1}")
        members.set_cell(r, "origin", "resident")
    form.save()
    assert form.saved is None and form.error_text("members")
    assert commune_services.boards.count() == 0
