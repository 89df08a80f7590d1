"""Paint first, load after: the window's frame is painted before any heavy module is
imported, the overview shows its figures, and every page then fills in.

Each start is a fresh process (what is imported is per process), offscreen, through
``sodanchu``'s own entry point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.core.installation import Installation
from desktop.core.villages import VillageData
from desktop.services.container import Services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Never before the frame is painted (docs/performance.md "Start-up").
HEAVY = ("sqlalchemy", "alembic", "reportlab", "cryptography", "openpyxl")
# Not until a print, an export or import, a workbook, a demo: not even once the overview
# shows its figures.
NOT_AT_READY = ("alembic", "reportlab", "openpyxl", "desktop.services.generator")

PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import desktop.ui.main as ui_main
from desktop.app import main

seen = {}
def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic",
        "reportlab", "cryptography", "openpyxl") or m == "desktop.services.generator")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "frame" not in seen:
            seen["frame"] = {"modules": loaded(), "title": watched.window().windowTitle(),
                             "sidebar": watched.window().sidebar_texts()[0],
                             "villages": watched.values["villages"].text()}
        return False

original = ui_main.show_fitting
spy = FirstPaint()
def show(window):
    window.overview.installEventFilter(spy)
    def ready():
        seen["ready"] = {"modules": loaded(), "villages": window.overview.values["villages"].text()}
    def skeletons():
        return [i for i in range(window.stack.count())
                if type(window.stack.widget(i)).__name__ == "SkeletonPage"]
    def filled():
        seen["filled"] = {"modules": loaded(), "skeletons": skeletons()}
        for section in (7, 8, 9):  # Sync, Reports, Settings: built when first shown
            window.show_section(section)
            seen[f"shown {section}"] = type(window.stack.currentWidget()).__name__
        seen["visited"] = {"modules": loaded(), "skeletons": skeletons()}
        window.close()
        QApplication.quit()
    window.ready.connect(ready)
    window.filled.connect(filled)
    original(window)
    QTimer.singleShot(60_000, QApplication.quit)
ui_main.show_fitting = show
status = main(sys.argv[1:])
print("SEEN " + json.dumps(seen))
sys.exit(status)
"""


def _start(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="vi_VN.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = [x for x in proc.stdout.splitlines() if x.startswith("SEEN ")][-1]
    seen: dict[str, Any] = json.loads(line[5:])
    return seen


def test_frame_painted_before_heavy_modules_then_filled(
    services: Services, commune: Installation
) -> None:
    services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=124))
    services.villages.add(VillageData(code="BAC", name="Thôn Bắc", households_total=99))
    services.close()
    seen = _start("--data-dir", str(services.ctx.paths.root))

    frame = seen["frame"]
    assert frame["modules"] == [], "a heavy module slipped into the frame's paint path"
    assert frame["title"] == "Sổ Dân Chủ — Xã Tân Phú"  # read before the store is opened
    assert frame["villages"] == "…"  # the skeleton

    ready = seen["ready"]
    assert ready["villages"] == "2"
    assert not [m for m in ready["modules"] if m.split(".")[0] in NOT_AT_READY or m in NOT_AT_READY]

    filled = seen["filled"]
    assert filled["skeletons"] == [7, 8, 9]  # Sync, Reports, Settings wait for a first visit
    late = [m for m in filled["modules"] if m.split(".")[0] != "sqlalchemy"]
    assert late == [], "ReportLab, cryptography, openpyxl or the generator loaded before use"
    assert seen["shown 7"] == "SyncPage" and seen["shown 8"] == "ReportsPage"
    assert seen["shown 9"] == "SettingsPage"
    visited = seen["visited"]
    assert visited["skeletons"] == []
    assert "reportlab" in visited["modules"] and "cryptography" in visited["modules"]


def test_new_store_still_gets_the_wizard_behind_the_frame(tmp_path: Path) -> None:
    """No store yet: the frame is painted plain (nothing to peek at), then the wizard
    (cancelled here) — the window is not filled and nothing is set up."""
    probe = PROBE.replace(
        "status = main(sys.argv[1:])",
        # QWizard's, as the wizard's own module would load the store's modules early
        "from PySide6.QtWidgets import QWizard\n"
        "QWizard.exec = lambda self: (seen.setdefault('wizard', {}), 0)[1]\n"
        "status = main(sys.argv[1:])",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="vi_VN.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads([x for x in proc.stdout.splitlines() if x.startswith("SEEN ")][-1][5:])
    assert seen["frame"]["modules"] == []
    assert seen["frame"]["title"] == "Sổ Dân Chủ"
    assert "wizard" in seen and "ready" not in seen and "filled" not in seen


def test_old_store_is_migrated_behind_the_frame(tmp_path: Path) -> None:
    """A store at an older schema is not peeked at (the frame is plain), then migrated on
    the worker thread with its copy in backups/, and the overview fills in."""
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema-0001.sqlite3", data / "sodanchu.sqlite3")
    seen = _start("--data-dir", str(data))
    assert seen["frame"]["modules"] == []
    assert seen["frame"]["title"] == "Sổ Dân Chủ"  # not read: the schema is not the shipped one
    assert seen["ready"]["villages"] not in ("", "…")
    assert list((data / "backups").glob("before-migrate-*.sqlite3"))


def test_closing_the_frame_while_the_store_opens_ends_quietly(
    services: Services, commune: Installation
) -> None:
    services.close()
    probe = PROBE.replace(
        "    original(window)\n",
        "    original(window)\n    QTimer.singleShot(0, window.close)\n",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="vi_VN.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(services.ctx.paths.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    seen = json.loads([x for x in proc.stdout.splitlines() if x.startswith("SEEN ")][-1][5:])
    assert "filled" not in seen  # nothing built for a window already closed


def test_frame_is_drawn_in_the_stored_language(services: Services, commune: Installation) -> None:
    """English chosen in Settings: the frame comes up in English from its first paint."""
    services.settings.set_language("en")
    services.close()
    seen = _start("--data-dir", str(services.ctx.paths.root))
    assert seen["frame"]["sidebar"] == "Overview"
    assert seen["frame"]["modules"] == []
