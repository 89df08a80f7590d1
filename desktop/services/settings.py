"""Preferences kept in the store: interface language, the officer, the receiving level,
the receiving level's "silent" limit, and whether the store holds sample data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.core.errors import FieldError, SetupError, ValidationError, require
from desktop.core.installation import (
    Installation,
    Role,
    UpperKind,
    normalize_installation,
    validate_installation,
)
from desktop.services.context import StoreContext
from desktop.services.sync_board import SILENT_DAYS_KEY, validate_silent_days
from desktop.storage.installation import (
    get_installation,
    get_setting,
    save_installation,
    set_setting,
)
from desktop.storage.quick import LANGUAGE_KEY as LANGUAGE_KEY  # re-exported

LANGUAGES = ("vi", "en")
# Set by ``make_demo``: the window marks such a store "DỮ LIỆU MẪU" (sample data).
SAMPLE_KEY = "data.sample"


@dataclass(frozen=True)
class SettingsChange:
    """What the Settings page saves at once; ``None`` leaves a value as it is.

    ``upper_*`` is the level a commune sends to; for a village installation the same
    fields name its commune (``parent_*``). ``silent_days`` is the receiving level's.
    """

    officer_name: str | None = None
    upper_kind: UpperKind | None = None
    upper_code: str | None = None
    upper_name: str | None = None
    silent_days: int | str | None = None
    language: str | None = None


class SettingsService:
    """Small settings; each saving is one transaction."""

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

    def is_sample(self) -> bool:
        """True when the store holds the sample commune (``make_demo``)."""
        with self.ctx.db.reading() as session:
            return bool(get_setting(session, SAMPLE_KEY, False))

    def mark_sample(self) -> None:
        with self.ctx.db.transaction() as session:
            set_setting(session, SAMPLE_KEY, True)

    def _changed_installation(self, current: Installation, change: SettingsChange) -> Installation:
        d = current.data
        # The installation's field each change goes to: a village's "upper" is its commune.
        fields: dict[str, Any] = {"officer_name": change.officer_name}
        if d.role is Role.COMMUNE:
            fields |= {
                "upper_kind": change.upper_kind,
                "upper_code": change.upper_code,
                "upper_name": change.upper_name,
            }
        elif d.role is Role.VILLAGE:
            fields |= {"parent_code": change.upper_code, "parent_name": change.upper_name}
        d = replace(d, **{name: value for name, value in fields.items() if value is not None})
        return Installation(current.installation_id, normalize_installation(d))

    def save(self, change: SettingsChange) -> Installation:
        """Check every value, then store them all in one transaction (or none).

        Raises:
            ValidationError: a value breaks its rule (each error names its field).
            SetupError: the installation is not set up.
        """
        with self.ctx.db.reading() as session:
            current = get_installation(session)
        if current is None:
            raise SetupError("not_initialized")
        inst = self._changed_installation(current, change)
        errors = validate_installation(inst.data)
        days: int | None = None
        if change.silent_days is not None:
            try:
                days = validate_silent_days(change.silent_days)
            except ValidationError as exc:
                errors += exc.errors
        if change.language is not None and change.language not in LANGUAGES:
            errors.append(FieldError("language", "invalid_choice", {"value": change.language}))
        require(errors)
        with self.ctx.db.transaction() as session:
            if inst.data != current.data:
                save_installation(session, inst, actor=self.ctx.actor(), now=self.ctx.clock())
            if days is not None:
                set_setting(session, SILENT_DAYS_KEY, days)
            if change.language is not None:
                set_setting(session, LANGUAGE_KEY, change.language)
        return inst
