"""Test-wide setup: headless Qt, and no test ever touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SODANCHU_DATA_DIR", None)


def pytest_configure(config: pytest.Config) -> None:
    """As the window does at start-up: a Qt binding that drains None (desktop/ui/qt_none.py)
    must not end the test run."""
    del config
    from desktop.ui.qt_none import protect_none

    protect_none()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point HOME and every XDG directory at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    monkeypatch.delenv("SODANCHU_DATA_DIR", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory for one test."""
    d = tmp_path / "data"
    d.mkdir()
    return d


# --- stores ----------------------------------------------------------------------
import shutil  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from desktop.core.installation import Installation, InstallationData, Role, UpperKind  # noqa: E402
from desktop.services.container import Services, build_services  # noqa: E402
from desktop.services.context import StoreContext, open_store  # noqa: E402
from tests.pg import pg_server, pg_url  # noqa: E402, F401 - PostgreSQL fixtures

FIXED_NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam

COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="25222",
    name="Xã Tân Phú",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
    upper_kind=UpperKind.PROVINCE,
    officer_name="Nguyễn Thị Lan",
)


class Clock:
    """A settable clock; every call moves it one millisecond on."""

    def __init__(self, start: datetime = FIXED_NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        from datetime import timedelta

        self.now = self.now + timedelta(milliseconds=1)
        return self.now


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir migrated once; each test gets a copy (migrations run once per session)."""
    root = tmp_path_factory.mktemp("template-store")
    ctx = open_store(root)
    ctx.db.dispose()
    return root


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(template_store: Path, tmp_path: Path, clock: Clock) -> Iterator[StoreContext]:
    target = tmp_path / "store"
    shutil.copytree(template_store, target)
    ctx = open_store(target, clock=clock)
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def services(store: StoreContext) -> Services:
    return build_services(store)


@pytest.fixture
def commune(services: Services) -> Installation:
    """The store set up as a commune installation."""
    return services.setup.initialize(COMMUNE)


def record_total(services: Services) -> int:
    """How many records the store holds, every registered kind counted (what a first
    bundle carries): tests on the demo count them rather than hard-code its size."""
    return sum(services.kinds.service(kind).count() for kind in services.kinds.names)
