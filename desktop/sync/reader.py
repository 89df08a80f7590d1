"""Reading and verifying a bundle before anything touches the database (BUNDLE.md rule 1).

Every check runs and every problem is listed, not just the first. A problem is a code
with parameters; :mod:`desktop.core.sync_messages` words it in Vietnamese or English.
The reader never extracts to disk: members are read from the ZIP with size caps, so
zip-slip names, links and ZIP bombs are refused, not followed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import lzma
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from desktop.core.records import RecordKind
from desktop.sync.bag import (
    BAGIT_TXT,
    MAX_RATIO,
    RATIO_FLOOR,
    REQUIRED_TAGS,
    parse_journal_head,
    signed_message,
    trusted_comment,
)
from desktop.sync.keys import verify_signature

SCHEMA_VERSION = 1
KINDS = tuple(k.value for k in RecordKind)  # every kind the app keeps (core/records.py)
RECORD_STATUSES = ("NEW", "REPLACEMENT", "TEST")
ROLES = ("village", "commune", "upper")

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MEMBERS = 50_000
MAX_TOTAL_UNCOMPRESSED = 4 * 1024**3
MAX_TAG_FILE = 4 * 1024**2
MAX_RECORDS_FILE = 1024**3
MAX_LINE = 16 * 1024**2
# A bundle's members are stored or deflated (bag.py writes nothing else); any other method
# (LZMA, bzip2, AES...) is refused by name before a byte of it is decompressed.
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# A bundle is dated when it is signed; a clock a little ahead is tolerated, a date far in the
# future (2099) is refused: it would make the board's "days silent" stand still for years.
FUTURE_TOLERANCE = timedelta(days=2)
MAX_PROBLEMS = 200
_CHUNK = 1024 * 1024
# \Z, not $: "$" also matches before a final newline ("<uuid>\n" would pass).
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SHA = re.compile(r"^[0-9a-f]{64}\Z")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?\Z")

# A damaged member (bad CRC, broken deflate stream, lying header) is one problem, not the end.
_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    ValueError,
    NotImplementedError,
    OSError,  # bz2 reports a damaged stream as OSError
)

KeyLookup = Callable[[str], "tuple[str, str] | None"]  # origin code -> (public key, key id)


@dataclass(frozen=True)
class Registered:
    """What the receiver registered for a child: its role and the villages it may relay
    for. Never read from the bundle's tags (BUNDLE.md "The receiving level")."""

    role: str = ""
    relays: frozenset[str] = frozenset()


RegistrationLookup = Callable[[str], "Registered | None"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bundle; ``where`` names the file it was found in."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    where: str = ""


@dataclass
class ParsedBag:
    """A verified bag: its tags, its record lines and where its attachments are."""

    path: Path
    top: str
    tags: dict[str, str]
    signed_at: str
    tagmanifest_sha256: str
    records: list[dict[str, Any]]
    lines: list[bytes]
    counts: dict[str, Any]
    attachments: dict[str, str]  # sha256 -> member name in the ZIP
    # True when ``known`` said this exact bundle was imported already: the signed head was
    # verified, the payload was not read again (a re-import changes nothing anyway).
    already_imported: bool = False
    texts: list[str] = field(default_factory=list)  # each line decoded, for storing as text

    @property
    def bundle_id(self) -> str:
        return self.tags["Bundle-Id"]

    @property
    def seq(self) -> int:
        return int(self.tags["Bundle-Seq"])

    @property
    def part(self) -> tuple[int, int]:
        return parse_bag_count(self.tags.get("Bag-Count", "1 of 1")) or (1, 1)


class _Problems(list[Problem]):
    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where

    def add(self, problem: str, /, **params: Any) -> None:
        if len(self) < MAX_PROBLEMS:
            shown = {k: _shown(v) if isinstance(v, str) else v for k, v in params.items()}
            self.append(Problem(problem, shown, self.where))


def _shown(value: str) -> str:
    """A value quoted from the bundle, fit for a message: NFC, control characters escaped."""
    text = unicodedata.normalize("NFC", value)
    return "".join(
        c if unicodedata.category(c)[0] != "C" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


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


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read a member, never more than ``cap`` bytes nor more than its header declares."""
    limit = min(cap, info.file_size)
    with zf.open(info) as src:
        data = src.read(limit + 1)
    if len(data) > limit:
        raise ValueError("member larger than declared")
    return data


def _safe_names(zf: zipfile.ZipFile, p: _Problems) -> tuple[str, dict[str, zipfile.ZipInfo]]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        p.add("zip_too_many_members", count=len(infos), max=MAX_MEMBERS)
        return "", {}
    members: dict[str, zipfile.ZipInfo] = {}
    tops: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if not _SAFE_NAME.match(name) or ".." in name.split("/") or name.startswith("/"):
            p.add("zip_unsafe_name", name=name[:120])
            continue
        if info.create_system == 3 and stat.S_ISLNK(mode):
            p.add("zip_link", name=name)
            continue
        if info.flag_bits & 0x1:
            p.add("zip_encrypted", name=name)
            continue
        if name in members:
            p.add("zip_duplicate_name", name=name)
            continue
        if info.compress_type not in METHODS:
            p.add("zip_method_unsupported", name=name, method=info.compress_type)
            continue
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            p.add("zip_bomb", name=name)
            continue
        tops.add(name.split("/", 1)[0])
        if not name.endswith("/"):
            members[name] = info
    if total > MAX_TOTAL_UNCOMPRESSED:
        p.add("zip_too_large", size_mb=total // 2**20, max_mb=MAX_TOTAL_UNCOMPRESSED // 2**20)
    if len(tops) != 1:
        p.add("bag_not_one_folder", count=len(tops))
        return "", members
    return tops.pop(), members


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    read = 0
    with zf.open(info) as src:
        while chunk := src.read(_CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise ValueError("member larger than declared")
            digest.update(chunk)
    return digest.hexdigest()


def _parse_manifest(text: str, p: _Problems, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, sep, path = line.partition("  ")
        if not sep or not _SHA.match(digest.strip().lower()):
            p.add("manifest_bad_line", file=name, line=line[:80])
            continue
        path = path.strip()
        if path in out:
            p.add("manifest_duplicate", file=name, path=path)
        out[path] = digest.strip().lower()
    return out


def _check_tags(tags: dict[str, str], dups: list[str], p: _Problems) -> None:
    for name in dups:
        p.add("tag_duplicate", tag=name)
    for name in REQUIRED_TAGS:
        if not tags.get(name):
            p.add("tag_missing", tag=name)
    if tags.get("Bundle-Id") and not _UUID.match(tags["Bundle-Id"]):
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


def _check_dates(tags: dict[str, str], signed_at: str, now: datetime, p: _Problems) -> None:
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


def _check_signature(
    raw: bytes, tags: dict[str, str], tagmanifest: bytes, keys: KeyLookup, p: _Problems
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


def _check_record(obj: Any, n: int, p: _Problems) -> dict[str, Any] | None:
    if not isinstance(obj, dict):
        p.add("record_not_object", line=n)
        return None
    bad: list[str] = []
    if obj.get("kind") not in KINDS:
        bad.append("kind")
    if not isinstance(obj.get("uuid"), str) or not _UUID.match(obj["uuid"]):
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


def _attachment_refs(record: dict[str, Any]) -> list[str]:
    refs = record.get("attachments")
    if not isinstance(refs, list):
        return []
    return [str(a.get("sha256")) for a in refs if isinstance(a, dict) and a.get("sha256")]


def _check_records(
    data: bytes, p: _Problems
) -> tuple[list[dict[str, Any]], list[bytes], list[str]]:
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
        record = _check_record(obj, n, p)
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


def _check_owners(
    records: list[dict[str, Any]],
    tags: dict[str, str],
    keys: KeyLookup,
    target_code: str | None,
    registered: RegistrationLookup | None,
    p: _Problems,
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


def bundle_head(path: Path) -> dict[str, str] | None:
    """The tags of a bundle's bag-info.txt, unverified (to group parts before reading them)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if i.filename.endswith("/bag-info.txt")]
            if len(infos) != 1 or infos[0].file_size > MAX_TAG_FILE:
                return None
            text = _read_member(zf, infos[0], MAX_TAG_FILE).decode("utf-8")
    except (*_MEMBER_ERRORS, OSError, UnicodeDecodeError, RuntimeError):
        return None
    return parse_bag_info(text)[0]


def read_bundle(
    path: Path,
    keys: KeyLookup,
    *,
    target_code: str | None = None,
    known: Callable[[str, str, str], bool] | None = None,
    registered: RegistrationLookup | None = None,
    now: datetime | None = None,
) -> tuple[ParsedBag | None, list[Problem]]:
    """Verify one bundle file; the parsed bag only when no problem was found.

    ``registered`` gives the sender's registered role and relay codes; without it the
    sender relays for nobody. ``now`` (aware, UTC) refuses a bundle dated beyond it plus
    :data:`FUTURE_TOLERANCE`.
    """
    p = _Problems(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        p.add("file_unreadable")
        return None, list(p)
    if size > MAX_BUNDLE_BYTES:
        p.add("file_too_large", size_mb=size // 2**20, max_mb=MAX_BUNDLE_BYTES // 2**20)
        return None, list(p)
    try:
        with zipfile.ZipFile(path) as zf:
            parsed = _read_zip(path, zf, keys, target_code, p, known, registered, now)
    except (*_MEMBER_ERRORS, zipfile.LargeZipFile, RuntimeError):
        p.add("not_a_bundle")
        parsed = None
    return (parsed if not p else None), list(p)


def _read_zip(
    path: Path,
    zf: zipfile.ZipFile,
    keys: KeyLookup,
    target_code: str | None,
    p: _Problems,
    known: Callable[[str, str, str], bool] | None = None,
    registered: RegistrationLookup | None = None,
    now: datetime | None = None,
) -> ParsedBag | None:
    top, members = _safe_names(zf, p)
    if not top:
        return None

    def member(name: str, cap: int = MAX_TAG_FILE) -> bytes | None:
        info = members.get(f"{top}/{name}")
        if info is None:
            p.add("bag_file_missing", file=name)
            return None
        if info.file_size > cap:
            p.add("bag_file_too_large", file=name, max_mb=cap // 2**20)
            return None
        try:
            return _read_member(zf, info, cap)
        except _MEMBER_ERRORS:
            p.add("zip_member_corrupt", name=name)
            return None

    bagit = member("bagit.txt")
    if bagit is not None and bagit.replace(b"\r\n", b"\n") != BAGIT_TXT:
        p.add("bagit_txt_invalid")
    bag_info = member("bag-info.txt")
    manifest = member("manifest-sha256.txt")
    tagmanifest = member("tagmanifest-sha256.txt")
    signature = member("signature.txt")
    tags: dict[str, str] = {}
    if bag_info is not None:
        try:
            tags, dups = parse_bag_info(bag_info.decode("utf-8"))
            _check_tags(tags, dups, p)
        except UnicodeDecodeError:
            p.add("bag_info_not_utf8")
    if target_code and tags.get("Target-Code") and tags["Target-Code"] != target_code:
        p.add("wrong_target", target=tags["Target-Code"], here=target_code)
    if top != tags.get("Bundle-Id") and not top.startswith(f"{tags.get('Bundle-Id')}."):
        p.add("bag_folder_mismatch", folder=top[:60])

    # Tag manifest: exactly the three tag files, each hash right.
    tag_files = {"bagit.txt": bagit, "bag-info.txt": bag_info, "manifest-sha256.txt": manifest}
    if tagmanifest is not None:
        listed = _parse_manifest(tagmanifest.decode("utf-8", "replace"), p, "tagmanifest")
        if set(listed) != set(tag_files):
            p.add("tagmanifest_incomplete")
        for name, content in tag_files.items():
            if (
                content is not None
                and name in listed
                and hashlib.sha256(content).hexdigest() != listed[name]
            ):
                p.add("checksum_mismatch", file=name)
    signed_at = ""
    if signature is not None and tagmanifest is not None and tags:
        signed_at = _check_signature(signature, tags, tagmanifest, keys, p)
    if now is not None and tags:
        _check_dates(tags, signed_at, now, p)
    if (
        not p
        and known is not None
        and tagmanifest is not None
        and known(tags["Bundle-Id"], tags["Origin-Code"], hashlib.sha256(tagmanifest).hexdigest())
    ):
        return ParsedBag(
            path=path,
            top=top,
            tags=tags,
            signed_at=signed_at,
            tagmanifest_sha256=hashlib.sha256(tagmanifest).hexdigest(),
            records=[],
            lines=[],
            counts={},
            attachments={},
            already_imported=True,
        )

    # Payload: the manifest lists every data/ file, each hash right, and Payload-Oxum agrees.
    payload = {n[len(top) + 1 :]: i for n, i in members.items() if n.startswith(f"{top}/data/")}
    listed_payload: dict[str, str] = {}
    if manifest is not None:
        listed_payload = _parse_manifest(manifest.decode("utf-8", "replace"), p, "manifest")
        for name in sorted(set(payload) - set(listed_payload)):
            p.add("payload_not_in_manifest", file=name)
        for name in sorted(set(listed_payload) - set(payload)):
            p.add("payload_missing", file=name)
    octets = sum(i.file_size for i in payload.values())
    oxum = tags.get("Payload-Oxum", "")
    if oxum and oxum != f"{octets}.{len(payload)}":
        p.add("payload_oxum_mismatch", declared=oxum[:40], actual=f"{octets}.{len(payload)}")
    for name in sorted(set(payload) & set(listed_payload)):
        try:
            if _hash_member(zf, payload[name]) != listed_payload[name]:
                p.add("checksum_mismatch", file=name)
        except _MEMBER_ERRORS:
            p.add("zip_member_corrupt", name=name)

    records: list[dict[str, Any]] = []
    lines: list[bytes] = []
    texts: list[str] = []
    raw_records = member("data/records.jsonl", MAX_RECORDS_FILE)
    if raw_records is not None:
        records, lines, texts = _check_records(raw_records, p)
        _check_owners(records, tags, keys, target_code, registered, p)
    counts: dict[str, Any] = {}
    raw_counts = member("data/counts.json")
    if raw_counts is not None:
        try:
            loaded = json.loads(raw_counts)
            if not isinstance(loaded, dict) or not isinstance(loaded.get("counts"), dict):
                raise ValueError
            counts = loaded
        except (ValueError, UnicodeDecodeError, RecursionError):
            p.add("counts_invalid")
    attachments: dict[str, str] = {}
    for name in payload:
        if name.startswith("data/attachments/"):
            sha = name.removeprefix("data/attachments/")
            if not _SHA.match(sha):
                p.add("attachment_bad_name", file=name)
            attachments[sha] = f"{top}/{name}"
    whole = tags.get("Bag-Count", "1 of 1").replace(" ", "") == "1of1"
    if whole and tags.get("Attachments-Included", "yes") != "no":
        for r in records:
            for sha in _attachment_refs(r):
                if sha not in attachments:
                    p.add("attachment_missing", uuid=r["uuid"], sha=sha[:12])
    if p or tagmanifest is None:
        return None
    return ParsedBag(
        path=path,
        top=top,
        tags=tags,
        signed_at=signed_at,
        tagmanifest_sha256=hashlib.sha256(tagmanifest).hexdigest(),
        records=records,
        lines=lines,
        texts=texts,
        counts=counts,
        attachments=attachments,
    )
