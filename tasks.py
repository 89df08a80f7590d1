#!/usr/bin/env python3
"""Set up and run Sổ Dân Chủ from a source checkout, with nothing but Python 3.11+.

    python3 tasks.py app     # make .venv, install, build translations, open the window
    python3 tasks.py test    # make .venv, install with test tools, run the whole test suite
    python3 tasks.py lint    # ruff, mypy (strict) and the import-layer contracts
    python3 tasks.py bench   # the benchmark suite against BUDGETS.md (--smoke: quick)
    python3 tasks.py safety  # fuzzed bundles and kill -9 trials (docs/safety.md; --smoke: quick)
    python3 tasks.py i18n    # refresh i18n/*.ts from the sources (maintainers)
    python3 tasks.py build   # the frozen one-folder build dist/SoDanChu/ (+ Linux tarball)

Works the same on Windows (``py tasks.py app``) and Linux.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
PYINSTALLER = "pyinstaller==6.22.3"  # the build tool, pinned; installed only by `build`
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Sổ Dân Chủ
GenericName=Sổ theo dõi thực hiện dân chủ ở cơ sở
Comment=Offline ledger of grassroots democracy records
Exec=SoDanChu
Icon=sodanchu
Terminal=false
Categories=Office;
StartupWMClass=SoDanChu
"""
INSTALL_DESKTOP_ENTRY = """#!/bin/sh
# Adds Sổ Dân Chủ to this user's application menu, pointing at this folder.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/sodanchu.png" "$icons/sodanchu.png"
sed "s|^Exec=.*|Exec=\"$here/SoDanChu\"|" "$here/sodanchu.desktop" > "$apps/sodanchu.desktop"
echo "Đã thêm vào menu ứng dụng / added to the application menu: $apps/sodanchu.desktop"
"""


def _run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, env=env)


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) once per pyproject change."""
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extras or 'app'}-{digest}"
    if stamp.exists():
        return
    _run(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    _run(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target)
    stamp.touch()


def build_translations() -> None:
    """Compile i18n/*.ts into the .qm files the window loads."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _run(lrelease, "-silent", ts, "-qm", qm)


def cmd_app(args: list[str]) -> None:
    ensure_venv("")
    build_translations()
    _run(PY, "-m", "desktop", *args)


def cmd_test(args: list[str]) -> None:
    ensure_venv("test")
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    _run(PY, "-m", "pytest", *args, env=env)


def cmd_lint(_args: list[str]) -> None:
    ensure_venv("test")
    _run(BIN / "ruff", "check", "desktop", "tests", "installer", "tasks.py")
    _run(BIN / "ruff", "format", "--check", "desktop", "tests", "installer", "tasks.py")
    _run(PY, "-m", "mypy")
    _run(BIN / "lint-imports")


def cmd_bench(args: list[str]) -> None:
    ensure_venv("test")
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    _run(PY, "-m", "tests.benchmarks.run", *args, env=env)


def cmd_safety(args: list[str]) -> None:
    ensure_venv("test")
    _run(PY, "-m", "tests.safety.run", *args)


def cmd_i18n(_args: list[str]) -> None:
    ensure_venv("test")
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in ("vi", "en"):
        _run(lupdate, "-no-obsolete", *sources, "-ts", f"i18n/sodanchu_{lang}.ts")


def project_version() -> str:
    """The version, written once in pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def cmd_build(_args: list[str]) -> None:
    """dist/SoDanChu/ (PyInstaller one-folder) and, on Linux, its tarball."""
    ensure_venv("")
    stamp = VENV / f".installed-{PYINSTALLER}"
    if not stamp.exists():
        _run(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", PYINSTALLER)
        stamp.touch()
    build_translations()
    _run(
        PY,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        ROOT / "dist",
        "--workpath",
        ROOT / "build",
        ROOT / "installer" / "sodanchu.spec",
    )
    app_dir = ROOT / "dist" / "SoDanChu"
    shutil.copy2(ROOT / "resources" / "icons" / "sodanchu.png", app_dir / "sodanchu.png")
    if os.name == "nt":
        print(f"built {app_dir}; now run iscc (installer/windows/build.ps1)")
        return
    (app_dir / "sodanchu.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    script = app_dir / "install-desktop-entry.sh"
    script.write_text(INSTALL_DESKTOP_ENTRY, encoding="utf-8")
    script.chmod(0o755)
    machine = platform.machine().lower() or "unknown"
    tarball = ROOT / "dist" / f"SoDanChu-{project_version()}-linux-{machine}.tar.gz"
    print(f"writing {tarball}", flush=True)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname="SoDanChu")
    size = sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())
    mib = 2**20
    print(f"built {app_dir} ({size / mib:.0f} MiB)")
    print(f"built {tarball} ({tarball.stat().st_size / mib:.0f} MiB)")


COMMANDS = {
    "app": cmd_app,
    "test": cmd_test,
    "lint": cmd_lint,
    "bench": cmd_bench,
    "safety": cmd_safety,
    "i18n": cmd_i18n,
    "build": cmd_build,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    try:
        COMMANDS[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
