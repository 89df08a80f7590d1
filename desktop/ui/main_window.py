"""The main window: a sidebar of sections, each a page of a stack.

It is painted first as a frame (sidebar, titles, the overview's skeleton) from Qt and
light modules alone; :meth:`MainWindow.attach` then fills it once the store is open,
the overview at once and the other pages one per turn of the event loop
(docs/performance.md "Start-up").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core.installation import Role, keeps_kind
from desktop.ui.i18n import APP_NAME, QT_TRANSLATE_NOOP, I18n, is_language_change, translate
from desktop.ui.pages.overview import OverviewFigures, OverviewPage
from desktop.ui.pages.skeleton import SkeletonPage
from desktop.ui.sample_banner import SampleBanner

if TYPE_CHECKING:
    from desktop.core.changes import OpChanges
    from desktop.services.container import Services
    from desktop.ui.change_bridge import ChangeBridge
    from desktop.ui.pages.citizen import CitizenPage
    from desktop.ui.pages.civic import CivicPage
    from desktop.ui.pages.conventions import ConventionsPage
    from desktop.ui.pages.disclosures import DisclosuresPage
    from desktop.ui.pages.meetings import MeetingsPage
    from desktop.ui.pages.reports import ReportsPage
    from desktop.ui.pages.settings import SettingsPage
    from desktop.ui.pages.sync import SyncPage
    from desktop.ui.pages.villages import VillagesPage
    from desktop.ui.search_popup import RecordPage, SearchPopup

CTX = "MainWindow"

# The sections, in sidebar order (Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth). Villages
# come right after the overview: they are the first thing to set up, and every record names one.
(
    OVERVIEW,
    VILLAGES,
    MEETINGS,
    CONVENTIONS,
    DISCLOSURES,
    CITIZEN,
    CIVIC,
    SYNC,
    REPORTS,
    SETTINGS,
) = range(10)
SECTIONS = (
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Villages"),
    QT_TRANSLATE_NOOP("MainWindow", "Village meetings"),
    QT_TRANSLATE_NOOP("MainWindow", "Village conventions"),
    QT_TRANSLATE_NOOP("MainWindow", "Public disclosure"),
    QT_TRANSLATE_NOOP("MainWindow", "Citizen reception, letters"),
    QT_TRANSLATE_NOOP("MainWindow", "Consultation and oversight"),
    QT_TRANSLATE_NOOP("MainWindow", "Synchronisation"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)
SIDEBAR_WIDTH = 220
PAGE_ATTRIBUTES = {
    MEETINGS: "meetings",
    CONVENTIONS: "conventions",
    DISCLOSURES: "disclosures",
    CITIZEN: "citizen",
    CIVIC: "civic",
    SYNC: "sync",
    REPORTS: "reports",
    VILLAGES: "villages",
    SETTINGS: "settings",
}
# The sections that keep records of one kind: offered only to a role that keeps the kind.
SECTION_KINDS = {VILLAGES: "village", MEETINGS: "meeting", CONVENTIONS: "convention"}
SECTION_KINDS[DISCLOSURES] = "disclosure"
SECTION_KINDS[CITIZEN] = "reception"  # issue 15's kinds, kept by a commune only
SECTION_KINDS[CIVIC] = "consultation"  # issue 16's kinds, kept by a commune only


def section_key(index: int) -> int:
    """The digit of a section's shortcut: 1 … 9, then 0 for the tenth."""
    return (index + 1) % 10


def offered_sections(role: Role | None) -> list[int]:
    """The sections an installation of ``role`` is offered (the rule: core ``keeps_kind``):
    a receiving level keeps no records of its own, a village head no disclosures."""
    return [
        index
        for index in range(len(SECTIONS))
        if role is None or index not in SECTION_KINDS or keeps_kind(role, SECTION_KINDS[index])
    ]


# Built when first shown, not at start: they load ReportLab and cryptography (documents,
# signed bundles; Settings shows the signing key's fingerprint), which nothing else needs
# until a print, an export or an import.
ON_FIRST_VISIT = (SYNC, REPORTS, SETTINGS)


def build_page(section: int, services: Services, i18n: I18n) -> QWidget:
    """The page of a section other than the overview."""
    if section == MEETINGS:
        from desktop.ui.pages.meetings import MeetingsPage

        return MeetingsPage(services, i18n)
    if section == CONVENTIONS:
        from desktop.ui.pages.conventions import ConventionsPage

        return ConventionsPage(services, i18n)
    if section == DISCLOSURES:
        from desktop.ui.pages.disclosures import DisclosuresPage

        return DisclosuresPage(services, i18n)
    if section == CITIZEN:
        from desktop.ui.pages.citizen import CitizenPage

        return CitizenPage(services, i18n)
    if section == CIVIC:
        from desktop.ui.pages.civic import CivicPage

        return CivicPage(services, i18n)
    if section == SYNC:
        from desktop.ui.pages.sync import SyncPage

        return SyncPage(services, i18n)
    if section == REPORTS:
        from desktop.ui.pages.reports import ReportsPage

        return ReportsPage(services, lambda: i18n.lang)
    if section == VILLAGES:
        from desktop.ui.pages.villages import VillagesPage

        return VillagesPage(services, i18n)
    from desktop.ui.pages.settings import SettingsPage

    assert section == SETTINGS
    return SettingsPage(services, i18n)


class MainWindow(QMainWindow):
    """Gets every service it needs through ``services``; no global state.

    With ``services`` the window is built whole (tests, the wizard's end). With None it
    is the frame, titled ``title``, until :meth:`attach`.

    Args:
        real_set_up: on sample data, whether the real data folder is set up (the banner's
            button opens it, else sets it up); None when no real folder is known.
    """

    # The officer asked to leave the sample data ("real": open the real data).
    leave_sample = Signal()

    # The overview shows its figures: the window is usable (the benchmark waits for it).
    meetings: MeetingsPage
    conventions: ConventionsPage
    disclosures: DisclosuresPage
    citizen: CitizenPage
    civic: CivicPage
    sync: SyncPage
    reports: ReportsPage
    villages: VillagesPage
    settings: SettingsPage

    ready = Signal()
    # Every page is built and wired.
    filled = Signal()

    def __init__(
        self,
        services: Services | None,
        i18n: I18n,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        real_set_up: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self._frame_title = title
        self._filled = False
        self._gradually = False
        self._modules_loaded = False
        self._filling = False
        self._ready = False
        self._discarded = False
        self.is_sample = False
        self.sample_banner: SampleBanner | None = None
        self._bridge: ChangeBridge | None = None
        self._real_set_up = real_set_up
        self.role: Role | None = None
        self.offered = list(range(len(SECTIONS)))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setSpacing(2)
        self.sidebar.setIconSize(QSize(0, 0))
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        for _ in SECTIONS:
            QListWidgetItem(self.sidebar)

        self.overview = OverviewPage(None)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        for title_source in SECTIONS[1:]:
            self.stack.addWidget(SkeletonPage(CTX, title_source))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self._outer = outer  # the sample banner goes on top once the store is known
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.sidebar.currentRowChanged.connect(self._visit)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._make_actions()
        self.sidebar.setCurrentRow(OVERVIEW)
        self.setMinimumSize(960, 600)
        self.retranslate()
        if services is not None:
            self.attach(services, gradually=False)

    # --- filling the frame ------------------------------------------------------------
    def attach(
        self, services: Services, figures: OverviewFigures | None = None, *, gradually: bool = False
    ) -> None:
        """The store is open: the overview's figures now, then every page.

        ``gradually``: the pages are built once :meth:`fill_pages` says their modules
        are loaded, one per turn of the event loop so the window keeps answering; else
        all of them before returning.
        """
        self._services = services
        self._hear_changes(services)
        self._show_sample_mark(services)
        self._offer_for_role(services)
        self.overview.attach(services, figures)
        self.retranslate()
        self._say_ready()
        if gradually:
            self._gradually = True
            if self._modules_loaded:
                self._fill_gradually()
            return
        for step in self._steps(everything=True):
            step()

    def _offer_for_role(self, services: Services) -> None:
        """Nothing a level cannot do is offered: its sections, their shortcuts, Ctrl+N."""
        inst = services.setup.installation()
        self.role = inst.data.role if inst is not None else None
        self.offered = offered_sections(self.role)
        for index, action in enumerate(self.section_actions):
            shown = index in self.offered
            self.sidebar.item(index).setHidden(not shown)
            action.setEnabled(shown)
        self.new_village_action.setEnabled(self.role is not Role.UPPER)
        self.overview.set_role(self.role)

    def _hear_changes(self, services: Services) -> None:
        """The one bridge from the store's change signal to the pages (change_bridge.py)."""
        from desktop.ui.change_bridge import ChangeBridge

        self._bridge = ChangeBridge(services.ctx.changes, self)
        self._bridge.changed.connect(self._changes)
        self._bridge.follow(self.overview)

    def _changes(self, changes: OpChanges) -> None:
        """The window's own part of an announcement: its title names the installation."""
        if changes.settings or changes.everything:
            self.retranslate()

    def _show_sample_mark(self, services: Services) -> None:
        """On the sample commune's store: the "DỮ LIỆU MẪU" band and its way back."""
        self.is_sample = services.settings.is_sample()
        if self.is_sample and self.sample_banner is None:
            self.sample_banner = SampleBanner(self._real_set_up)
            self.sample_banner.leave.connect(self.leave_sample)
            self._outer.insertWidget(0, self.sample_banner)
            self.sample_banner.show()  # the frame is on screen already

    def closeEvent(self, event: QCloseEvent) -> None:
        """The day's work may still be read off the GUI thread; the store is closed after
        the window, so that read ends first (a few seconds at most)."""
        self.overview.wait(5000)
        super().closeEvent(event)

    def discard(self) -> None:
        """The window is being replaced (sample data ↔ real data): stop filling it in, and
        let Qt delete it (a queued step must never touch a deleted page)."""
        self._discarded = True
        if self._bridge is not None:
            self._bridge.close()
        self.hide()
        self.deleteLater()

    def build_page_now(self, index: int) -> None:
        """A page left for its first visit, built now (the day's backup needs Settings)."""
        if self._filled and not hasattr(self, PAGE_ATTRIBUTES[index]):
            self._place(index)
            self._wire_late(index)

    def show_early_figures(self, figures: OverviewFigures) -> None:
        """The overview's figures read before the store is open (desktop/ui/startup.py)."""
        self.overview.show_figures(figures)
        self._say_ready()

    def _say_ready(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()

    def fill_pages(self, _result: object = None) -> None:
        """The pages' modules are loaded (StoreLoader): build the pages when attached."""
        self._modules_loaded = True
        if self._services is not None and self._gradually and not self._discarded:
            self._fill_gradually()

    def _fill_gradually(self) -> None:
        if self._filling:
            return
        self._filling = True
        steps = self._steps(everything=False)

        def next_step() -> None:
            # The window may be gone by now: the officer left the sample data (or closed
            # the window) before every page was built; the rest is then not built.
            if steps and not self._discarded and isValid(self):
                steps.pop(0)()
                QTimer.singleShot(0, next_step)

        QTimer.singleShot(0, next_step)

    def _steps(self, *, everything: bool) -> list[Callable[[], None]]:
        """Build the pages, then wire them; all, or those not left to a first visit."""
        places = [i for i in PAGE_ATTRIBUTES if everything or i not in ON_FIRST_VISIT]
        steps: list[Callable[[], None]] = [partial(self._place, i) for i in places]
        return [*steps, self._wire]

    def _visit(self, index: int) -> None:
        """A section is shown: build its page now if it was left for a first visit."""
        if self._filled and index in ON_FIRST_VISIT and not hasattr(self, PAGE_ATTRIBUTES[index]):
            self._place(index)
            self._wire_late(index)

    def _place(self, index: int) -> None:
        """Build one page and put it where its skeleton stood."""
        assert self._services is not None
        page = build_page(index, self._services, self._i18n)
        setattr(self, PAGE_ATTRIBUTES[index], page)
        assert self._bridge is not None
        self._bridge.follow(page)  # its kinds_shown and refresh()
        current = self.stack.currentIndex()
        skeleton = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if skeleton is not None:
            self.stack.removeWidget(skeleton)
            skeleton.deleteLater()
        self.stack.setCurrentIndex(current)

    def _wire(self) -> None:
        """Every page is there: the overview's links, then the search box.

        Pages do not listen to each other: each follows the change signal (``_place``).
        """
        from desktop.ui.search_popup import SearchPopup

        assert self._services is not None
        self.overview.open_villages.connect(lambda: self.show_section(VILLAGES))
        self.overview.today.open_record.connect(self.open_found)
        self.overview.today.open_sync.connect(lambda: self.show_section(SYNC))
        self.search_popup: SearchPopup = SearchPopup(self._services, self)
        self.search_popup.open_record.connect(self.open_found)
        self.about_action.triggered.connect(self._show_about)
        self._filled = True
        for index in ON_FIRST_VISIT:
            if hasattr(self, PAGE_ATTRIBUTES[index]):
                self._wire_late(index)
        self._visit(self.current_section())
        self.filled.emit()

    def _show_about(self) -> None:
        self._visit(SETTINGS)
        self.settings.show_about()

    def _wire_late(self, index: int) -> None:
        if index == SETTINGS:
            self.settings.backups.readers.append(self.overview.wait)

    @property
    def is_filled(self) -> bool:
        return self._filled

    def _make_actions(self) -> None:
        self.section_actions: list[QAction] = []
        for index in range(len(SECTIONS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{section_key(index)}"))
            action.triggered.connect(lambda _=False, i=index: self.show_section(i))
            self.addAction(action)
            self.section_actions.append(action)
        self.new_village_action = QAction(self)
        self.new_village_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_village_action.triggered.connect(self.new_record)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.show_search)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        for action in (
            self.new_village_action,
            self.find_action,
            self.search_action,
            self.quit_action,
            self.about_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # --- navigation -------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        if index in self.offered:
            self.sidebar.setCurrentRow(index)

    def current_section(self) -> int:
        return self.stack.currentIndex()

    def new_village(self) -> None:
        if not self._filled or VILLAGES not in self.offered:
            return
        self.show_section(VILLAGES)
        self.villages.add_village()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the section shown (a village from the others)."""
        if not self._filled:  # the pages are still being built (a fraction of a second)
            return
        section = self.current_section()
        if self.role is Role.UPPER:  # the receiving level writes no records
            return
        if section == MEETINGS:
            self.meetings.add_meeting()
        elif section == CONVENTIONS:
            self.conventions.add_convention()
        elif section == DISCLOSURES:
            self.disclosures.add_disclosure()
        elif section == CITIZEN:
            self.citizen.add()
        elif section == CIVIC:
            self.civic.add()
        else:
            self.new_village()

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the page shown; again (or on a page without one): search all."""
        if not self._filled:
            return
        focus = QApplication.focusWidget()
        in_filter = isinstance(focus, QLineEdit) and self.stack.isAncestorOf(focus)
        with_filter = (VILLAGES, MEETINGS, CONVENTIONS, DISCLOSURES, CITIZEN, CIVIC)
        if in_filter or self.current_section() not in with_filter:
            self.show_search()
        elif self.current_section() == VILLAGES:
            self.villages.focus_filter()
        elif self.current_section() == MEETINGS:
            self.meetings.focus_filter()
        elif self.current_section() == CONVENTIONS:
            self.conventions.focus_filter()
        elif self.current_section() == DISCLOSURES:
            self.disclosures.focus_filter()
        elif self.current_section() == CITIZEN:
            self.citizen.focus_filter()
        elif self.current_section() == CIVIC:
            self.civic.focus_filter()

    def show_search(self) -> None:
        """Ctrl+K: the search box over every record."""
        if self._filled:
            self.search_popup.popup()

    def open_record(self, kind: str, uuid: str) -> bool:
        """A search result: its page shown with its row selected (Enter then opens it)."""
        from desktop.ui.search_popup import reveal

        if self.role is Role.UPPER:  # it keeps none: a hit is a unit's record, of any kind
            return self._view_unit_record(uuid)
        for section, tabs in ((CITIZEN, self.citizen), (CIVIC, self.civic)):
            if kind in tabs.pages:  # issues 15, 16: a tab of a section of several kinds
                if section not in self.offered:
                    return False
                self.show_section(section)
                return reveal(tabs.page_of(kind), uuid)
        found = self.record_pages().get(kind)
        if found is None:  # a kind without a page here: the read-only viewer (issue 12)
            self._view_record(kind, uuid)
            return False
        section, page = found
        if section not in self.offered:  # a unit's record at the receiving level
            return False
        self.show_section(section)
        return reveal(page, uuid)

    def record_pages(self) -> dict[str, tuple[int, RecordPage]]:
        """The kinds this window lists on a page of their own, and where."""
        return {
            "village": (VILLAGES, self.villages),
            "meeting": (MEETINGS, self.meetings),
            "convention": (CONVENTIONS, self.conventions),
            "disclosure": (DISCLOSURES, self.disclosures),
        }

    def _view_unit_record(self, uuid: str) -> bool:
        """A unit's record at the receiving level: shown under Đồng bộ › Đơn vị cấp dưới,
        in the read-only viewer beside its unit's list (remarks written from there)."""
        assert self._services is not None
        found = self._services.unit_records.record(uuid)
        if found is None or SYNC not in self.offered:
            return False
        kind, unit, _record = found
        self.show_section(SYNC)
        return self.sync.reveal_unit_record(kind, unit, uuid)

    def _view_record(self, kind: str, uuid: str) -> None:
        from desktop.ui.record_view import RecordDialog

        services = self._services
        assert services is not None
        service = services.kinds.service(kind)
        record = service.to_json(service.get(uuid))
        RecordDialog(services.kinds.spec(kind), record, self._i18n.lang, parent=self).exec()

    def open_found(self, kind: str, uuid: str) -> None:
        """Enter on a search result: its page shown, its row selected, the record opened.

        The record's form opens once the search box has closed (the next turn of the
        event loop), as Enter on the row itself would open it.
        """
        if self.open_record(kind, uuid) and self.role is not Role.UPPER:
            QTimer.singleShot(0, lambda: self._open_current(kind))

    def _open_current(self, kind: str) -> None:
        if kind == "village":
            self.villages.edit_current()
        elif kind == "meeting":
            self.meetings.edit_current()
        elif kind == "convention":
            self.conventions.open_current()
        elif kind == "disclosure":
            self.disclosures.edit_current()
        elif kind in self.citizen.pages:
            self.citizen.page_of(kind).open_current()
        elif kind in self.civic.pages:
            self.civic.page_of(kind).open_current()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._services is not None:
            inst = self._services.setup.installation()
            name = inst.data.name if inst else None
        else:
            name = self._frame_title
        title = f"{APP_NAME} — {name}" if name else APP_NAME
        if self.is_sample:
            title += " — " + translate("MainWindow", "SAMPLE DATA")
        self.setWindowTitle(title)
        for index, title in enumerate(SECTIONS):
            item = self.sidebar.item(index)
            item.setText(translate("MainWindow", title))
            item.setToolTip(
                translate("MainWindow", "%1 (Ctrl+%2)")
                .replace("%1", translate("MainWindow", title))
                .replace("%2", str(section_key(index)))
            )
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 8, 34))
        self.new_village_action.setText(translate("MainWindow", "New record"))
        self.find_action.setText(translate("MainWindow", "Find"))
        self.search_action.setText(translate("MainWindow", "Search all records"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self.about_action.setText(translate("MainWindow", "About %1").replace("%1", APP_NAME))

    def sidebar_texts(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
