"""The services of one open store, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.backups import BackupService
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.convention_documents import ConventionDocumentService
from desktop.services.conventions import ConventionService
from desktop.services.disclosure_documents import DisclosureDocumentService
from desktop.services.disclosures import DisclosureService
from desktop.services.documents import DocumentService
from desktop.services.maintenance import MaintenanceService
from desktop.services.meetings import MeetingService
from desktop.services.reports import ReportService
from desktop.services.search import SearchService
from desktop.services.settings import SettingsService
from desktop.services.setup import SetupService
from desktop.services.sync import SyncService
from desktop.services.sync_board import SyncBoardService
from desktop.services.sync_import import SyncImportService
from desktop.services.today import TodayService
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
    documents: DocumentService
    disclosures: DisclosureService
    conventions: ConventionService
    disclosure_documents: DisclosureDocumentService
    convention_documents: ConventionDocumentService
    search: SearchService
    sync: SyncService
    sync_import: SyncImportService
    sync_board: SyncBoardService
    reports: ReportService
    backups: BackupService
    today: TodayService

    def close(self) -> None:
        self.ctx.db.dispose()


def build_services(ctx: StoreContext) -> Services:
    calendar = CalendarService(ctx)
    setup = SetupService(ctx)
    villages = VillageService(ctx)
    meetings = MeetingService(ctx, calendar)
    disclosures = DisclosureService(ctx, calendar)
    conventions = ConventionService(ctx, calendar)
    sync = SyncService(ctx)
    return Services(
        ctx=ctx,
        setup=setup,
        villages=villages,
        maintenance=MaintenanceService(ctx),
        settings=SettingsService(ctx),
        calendar=calendar,
        meetings=meetings,
        documents=DocumentService(ctx, setup, villages, meetings),
        disclosures=disclosures,
        conventions=conventions,
        disclosure_documents=DisclosureDocumentService(ctx, setup, villages, disclosures),
        convention_documents=ConventionDocumentService(ctx, setup, villages, meetings, conventions),
        search=SearchService(ctx),
        sync=sync,
        sync_import=SyncImportService(ctx, sync, meetings, conventions),
        sync_board=SyncBoardService(ctx),
        reports=ReportService(ctx, setup, calendar),
        backups=BackupService(ctx),
        today=TodayService(ctx, calendar, meetings, disclosures, conventions),
    )
