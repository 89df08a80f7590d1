"""Environment faults told from bugs, and worded for the window (issue 17)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from desktop.core.errors import EnvironmentFault
from desktop.storage.faults import environment_fault, failure_text


def _sqlite_error(tmp_path: Path, sql: str) -> sqlite3.Error:
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    try:
        con.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        con.close()
    raise AssertionError("no error")


def test_sqlite_result_codes_become_faults(tmp_path: Path) -> None:
    (tmp_path / "x.sqlite3").write_bytes(b"not a database at all" * 100)
    notadb = _sqlite_error(tmp_path, "SELECT * FROM sqlite_master")
    wrapped = OperationalError("SELECT 1", {}, notadb)
    fault = environment_fault(wrapped, tmp_path, tmp_path / "x.sqlite3")
    assert isinstance(fault, EnvironmentFault)
    assert (fault.code, fault.params["path"]) == ("store_damaged", str(tmp_path / "x.sqlite3"))


def test_os_errors_become_faults_and_bugs_stay_bugs(tmp_path: Path) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/bien-ban.pdf")
    assert failure_text(full, "vi") == (
        "Ổ đĩa chứa «/mnt/usb/bien-ban.pdf» đã đầy; hãy giải phóng dung lượng rồi làm lại; "
        "không có gì thay đổi"
    )
    ro = PermissionError(errno.EROFS, "Read-only file system", "/cdrom/x.zip")
    assert failure_text(ro, "en").startswith("Cannot write to '/cdrom/x.zip': the disk")
    chained = RuntimeError("while exporting")
    chained.__cause__ = full
    fault = environment_fault(chained, tmp_path)
    assert fault is not None
    assert (fault.code, dict(fault.params)) == ("disk_full", {"path": "/mnt/usb/bien-ban.pdf"})
    assert environment_fault(KeyError("x"), tmp_path) is None
    assert failure_text(ValueError("boom")) == "boom"
