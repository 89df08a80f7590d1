"""Writing a bundle: a ZIP holding one BagIt 1.0 bag (RFC 8493), signed (BUNDLE.md "Envelope").

The ZIP is written deterministically — members in a fixed order with a fixed date — so
the same payload gives the same bytes, and atomically (a temporary file renamed), so a
power cut never leaves half a bundle under the final name.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_CONTEXT = b"sodanchu-bundle-v1\n"
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_CHUNK = 1024 * 1024
# The reader refuses a member over RATIO_FLOOR bytes that unpacks to more than MAX_RATIO
# times its packed size (a ZIP bomb). Honest records can reach that (a 1.8 MB text of one
# repeated phrase deflates ~1000:1), so the writer stores such a member uncompressed: the
# reader then accepts it, and a real bomb still stands out.
MAX_RATIO = 200
RATIO_FLOOR = 1024**2
_JOURNAL_HEAD = re.compile(r"^(\d{1,12}):([0-9a-f]{64})\Z")

# Tags every bundle carries (BUNDLE.md), in the order they are written.
REQUIRED_TAGS = (
    "Source-Organization",
    "External-Identifier",
    "Bagging-Date",
    "Payload-Oxum",
    "Bundle-Id",
    "Bundle-Seq",
    "Acked-Through-Seq",
    "Prev-Bundle-SHA256",
    "Schema-Version",
    "App-Version",
    "Origin-Role",
    "Origin-Code",
    "Target-Code",
    "Record-Status",
    "Key-Id",
)


@dataclass
class BagPart:
    """The payload of one bag: in-memory files and attachment files by hash."""

    files: dict[str, bytes]  # name under data/ -> bytes (records.jsonl, counts.json, cover.pdf)
    attachments: dict[str, Path] = field(default_factory=dict)  # sha256 -> source file


def journal_head(entry_id: int, entry_hash: str) -> str:
    """The ``Journal-Head`` tag: the id and hash of the audit journal's newest entry."""
    return f"{entry_id}:{entry_hash}"


def parse_journal_head(value: str) -> tuple[int, str] | None:
    m = _JOURNAL_HEAD.match(value.strip())
    return (int(m.group(1)), m.group(2)) if m else None


def trusted_comment(tags: dict[str, str], signed_at: str) -> str:
    """The signed line naming origin, number, id and time: no replay under another name."""
    return (
        f"origin={tags['Origin-Code']} seq={tags['Bundle-Seq']} bundle={tags['Bundle-Id']} "
        f"part={tags.get('Bag-Count', '1 of 1').replace(' ', '')} time={signed_at} "
        f"key={tags['Key-Id']}"
    )


def signed_message(comment: str, tagmanifest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + comment.encode("utf-8") + b"\n" + tagmanifest


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, so the permission bits above are read as such
    return info


def bag_info_text(tags: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in tags).encode("utf-8")


def write_bag_zip(
    out: Path,
    top: str,
    tags: dict[str, str],
    part: BagPart,
    sign: Callable[[bytes], bytes],
    signed_at: str,
    progress: Callable[[int], None] | None = None,
) -> str:
    """Write one signed bag as a ZIP at ``out``; returns the tag manifest's SHA-256.

    ``tags`` must hold every :data:`REQUIRED_TAGS` entry except Payload-Oxum,
    which is computed here.
    """
    manifest: list[tuple[str, str]] = []
    octets = 0
    for name in sorted(part.files):
        data = part.files[name]
        manifest.append((f"data/{name}", hashlib.sha256(data).hexdigest()))
        octets += len(data)
    attachment_sizes: dict[str, int] = {}
    for sha in sorted(part.attachments):
        size = part.attachments[sha].stat().st_size
        attachment_sizes[sha] = size
        manifest.append((f"data/attachments/{sha}", sha))
        octets += size
    manifest.sort()
    count = len(part.files) + len(part.attachments)
    all_tags = dict(tags)
    all_tags["Payload-Oxum"] = f"{octets}.{count}"
    ordered = [(k, all_tags[k]) for k in REQUIRED_TAGS if k in all_tags]
    ordered += sorted((k, v) for k, v in all_tags.items() if k not in REQUIRED_TAGS)
    bag_info = bag_info_text(ordered)
    manifest_txt = "".join(f"{h}  {p}\n" for p, h in manifest).encode("ascii")
    tag_files = {
        "bag-info.txt": bag_info,
        "bagit.txt": BAGIT_TXT,
        "manifest-sha256.txt": manifest_txt,
    }
    tagmanifest = "".join(
        f"{hashlib.sha256(tag_files[n]).hexdigest()}  {n}\n" for n in sorted(tag_files)
    ).encode("ascii")
    comment = trusted_comment(all_tags, signed_at)
    signature = sign(signed_message(comment, tagmanifest))
    signature_txt = (
        "untrusted comment: Sổ Dân Chủ bundle signature (Ed25519)\n"
        f"trusted comment: {comment}\n"
        f"{base64.b64encode(signature).decode('ascii')}\n"
    ).encode()

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tag_members = (
        ("bagit.txt", BAGIT_TXT),
        ("bag-info.txt", bag_info),
        ("manifest-sha256.txt", manifest_txt),
        ("tagmanifest-sha256.txt", tagmanifest),
        ("signature.txt", signature_txt),
    )
    stored: set[str] = set()
    try:
        while True:
            with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
                for name, data in tag_members:
                    zf.writestr(_info(f"{top}/{name}", zipfile.ZIP_DEFLATED), data)
                for name in sorted(part.files):
                    plain = name.endswith(".pdf") or name in stored
                    method = zipfile.ZIP_STORED if plain else zipfile.ZIP_DEFLATED
                    zf.writestr(_info(f"{top}/data/{name}", method), part.files[name])
                too_packed = {
                    name
                    for name in part.files
                    if _looks_like_bomb(zf.getinfo(f"{top}/data/{name}"))
                }
                if too_packed:  # rare: written again with those members stored
                    stored |= too_packed
                    continue
                for sha in sorted(part.attachments):
                    info = _info(f"{top}/data/attachments/{sha}", zipfile.ZIP_STORED)
                    with part.attachments[sha].open("rb") as src, zf.open(info, "w") as dst:
                        while chunk := src.read(_CHUNK):
                            dst.write(chunk)
                    if progress is not None:
                        progress(attachment_sizes[sha])
            break
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return hashlib.sha256(tagmanifest).hexdigest()


def _looks_like_bomb(info: zipfile.ZipInfo) -> bool:
    """What the reader refuses as a ZIP bomb (reader.py ``zip_bomb``); with a margin of 2."""
    return info.file_size > RATIO_FLOOR and info.file_size > (MAX_RATIO // 2) * max(
        info.compress_size, 1
    )
