"""Window tests: a fresh store per test and translations compiled once per session."""

from __future__ import annotations

import gc
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication

from desktop.core.resources import i18n_dir
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.ui.gui_gc import collect_on_gui_thread
from desktop.ui.i18n import I18n
from tests.conftest import COMMUNE, Clock

_HERE = Path(__file__).resolve().parent
# The headless "offscreen" platform cannot pass a window's minimum size on to a
# window system, and says so whenever a shown window's layout changes; real
# platforms (Windows, X11, Wayland) do. Every other Qt warning still fails a test.
_OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOISE))


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts sources compiled into a temporary folder (the tests never rely on a build)."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(i18n_dir().glob("sodanchu_*.ts")):
        subprocess.run(
            [_lrelease(), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
            check=True,
        )
    return out


@pytest.fixture
def i18n(qapp: QApplication, qm_dir: Path) -> Iterator[I18n]:
    """Vietnamese, as the window starts by default; translators removed afterwards."""
    tr = I18n(qapp, qm_dir)
    tr.apply("vi")
    yield tr
    tr.remove()
    QLocale.setDefault(QLocale.c())
    tr.deleteLater()


@pytest.fixture
def ui_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a new, empty store in ``tmp_path/data`` (not set up yet)."""
    services = build_services(open_store(tmp_path / "data", clock=Clock()))
    yield services
    services.close()


@pytest.fixture(scope="session", autouse=True)
def _cycles_freed_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (``ui/gui_gc.py``) the automatic cyclic collector is off, so no
    window's wrappers are freed on a worker's pool thread; unlike the app, nothing is
    collected during a test, only between two (:func:`_garbage_collected_between_tests`)."""
    collector = collect_on_gui_thread(qapp)
    if collector is not None:
        collector.pause()
    yield
    if collector is not None:
        collector.stop()


def _deleted_then_collected() -> None:
    """The widgets a test closed (pytest-qt's ``deleteLater``) are deleted by Qt first,
    then their wrappers collected. Collected first, a top-level widget's wrapper deleted
    it through PySide's own bookkeeping, which also deletes what the widget's getters
    returned (a model, a screen, another widget) although Qt owns those elsewhere: a
    dangling child, and a segmentation fault at the next deletion (CI, exit 245)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests() -> Iterator[None]:
    """What one test left is deleted and collected before the next starts (GUI thread)."""
    _deleted_then_collected()
    yield
    _deleted_then_collected()


@pytest.fixture(autouse=True)
def _work_ends_before_a_store_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixtures close their store before qtbot closes the windows reading it: whatever a
    window still reads off the GUI thread (the overview's day's work) ends first — a pool
    thread reading a closed store crashed the next test (a segmentation fault)."""
    from desktop.services.container import Services
    from desktop.ui.workers import wait_all

    close = Services.close

    def closing(self: Services) -> None:
        wait_all(10_000)
        close(self)

    monkeypatch.setattr(Services, "close", closing)


@pytest.fixture
def commune_services(ui_services: Services) -> Services:
    """The store set up as a commune installation."""
    ui_services.setup.initialize(COMMUNE)
    return ui_services


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an edited form asks first; tests that close one mean to discard it.

    (A real question box would wait for a click no test gives.) The tests of the
    question itself set ``dialog.confirm_discard``.
    """
    monkeypatch.setattr("desktop.ui.dialogs.guarded.ask_discard", lambda _parent: True)


@pytest.fixture(autouse=True)
def _no_session_log_left() -> Iterator[None]:
    """A test that runs ``run_window`` sets up the session's log file for the whole
    process; remove it after the test, or the next window shows that test's log file."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sodanchu", False):
            root.removeHandler(handler)
            handler.close()
