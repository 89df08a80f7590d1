"""Composition root: the one place that wires paths, database, services and the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on the data dir the command line chose."""
    from desktop.ui.main import run_window

    return run_window(data_dir=args.data_dir, db_url=args.db_url, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``sodanchu`` and ``python -m desktop``."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # Answered before the command line's modules load (docs/performance.md "Start-up").
        from desktop import __version__

        print(f"sodanchu {__version__}")
        return 0
    from desktop.cli import main as cli_main

    return cli_main(argv, gui=run_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
