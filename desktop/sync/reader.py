"""Reading and verifying a bundle before anything touches the database (BUNDLE.md rule 1).

Every check runs and every problem is listed, not just the first. A problem is a code
with parameters; :mod:`desktop.core.sync_messages` words it in Vietnamese or English.
The reader never extracts to disk: members are read from the ZIP with size caps, so
zip-slip names, links and ZIP bombs are refused, not followed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.sync.bag import BAGIT_TXT
from desktop.sync.problems import Problem, Problems
from desktop.sync.record_checks import (
    Registered,
    RegistrationLookup,
    attachment_refs,
    check_owners,
    check_records,
)
from desktop.sync.tag_checks import (
    SCHEMA_VERSION,
    SHA_RE,
    KeyLookup,
    check_dates,
    check_signature,
    check_tags,
    parse_bag_count,
    parse_bag_info,
    parse_manifest,
)
from desktop.sync.zip_members import MEMBER_ERRORS, hash_member, read_member, safe_names

# Re-exported: the services import the reader's types from here.
__all__ = [
    "SCHEMA_VERSION",
    "KeyLookup",
    "ParsedBag",
    "Problem",
    "Registered",
    "RegistrationLookup",
    "bundle_head",
    "read_bundle",
]

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_TAG_FILE = 4 * 1024**2
MAX_RECORDS_FILE = 1024**3


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


def bundle_head(path: Path) -> dict[str, str] | None:
    """The tags of a bundle's bag-info.txt, unverified (to group parts before reading them)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if i.filename.endswith("/bag-info.txt")]
            if len(infos) != 1 or infos[0].file_size > MAX_TAG_FILE:
                return None
            text = read_member(zf, infos[0], MAX_TAG_FILE).decode("utf-8")
    except (*MEMBER_ERRORS, OSError, UnicodeDecodeError, RuntimeError):
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
    p = Problems(path.name)
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
    except (*MEMBER_ERRORS, zipfile.LargeZipFile, RuntimeError):
        p.add("not_a_bundle")
        parsed = None
    return (parsed if not p else None), list(p)


def _read_zip(
    path: Path,
    zf: zipfile.ZipFile,
    keys: KeyLookup,
    target_code: str | None,
    p: Problems,
    known: Callable[[str, str, str], bool] | None = None,
    registered: RegistrationLookup | None = None,
    now: datetime | None = None,
) -> ParsedBag | None:
    top, members = safe_names(zf, p)
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
            return read_member(zf, info, cap)
        except MEMBER_ERRORS:
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
            check_tags(tags, dups, p)
        except UnicodeDecodeError:
            p.add("bag_info_not_utf8")
    if target_code and tags.get("Target-Code") and tags["Target-Code"] != target_code:
        p.add("wrong_target", target=tags["Target-Code"], here=target_code)
    if top != tags.get("Bundle-Id") and not top.startswith(f"{tags.get('Bundle-Id')}."):
        p.add("bag_folder_mismatch", folder=top[:60])

    # Tag manifest: exactly the three tag files, each hash right.
    tag_files = {"bagit.txt": bagit, "bag-info.txt": bag_info, "manifest-sha256.txt": manifest}
    if tagmanifest is not None:
        listed = parse_manifest(tagmanifest.decode("utf-8", "replace"), p, "tagmanifest")
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
        signed_at = check_signature(signature, tags, tagmanifest, keys, p)
    if now is not None and tags:
        check_dates(tags, signed_at, now, p)
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
        listed_payload = parse_manifest(manifest.decode("utf-8", "replace"), p, "manifest")
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
            if hash_member(zf, payload[name]) != listed_payload[name]:
                p.add("checksum_mismatch", file=name)
        except MEMBER_ERRORS:
            p.add("zip_member_corrupt", name=name)

    records: list[dict[str, Any]] = []
    lines: list[bytes] = []
    texts: list[str] = []
    raw_records = member("data/records.jsonl", MAX_RECORDS_FILE)
    if raw_records is not None:
        records, lines, texts = check_records(raw_records, p)
        check_owners(records, tags, keys, target_code, registered, p)
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
            if not SHA_RE.match(sha):
                p.add("attachment_bad_name", file=name)
            attachments[sha] = f"{top}/{name}"
    whole = tags.get("Bag-Count", "1 of 1").replace(" ", "") == "1of1"
    if whole and tags.get("Attachments-Included", "yes") != "no":
        for r in records:
            for sha in attachment_refs(r):
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
