"""What a reference picker is offered (``RecordService.pick_ids``), on a real SQLite store:
the newest of the kind when nothing is typed, those holding every word typed — accents
optional — otherwise, at most the limit, never a record of another kind or a deleted one."""

from __future__ import annotations

from desktop.core.installation import Installation
from desktop.services.container import Services
from desktop.services.records import PICK_LIMIT
from tests.cli.test_cli_records import SAMPLES


def _board(services: Services, title: str, day: str) -> str:
    stored = services.boards.add_json({"title": title, "board_type": "ttnd", "established_on": day})
    return str(stored.uuid)


def test_newest_first_accents_optional_every_word(
    services: Services, commune: Installation
) -> None:
    old = _board(services, "Ban Thanh tra nhân dân xã khóa 2019", "2019-05-01")
    new = _board(services, "Ban Thanh tra nhân dân xã khóa 2024", "2024-05-01")
    other = _board(services, "Ban giám sát đầu tư nhà văn hóa", "2025-01-10")
    boards = services.boards
    assert list(boards.pick_ids()) == [other, new, old]  # nothing typed: the newest first
    assert list(boards.pick_ids("thanh tra")) == [new, old]  # "Thanh tra" without accents
    assert list(boards.pick_ids("THANH TRA 2019")) == [old]  # every word, any case
    assert list(boards.pick_ids("Đầu TƯ")) == [other]
    assert list(boards.pick_ids("thanh tra dau tu")) == []
    assert list(boards.pick_ids("", limit=1)) == [other]


def test_only_its_kind_never_a_deleted_one_at_most_the_limit(
    services: Services, commune: Installation
) -> None:
    for i in range(PICK_LIMIT + 5):
        _board(services, f"Ban thanh tra số {i}", "2024-01-01")
    consultation = services.consultations.add_json(
        {**SAMPLES["consultation"], "title": "Lấy ý kiến Ban thanh tra nhân dân"}
    )
    gone = _board(services, "Ban thanh tra đã xóa", "2030-01-01")
    with services.ctx.db.transaction() as session:
        services.boards.writer().delete(session, gone)
    offered = services.boards.pick_ids("ban thanh tra")
    assert len(offered) == PICK_LIMIT
    assert gone not in offered
    boards = set(services.boards.ids())
    assert set(offered) <= boards
    assert consultation.uuid not in offered  # the same words in another kind: not offered
    assert list(services.consultations.pick_ids("ban thanh tra")) == [consultation.uuid]
