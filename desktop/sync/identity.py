"""Restore and copy safety (BUNDLE.md "Records and identity").

Beside the database, ``keys/identity.json`` remembers which installation identity last
exported from this folder on this computer, and its last Bundle-Seq. A database restored
from a backup (its last number is behind the marker), or a data folder copied to another
computer or place (host or folder differ), must not go on numbering bundles: export waits
until the officer confirms, and the installation then gets a new identity.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

MARKER = "identity.json"


@dataclass(frozen=True)
class Marker:
    installation_id: str
    host: str
    folder: str
    last_seq: int


def here(folder: Path) -> tuple[str, str]:
    return socket.gethostname(), str(folder.resolve())


def read_marker(keys_dir: Path) -> Marker | None:
    try:
        obj = json.loads((keys_dir / MARKER).read_text(encoding="utf-8"))
        return Marker(
            str(obj["installation_id"]), str(obj["host"]), str(obj["folder"]), int(obj["last_seq"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_marker(keys_dir: Path, data_dir: Path, installation_id: str, last_seq: int) -> None:
    host, folder = here(data_dir)
    keys_dir.mkdir(parents=True, exist_ok=True)
    tmp = keys_dir / (MARKER + ".part")
    body = {
        "installation_id": installation_id,
        "host": host,
        "folder": folder,
        "last_seq": last_seq,
    }
    tmp.write_text(json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, keys_dir / MARKER)


def identity_pending(
    keys_dir: Path, data_dir: Path, installation_id: str, db_last_seq: int
) -> str | None:
    """Why export must wait for the officer (``None`` when all is well)."""
    marker = read_marker(keys_dir)
    if marker is None:
        return "marker_missing" if db_last_seq > 0 else None
    host, folder = here(data_dir)
    if marker.installation_id != installation_id:
        return "identity_changed"
    if marker.host != host or marker.folder != folder:
        return "copied"
    if marker.last_seq > db_last_seq:
        return "restored"
    return None
