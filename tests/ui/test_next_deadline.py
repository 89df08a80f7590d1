"""The lists of kinds with deadlines show the nearest open one in a column the kinds declare
(``NEXT_DEADLINE_COLUMN``): its day as the other date columns word it, marked once it has
passed, and ordered by it when its header is clicked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.cli_records import list_line
from desktop.core.civic import calendar_due
from desktop.core.kinds import NEXT_DEADLINE_COLUMN
from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.pages.kind_list import MARK_COLOUR, KindListPage
from desktop.ui.pages.kind_tabs import ServiceSource
from tests.conftest import Clock

RECEIVED = date(2026, 2, 12)  # a Thursday, the last working day but one before Tết 2026
DUE = date(2026, 3, 5)  # 10 working days on: Tết (14–22/2) not counted (TT05)


def _set_today(services: Services, day: date) -> None:
    clock = services.ctx.clock
    assert isinstance(clock, Clock)
    clock.now = datetime(day.year, day.month, day.day, 3, tzinfo=UTC)  # 10:00 in Vietnam


def _letter(services: Services, received: date, **more: Any) -> str:
    obj = {
        "received_day": received.isoformat(),
        "letter_type": "petition",
        "summary": "Kiến nghị lắp đặt đèn chiếu sáng đường thôn",
        "senders": ["Huỳnh Thị Bích"],
        "sender_address": "Thôn Bắc",
        "signed": True,
        **more,
    }
    return services.letters.add_json(obj).uuid


def _page(qtbot: QtBot, services: Services, i18n: I18n, kind: str) -> KindListPage:
    spec = services.kinds.spec(kind)
    page = KindListPage(services, i18n, spec, ServiceSource(services, kind), editable=True)
    qtbot.addWidget(page)
    return page


def _cell(page: KindListPage, uuid: str) -> str:
    """The cell's text; a marked one also says so in red and in its tooltip."""
    column = page.spec.columns.index(NEXT_DEADLINE_COLUMN)
    index = page.model.index(page.model.row_of(uuid), column)
    text = str(index.data())
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    colour = index.data(Qt.ItemDataRole.ForegroundRole)
    if text.startswith("⚠"):
        assert tip == "Quá hạn: đã qua ngày này" and colour == MARK_COLOUR
    else:
        assert tip is None and colour is None
    return text


@pytest.mark.parametrize(
    ("today", "marked"),
    [(DUE - timedelta(days=1), False), (DUE, False), (DUE + timedelta(1), True)],
)
def test_a_working_day_deadline_across_tet_is_shown_and_marked_after_its_day(
    qtbot: QtBot, commune_services: Services, i18n: I18n, today: date, marked: bool
) -> None:
    services = commune_services
    _set_today(services, RECEIVED)
    uuid = _letter(services, RECEIVED)
    cal = services.calendar.calendar()
    assert cal.add_working_days(RECEIVED, 10) == DUE and timedelta(days=14) < DUE - RECEIVED
    _set_today(services, today)
    page = _page(qtbot, services, i18n, "letter")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6, 8)]
    assert "Hạn gần nhất" in headers
    text = _cell(page, uuid)
    if marked:
        assert text == "⚠ 05/03/2026"
    else:
        assert text == "05/03/2026"
    record = services.letters.to_json(services.letters.get(uuid))
    assert (record["next_deadline"], record["next_deadline_overdue"]) == ("2026-03-05", marked)


def test_a_deadline_met_leaves_the_cell_empty_and_the_column_sorts_by_the_day(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    services = commune_services
    _set_today(services, RECEIVED)
    before_tet = _letter(services, RECEIVED)
    earlier = _letter(services, date(2026, 2, 2))  # 9 wd before Tết, the 10th after: 23/02
    answered = _letter(
        services,
        date(2026, 2, 3),
        jurisdiction="ours",
        handling="answered",
        handled_on="2026-02-05",
    )
    _set_today(services, date(2026, 2, 24))
    page = _page(qtbot, services, i18n, "letter")
    assert _cell(page, answered) == ""  # nothing open: the answer was sent
    assert _cell(page, earlier) == "⚠ 23/02/2026"
    assert _cell(page, before_tet) == "05/03/2026"
    column = page.spec.columns.index(NEXT_DEADLINE_COLUMN)
    page.model.sort(column, Qt.SortOrder.AscendingOrder)
    order = [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert order == [earlier, before_tet, answered]  # overdue first; none open last
    page.model.sort(column, Qt.SortOrder.DescendingOrder)
    order = [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert order == [before_tet, earlier, answered]


def test_a_dialogue_commitment_in_calendar_days_is_marked_the_day_after(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    services = commune_services
    held = date(2026, 6, 10)
    _set_today(services, held)
    uuid = services.dialogues.add_json(
        {
            "title": "Hội nghị đối thoại năm 2026",
            "dialogue_kind": "ubnd_residents",
            "held_on": held.isoformat(),
            "commitments": [
                {"content": "Nạo vét kênh", "owner": "UBND xã", "due_on": "2026-07-01"},
                {"content": "Sửa đường", "owner": "UBND xã", "due_on": "2026-06-20"},
            ],
        }
    ).uuid
    for today, text in (
        (date(2026, 6, 19), "20/06/2026"),
        (date(2026, 6, 20), "20/06/2026"),
        (date(2026, 6, 21), "⚠ 20/06/2026"),
    ):
        _set_today(services, today)
        page = _page(qtbot, services, i18n, "dialogue")
        assert _cell(page, uuid) == text, today


def test_the_demo_lists_show_the_open_deadlines_and_count_table_rows(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    services = ui_services
    make_demo(services)
    page = _page(qtbot, services, i18n, "oversight")
    [uuid] = services.oversights.ids()
    received = services.ctx.today() - timedelta(days=9)  # the demo's recommendation
    due = calendar_due(received, 15, services.calendar.calendar())  # Law Art. 40(1)(c)
    assert _cell(page, uuid) == due.strftime("%d/%m/%Y")
    column = [c.key for c in page.spec.columns].index("recommendations")
    assert page.model.index(page.model.row_of(uuid), column).data() == "1"  # one row
    record = services.oversights.to_json(services.oversights.get(uuid))
    line = list_line(page.spec, record, "vi")
    assert "{" not in line and record["next_deadline"] in line
    dialogue = _page(qtbot, services, i18n, "dialogue")
    [held] = services.dialogues.ids()
    assert _cell(dialogue, held).startswith("⚠ ")  # the commitment three days overdue
