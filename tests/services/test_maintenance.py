"""``check`` finds tampering; ``backup`` makes a consistent copy."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from desktop.core.villages import VillageData
from desktop.services.container import Services


def _db(services: Services) -> Path:
    path = services.ctx.db.sqlite_path
    assert path is not None
    return path


def _add(services: Services) -> str:
    return services.villages.add(
        VillageData(
            code="DONG", name="Thôn Đông", households_total=212, households_as_of=date(2026, 1, 1)
        )
    ).uuid


def test_clean_store_checks_ok(services: Services, commune: object) -> None:
    _add(services)
    report = services.maintenance.check()
    assert report.ok, report
    assert report.journal_entries == 2  # installation + village
    assert report.records_checked == 1


def test_edited_journal_row_is_detected(services: Services, commune: object) -> None:
    _add(services)
    con = sqlite3.connect(_db(services))
    con.execute("UPDATE audit_journal SET actor = 'kẻ giả mạo' WHERE kind = 'village'")
    con.commit()
    con.close()
    report = services.maintenance.check()
    assert not report.ok
    assert [p.code for p in report.problems] == ["journal_hash_mismatch"]


def test_deleted_journal_row_breaks_the_chain(services: Services, commune: object) -> None:
    _add(services)
    _add_second = services.villages.add(
        VillageData(code="TAY", name="Thôn Tây", households_total=90)
    ).uuid
    con = sqlite3.connect(_db(services))
    con.execute("DELETE FROM audit_journal WHERE uuid = ?", (_add_second,))
    con.execute("DELETE FROM villages WHERE uuid = ?", (_add_second,))
    con.execute("DELETE FROM village_household_counts WHERE village_uuid = ?", (_add_second,))
    con.execute(
        "UPDATE audit_journal SET after = replace(after, '212', '213') WHERE kind='village'"
    )
    con.commit()
    con.close()
    codes = {p.code for p in services.maintenance.check().problems}
    assert "journal_hash_mismatch" in codes


def test_record_edited_around_the_write_path_is_detected(
    services: Services, commune: object
) -> None:
    uuid = _add(services)
    con = sqlite3.connect(_db(services))
    con.execute("UPDATE villages SET households_total = 999 WHERE uuid = ?", (uuid,))
    con.commit()
    con.close()
    report = services.maintenance.check()
    assert [(p.code, p.uuid) for p in report.problems] == [("record_mismatch", uuid)]


def test_backup_is_a_consistent_copy(services: Services, commune: object, tmp_path: Path) -> None:
    _add(services)
    out = services.maintenance.backup(tmp_path / "b.sqlite3")
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT code FROM villages").fetchall() == [("DONG",)]
    con.close()
    default = services.maintenance.backup()
    assert default.parent == services.ctx.paths.backups


def test_a_corrected_day_count_is_not_a_mismatch(
    services: Services, commune: object, monkeypatch: object
) -> None:
    """A disclosure journaled when a posting's 30 days were counted from the posting day
    (posting_until one day earlier) still checks clean after the rule was corrected
    (desktop.core.periods): computed fields are not what anyone recorded."""
    import pytest

    from desktop.core import disclosure_json

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(disclosure_json, "posting_until", lambda d: date(2026, 4, 2))
    services.disclosures.add_json(
        {
            "category": 1,
            "title": "Kế hoạch năm 2026",
            "decided_on": "2026-03-02",
            "forms": ["notice_board"],
            "postings": [{"posted_on": "2026-03-04"}],
        }
    )
    monkeypatch.undo()
    assert services.maintenance.check().ok


def test_civic_records_check_clean_on_a_later_day(services: Services, commune: object) -> None:
    """A consultation's status, a commitment's and a recommendation's state and their
    deadlines are computed on the day shown: two months on, ``check`` still finds nothing."""
    from datetime import timedelta

    from tests.conftest import Clock

    services.consultations.add_json(
        {"title": "Lấy ý kiến", "topic": "1", "consultation_forms": ["b"],
         "published_on": "2026-11-20", "closes_on": "2026-12-10"}
    )  # fmt: skip
    services.dialogues.add_json(
        {"title": "Đối thoại", "dialogue_kind": "ubnd_residents", "held_on": "2026-11-20",
         "commitments": [{"content": "Sửa cống", "owner": "UBND xã", "due_on": "2026-12-01"}]}
    )  # fmt: skip
    board = services.boards.add_json({"title": "Ban TTND", "board_type": "ttnd"})
    services.oversights.add_json(
        {"title": "Kiểm tra", "board": board.uuid, "activity": "inspection",
         "recommendations": [{"content": "Công khai", "countersigned_on": "2026-11-20",
                              "sent_on": "2026-11-20"}]}
    )  # fmt: skip
    clock = services.ctx.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(days=60)
    report = services.maintenance.check()
    assert report.ok, report
    assert report.records_checked == 4
