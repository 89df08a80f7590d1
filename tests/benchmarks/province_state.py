"""A receiving level that has imported province-1y (BUDGETS.md), made cheaply: the state an
import of the 300 communes' bundles leaves (registered units, the register of imported
bundles, every record as received with its extracted columns), written as rows through
the storage models instead of verifying and importing 300 signed bundles (the import
itself is timed by bench_sync). The records are province.py's: one generated commune's
records, each commune with its own ids and code. Cached in ``.bench-cache``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.benchmarks.data import CACHE, _exclusive, cache_key
from tests.benchmarks.province import _NS, _UUID, READY, UPPER_CODE, _source_lines

CHUNK = 5000


def _unit(i: int) -> tuple[str, str]:
    return f"{26000 + i}", f"Xã Số {i}"


def province_state(communes: int = 300, *, seed: int = 1) -> Path:
    """The data dir of a province (code 79) that imported ``communes`` communes' bundles;
    every tenth commune has been silent since its first bundle, one lost bundle no. 2."""
    target = CACHE / f"province-state-{communes}-{cache_key('commune-1y-tenth', 1.0, seed)}"
    with _exclusive(target.with_suffix(".lock")):
        if not (target / READY).exists():
            _build(target, communes, seed)
    return target


def _build(target: Path, communes: int, seed: int) -> None:
    from sqlalchemy import insert

    from desktop.core.installation import InstallationData, Role
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.services.sync_columns import extract_columns
    from desktop.storage.journal import canonical_json
    from desktop.storage.models import (
        ChildRecordRow,
        ChildRecordVersionRow,
        ImportedBundleRow,
        SyncPeerRow,
    )
    from desktop.sync.keys import KeyStore

    source = _source_lines(seed)
    shutil.rmtree(target, ignore_errors=True)
    print(f"# making a province with {communes} communes imported (once; in {CACHE})", flush=True)
    services = build_services(open_store(target))
    try:
        services.setup.initialize(
            InstallationData(role=Role.UPPER, code=UPPER_CODE, name="UBND Thành phố Hồ Chí Minh")
        )
        info = KeyStore(target / "unit-key").ensure()  # one key for all: only its shape counts
        now = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
        peers: list[dict[str, Any]] = []
        bundles: list[dict[str, Any]] = []
        for i in range(1, communes + 1):
            code, name = _unit(i)
            peers.append(
                {
                    "relation": "child",
                    "code": code,
                    "name": name,
                    "role": "commune",
                    "public_key": info.public_key,
                    "key_id": info.key_id,
                    "registered_at": now - timedelta(days=200),
                    "relays": "",
                }
            )
            silent = i % 10 == 0
            seqs = [1] if silent else [1, 3]  # no. 2 never arrived
            for seq in seqs:
                made = now - timedelta(days=90 if silent else 5 - seq)
                bundles.append(
                    {
                        "child_code": code,
                        "bundle_id": str(uuid.uuid5(_NS, f"bundle/{i}/{seq}")),
                        "installation_id": str(uuid.uuid5(_NS, f"installation/{i}")),
                        "seq": seq,
                        "tagmanifest_sha256": "0" * 64,
                        "bagging_date": made.date().isoformat(),
                        "signed_at": made.isoformat(),
                        "record_status": "NEW",
                        "imported_at": made + timedelta(hours=2),
                        "imported_by": "bench",
                        "origin_counts": "{}",
                        "outcome": "{}",
                    }
                )
        with services.ctx.db.transaction() as session:
            session.execute(insert(SyncPeerRow.__table__), peers)
            session.execute(insert(ImportedBundleRow.__table__), bundles)
        records: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []

        def flush() -> None:
            with services.ctx.db.transaction() as session:
                if records:
                    session.execute(insert(ChildRecordRow.__table__), records)
                if versions:
                    session.execute(insert(ChildRecordVersionRow.__table__), versions)
            records.clear()
            versions.clear()

        for i in range(1, communes + 1):
            code, _name = _unit(i)

            def remap(m: re.Match[bytes], i: int = i) -> bytes:
                return str(uuid.uuid5(_NS, f"{i}/{m.group(0).decode()}")).encode()

            for line in source:
                obj = json.loads(_UUID.sub(remap, line))
                obj["origin_code"] = code
                content = canonical_json(obj)
                sha = hashlib.sha256(content.encode()).hexdigest()
                versions.append(
                    {"uuid": obj["uuid"], "version": obj["version"], "content_sha256": sha}
                )
                records.append(
                    {
                        "uuid": obj["uuid"],
                        "child_code": code,
                        "origin_code": code,
                        "kind": obj["kind"],
                        "version": obj["version"],
                        "updated_at": obj["updated_at"],
                        "updated_by": obj["updated_by"],
                        "deleted": bool(obj.get("deleted")),
                        "content": content,
                        "content_sha256": sha,
                        "bundle_id": str(uuid.uuid5(_NS, f"bundle/{i}/1")),
                        **extract_columns(obj),
                    }
                )
            if len(records) >= CHUNK:
                flush()
        flush()
    finally:
        services.close()
    (target / READY).write_text(
        json.dumps({"communes": communes, "records": communes * len(source)}), encoding="utf-8"
    )
