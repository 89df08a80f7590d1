#!/usr/bin/env python3
"""Set up and run Sổ Dân Chủ from a source checkout, with nothing but Python 3.11+.

    python3 tasks.py app     # make .venv, install, build translations, open the window
    python3 tasks.py test    # make .venv, install with test tools, run the whole test suite
    python3 tasks.py lint    # ruff, mypy (strict) and the import-layer contracts
    python3 tasks.py bench   # the benchmark suite against BUDGETS.md (--smoke: quick)
    python3 tasks.py i18n    # refresh i18n/*.ts from the sources (maintainers)

Works the same on Windows (``py tasks.py app``) and Linux.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


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
    _run(BIN / "ruff", "check", "desktop", "tests", "tasks.py")
    _run(BIN / "ruff", "format", "--check", "desktop", "tests", "tasks.py")
    _run(PY, "-m", "mypy")
    _run(BIN / "lint-imports")


def cmd_bench(args: list[str]) -> None:
    ensure_venv("test")
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    _run(PY, "-m", "tests.benchmarks.run", *args, env=env)


def cmd_i18n(_args: list[str]) -> None:
    ensure_venv("test")
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in ("vi", "en"):
        _run(lupdate, "-no-obsolete", *sources, "-ts", f"i18n/sodanchu_{lang}.ts")


COMMANDS = {
    "app": cmd_app,
    "test": cmd_test,
    "lint": cmd_lint,
    "bench": cmd_bench,
    "i18n": cmd_i18n,
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
