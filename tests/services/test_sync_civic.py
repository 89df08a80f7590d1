"""Issue 16's kinds travel: a commune's consultations, dialogues, boards and oversight are
found by search (accent-free), exported in its bundle, kept at the province and counted on
its board; a meeting electing a board member is a reference checked on save."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.sync_board import Counts
from tests.conftest import Clock

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="25223",
    name="Xã Bình Minh",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name=UPPER.name,
    upper_kind=UpperKind.PROVINCE,
    officer_name="Trần Văn Bình",
)


def _fill(services: Services) -> None:
    services.setup.initialize(COMMUNE)
    services.consultations.add_json(
        {
            "title": "Lấy ý kiến về quy hoạch sử dụng đất",
            "topic": "2",
            "consultation_forms": ["b"],
            "published_on": "2026-03-02",
            "closes_on": "2026-03-22",
        }
    )
    services.dialogues.add_json(
        {"title": "Đối thoại năm 2026", "dialogue_kind": "ubnd_residents", "held_on": "2026-06-10"}
    )
    ttnd = services.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd"})
    services.boards.add_json(
        {"title": "Ban GSĐTCĐ đường ấp 2", "board_type": "gsdtcd", "project": "Đường ấp 2"}
    )
    services.oversights.add_json(
        {"title": "Kiểm tra thu quỹ", "board": ttnd.uuid, "activity": "inspection"}
    )


def test_civic_records_are_searched_sent_kept_and_counted(tmp_path: Path) -> None:
    upper = build_services(open_store(tmp_path / "upper", clock=Clock()))
    child = build_services(open_store(tmp_path / "child", clock=Clock()))
    try:
        upper.setup.initialize(UPPER)
        _fill(child)
        hits = child.search.search("quy hoach su dung dat")
        assert [h.kind for h in hits] == ["consultation"]
        assert {h.kind for h in child.search.search("ban gsdtcd")} == {"board"}
        upper.sync_import.register_child(child.sync.export_key(tmp_path / "key.json"))
        files = child.sync.export(tmp_path / "out").files
        outcomes = upper.sync_import.import_files(list(files))
        assert [o.status for o in outcomes] == ["imported"]
        for kind, n in (("consultation", 1), ("dialogue", 1), ("board", 2), ("oversight", 1)):
            assert len(upper.sync_import.child_records("25223", kind)) == n, kind
        (row,) = upper.sync_board.board().rows
        assert row.counts == Counts(
            consultations=1,
            dialogues=1,
            ttnd_boards=1,
            gsdtcd_boards=1,
            gsdtcd_projects=1,
            ttnd_inspections=1,
        )
    finally:
        child.close()
        upper.close()


def test_a_member_cites_a_meeting_that_exists(services: Services) -> None:
    services.setup.initialize(COMMUNE)
    board = {
        "title": "Ban TTND xã",
        "board_type": "ttnd",
        "members": [{"name": "Lê Văn Tâm", "role": "head", "elected_at": "0" * 36}],
    }
    with pytest.raises(ValidationError) as refused:
        services.boards.add_json(board)
    assert [e.field for e in refused.value.errors] == ["members[0].elected_at"]
    assert services.boards.count() == 0
