"""Where an installation keeps its files, for the window (docs/architecture.md "Layers").

The window does not import the store; it names its data folder through here.
``storage/paths.py`` is stdlib only, so this costs nothing at start-up.
"""

from __future__ import annotations

from desktop.storage.paths import DataPaths as DataPaths  # re-exported
from desktop.storage.paths import resolve_data_dir as resolve_data_dir  # re-exported
