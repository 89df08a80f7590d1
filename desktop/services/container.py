"""The services of one open store, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.maintenance import MaintenanceService
from desktop.services.meetings import MeetingService
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
    calendar: CalendarService
    meetings: MeetingService

    def close(self) -> None:
        self.ctx.db.dispose()


def build_services(ctx: StoreContext) -> Services:
    calendar = CalendarService(ctx)
    return Services(
        ctx=ctx,
        setup=SetupService(ctx),
        villages=VillageService(ctx),
        maintenance=MaintenanceService(ctx),
        settings=SettingsService(ctx),
        calendar=calendar,
        meetings=MeetingService(ctx, calendar),
    )
