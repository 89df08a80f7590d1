"""Warnings attached to a record: the record is saved, but a rule was not met.

Unlike :class:`desktop.core.errors.FieldError` (input refused), a warning is
stored with the record and shown in the UI and in the JSON (``warnings``:
list of ``{code, message}``), so its Vietnamese message is worded here, with
the article it applies.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordWarning:
    """One rule a saved record does not meet.

    Attributes:
        code: stable machine code (``notice_late``, ``minutes_late`` ...).
        message: Vietnamese text (NFC) naming the dates and citing the article.
    """

    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        """The record-JSON form ``{"code": ..., "message": ...}``."""
        return {"code": self.code, "message": self.message}
