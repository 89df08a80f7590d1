"""The services of one open store, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.context import StoreContext
from desktop.services.maintenance import MaintenanceService
from desktop.services.settings import SettingsService
from desktop.services.setup import SetupService
from desktop.services.villages import VillageService


@dataclass
class Services:
    """Handed to the window's pages and to the command line through constructors."""

    ctx: StoreContext
    setup: SetupService
    villages: VillageService
    maintenance: MaintenanceService
    settings: SettingsService

    def close(self) -> None:
        self.ctx.db.dispose()


def build_services(ctx: StoreContext) -> Services:
    return Services(
        ctx=ctx,
        setup=SetupService(ctx),
        villages=VillageService(ctx),
        maintenance=MaintenanceService(ctx),
        settings=SettingsService(ctx),
    )
