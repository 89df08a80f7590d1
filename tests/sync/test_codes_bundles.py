"""Bundles carry warnings as codes: old bundles (sentences) still import, new ones hold
``{code, params}`` that the receiving level words in its own language."""

from __future__ import annotations

import gzip
from pathlib import Path

from desktop.core.warning_words import word_warning_json
from tests.sync.world import make_upper, open_services

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0008-warnings.sqlite3.gz"


def test_journal_of_before_codes_travels_and_new_versions_travel_as_codes(tmp_path: Path) -> None:
    commune_dir = tmp_path / "commune"
    commune_dir.mkdir()
    (commune_dir / "sodanchu.sqlite3").write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    commune = open_services(commune_dir)  # migrated to 0009; its journal keeps the sentences
    first = commune.sync.export(tmp_path / "out1")
    commune.sync.export_key(tmp_path / "commune-key.json")
    late = next(m for m in commune.meetings.list() if len(m.warnings) >= 3)
    commune.meetings.update_json(late.uuid, {"place": "Nhà văn hóa", "version": late.meta.version})
    second = commune.sync.export(tmp_path / "out2")
    code = commune.setup.require_installation().data.code
    commune.close()

    upper = make_upper(tmp_path / "upper", [tmp_path / "commune-key.json"])
    try:
        [old] = upper.sync_import.import_files(first.files)
        assert (old.status, old.counts["new"], old.counts["rejected"]) == ("imported", 28, 0)
        snapshot = next(
            r for r in upper.sync_import.child_records(code, "meeting") if r["uuid"] == late.uuid
        )
        # An old snapshot: Vietnamese sentences, no params; shown as they came.
        assert all("message" in w and "params" not in w for w in snapshot["warnings"])
        shown = [word_warning_json("meeting", w, "en") for w in snapshot["warnings"]]
        assert shown == [w["message"] for w in snapshot["warnings"]]

        [new] = upper.sync_import.import_files(second.files)
        assert (new.status, new.counts["updated"]) == ("imported", 1)
        snapshot = next(
            r for r in upper.sync_import.child_records(code, "meeting") if r["uuid"] == late.uuid
        )
        assert all(set(w) == {"code", "params"} for w in snapshot["warnings"])
        english = [word_warning_json("meeting", w, "en") for w in snapshot["warnings"]]
        vietnamese = [word_warning_json("meeting", w, "vi") for w in snapshot["warnings"]]
        assert all(("Decree" in t or "Law" in t) and "Nghị định" not in t for t in english)
        assert all("Nghị định" in t or "Luật" in t for t in vietnamese), vietnamese
        assert upper.maintenance.check().ok
    finally:
        upper.close()
