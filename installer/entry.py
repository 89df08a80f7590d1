"""PyInstaller's entry script: the same as the ``sodanchu`` command."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
