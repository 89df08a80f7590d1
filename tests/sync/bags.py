"""Taking a bundle apart and putting (possibly wrong) bundles together, for the fuzz tests.

:func:`build_bag` mirrors desktop/sync/bag.py but lets a test choose every part: tags
(missing, repeated, wrong), payload, signing key, signed comment, extra or omitted ZIP
members. Rebuilt from the clean parts with the commune's key, it gives a bundle the
receiver accepts — so a refusal of a variant is due to the variant alone.
"""

from __future__ import annotations

import base64
import hashlib
import io
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.sync.bag import BAGIT_TXT, ZIP_DATE, signed_message

Sign = Callable[[bytes], bytes]
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt")


@dataclass(frozen=True)
class Member:
    """One ZIP member as written: name, bytes and the header fields the reader looks at."""

    name: str
    data: bytes
    compress: int = zipfile.ZIP_DEFLATED
    mode: int = stat.S_IFREG | 0o644
    flag_bits: int = 0


@dataclass(frozen=True)
class Parts:
    """A bag's content: folder, ordered tags, payload files (``data/...``), signing time."""

    top: str
    tags: tuple[tuple[str, str], ...]
    files: dict[str, bytes] = field(hash=False)
    signed_at: str

    def tag(self, name: str) -> str:
        return dict(self.tags).get(name, "")

    def with_tags(self, **changes: str | None) -> Parts:
        """Tags changed (None removes one); names use '_' for '-'."""
        wanted = {k.replace("_", "-"): v for k, v in changes.items()}
        tags = [(k, wanted.pop(k, v)) for k, v in self.tags]
        tags += list(wanted.items())
        return replace(self, tags=tuple((k, v) for k, v in tags if v is not None))

    def with_files(self, **changes: bytes | None) -> Parts:
        """Payload changed; names use '_' for '-' and '__' for '/' (records_jsonl...)."""
        files = dict(self.files)
        for key, value in changes.items():
            name = "data/" + key.replace("__", "/").replace("_", ".")
            if value is None:
                files.pop(name, None)
            else:
                files[name] = value
        return replace(self, files=files)


def read_members(data: bytes) -> list[Member]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [
            Member(i.filename, zf.read(i), i.compress_type, i.external_attr >> 16, i.flag_bits)
            for i in zf.infolist()
        ]


def write_members(members: Iterable[Member], *, comment: bytes = b"") -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", allowZip64=True) as zf:
        warnings.simplefilter("ignore", UserWarning)  # a duplicated name is on purpose
        for m in members:
            info = zipfile.ZipInfo(m.name, date_time=ZIP_DATE)
            info.compress_type = m.compress
            info.external_attr = m.mode << 16
            info.create_system = 3
            info.flag_bits |= m.flag_bits
            zf.writestr(info, m.data)
        zf.comment = comment
    return buf.getvalue()


def parse_parts(data: bytes) -> Parts:
    members = {m.name: m.data for m in read_members(data)}
    top = next(iter(members)).split("/", 1)[0]
    tags: list[tuple[str, str]] = []
    for line in members[f"{top}/bag-info.txt"].decode("utf-8").splitlines():
        name, _, value = line.partition(":")
        tags.append((name.strip(), value.strip()))
    signature = members[f"{top}/signature.txt"].decode("utf-8")
    comment = next(x for x in signature.splitlines() if x.startswith("trusted comment: "))
    signed_at = dict(x.partition("=")[::2] for x in comment.split())["time"]
    files = {n[len(top) + 1 :]: d for n, d in members.items() if n.startswith(f"{top}/data/")}
    return Parts(top, tuple(tags), files, signed_at)


def comment_for(tags: dict[str, str], signed_at: str) -> str:
    """desktop.sync.bag.trusted_comment, tolerant of missing tags (a variant may drop one)."""
    return (
        f"origin={tags.get('Origin-Code', '')} seq={tags.get('Bundle-Seq', '')} "
        f"bundle={tags.get('Bundle-Id', '')} "
        f"part={tags.get('Bag-Count', '1 of 1').replace(' ', '')} time={signed_at} "
        f"key={tags.get('Key-Id', '')}"
    )


def build_bag(
    parts: Parts,
    sign: Sign,
    *,
    comment: str | None = None,
    oxum: bool = True,
    tag_bytes: dict[str, bytes] | None = None,
    extra: Iterable[Member] = (),
    omit: Iterable[str] = (),
    signature: bytes | None = None,
) -> bytes:
    """A bag ZIP from ``parts``, signed with ``sign``; knobs for building wrong ones.

    ``tag_bytes`` replaces a tag file's bytes before hashing (e.g. a bagit.txt of another
    version); ``omit`` leaves members out (names under the bag folder); ``signature``
    replaces signature.txt as written.
    """
    manifest = sorted((name, hashlib.sha256(d).hexdigest()) for name, d in parts.files.items())
    tags = [(k, v) for k, v in parts.tags if not (oxum and k == "Payload-Oxum")]
    if oxum:
        octets = sum(len(d) for d in parts.files.values())
        tags.insert(3, ("Payload-Oxum", f"{octets}.{len(parts.files)}"))
    tag_files = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": "".join(f"{k}: {v}\n" for k, v in tags).encode("utf-8"),
        "manifest-sha256.txt": "".join(f"{h}  {p}\n" for p, h in manifest).encode("utf-8"),
    }
    tag_files.update(tag_bytes or {})
    tagmanifest = "".join(
        f"{hashlib.sha256(tag_files[n]).hexdigest()}  {n}\n" for n in sorted(tag_files)
    ).encode("ascii")
    if comment is None:
        comment = comment_for(dict(tags), parts.signed_at)
    if signature is None:
        sig = sign(signed_message(comment, tagmanifest))
        signature = (
            "untrusted comment: Sổ Dân Chủ bundle signature (Ed25519)\n"
            f"trusted comment: {comment}\n{base64.b64encode(sig).decode('ascii')}\n"
        ).encode()
    top = parts.top
    members = [Member(f"{top}/{n}", d) for n, d in tag_files.items()]
    members.append(Member(f"{top}/tagmanifest-sha256.txt", tagmanifest))
    members.append(Member(f"{top}/signature.txt", signature))
    for name in sorted(parts.files):
        method = zipfile.ZIP_STORED if not name.endswith(".jsonl") else zipfile.ZIP_DEFLATED
        members.append(Member(f"{top}/{name}", parts.files[name], method))
    skip = {f"{top}/{n}" for n in omit}
    return write_members([m for m in members if m.name not in skip] + list(extra))


def zip_regions(data: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of a ZIP: each member's local header and data, the central directory
    and its end record; named by the member's file name inside the bag."""
    regions: dict[str, tuple[int, int]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        start_dir = min(len(data), zf.start_dir)  # type: ignore[attr-defined]
    for info in infos:
        short = info.filename.split("/", 1)[-1]
        if short.startswith("data/attachments/"):
            short = "data/attachments"
        off = info.header_offset
        name_len = int.from_bytes(data[off + 26 : off + 28], "little")
        extra_len = int.from_bytes(data[off + 28 : off + 30], "little")
        begin = off + 30 + name_len + extra_len
        regions[f"header:{short}"] = (off, begin)
        regions[short] = (begin, begin + info.compress_size)
    end = data.rfind(b"PK\x05\x06")
    regions["central-directory"] = (start_dir, end)
    regions["end-record"] = (end, len(data))
    return regions


def set_declared_size(data: bytes, member_suffix: str, size: int) -> bytes:
    """Make the ZIP headers of one member lie about its uncompressed size."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(member_suffix))
        start_dir = zf.start_dir  # type: ignore[attr-defined]
    out[info.header_offset + 22 : info.header_offset + 26] = size.to_bytes(4, "little")
    pos = start_dir
    while out[pos : pos + 4] == b"PK\x01\x02":
        n, e, c = (int.from_bytes(out[pos + k : pos + k + 2], "little") for k in (28, 30, 32))
        if bytes(out[pos + 46 : pos + 46 + n]).decode("utf-8").endswith(member_suffix):
            out[pos + 24 : pos + 28] = size.to_bytes(4, "little")
        pos += 46 + n + e + c
    return bytes(out)


def zeros_bomb(path: Path, top: str, name: str, megabytes: int) -> Path:
    """A ZIP holding one member of ``megabytes`` MB of zeros, written streaming: the zeros
    are never held in memory (1 MB at a time), and the file stays a few hundred KB."""
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        info = zipfile.ZipInfo(f"{top}/{name}", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with zf.open(info, "w") as dst:
            for _ in range(megabytes):
                dst.write(chunk)
    return path


def append_raw_member(data: bytes, bomb_zip: Path) -> bytes:
    """``data`` (a ZIP) with the first member of ``bomb_zip`` added, copied compressed (the
    big member is never decompressed to build the bundle)."""
    bomb = bomb_zip.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        base_dir = zf.start_dir  # type: ignore[attr-defined]
        count = len(zf.infolist())
    with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
        b_info = zf.infolist()[0]
        b_dir = zf.start_dir  # type: ignore[attr-defined]
    b_end = bomb.rfind(b"PK\x05\x06")
    local = bomb[:b_dir]  # the bomb's local header and its compressed data
    central = bytearray(bomb[b_dir:b_end])
    if b_info.header_offset != 0:
        raise ValueError("bomb member not first")
    # Central entry: relative offset of the local header moves to after the base members;
    # a ZIP64 extra holds it when the 32-bit field is 0xFFFFFFFF (not the case here).
    central[42:46] = base_dir.to_bytes(4, "little")
    base_end = data.rfind(b"PK\x05\x06")
    out = bytearray(data[:base_dir]) + local + data[base_dir:base_end] + central
    end = bytearray(data[base_end : base_end + 22])
    end[8:10] = (count + 1).to_bytes(2, "little")
    end[10:12] = (count + 1).to_bytes(2, "little")
    end[12:16] = (len(data[base_dir:base_end]) + len(central)).to_bytes(4, "little")
    end[16:20] = (base_dir + len(local)).to_bytes(4, "little")
    end[20:22] = b"\0\0"
    return bytes(out + end)
