"""The one write path: versions, journal chain, change log, tombstones, one transaction."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFoundError, ValidationError, VersionConflictError
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.storage.journal import GENESIS_HASH, history, verify_chain
from desktop.storage.models import AuditEntryRow, ChangeLogRow, VillageHouseholdCountRow


def _village(code: str = "DONG", households: int = 212) -> VillageData:
    return VillageData(
        code=code, name="Thôn Đông", households_total=households, households_as_of=date(2026, 1, 1)
    )


def test_create_and_update_raise_version_and_journal(services: Services, commune: object) -> None:
    v1 = services.villages.add(_village())
    assert v1.meta.version == 1
    assert v1.meta.created_by == "Nguyễn Thị Lan"
    v2 = services.villages.update(v1.uuid, _village(households=215), expected_version=1)
    assert v2.meta.version == 2
    assert v2.meta.created_at == v1.meta.created_at
    assert v2.meta.updated_at > v1.meta.updated_at
    with services.ctx.db.reading() as s:
        entries = history(s, v1.uuid)
        changes = list(s.scalars(select(ChangeLogRow).where(ChangeLogRow.uuid == v1.uuid)))
    assert [(e.version, e.before_version, e.action) for e in entries] == [
        (1, None, "create"),
        (2, 1, "update"),
    ]
    assert json.loads(entries[1].after)["households_total"] == 215
    assert json.loads(entries[0].after)["households_total"] == 212  # the "before" of v2
    assert [(c.version, c.kind) for c in changes] == [(1, "village"), (2, "village")]


def test_journal_is_a_hash_chain(services: Services, commune: object) -> None:
    services.villages.add(_village("A"))
    services.villages.add(_village("B"))
    with services.ctx.db.reading() as s:
        rows = list(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)))
        assert list(verify_chain(s)) == []
    assert rows[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(rows):
        assert after.prev_hash == before.hash


def test_refused_save_changes_nothing(services: Services, commune: object) -> None:
    with services.ctx.db.reading() as s:
        before = s.scalar(select(AuditEntryRow.id).order_by(AuditEntryRow.id.desc()))
    with pytest.raises(ValidationError) as info:
        services.villages.add(VillageData(code="X", name="", households_total=0))
    assert {e.field for e in info.value.errors} == {"name", "households_total"}
    with services.ctx.db.reading() as s:
        after = s.scalar(select(AuditEntryRow.id).order_by(AuditEntryRow.id.desc()))
        assert s.scalar(select(ChangeLogRow.seq)) is None
    assert before == after
    assert services.villages.count() == 0


def test_stale_version_is_refused(services: Services, commune: object) -> None:
    v = services.villages.add(_village())
    services.villages.update(v.uuid, _village(households=220), expected_version=1)
    with pytest.raises(VersionConflictError):
        services.villages.update(v.uuid, _village(households=230), expected_version=1)
    assert services.villages.get(v.uuid).data.households_total == 220


def test_failure_inside_the_transaction_rolls_everything_back(
    services: Services, commune: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash after the row is written but before the change log leaves no trace."""
    from desktop.storage import records

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(records, "ChangeLogRow", boom)
    with pytest.raises(RuntimeError):
        services.villages.add(_village())
    monkeypatch.undo()
    assert services.villages.count() == 0
    with services.ctx.db.reading() as s:
        assert s.scalar(select(AuditEntryRow.id).where(AuditEntryRow.kind == "village")) is None


def test_delete_makes_a_tombstone(services: Services, commune: object) -> None:
    from desktop.storage.records import RecordWriter
    from desktop.storage.villages import VillageAdapter

    v = services.villages.add(_village())
    writer = RecordWriter(VillageAdapter(date(2026, 11, 23)), actor="t", origin_code="25222")
    with services.ctx.db.transaction() as s:
        row = writer.delete(s, v.uuid, expected_version=1)
        assert row.deleted and row.version == 2
    with pytest.raises(NotFoundError):
        services.villages.get(v.uuid)
    path = services.ctx.db.sqlite_path
    assert path is not None
    con = sqlite3.connect(path)
    assert con.execute("SELECT deleted, version FROM villages").fetchall() == [(1, 2)]
    con.close()


def test_household_history_kept(services: Services, commune: object) -> None:
    v = services.villages.add(_village(households=200))
    services.villages.update(
        v.uuid,
        VillageData(
            code="DONG", name="Thôn Đông", households_total=212, households_as_of=date(2026, 6, 1)
        ),
        expected_version=1,
    )
    assert services.villages.households_on(v.uuid, date(2026, 5, 31)) == 200
    assert services.villages.households_on(v.uuid, date(2026, 6, 1)) == 212
    assert services.villages.households_on(v.uuid, date(2025, 12, 31)) is None
    # Editing only the name does not add a counting.
    services.villages.update(
        v.uuid,
        VillageData(
            code="DONG",
            name="Thôn Đông Mới",
            households_total=212,
            households_as_of=date(2026, 6, 1),
        ),
        expected_version=2,
    )
    with services.ctx.db.reading() as s:
        assert len(list(s.scalars(select(VillageHouseholdCountRow)))) == 2
