"""The overview's list of what needs doing today: every line a core verdict, late first."""

from __future__ import annotations

from datetime import date

from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
from desktop.core.disclosures import Disclosure, Posting
from desktop.core.meetings import Matter, Meeting, MeetingItem, MeetingType, Method
from desktop.core.today import TodoCode
from desktop.core.villages import VillageData
from desktop.core.warning_words import word_warning
from desktop.services.container import Services

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
