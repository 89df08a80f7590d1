"""What the document services share: the commune that issues a document, and writing a
PDF so that no half-written file is ever left under its name."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable
from pathlib import Path

from desktop.core.installation import InstallationData, Role
from desktop.documents.disclosure_docs import Commune
from desktop.documents.labels import bare_name, mid_sentence
from desktop.storage.db import Database
from desktop.storage.numbers import FreshNumber, release, take_fresh

log = logging.getLogger(__name__)


def issuing_commune(data: InstallationData, signer: str) -> tuple[Commune, str]:
    """The commune issuing a document (a village's parent commune) and its register
    (``commune:<code>``)."""
    village_role = data.role is Role.VILLAGE
    name = data.parent_name if village_role else data.name
    code = data.parent_code if village_role else data.code
    return Commune(mid_sentence(name), bare_name(name), signer.strip()), f"commune:{code}"


def write_atomic(out: Path, write: Callable[[Path], object], *, db: Database | None = None) -> Path:
    """Write through ``<out>.part`` renamed into place: never a half-written file.

    With ``db`` (the store that numbered the document): a document that cannot be written
    (a full disk, a read-only folder, a rendering error) gives back the number it took for
    the first time, so a failed print leaves the register as it was (D30: no gap).
    """
    try:
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
    except BaseException:
        if db is not None:
            _give_back(db, take_fresh())
        raise
    if db is not None:
        take_fresh()
    return out


def _give_back(db: Database, fresh: tuple[FreshNumber, ...]) -> None:
    """Release the fresh numbers, newest first; the write's own error is the one reported."""
    if not fresh:
        return
    try:
        with db.transaction() as session:
            for number in reversed(fresh):
                if not release(session, number):
                    log.warning(
                        "number %s of %s stays used: a later one was given",
                        number.number,
                        number.issuer,
                    )
    except Exception:
        log.exception("the numbers of a document not written could not be given back")
