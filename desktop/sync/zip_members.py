"""Reading a bundle's ZIP members safely: names, links, methods and sizes checked before a
byte is decompressed; nothing is ever extracted to disk (BUNDLE.md rule 1)."""

from __future__ import annotations

import hashlib
import lzma
import re
import stat
import zipfile
import zlib

from desktop.sync.bag import MAX_RATIO, RATIO_FLOOR
from desktop.sync.problems import Problems

MAX_MEMBERS = 50_000
MAX_TOTAL_UNCOMPRESSED = 4 * 1024**3
# A bundle's members are stored or deflated (bag.py writes nothing else); any other method
# (LZMA, bzip2, AES...) is refused by name before a byte of it is decompressed.
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_CHUNK = 1024 * 1024
SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?\Z")

# A damaged member (bad CRC, broken deflate stream, lying header) is one problem, not the end.
MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    ValueError,
    NotImplementedError,
    OSError,  # bz2 reports a damaged stream as OSError
)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read a member, never more than ``cap`` bytes nor more than its header declares."""
    limit = min(cap, info.file_size)
    with zf.open(info) as src:
        data = src.read(limit + 1)
    if len(data) > limit:
        raise ValueError("member larger than declared")
    return data


def safe_names(zf: zipfile.ZipFile, p: Problems) -> tuple[str, dict[str, zipfile.ZipInfo]]:
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
        if not SAFE_NAME.match(name) or ".." in name.split("/") or name.startswith("/"):
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


def hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    read = 0
    with zf.open(info) as src:
        while chunk := src.read(_CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise ValueError("member larger than declared")
            digest.update(chunk)
    return digest.hexdigest()
