"""The refusal of a sync action (CLI exit 2), shared by the sync services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.errors import SetupError
from desktop.sync.reader import Problem


class SyncError(SetupError):
    """A sync action refused as a whole (CLI exit 2); ``problems`` lists why."""

    def __init__(self, error: str, problems: Sequence[Problem] = (), /, **params: Any) -> None:
        super().__init__(error)
        self.params = dict(params)
        self.problems = tuple(problems)
