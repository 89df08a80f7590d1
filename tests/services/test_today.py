"""The overview's list of what needs doing today: every line a core verdict, late first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
from desktop.core.disclosures import Disclosure, Posting
from desktop.core.installation import InstallationData, Role
from desktop.core.meetings import Matter, Meeting, MeetingItem, MeetingType, Method
from desktop.core.today import TodoCode
from desktop.core.villages import VillageData
from desktop.core.warning_words import word_warning
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from tests.conftest import Clock

TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW, a Monday
BOARD = (DisclosureForm.NOTICE_BOARD,)


def _meeting(services: Services, village: str, title: str, held: date, sent: date | None) -> str:
    item = MeetingItem("Việc", Matter.OTHER, Method.SHOW_OF_HANDS, 60)
    meeting = Meeting(
        village_uuid=village,
        title=title,
        meeting_type=MeetingType.DECISION,
        held_on=held,
        households_total=100,
        households_present=80,
        minutes_sent_on=sent,
        items=(item,),
    )
    return services.meetings.add(meeting).uuid


def test_late_first_then_the_nearest_deadline(services: Services, commune: object) -> None:
    village = services.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=100)
    ).uuid
    late = _meeting(services, village, "Họp bàn đường", date(2026, 11, 10), None)
    _meeting(services, village, "Đã gửi biên bản", date(2026, 11, 10), date(2026, 11, 12))
    soon = _meeting(services, village, "Họp bàn quỹ", date(2026, 11, 20), None)
    _meeting(services, village, "Họp năm ngoái", date(2025, 6, 1), None)  # not today's work
    posted = next(c for c in CATEGORIES if c.min_posting_days and not c.permanent)
    overdue = services.disclosures.add(
        Disclosure(
            category=posted.number,
            title="Dự toán ngân sách",
            decided_on=date(2026, 11, 2),
            forms=BOARD,
        )
    ).uuid
    ending = services.disclosures.add(
        Disclosure(
            category=posted.number,
            title="Quyết toán",
            decided_on=date(2026, 10, 20),
            forms=BOARD,
            postings=(Posting("Trụ sở UBND xã", None, date(2026, 10, 26)),),  # to 24/11
        )
    ).uuid

    items = services.today.todo(TODAY)
    by_uuid = {i.uuid: i for i in items}
    assert set(by_uuid) == {late, soon, overdue, ending}
    assert by_uuid[late].code is TodoCode.MINUTES_TO_SEND and by_uuid[late].late
    assert by_uuid[late].on == date(2026, 11, 17)  # 5 working days (Law Art. 20)
    # 5 working days after Friday 20/11, Culture Day 24/11 being a public holiday.
    assert by_uuid[soon].on == date(2026, 11, 30) and not by_uuid[soon].late
    assert by_uuid[overdue].code is TodoCode.DISCLOSURE_OVERDUE and by_uuid[overdue].late
    detail = by_uuid[overdue].detail
    assert detail is not None and detail.code == "overdue"
    assert "khoản 3 Điều 12" in word_warning("disclosure", detail)
    assert "Art. 12(3)" in word_warning("disclosure", detail, "en")
    assert by_uuid[ending].code is TodoCode.POSTING_ENDS
    assert by_uuid[ending].on == date(2026, 11, 25)  # 30 days after the first (BLDS Art. 147)
    assert [i.late for i in items] == sorted((i.late for i in items), reverse=True)
    assert items[-1].uuid == soon  # the furthest deadline last


def test_nothing_due_on_an_empty_store(services: Services, commune: object) -> None:
    assert services.today.todo(TODAY) == []


def test_civic_deadlines_are_todays_work(services: Services, commune: object) -> None:
    """A recommendation the UBND must answer, a commitment overdue, a consultation closing
    (core/civic_due.py), each worded by the catalog; what is done or far off is not listed."""
    closing = services.consultations.add_json(
        {
            "title": "Lấy ý kiến dự thảo quy định dân chủ",
            "topic": "7",
            "consultation_forms": ["b"],
            "published_on": "2026-11-05",
            "closes_on": "2026-11-25",
        }
    )
    services.consultations.add_json(  # closes after the horizon of 5 working days
        {"title": "Lấy ý kiến xa", "topic": "1", "consultation_forms": ["b"],
         "published_on": "2026-11-20", "closes_on": "2026-12-20"}
    )  # fmt: skip
    dialogue = services.dialogues.add_json(
        {
            "title": "Đối thoại năm 2026",
            "dialogue_kind": "ubnd_residents",
            "held_on": "2026-10-01",
            "commitments": [
                {"content": "Sửa cống", "owner": "UBND xã", "due_on": "2026-11-10"},
                {"content": "Lắp đèn", "owner": "UBND xã", "due_on": "2026-11-01",
                 "done_on": "2026-10-30"},
            ],
        }
    )  # fmt: skip
    board = services.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd"})
    oversight = services.oversights.add_json(
        {
            "title": "Kiểm tra thu quỹ",
            "board": board.uuid,
            "activity": "inspection",
            "recommendations": [
                {"content": "Công khai sổ quỹ", "countersigned_on": "2026-11-10",
                 "sent_on": "2026-11-11", "ubnd_received_on": "2026-11-12"},
            ],
        }
    )  # fmt: skip
    civic = [i for i in services.today.todo(TODAY) if i.code is TodoCode.CIVIC_DUE]
    got = {(i.kind, i.uuid, i.on, i.late) for i in civic}
    assert got == {
        ("dialogue", dialogue.uuid, date(2026, 11, 10), True),
        ("consultation", closing.uuid, date(2026, 11, 25), False),
        ("oversight", oversight.uuid, date(2026, 11, 27), False),  # 15 days from 12/11
    }
    assert civic[0].kind == "dialogue"  # late first
    words = {i.kind: word_warning(i.kind, i.detail, "vi") for i in civic if i.detail}
    assert words["dialogue"] == "Cam kết 1 «Sửa cống» (UBND xã) đến hạn 10/11/2026"
    assert "27/11/2026" in words["oversight"] and "Điều 40" in words["oversight"]
    assert "25/11/2026" in words["consultation"]


def test_answers_letters_and_cases_due_are_todays_work(services: Services, commune: object) -> None:
    """Issue 15: a visit's answer overdue, a letter to process within 5 working days, a case
    step — and nothing for what is answered, handled or far off (core/citizen_due.py)."""
    session = services.receptions.add_json(
        {
            "session_on": "2026-11-02",
            "place": "Trụ sở UBND xã",
            "visits": [
                {"name": "Nguyễn Văn Bí Mật", "address": "Thôn Đông", "summary": "Đường"},
                {
                    "name": "Trần Thị B",
                    "address": "Thôn Tây",
                    "summary": "Cống",
                    "answered_on": "2026-11-05",
                },
            ],
        }
    )
    letter = services.letters.add_json(
        {"received_day": "2026-11-16", "letter_type": "petition", "summary": "Xin sửa đèn"}
    )
    services.letters.add_json(  # handled: owes nothing
        {"received_day": "2026-11-16", "letter_type": "petition", "summary": "Đã trả lời",
         "handling": "answered", "handled_on": "2026-11-18"}
    )  # fmt: skip
    services.letters.add_json(  # received today: due far beyond the horizon
        {"received_day": "2026-11-23", "letter_type": "petition", "summary": "Mới nhận"}
    )  # fmt: skip
    cal = services.calendar.calendar()
    items = [i for i in services.today.todo(TODAY) if i.code is TodoCode.CITIZEN_DUE]
    got = {(i.kind, i.uuid, i.late) for i in items}
    assert got == {("reception", session.uuid, True), ("letter", letter.uuid, False)}
    by_kind = {i.kind: i for i in items}
    assert by_kind["letter"].on == cal.add_working_days(date(2026, 11, 16), 10)
    assert by_kind["letter"].title == "Xin sửa đèn"
    assert by_kind["reception"].title == "02/11/2026 Trụ sở UBND xã"
    words = word_warning("reception", by_kind["reception"].detail)  # type: ignore[arg-type]
    assert words.startswith("Lượt tiếp 1: Hạn trả lời công dân")
    assert "Bí Mật" not in " ".join(i.title + str(i.detail) for i in items)  # LTCD Art. 3(2)
    assert items[0].late  # late first


def test_a_missing_yearly_dialogue_from_the_set_day(services: Services, commune: object) -> None:
    """Law Art. 32: warned from 1 December (setting dialogue_by_month/day), not the day
    before, and not once a UBND–resident dialogue is held that year."""

    def year_lines(day: date) -> list[object]:
        return [i for i in services.today.todo(day) if i.code is TodoCode.DIALOGUE_YEAR_MISSING]

    assert year_lines(date(2026, 11, 30)) == []
    [line] = year_lines(date(2026, 12, 1))
    assert line.kind == "dialogue" and line.uuid is None and line.late  # type: ignore[attr-defined]
    words = word_warning("dialogue", line.detail)  # type: ignore[attr-defined]
    assert words.startswith("Năm 2026 chưa tổ chức hội nghị đối thoại") and "01/12/2026" in words
    services.dialogues.add_json(
        {"title": "Đối thoại 2026", "dialogue_kind": "ubnd_residents", "held_on": "2026-10-01"}
    )
    assert year_lines(date(2026, 12, 1)) == []


@pytest.mark.parametrize("role", ["upper", "village"])
def test_no_yearly_dialogue_is_owed_where_no_dialogue_is_kept(tmp_path: Path, role: str) -> None:
    """The receiving level and a village head's laptop keep no dialogues (Law Art. 32 is
    the commune's duty): their today list never says one is missing, on 1 December or
    after."""
    data = (
        InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
        if role == "upper"
        else InstallationData(
            role=Role.VILLAGE, code="T01", name="Thôn Phú Hòa", parent_code="27031"
        )
    )
    services = build_services(open_store(tmp_path / role, clock=Clock()))
    try:
        services.setup.initialize(data)
        for day in (date(2026, 12, 1), date(2026, 12, 31)):
            codes = [i.code for i in services.today.todo(day)]
            assert TodoCode.DIALOGUE_YEAR_MISSING not in codes
    finally:
        services.close()
