"""The "province-1y" reference data of BUDGETS.md: 300 communes' bundles for one year.

One commune of a tenth of commune-10y's size for one year is generated through the real
write path and exported; the 300 communes' bundles are then made from its records with
each commune's own record ids (uuid5 of the commune number and the original id), its own
code and its own Ed25519 key, written and signed by the real bag writer. Attachments
are left out (the records keep their references): 300 × 200 photos would be 12 GB.
Cached in ``.bench-cache`` like the other reference data.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from pathlib import Path

from tests.benchmarks.data import CACHE, cache_key

READY = "READY.json"
_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NS = uuid.UUID("6f1c1a52-4d0e-4c1b-9a57-5d3c2b1a0e99")
UPPER_CODE = "79"


def _source_lines(seed: int) -> list[bytes]:
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.services.generator import generate_commune

    root = CACHE / f"province-source-{cache_key('commune-1y-tenth', 1.0, seed)}"
    lines_file = root / "records.jsonl"
    if not lines_file.exists():
        shutil.rmtree(root, ignore_errors=True)
        services = build_services(open_store(root / "store"))
        try:
            generate_commune(services, seed=seed, attachments=0)
            result = services.sync.export(root / "out", full=True, with_attachments=False)
        finally:
            services.close()
        import zipfile

        with zipfile.ZipFile(result.files[0]) as zf:
            data = zf.read(f"{result.bundle_id}/data/records.jsonl")
        lines_file.write_bytes(data)
    return [x for x in lines_file.read_bytes().split(b"\n") if x]


def province_bundles(communes: int = 300, *, seed: int = 1) -> Path:
    """A folder with ``bundles/*.zip`` and ``keys/*.json`` for ``communes`` communes."""
    from desktop.core.records import iso_utc, utc_now
    from desktop.storage.journal import canonical_json
    from desktop.sync.bag import BagPart, write_bag_zip
    from desktop.sync.keys import KeyStore, registration_json, write_registration

    target = CACHE / f"province-1y-new-{communes}-{cache_key('commune-1y-tenth', 1.0, seed)}"
    if (target / READY).exists():
        return target
    source = _source_lines(seed)
    shutil.rmtree(target, ignore_errors=True)
    print(f"# making {communes} communes' bundles (once; kept in {CACHE})", flush=True)
    signed_at = iso_utc(utc_now().replace(microsecond=0))
    for i in range(1, communes + 1):
        code = f"{26000 + i}"
        keys = KeyStore(target / "private" / code)
        info = keys.ensure()
        write_registration(
            target / "keys" / f"{code}.json",
            registration_json(code, f"Xã Số {i}", "commune", info),
        )

        def remap(m: re.Match[bytes], i: int = i) -> bytes:
            return str(uuid.uuid5(_NS, f"{i}/{m.group(0).decode()}")).encode()

        lines = []
        for line in source:
            obj = json.loads(_UUID.sub(remap, line))
            obj["origin_code"] = code
            lines.append(canonical_json(obj).encode("utf-8"))
        bundle_id = str(uuid.uuid5(_NS, f"bundle/{i}"))
        tags = {
            "Source-Organization": f"Xã Số {i} ({code})",
            "External-Identifier": f"{code}-1",
            "Bagging-Date": "2026-11-30",
            "Bundle-Id": bundle_id,
            "Bundle-Seq": "1",
            "Acked-Through-Seq": "0",
            "Prev-Bundle-SHA256": "0" * 64,
            "Schema-Version": "1",
            "App-Version": "bench",
            "Origin-Role": "commune",
            "Origin-Code": code,
            "Target-Code": UPPER_CODE,
            "Record-Status": "NEW",
            "Key-Id": info.key_id,
            "Installation-Id": str(uuid.uuid5(_NS, f"installation/{i}")),
            "Bag-Group-Identifier": bundle_id,
            "Attachments-Included": "no",
            "Bag-Count": "1 of 1",
        }
        counts = {"schema_version": 1, "origin_code": code, "full": True, "counts": {}}
        part = BagPart(
            {
                "records.jsonl": b"".join(x + b"\n" for x in lines),
                "counts.json": (canonical_json(counts) + "\n").encode(),
            }
        )
        write_bag_zip(
            target / "bundles" / f"SoDanChu-{code}-000001.zip",
            bundle_id,
            tags,
            part,
            keys.sign,
            signed_at,
        )
    (target / READY).write_text(json.dumps({"communes": communes}), encoding="utf-8")
    return target
