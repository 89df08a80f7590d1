"""Composition root: the one place that wires paths, database, services and the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on the data dir the command line chose."""
    from desktop.ui.main import run_window

    return run_window(data_dir=args.data_dir, db_url=args.db_url, lang=args.lang)


class _NotWindowOnly(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotWindowOnly(message)


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` only opens the window (no command, nothing malformed);
    else None, and desktop.cli parses it: the window starts without loading the
    command line's modules (docs/performance.md "Start-up")."""
    parser = _WindowParser(add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--db-url")
    parser.add_argument("--lang", choices=("vi", "en"))
    parser.add_argument("--user")
    parser.add_argument("-v", "--verbose", action="store_true")
    try:
        return parser.parse_args(list(argv))
    except _NotWindowOnly:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``sodanchu`` and ``python -m desktop``."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # Answered before the command line's modules load (docs/performance.md "Start-up").
        from desktop import __version__

        print(f"sodanchu {__version__}")
        return 0
    window_args = window_options(sys.argv[1:] if argv is None else argv)
    if window_args is not None:
        return run_gui(window_args)
    from desktop.cli import main as cli_main

    return cli_main(argv, gui=run_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
