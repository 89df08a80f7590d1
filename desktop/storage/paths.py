"""Where an installation keeps its files (CLI.md Conventions)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "SoDanChu"
DEMO_DIR_NAME = "demo"  # the sample commune's own data folder, inside the real one
ENV_DATA_DIR = "SODANCHU_DATA_DIR"
# Here rather than in db.py: paths are needed before SQLAlchemy is (docs/performance.md).
DB_FILENAME = "sodanchu.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder of the platform (e.g. %LOCALAPPDATA%\\SoDanChu)."""
    from platformdirs import user_data_dir  # ~20 ms: only when no folder is given

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``SODANCHU_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """The folders inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def demo_root(self) -> Path:
        """Where the window keeps the sample commune: never the real data's folder."""
        return self.root / DEMO_DIR_NAME

    @property
    def crash_file(self) -> Path:
        return self.logs / "faulthandler.txt"

    def ensure(self) -> None:
        for folder in (
            self.root,
            self.backups,
            self.logs,
            self.attachments,
            self.outbox,
            self.documents,
        ):
            folder.mkdir(parents=True, exist_ok=True)

    def is_empty(self) -> bool:
        """True when no database has been made here yet."""
        return not self.database.exists()
