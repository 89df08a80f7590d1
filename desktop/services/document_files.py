"""What the document services share: the commune that issues a document, and writing a
PDF so that no half-written file is ever left under its name."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from desktop.core.installation import InstallationData, Role
from desktop.documents.disclosure_docs import Commune
from desktop.documents.labels import bare_name, mid_sentence


def issuing_commune(data: InstallationData, signer: str) -> tuple[Commune, str]:
    """The commune issuing a document (a village's parent commune) and its register
    (``commune:<code>``)."""
    village_role = data.role is Role.VILLAGE
    name = data.parent_name if village_role else data.name
    code = data.parent_code if village_role else data.code
    return Commune(mid_sentence(name), bare_name(name), signer.strip()), f"commune:{code}"


def write_atomic(out: Path, write: Callable[[Path], object]) -> Path:
    """Write through ``<out>.part`` renamed into place: never a half-written file."""
    if out.is_dir():  # named as typed, not as the temporary file the rename would fail on
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        write(tmp)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
