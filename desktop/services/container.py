"""The services of one open store, built once by the composition root.

Each service is made, and its module imported, the first time it is asked for: the
command line's ``list`` never loads ReportLab, and the window's frame is painted before
the document, sync and generator modules are loaded (docs/performance.md "Start-up").
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from desktop.services.context import StoreContext

if TYPE_CHECKING:
    from desktop.services.backups import BackupService
    from desktop.services.calendar import CalendarService
    from desktop.services.citizen import CaseService, LetterService, ReceptionService
    from desktop.services.civic import (
        BoardService,
        ConsultationService,
        DialogueService,
        OversightService,
    )
    from desktop.services.civic_documents import CivicDocumentService
    from desktop.services.convention_documents import ConventionDocumentService
    from desktop.services.conventions import ConventionService
    from desktop.services.disclosure_documents import DisclosureDocumentService
    from desktop.services.disclosures import DisclosureService
    from desktop.services.documents import DocumentService
    from desktop.services.maintenance import MaintenanceService
    from desktop.services.meetings import MeetingService
    from desktop.services.province_report import ProvinceReportService
    from desktop.services.registry import Kinds
    from desktop.services.reports import ReportService
    from desktop.services.search import SearchService
    from desktop.services.settings import SettingsService
    from desktop.services.setup import SetupService
    from desktop.services.sync import SyncService
    from desktop.services.sync_board import SyncBoardService
    from desktop.services.sync_import import SyncImportService
    from desktop.services.today import TodayService
    from desktop.services.unit_records import UnitRecordsService
    from desktop.services.villages import VillageService


class Services:
    """Handed to the window's pages and to the command line through constructors."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    @cached_property
    def kinds(self) -> Kinds:
        """The registered record kinds, each bound to its service here."""
        from desktop.services.registry import Kinds

        return Kinds(self)

    @cached_property
    def setup(self) -> SetupService:
        from desktop.services.setup import SetupService

        return SetupService(self.ctx, lambda: self.villages)

    @cached_property
    def villages(self) -> VillageService:
        from desktop.services.villages import VillageService

        return VillageService(self.ctx)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.ctx, self.kinds)

    @cached_property
    def settings(self) -> SettingsService:
        from desktop.services.settings import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def calendar(self) -> CalendarService:
        from desktop.services.calendar import CalendarService

        return CalendarService(self.ctx)

    @cached_property
    def meetings(self) -> MeetingService:
        from desktop.services.meetings import MeetingService

        return MeetingService(self.ctx, self.calendar)

    @cached_property
    def documents(self) -> DocumentService:
        from desktop.services.documents import DocumentService

        return DocumentService(self.ctx, self.setup, self.villages, self.meetings)

    @cached_property
    def disclosures(self) -> DisclosureService:
        from desktop.services.disclosures import DisclosureService

        return DisclosureService(self.ctx, self.calendar)

    # --- citizen reception, letters, cases (issue 15) ---
    @cached_property
    def receptions(self) -> ReceptionService:
        from desktop.services.citizen import ReceptionService

        return ReceptionService(self.ctx, self.calendar)

    @cached_property
    def letters(self) -> LetterService:
        from desktop.services.citizen import LetterService

        return LetterService(self.ctx, self.calendar)

    @cached_property
    def cases(self) -> CaseService:
        from desktop.services.citizen import CaseService

        return CaseService(self.ctx, self.calendar)

    # --- end of citizen reception, letters, cases ---
    @cached_property
    def conventions(self) -> ConventionService:
        from desktop.services.conventions import ConventionService

        return ConventionService(self.ctx, self.calendar)

    # Issue 16: consultations, the yearly dialogue, the two oversight boards.
    @cached_property
    def consultations(self) -> ConsultationService:
        from desktop.services.civic import ConsultationService

        return ConsultationService(self.ctx, self.calendar)

    @cached_property
    def dialogues(self) -> DialogueService:
        from desktop.services.civic import DialogueService

        return DialogueService(self.ctx, self.calendar)

    @cached_property
    def boards(self) -> BoardService:
        from desktop.services.civic import BoardService

        return BoardService(self.ctx, self.calendar)

    @cached_property
    def oversights(self) -> OversightService:
        from desktop.services.civic import OversightService

        return OversightService(self.ctx, self.calendar)

    @cached_property
    def disclosure_documents(self) -> DisclosureDocumentService:
        from desktop.services.disclosure_documents import DisclosureDocumentService

        return DisclosureDocumentService(self.ctx, self.setup, self.villages, self.disclosures)

    @cached_property
    def civic_documents(self) -> CivicDocumentService:
        from desktop.services.civic_documents import CivicDocumentService

        return CivicDocumentService(self.ctx, self.setup, self.kinds)

    @cached_property
    def convention_documents(self) -> ConventionDocumentService:
        from desktop.services.convention_documents import ConventionDocumentService

        return ConventionDocumentService(
            self.ctx, self.setup, self.villages, self.meetings, self.conventions
        )

    @cached_property
    def search(self) -> SearchService:
        from desktop.services.search import SearchService

        return SearchService(self.ctx, self.kinds)

    @cached_property
    def sync(self) -> SyncService:
        from desktop.services.sync import SyncService

        return SyncService(self.ctx)

    @cached_property
    def sync_import(self) -> SyncImportService:
        from desktop.services.sync_import import SyncImportService

        return SyncImportService(self.ctx, self.sync, self.kinds)

    @cached_property
    def unit_records(self) -> UnitRecordsService:
        from desktop.services.unit_records import UnitRecordsService

        return UnitRecordsService(self.ctx)

    @cached_property
    def sync_board(self) -> SyncBoardService:
        from desktop.services.sync_board import SyncBoardService

        return SyncBoardService(self.ctx)

    @cached_property
    def reports(self) -> ReportService:
        from desktop.services.reports import ReportService

        return ReportService(self.ctx, self.setup, self.calendar)

    @cached_property
    def province_report(self) -> ProvinceReportService:
        from desktop.services.province_report import ProvinceReportService

        return ProvinceReportService(self.ctx, self.setup, self.reports, self.calendar)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backups import BackupService

        return BackupService(self.ctx)

    @cached_property
    def today(self) -> TodayService:
        from desktop.services.today import TodayService

        return TodayService(
            self.ctx,
            self.calendar,
            self.meetings,
            self.disclosures,
            self.conventions,
            (self.consultations, self.dialogues, self.boards, self.oversights),
            (self.receptions, self.letters, self.cases),
        )

    def close(self) -> None:
        self.ctx.db.dispose()


def build_services(ctx: StoreContext) -> Services:
    return Services(ctx)
