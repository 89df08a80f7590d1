"""Preferences kept in the store: interface language, local days off, ..."""

from __future__ import annotations

from desktop.services.context import StoreContext
from desktop.storage.installation import get_setting, set_setting
from desktop.storage.quick import LANGUAGE_KEY as LANGUAGE_KEY  # re-exported

LANGUAGES = ("vi", "en")


class SettingsService:
    """Small settings; each change is its own transaction."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def language(self) -> str:
        """The interface language; Vietnamese unless the officer chose English."""
        with self.ctx.db.reading() as session:
            value = get_setting(session, LANGUAGE_KEY, "vi")
        return value if value in LANGUAGES else "vi"

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        with self.ctx.db.transaction() as session:
            set_setting(session, LANGUAGE_KEY, lang)
