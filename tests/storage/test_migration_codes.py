"""Migration 0009_codes: stored Vietnamese warnings and rule texts become codes + params.

The fixture ``store-0008-warnings.sqlite3.gz`` was made by the code of schema 0008
(commit c9d0a35): the small demo plus meetings, disclosures and conventions that raise
every stored warning code (both variants where the sentence has two), their
warnings and item rules worded in Vietnamese in the rows and in the journal.
"""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.warning_words import word_rule, word_warning
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.storage.migrate import current_revision, head_revision

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0008-warnings.sqlite3.gz"
TABLES = {"meeting": "meetings", "disclosure": "disclosures", "convention": "conventions"}


def _old_rows(db: Path) -> tuple[dict[tuple[str, str], list[dict[str, str]]], dict[str, list[str]]]:
    """The stored warnings by (kind, uuid) and the item rules by meeting, before migrating."""
    conn = sqlite3.connect(db)
    try:
        warnings = {
            (kind, uuid): json.loads(text)
            for kind, table in TABLES.items()
            for uuid, text in conn.execute(f"SELECT uuid, warnings FROM {table}")
        }
        rules: dict[str, list[str]] = {}
        query = "SELECT meeting_uuid, rule FROM meeting_items ORDER BY meeting_uuid, position"
        for uuid, rule in conn.execute(query):
            rules.setdefault(uuid, []).append(rule)
    finally:
        conn.close()
    return warnings, rules


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "sodanchu.sqlite3").write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    return data


def _stored(services: Services, kind: str, uuid: str) -> object:
    return {
        "meeting": services.meetings.get,
        "disclosure": services.disclosures.get,
        "convention": services.conventions.get,
    }[kind](uuid)


def test_stored_sentences_become_codes_worded_as_before(old_store: Path) -> None:
    old_warnings, old_rules = _old_rows(old_store / "sodanchu.sqlite3")
    codes = {(kind, w["code"]) for (kind, _), ws in old_warnings.items() for w in ws}
    assert len(codes) == 21  # every stored code of the three kinds
    services = build_services(open_store(old_store))
    try:
        assert current_revision(services.ctx.db) == head_revision()
        for (kind, uuid), old in old_warnings.items():
            stored = _stored(services, kind, uuid)
            warnings = stored.warnings  # type: ignore[attr-defined]
            assert [w.code for w in warnings] == [w["code"] for w in old]
            for w, before in zip(warnings, old, strict=True):
                assert w.params, (kind, w.code)  # read back from the sentence
                # The catalog words the params exactly as core worded them before.
                assert word_warning(kind, w, "vi") == before["message"]
                assert word_warning(kind, w, "en") != before["message"]
        for uuid, rules in old_rules.items():
            results = services.meetings.get(uuid).results
            assert [word_rule(r.rule_code, r.rule_params, "vi") for r in results] == rules
        # The journal keeps its old sentences (hash-chained, never rewritten) and checks clean.
        report = services.maintenance.check()
        assert report.ok, report
    finally:
        services.close()
    conn = sqlite3.connect(old_store / "sodanchu.sqlite3")
    try:
        (old_entries,) = conn.execute(
            "SELECT count(*) FROM audit_journal WHERE after LIKE '%\"message\"%'"
        ).fetchone()
        stored = conn.execute("SELECT warnings FROM meetings WHERE warning_count > 0").fetchall()
    finally:
        conn.close()
    assert old_entries > 0
    assert all('"message"' not in text and '"params"' in text for (text,) in stored)


def _cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_migrated_store_checks_clean_and_shows_english_warnings(old_store: Path) -> None:
    old_warnings, _ = _old_rows(old_store / "sodanchu.sqlite3")
    uuid = next(u for (k, u), ws in old_warnings.items() if k == "meeting" and len(ws) >= 3)
    code, out, err = _cli(old_store, "check")
    assert (code, err) == (0, ""), out
    assert out.startswith("OK")
    code, out, err = _cli(old_store, "--lang", "en", "show", "meeting", uuid, "--json")
    assert code == 0, err
    record = json.loads(out)
    english = [w["message"] for w in record["warnings"]]
    assert [w["code"] for w in record["warnings"]] == [
        w["code"] for w in old_warnings[("meeting", uuid)]
    ]
    assert all("working day" in m or "Invitations" in m for m in english), english
    assert all(("Law 10/2022/QH15" in m or "Decree" in m) for m in english)
    assert record["items"][0]["rule"].startswith(("Passed: ", "Failed: "))
    code, out, _ = _cli(old_store, "--lang", "vi", "show", "meeting", uuid, "--json")
    vietnamese = [w["message"] for w in json.loads(out)["warnings"]]
    assert vietnamese == [w["message"] for w in old_warnings[("meeting", uuid)]]
