"""The receiving level's units' records and their search on PostgreSQL, as on SQLite
(issue 14: the province's server)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.installation import InstallationData, Role
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.unit_records import UnitFilter
from tests.conftest import Clock


def test_units_records_filters_and_search_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    commune = build_services(open_store(tmp_path / "commune", clock=Clock()))
    province = build_services(open_store(tmp_path / "province", db_url=pg_url, clock=Clock()))
    try:
        make_demo(commune)
        province.setup.initialize(
            InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
        )
        province.sync_import.register_child(commune.sync.export_key(tmp_path / "k.json"))
        province.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
        records = province.unit_records
        meetings = records.page(UnitFilter(kind="meeting"))
        assert len(meetings) == 3 and {m["unit_code"] for m in meetings} == {"25222"}
        days = [m["held_on"] for m in meetings]
        assert days == sorted(days, reverse=True)  # newest first
        year = int(days[0][:4])
        in_year = records.page(
            UnitFilter(kind="meeting", start=date(year, 1, 1), end=date(year, 12, 31))
        )
        assert 0 < len(in_year) <= 3
        state = records.states("meeting")[0]
        assert all(
            m["meeting_type"] == state
            for m in records.page(UnitFilter(kind="meeting", unit="25222", state=state))
        )
        assert records.page(UnitFilter(kind="meeting", unit="99999")) == []
        found = records.record(str(meetings[0]["uuid"]))
        assert found is not None and found[:2] == ("meeting", "25222")
        words = " ".join(str(meetings[0]["title"]).split()[:3])
        hits = province.search.search(words)
        assert str(meetings[0]["uuid"]) in {h.uuid for h in hits}
        assert all(h.unit_code == "25222" for h in hits)
    finally:
        commune.close()
        province.close()
