"""A problem found in a bundle: a code with parameters, worded at the edge
(:mod:`desktop.core.sync_messages`), never a sentence."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_PROBLEMS = 200


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bundle; ``where`` names the file it was found in."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    where: str = ""


class Problems(list[Problem]):
    """The problems found in one file, at most :data:`MAX_PROBLEMS` of them."""

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where

    def add(self, problem: str, /, **params: Any) -> None:
        if len(self) < MAX_PROBLEMS:
            quoted = {k: shown(v) if isinstance(v, str) else v for k, v in params.items()}
            self.append(Problem(problem, quoted, self.where))


def shown(value: str) -> str:
    """A value quoted from the bundle, fit for a message: NFC, control characters escaped."""
    text = unicodedata.normalize("NFC", value)
    return "".join(
        c if unicodedata.category(c)[0] != "C" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )
