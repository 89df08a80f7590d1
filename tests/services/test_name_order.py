"""Lists ordered by name follow the Vietnamese alphabet, not SQL's code-point order."""

from __future__ import annotations

from datetime import date

from desktop.core.meetings import Matter, Meeting, MeetingItem, MeetingType, Method
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.storage.meetings import MeetingQuery
from desktop.storage.villages import VillageQuery

NAMES = {"T": "Thôn Tây", "D": "Thôn Đông", "A": "Ấp Bình Minh", "B": "Thôn Bắc", "X": "Xóm An"}


def _villages(services: Services) -> dict[str, str]:
    uuids = {}
    for code, name in NAMES.items():
        data = VillageData(code=code, name=name, households_total=100, head_name=f"Lê {name[-3:]}")
        uuids[code] = services.villages.add(data).uuid
    return uuids


def test_village_pick_list_by_proper_name(services: Services, commune: object) -> None:
    _villages(services)
    names = [v.data.name for v in services.villages.list(VillageQuery(order_by="name"))]
    # SQL alone gives Thôn Bắc, Thôn Tây, Thôn Đông, Xóm An, Ấp Bình Minh.
    assert names == ["Xóm An", "Thôn Bắc", "Ấp Bình Minh", "Thôn Đông", "Thôn Tây"]
    backwards = VillageQuery(order_by="name", descending=True)
    assert [v.data.name for v in services.villages.list(backwards)] == names[::-1]
    by_code = [v.data.code for v in services.villages.list(VillageQuery(order_by="code"))]
    assert by_code == sorted(NAMES)


def test_meetings_by_title_and_by_village(services: Services, commune: object) -> None:
    uuids = _villages(services)
    for code, title in (("T", "Đổ bê tông"), ("D", "Bầu trưởng thôn"), ("A", "Ăn mừng")):
        item = MeetingItem("Việc", Matter.OTHER, Method.SHOW_OF_HANDS, 60)
        services.meetings.add(
            Meeting(
                village_uuid=uuids[code],
                title=title,
                meeting_type=MeetingType.DECISION,
                held_on=date(2026, 3, 10),
                households_total=100,
                households_present=80,
                items=(item,),
            )
        )

    def titles(order_by: str) -> list[str]:
        query = MeetingQuery(order_by=order_by, descending=False)
        return [m.data.title for m in services.meetings.list(query)]

    assert titles("title") == ["Ăn mừng", "Bầu trưởng thôn", "Đổ bê tông"]
    assert titles("village") == ["Ăn mừng", "Bầu trưởng thôn", "Đổ bê tông"]  # Bình, Đông, Tây
