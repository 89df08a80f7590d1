"""Logging never adds its own traceback to an environment fault (issue 17)."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logsetup import LOG_FILENAME, setup_logging


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_log_file_in_the_data_folder(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILENAME
    logging.getLogger("sodanchu.test").info("xin chào")
    assert "xin chào" in path.read_text(encoding="utf-8")


def test_unwritable_log_folder_logs_errors_to_stderr_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "data"
    a_file.write_text("x")
    assert setup_logging(a_file / "logs") is None
    log = logging.getLogger("sodanchu.test")
    log.info("quiet")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("internal error in add")
    err = capsys.readouterr().err
    assert err.splitlines() == ["sodanchu ERROR sodanchu.test: internal error in add"]


class _FullDisk:
    def write(self, _text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


def test_disk_full_while_logging_switches_to_stderr_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(tmp_path / "logs")
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "_sodanchu", False))
    assert isinstance(handler, logging.FileHandler)
    handler.stream.close()
    handler.stream = _FullDisk()  # type: ignore[assignment]
    log = logging.getLogger("sodanchu.test")
    log.info("lost: the disk is full")
    log.error("store refused")
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.splitlines() == ["sodanchu ERROR sodanchu.test: store refused"]
    assert handler not in root.handlers
