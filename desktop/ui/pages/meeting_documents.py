"""Printing a meeting's minutes or invitation to PDF off the GUI thread, then opening it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.core.errors import DomainError
from desktop.core.meeting_json import StoredMeeting
from desktop.core.messages import format_error
from desktop.core.queries import MeetingQuery
from desktop.services.container import Services
from desktop.services.faults import failure_text
from desktop.ui.i18n import translate
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

OpenFile = Callable[[Path], None]


class Document(StrEnum):
    MINUTES = "bien-ban"
    INVITATION = "giay-moi"


def open_with_system(path: Path) -> None:
    """Open a file in the program the system uses for it (a PDF viewer)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        log.warning("no program opened %s", path)


def document_path(folder: Path, document: Document, meeting: StoredMeeting, code: str) -> Path:
    """``bien-ban-2026-03-10-DONG.pdf``; the same file each time the same meeting is printed."""
    held = meeting.data.held_on.isoformat() if meeting.data.held_on else "undated"
    return folder / f"{document.value}-{held}-{code}.pdf"


class DocumentPrinter(QObject):
    """Writes one document at a time; says what it is doing through its signals.

    Args:
        services: ``documents`` writes the PDF; ``ctx.paths.documents`` is where.
        open_file: shows the written file (tests pass a recorder).
        lang: the language refusals are worded in.
    """

    busy_changed = Signal(bool)
    status = Signal(str)  # what is happening, worded for the status line
    failed = Signal(str)
    printed = Signal(Path)

    def __init__(
        self,
        services: Services,
        open_file: OpenFile,
        lang: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._open_file = open_file
        self._lang = lang
        self.worker = Worker(parent=self)
        self.worker.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def path_for(self, document: Document, meeting: StoredMeeting) -> Path:
        """Where the document goes; a second meeting of the village that day gets ``-2``."""
        code = self._services.villages.get(meeting.data.village_uuid).data.code
        path = document_path(self._services.ctx.paths.documents, document, meeting, code)
        held = meeting.data.held_on
        if held is None:
            return path
        query = MeetingQuery(village_uuid=meeting.data.village_uuid, year=held.year)
        same_day = sorted(
            (m for m in self._services.meetings.list(query) if m.data.held_on == held),
            key=lambda m: (m.meta.created_at, m.uuid),
        )
        uuids = [m.uuid for m in same_day]
        if len(uuids) > 1 and meeting.uuid in uuids and uuids.index(meeting.uuid) > 0:
            path = path.with_name(f"{path.stem}-{uuids.index(meeting.uuid) + 1}.pdf")
        return path

    def start(self, document: Document, meeting: StoredMeeting) -> bool:
        """Start writing ``document``; False when another is still being written."""
        if self.busy:
            return False
        path = self.path_for(document, meeting)
        documents = self._services.documents
        write = documents.minutes_pdf if document is Document.MINUTES else documents.invitation_pdf
        uuid = meeting.uuid
        self.status.emit(
            translate("MeetingsPage", "Writing the minutes…")
            if document is Document.MINUTES
            else translate("MeetingsPage", "Writing the invitation…")
        )
        self.worker.run(lambda: write(uuid, path), self._done, self._failed)
        return True

    def _done(self, result: object) -> None:
        path = result if isinstance(result, Path) else Path(str(result))
        self.status.emit(translate("MeetingsPage", "Saved as %1").replace("%1", str(path)))
        self.printed.emit(path)
        self._open_file(path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("writing a document failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self.failed.emit(
            translate("MeetingsPage", "The document could not be written: %1").replace("%1", text)
        )

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs)
