"""Checks of a bundle's tag files: bag-info.txt tags, manifests, dates and the signature."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.sync.bag import REQUIRED_TAGS, parse_journal_head, signed_message, trusted_comment
from desktop.sync.keys import verify_signature
from desktop.sync.problems import Problems

SCHEMA_VERSION = 1
RECORD_STATUSES = ("NEW", "REPLACEMENT", "TEST")
ROLES = ("village", "commune", "upper")
# A bundle is dated when it is signed; a clock a little ahead is tolerated, a date far in the
# future (2099) is refused: it would make the board's "days silent" stand still for years.
FUTURE_TOLERANCE = timedelta(days=2)
# \Z, not $: "$" also matches before a final newline ("<uuid>\n" would pass).
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
SHA_RE = re.compile(r"^[0-9a-f]{64}\Z")

KeyLookup = Callable[[str], "tuple[str, str] | None"]  # origin code -> (public key, key id)


def parse_bag_count(value: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"\s*(\d{1,4})\s+of\s+(\d{1,4})\s*", value)
    if not m:
        return None
    k, n = int(m.group(1)), int(m.group(2))
    return (k, n) if 1 <= k <= n else None


def parse_bag_info(text: str) -> tuple[dict[str, str], list[str]]:
    """Tags of bag-info.txt (continuation lines joined); returns (tags, duplicated names)."""
    tags: dict[str, str] = {}
    dups: list[str] = []
    last = ""
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            tags[last] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        name = name.strip()
        if name in tags:
            dups.append(name)
        tags[name] = value.strip()
        last = name
    return tags, dups


def parse_manifest(text: str, p: Problems, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, sep, path = line.partition("  ")
        if not sep or not SHA_RE.match(digest.strip().lower()):
            p.add("manifest_bad_line", file=name, line=line[:80])
            continue
        path = path.strip()
        if path in out:
            p.add("manifest_duplicate", file=name, path=path)
        out[path] = digest.strip().lower()
    return out


def check_tags(tags: dict[str, str], dups: list[str], p: Problems) -> None:
    for name in dups:
        p.add("tag_duplicate", tag=name)
    for name in REQUIRED_TAGS:
        if not tags.get(name):
            p.add("tag_missing", tag=name)
    if tags.get("Bundle-Id") and not UUID_RE.match(tags["Bundle-Id"]):
        p.add("tag_invalid", tag="Bundle-Id", value=tags["Bundle-Id"][:60])
    for name in ("Bundle-Seq", "Acked-Through-Seq"):
        value = tags.get(name, "")
        if value and not (value.isascii() and value.isdigit() and len(value) < 10):
            p.add("tag_invalid", tag=name, value=value[:60])
    seq = tags.get("Bundle-Seq", "")
    if seq.isascii() and seq.isdigit() and int(seq) < 1:
        p.add("tag_invalid", tag="Bundle-Seq", value=tags["Bundle-Seq"])
    schema = tags.get("Schema-Version", "")
    if schema:
        if not (schema.isascii() and schema.isdigit()) or int(schema) < 1:
            p.add("tag_invalid", tag="Schema-Version", value=schema[:20])
        elif int(schema) > SCHEMA_VERSION:
            p.add("schema_newer", version=schema, supported=SCHEMA_VERSION)
    if tags.get("Record-Status") and tags["Record-Status"] not in RECORD_STATUSES:
        p.add("tag_invalid", tag="Record-Status", value=tags["Record-Status"][:20])
    if tags.get("Origin-Role") and tags["Origin-Role"] not in ROLES:
        p.add("tag_invalid", tag="Origin-Role", value=tags["Origin-Role"][:20])
    if "Bag-Count" in tags and parse_bag_count(tags["Bag-Count"]) is None:
        p.add("tag_invalid", tag="Bag-Count", value=tags["Bag-Count"][:20])
    for name in ("Journal-Head", "Journal-Prev-Head"):
        if name in tags and parse_journal_head(tags[name]) is None:
            p.add("tag_invalid", tag=name, value=tags[name][:80])
    if tags.get("Bagging-Date"):
        try:
            datetime.strptime(tags["Bagging-Date"], "%Y-%m-%d")
        except ValueError:
            p.add("tag_invalid", tag="Bagging-Date", value=tags["Bagging-Date"][:20])


def check_dates(tags: dict[str, str], signed_at: str, now: datetime, p: Problems) -> None:
    """Neither the signing time nor the bagging date may lie beyond ``now`` (UTC) plus the
    tolerance: a bundle "from 2099" is refused, not shown as fresh for seventy years."""
    latest = now + FUTURE_TOLERANCE
    try:
        signed = datetime.fromisoformat(signed_at.replace("Z", "+00:00")) if signed_at else None
        bagged = datetime.strptime(tags.get("Bagging-Date", ""), "%Y-%m-%d").date()
    except ValueError:
        return  # worded already (tag_invalid or a signature problem)
    if signed is not None and signed.tzinfo is None:
        signed = signed.replace(tzinfo=now.tzinfo)
    if (signed is not None and signed > latest) or bagged > latest.date():
        shown = signed_at or tags.get("Bagging-Date", "")
        p.add("bundle_in_future", date=shown[:40], days=FUTURE_TOLERANCE.days)


def check_signature(
    raw: bytes, tags: dict[str, str], tagmanifest: bytes, keys: KeyLookup, p: Problems
) -> str:
    try:
        lines = raw.decode("utf-8").splitlines()
        comment_line = next(x for x in lines if x.startswith("trusted comment: "))
        sig = base64.b64decode(lines[-1].strip(), validate=True)
    except (UnicodeDecodeError, StopIteration, IndexError, binascii.Error, ValueError):
        p.add("signature_unreadable")
        return ""
    comment = comment_line.removeprefix("trusted comment: ")
    fields = dict(x.partition("=")[::2] for x in comment.split())
    signed_at = fields.get("time", "")
    try:
        expected = trusted_comment(tags, signed_at)
    except KeyError:
        expected = ""
    if comment != expected:
        p.add("signature_comment_mismatch")
    found = keys(tags.get("Origin-Code", ""))
    if found is None:
        p.add("origin_unregistered", code=tags.get("Origin-Code", ""))
        return signed_at
    public_key, key_id = found
    if tags.get("Key-Id") != key_id:
        p.add("signature_wrong_key", code=tags.get("Origin-Code", ""))
    if not verify_signature(public_key, signed_message(comment, tagmanifest), sig):
        p.add("signature_invalid")
    return signed_at
