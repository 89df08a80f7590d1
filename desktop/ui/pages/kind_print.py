"""«In giấy tờ…»: the documents a kind declares (:data:`desktop.core.print_catalog.PRINTABLE`)
as a menu on a list page — generic, one entry per declared document of the page's kind. A
record's document prints the selected record, a visit's asks which visit, a period's asks
for the period; the PDF is written off the GUI thread into the documents folder, then
opened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QWidget

from desktop.core.errors import DomainError
from desktop.core.kinds import Record
from desktop.core.messages import format_error
from desktop.core.print_catalog import Printable, printable_for
from desktop.services.container import Services
from desktop.services.faults import failure_text
from desktop.ui.i18n import translate
from desktop.ui.pages.meeting_documents import OpenFile, open_with_system
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

AskPeriod = Callable[[QWidget, list[str]], str | None]
AskVisit = Callable[[QWidget, int], int | None]


def period_choices(year: int) -> list[str]:
    """The periods offered, this year's first: quarters, halves, the year; then last year."""
    out: list[str] = []
    for y in (year, year - 1):
        out += [f"{y}Q{q}" for q in (1, 2, 3, 4)] + [f"{y}H1", f"{y}H2", str(y)]
    return out


def _ask_period(parent: QWidget, choices: list[str]) -> str | None:
    text, ok = QInputDialog.getItem(
        parent,
        translate("KindPrint", "Print for a period"),
        translate("KindPrint", "Period (2026, 2026H1 or 2026Q1):"),
        choices,
        0,
        True,
    )
    return text.strip() if ok and text.strip() else None


def _ask_visit(parent: QWidget, count: int) -> int | None:
    value, ok = QInputDialog.getInt(
        parent,
        translate("KindPrint", "Print for a visit"),
        translate("KindPrint", "Visit number (1 to %1):").replace("%1", str(count)),
        1,
        1,
        max(count, 1),
    )
    return value if ok else None


class PrintButton(QPushButton):
    """A button with the kind's documents as its menu; hidden when the kind declares none.

    Args:
        current: the selected record's JSON (``None`` when nothing is selected).
        say, fail: the page's status line.
    """

    def __init__(
        self,
        services: Services,
        kind: str,
        current: Callable[[], Record | None],
        say: Callable[[str], None],
        fail: Callable[[str], None],
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._current = current
        self._say, self._fail, self._lang = say, fail, lang
        self.documents = printable_for(kind)
        self.ask_period: AskPeriod = _ask_period
        self.ask_visit: AskVisit = _ask_visit
        self.open_file: OpenFile = open_with_system
        self.worker = Worker(parent=self)
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        for doc in self.documents:
            action = self.menu_.addAction("")
            action.triggered.connect(lambda _=False, d=doc: self.print_document(d))
            self.actions_[doc.name] = action
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._enable)
        self.setVisible(bool(self.documents))
        self.retranslate()

    def _enable(self) -> None:
        """A record's document needs a selected record it applies to (a decision needs the
        case's decided step); a period's never does."""
        record = self._current()
        applies = self._services.civic_documents.applies
        for doc in self.documents:
            self.actions_[doc.name].setEnabled(applies(doc.name, record))

    def print_document(self, doc: Printable) -> bool:
        """Ask what the document needs, then write it off the GUI thread; False when
        nothing was started (cancelled, nothing selected, another one being written)."""
        if self.worker.busy:
            return False
        visit, key = 0, ""
        if doc.scope == "period":
            key = self.ask_period(self, period_choices(self._services.ctx.today().year)) or ""
            stem = f"{doc.name}-{key}"
        else:
            record = self._current()
            if record is None:
                return False
            key = str(record.get("uuid") or "")
            stem = f"{doc.name}-{key[:8]}"
            if doc.scope == "visit":
                count = len(record.get("visits") or [])
                visit = self.ask_visit(self, count) or 0
                stem += f"-{visit}"
        if not key or (doc.scope == "visit" and not visit):
            return False
        out = self._services.ctx.paths.documents / f"{stem}.pdf"
        write = self._services.civic_documents.pdf
        self._say(translate("KindPrint", "Writing %1…").replace("%1", doc.label(self._lang())))
        self.worker.run(lambda: write(doc.name, key, out, visit=visit), self._done, self._failed)
        return True

    def _done(self, result: object) -> None:
        path = result if isinstance(result, Path) else Path(str(result))
        self._say(translate("KindPrint", "Saved as %1").replace("%1", str(path)))
        self.open_file(path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("writing a document failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self._fail(
            translate("KindPrint", "The document could not be written: %1").replace("%1", text)
        )

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs)

    def retranslate(self) -> None:
        self.setText(translate("KindPrint", "&Print documents…"))
        self.setToolTip(translate("KindPrint", "Print a document of this list to PDF"))
        for doc in self.documents:
            self.actions_[doc.name].setText(doc.label(self._lang()))
