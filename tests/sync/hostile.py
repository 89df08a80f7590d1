"""Correctly signed but hostile bundles and receipts (issue 13): what an attacker with a
USB stick and a registered key — or none — would try. Used by tests/sync/test_trust.py
and by the safety runner (tests/safety/trust.py).

Every builder returns bytes signed with a real key, so a refusal is due to the rule under
test, not to a broken signature.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.storage.journal import canonical_json
from desktop.sync.keys import KeyStore
from desktop.sync.receipt import sign_receipt
from tests.sync.bags import build_bag, parse_parts
from tests.sync.world import OTHER_CHILD, World

NAMESPACE = uuid.UUID("6f1c2a52-13a1-4b1e-9c53-5d3e1f1f0013")


def records_of(data: bytes) -> list[dict[str, Any]]:
    parts = parse_parts(data)
    lines = parts.files["data/records.jsonl"].decode("utf-8").splitlines()
    return [json.loads(x) for x in lines if x]


def resign(
    data: bytes,
    keys: KeyStore,
    label: str,
    *,
    origin: str | None = None,
    role: str | None = None,
    status: str | None = None,
    owner: Callable[[dict[str, Any]], str] | None = None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
) -> bytes:
    """``data`` re-signed with ``keys`` as a new bundle (its id derived from ``label``):
    tags changed as asked, each record's ``origin_code`` set by ``owner``."""
    parts = parse_parts(data)
    bundle_id = str(uuid.uuid5(NAMESPACE, label))
    changes: dict[str, str | None] = {
        "Bundle_Id": bundle_id,
        "Bag_Group_Identifier": bundle_id,
        "Key_Id": keys.info().key_id,
    }
    if origin is not None:
        changes["Origin_Code"] = origin
    if role is not None:
        changes["Origin_Role"] = role
    if status is not None:
        changes["Record_Status"] = status
    parts = replace(parts.with_tags(**changes), top=bundle_id)
    if owner is not None or keep is not None:
        lines = []
        for record in records_of(data):
            if keep is not None and not keep(record):
                continue
            if owner is not None:
                record["origin_code"] = owner(record)
            lines.append(canonical_json(record).encode("utf-8") + b"\n")
        parts = parts.with_files(records_jsonl=b"".join(lines))
    return build_bag(parts, keys.sign)


def is_meeting(record: dict[str, Any]) -> bool:
    return record["kind"] == "meeting"


@dataclass(frozen=True)
class Attack:
    """A hostile bundle for the receiving level of the world (code 79)."""

    name: str
    data: bytes
    expected: str  # the problem code it must be refused with


def upper_attacks(world: World) -> list[Attack]:
    """Signed bundles a registered unit (or a village laptop) could send the province."""
    clean = world.bundle
    other = OTHER_CHILD[0]
    return [
        Attack(
            "another commune claims A's records under an invented village",
            resign(clean, world.other_keys, "squat-invented", origin=other, owner=lambda r: "BIA"),
            "record_foreign_origin",
        ),
        Attack(
            "another commune relays a record 'owned' by the province",
            resign(
                clean,
                world.other_keys,
                "owned-by-receiver",
                origin=other,
                role="commune",
                owner=lambda r: "79",
                keep=is_meeting,
            ),
            "record_foreign_origin",
        ),
        Attack(
            "a commune relays a record of another registered commune",
            resign(clean, world.commune_keys, "owned-by-other", owner=lambda r: other),
            "record_foreign_origin",
        ),
        Attack(
            "Origin-Role in the bundle disagrees with the registration",
            resign(clean, world.commune_keys, "role-village", role="village"),
            "origin_role_mismatch",
        ),
        Attack(
            "a TEST bundle offered as real data",
            resign(clean, world.commune_keys, "test-bundle", status="TEST"),
            "bundle_is_test",
        ),
        Attack(
            "a key registered for one commune signs as another",
            resign(clean, world.other_keys, "wrong-key"),
            "signature_wrong_key",
        ),
    ]


def squat_first(world: World) -> bytes:
    """Commune B sends A's meeting uuids first, as its own records (indistinguishable from
    genuine ones on their own: what must hold is that A's records are then rejected
    visibly, never overwritten nor acknowledged)."""
    return resign(
        world.bundle,
        world.other_keys,
        "squat-own",
        origin=OTHER_CHILD[0],
        owner=lambda r: OTHER_CHILD[0],
        keep=is_meeting,
    )


def forged_receipt(genuine: Path, keys: KeyStore, out: Path, **changes: Any) -> Path:
    """``genuine`` receipt re-signed by ``keys`` (its key written in), fields changed."""
    body = json.loads(genuine.read_text(encoding="utf-8"))
    for name in ("format", "version", "signature"):
        body.pop(name, None)
    info = keys.info()
    body.update({"public_key": info.public_key, "key_id": info.key_id})
    body.update(
        {
            "receipt_id": str(uuid.uuid5(NAMESPACE, str(out))),
            "remarks": [{"uuid": "x", "text": "Giả mạo", "at": body["issued_at"], "by": "?"}],
        }
    )
    body.update(changes)
    receipt = sign_receipt(body, keys.sign)
    out.write_text(json.dumps(receipt, ensure_ascii=False), encoding="utf-8")
    return out
