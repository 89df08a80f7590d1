"""Setting up an installation (first-run wizard and ``sodanchu init``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from desktop.core.errors import SetupError, require
from desktop.core.installation import (
    Installation,
    InstallationData,
    Role,
    normalize_installation,
    validate_installation,
)
from desktop.core.records import new_uuid
from desktop.core.text import place_sort_key
from desktop.core.villages import VillageData
from desktop.services.context import StoreContext
from desktop.storage.installation import get_installation, save_installation

if TYPE_CHECKING:
    from desktop.services.villages import VillageService


@dataclass(frozen=True)
class AdminUnit:
    """A province or commune of the official 2025 list (Decision 19/2025)."""

    code: str
    name: str


def provinces() -> list[AdminUnit]:
    """The 34 provinces, by name."""
    from vietnam_provinces import Province  # ~50 ms: only the set-up forms need it

    units = [AdminUnit(f"{int(p.code):02d}", " ".join(p.name.split())) for p in Province.iter_all()]
    return sorted(units, key=lambda u: place_sort_key(u.name))


def communes(province_code: str) -> list[AdminUnit]:
    """The communes (xã, phường, đặc khu) of one province, by name."""
    from vietnam_provinces import Ward

    try:
        code = int(province_code)
    except ValueError:
        return []
    units = [
        AdminUnit(f"{int(w.code):05d}", " ".join(w.name.split()))  # the list has double spaces
        for w in Ward.iter_all()
        if int(w.province_code) == code
    ]
    return sorted(units, key=lambda u: place_sort_key(u.name))


def named_province(data: InstallationData) -> InstallationData:
    """``data`` with the province's name from the official list when only its code was
    given (``sodanchu init --role upper --code 48``): the overview never shows an empty
    province line."""
    if data.province_name or not data.province_code:
        return data
    for unit in provinces():
        if unit.code == data.province_code:
            return replace(data, province_name=unit.name)
    return data


class SetupService:
    """Reads and writes the installation's identity.

    ``villages``: the village service of the same store (a village installation's own
    village is written with it); the composition root passes it, lazily."""

    def __init__(
        self, ctx: StoreContext, villages: Callable[[], VillageService] | None = None
    ) -> None:
        self.ctx = ctx
        self._villages = villages

    def installation(self) -> Installation | None:
        with self.ctx.db.reading() as session:
            return get_installation(session)

    def is_initialized(self) -> bool:
        return self.installation() is not None

    def initialize(
        self, data: InstallationData, village: VillageData | None = None
    ) -> Installation:
        """Set up this installation once; refused if already set up.

        ``village``: a village installation's (a village head's laptop) own village record,
        written in the SAME transaction through the write path, as the installation's
        officer and of its code — its meetings and hương ước can be written at once, and a
        refusal of the village leaves nothing set up. The wizard and ``sodanchu init --role
        village`` always give it; another role has none.
        """
        data = named_province(normalize_installation(data))
        require(validate_installation(data))
        actor = data.officer_name or self.ctx.actor()
        with self.ctx.db.transaction() as session:
            existing = get_installation(session)
            if existing is not None:
                raise SetupError("already_initialized", name=existing.data.name)
            inst = Installation(installation_id=new_uuid(), data=data)
            save_installation(session, inst, actor=actor, now=self.ctx.clock())
            if village is not None:
                self._own_village(session, data, village, actor)
        # The installation's signing key is made at setup (BUNDLE.md "Signature").
        from desktop.sync.keys import KeyStore  # cryptography: only at set-up and sync

        KeyStore(self.ctx.paths.keys).ensure()
        return inst

    def _own_village(
        self, session: Any, data: InstallationData, village: VillageData, actor: str
    ) -> None:
        """The village installation's own village, written through the write path inside
        the set-up's transaction (as ``actor``, of the installation's code)."""
        if data.role is not Role.VILLAGE or self._villages is None:  # a caller's mistake
            raise ValueError("only a village installation is set up with its village")
        service = self._villages()
        service.create_in(session, service.writer(actor=actor, origin_code=data.code), village)

    def update(self, data: InstallationData) -> Installation:
        """Change the set-up answers (settings page); the identity stays."""
        data = named_province(normalize_installation(data))
        require(validate_installation(data))
        with self.ctx.db.transaction() as session:
            existing = get_installation(session)
            if existing is None:
                raise SetupError("not_initialized")
            inst = Installation(installation_id=existing.installation_id, data=data)
            save_installation(session, inst, actor=self.ctx.actor(), now=self.ctx.clock())
        return inst

    def require_installation(self) -> Installation:
        inst = self.installation()
        if inst is None:
            raise SetupError("not_initialized")
        return inst
