"""Checks of a bundle's records: one JSON object a line, NFC, the envelope fields, and
every record owned by the sender or a village it is registered to relay for."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from desktop.core.records import RecordKind
from desktop.sync.problems import Problems
from desktop.sync.tag_checks import UUID_RE, KeyLookup

KINDS = tuple(k.value for k in RecordKind)  # every kind the app keeps (core/records.py)
MAX_LINE = 16 * 1024**2


@dataclass(frozen=True)
class Registered:
    """What the receiver registered for a child: its role and the villages it may relay
    for. Never read from the bundle's tags (BUNDLE.md "The receiving level")."""

    role: str = ""
    relays: frozenset[str] = frozenset()


RegistrationLookup = Callable[[str], "Registered | None"]


def check_record(obj: Any, n: int, p: Problems) -> dict[str, Any] | None:
    if not isinstance(obj, dict):
        p.add("record_not_object", line=n)
        return None
    bad: list[str] = []
    if obj.get("kind") not in KINDS:
        bad.append("kind")
    if not isinstance(obj.get("uuid"), str) or not UUID_RE.match(obj["uuid"]):
        bad.append("uuid")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        bad.append("version")
    for name in ("updated_at", "updated_by", "created_at", "origin_code"):
        if not isinstance(obj.get(name), str):
            bad.append(name)
    if not isinstance(obj.get("deleted"), bool):
        bad.append("deleted")
    for name in bad:
        p.add("record_bad_field", line=n, field=name)
    return None if bad else obj


def attachment_refs(record: dict[str, Any]) -> list[str]:
    refs = record.get("attachments")
    if not isinstance(refs, list):
        return []
    return [str(a.get("sha256")) for a in refs if isinstance(a, dict) and a.get("sha256")]


def check_records(data: bytes, p: Problems) -> tuple[list[dict[str, Any]], list[bytes], list[str]]:
    records: list[dict[str, Any]] = []
    lines: list[bytes] = []
    texts: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(data.split(b"\n"), start=1):
        if not line:
            continue
        if len(line) > MAX_LINE:
            p.add("record_line_too_long", line=n, max_mb=MAX_LINE // 2**20)
            continue
        try:
            text = line.decode("utf-8")
            # orjson: the import's hot loop (4x the standard parser); stricter, never looser
            # (no NaN, no integers past 64 bits, 1,024 levels at most).
            obj = orjson.loads(line)
        except (ValueError, RecursionError):  # bad UTF-8 or JSON, or an int of 4,300+ digits
            p.add("record_not_json", line=n)
            continue
        if not unicodedata.is_normalized("NFC", text):
            p.add("record_not_nfc", line=n)
        record = check_record(obj, n, p)
        if record is None:
            continue
        if record["uuid"] in seen:
            p.add("record_duplicate", line=n, uuid=record["uuid"])
            continue
        seen.add(record["uuid"])
        records.append(record)
        lines.append(line)
        texts.append(text)
    return records, lines, texts


def check_owners(
    records: list[dict[str, Any]],
    tags: dict[str, str],
    keys: KeyLookup,
    target_code: str | None,
    registered: RegistrationLookup | None,
    p: Problems,
) -> None:
    """Every record is the sender's own or one of the villages it is registered to relay for
    (a commune); never the receiver's nor another registered unit's. Role and relay codes
    come from the registration: a bundle's Origin-Role tag that disagrees is refused."""
    origin = tags.get("Origin-Code", "")
    reg = registered(origin) if registered is not None else None
    role = tags.get("Origin-Role", "")
    if reg is not None and reg.role and role and role != reg.role:
        p.add("origin_role_mismatch", code=origin, role=role, registered=reg.role)
    allowed = reg.relays if reg is not None and reg.role in ("", "commune") else frozenset()
    for r in records:
        owner = r["origin_code"]
        if owner in ("", origin):
            continue
        if owner not in allowed or owner == target_code or keys(owner) is not None:
            p.add("record_foreign_origin", uuid=r["uuid"], owner=owner[:40])
