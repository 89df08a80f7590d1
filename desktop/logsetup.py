"""Logging to a rotating file in the data dir, or quietly to stderr when it cannot be written.

A read-only data folder, a data "folder" that is a file, or a full disk must never turn
logging itself into a traceback ("--- Logging error ---") on top of the real message:
the file handler is then replaced by a stderr handler that shows errors only, one line each.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FILENAME = "sodanchu.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_STDERR_FORMAT = "sodanchu %(levelname)s %(name)s: %(message)s"


def _mark(handler: logging.Handler) -> logging.Handler:
    handler._sodanchu = True  # type: ignore[attr-defined]
    return handler


class _OneLineFormatter(logging.Formatter):
    """One line per record: the person at the terminal gets no traceback."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = None
        plain.exc_text = None
        plain.stack_info = None
        return super().format(plain)


def _stderr_handler() -> logging.Handler:
    """Errors on stderr, one line each: what the log file would have held that matters."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.ERROR)
    handler.setFormatter(_OneLineFormatter(_STDERR_FORMAT))
    return _mark(handler)


class _FileHandler(logging.handlers.RotatingFileHandler):
    """The log file; on a write error (disk full, file gone read-only) it gives way to stderr."""

    def handleError(self, record: logging.LogRecord) -> None:
        root = logging.getLogger()
        if self in root.handlers:
            root.removeHandler(self)
            fallback = _stderr_handler()
            root.addHandler(fallback)
            if record.levelno >= logging.ERROR:
                fallback.handle(record)
        with contextlib.suppress(OSError):
            self.close()


def setup_logging(logs_dir: Path, *, verbose: bool = False) -> Path | None:
    """Send the app's log records to ``logs_dir/sodanchu.log`` (5 files of 1 MB).

    Returns the log file, or None when it cannot be opened (then errors go to stderr
    instead, one line each, without a traceback).
    """
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_sodanchu", False):
            root.removeHandler(old)
            old.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = logs_dir / LOG_FILENAME
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _FileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        root.addHandler(_stderr_handler())
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(_mark(handler))
    return path


def current_log_file() -> Path | None:
    """The file this process logs to (set up by :func:`setup_logging`), or None.

    The window may show a store other than the one whose folder holds the log (the
    sample commune in ``<data>/demo`` logs to ``<data>/logs``): ask here, not the store.
    """
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _FileHandler):
            return Path(handler.baseFilename)
    return None
