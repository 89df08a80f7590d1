from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.storage.attachments import AttachmentStore


def test_stored_once_by_hash(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    a = tmp_path / "anh-niem-yet.jpg"
    a.write_bytes(b"photo bytes")
    b = tmp_path / "copy.jpg"
    b.write_bytes(b"photo bytes")
    first, second = store.add_file(a), store.add_file(b)
    assert first == second
    assert first.sha256 == hashlib.sha256(b"photo bytes").hexdigest()
    assert store.exists(first.sha256) and store.verify(first.sha256)
    assert [p.name for p in (tmp_path / "att").rglob("*") if p.is_file()] == [first.sha256]
    out = store.export(first.sha256, tmp_path / "out" / "x.jpg")
    assert out.read_bytes() == b"photo bytes"


@pytest.mark.parametrize(("size", "ok"), [(0, False), (1, True), (10, True), (11, False)])
def test_size_limits(tmp_path: Path, size: int, ok: bool) -> None:
    store = AttachmentStore(tmp_path / "att", max_bytes=10)
    f = tmp_path / "f.bin"
    f.write_bytes(b"x" * size)
    if ok:
        assert store.add_file(f).size == size
    else:
        with pytest.raises(ValidationError):
            store.add_file(f)
        assert not any(p.is_file() for p in (tmp_path / "att").rglob("*"))


def test_missing_file_and_bad_hash(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    with pytest.raises(ValidationError) as info:
        store.add_file(tmp_path / "nope.pdf")
    assert info.value.errors[0].code == "file_unreadable"
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")
