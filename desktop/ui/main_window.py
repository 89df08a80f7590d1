"""The main window: a sidebar of sections, each a page of a stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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

from desktop.services.container import Services
from desktop.ui.i18n import APP_NAME, QT_TRANSLATE_NOOP, I18n, is_language_change, translate
from desktop.ui.pages.conventions import ConventionsPage
from desktop.ui.pages.disclosures import DisclosuresPage
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.pages.overview import OverviewPage
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.pages.reports import ReportsPage
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.pages.sync import SyncPage
from desktop.ui.pages.villages import VillagesPage
from desktop.ui.sample_banner import SampleBanner
from desktop.ui.search_popup import RecordPage, SearchPopup, reveal

CTX = "MainWindow"

# The sections, in sidebar order (Ctrl+1 … Ctrl+8). Villages come right after the
# overview: they are the first thing to set up, and every record names one.
OVERVIEW, VILLAGES, MEETINGS, CONVENTIONS, DISCLOSURES, SYNC, REPORTS, SETTINGS = range(8)
SECTIONS = (
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Villages"),
    QT_TRANSLATE_NOOP("MainWindow", "Village meetings"),
    QT_TRANSLATE_NOOP("MainWindow", "Village conventions"),
    QT_TRANSLATE_NOOP("MainWindow", "Public disclosure"),
    QT_TRANSLATE_NOOP("MainWindow", "Synchronisation"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)
SIDEBAR_WIDTH = 220


class MainWindow(QMainWindow):
    """Gets every service it needs through ``services``; no global state.

    Args:
        real_set_up: on sample data, whether the real data folder is set up (the banner's
            button opens it, else sets it up); None when no real folder is known.
    """

    # The officer asked to leave the sample data ("real": open the real data).
    leave_sample = Signal()

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        parent: QWidget | None = None,
        *,
        real_set_up: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.is_sample = services.settings.is_sample()
        self.sample_banner: SampleBanner | None = None

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

        self.overview = OverviewPage(services)
        self.meetings = MeetingsPage(services, i18n)
        self.conventions = ConventionsPage(services, i18n)
        self.disclosures = DisclosuresPage(services, i18n)
        self.villages = VillagesPage(services, i18n)
        self.settings = SettingsPage(services, i18n)
        self.sync = SyncPage(services, i18n)
        self.reports = ReportsPage(services, lambda: i18n.lang)
        pages: dict[int, QWidget] = {
            OVERVIEW: self.overview,
            MEETINGS: self.meetings,
            CONVENTIONS: self.conventions,
            DISCLOSURES: self.disclosures,
            SYNC: self.sync,
            REPORTS: self.reports,
            VILLAGES: self.villages,
            SETTINGS: self.settings,
        }
        self.stack = QStackedWidget()
        for index, title in enumerate(SECTIONS):
            self.stack.addWidget(pages.get(index) or PlaceholderPage(CTX, title))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        if self.is_sample:
            self.sample_banner = SampleBanner(real_set_up)
            self.sample_banner.leave.connect(self.leave_sample)
            outer.addWidget(self.sample_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.villages.changed.connect(self.overview.refresh)
        self.villages.changed.connect(self.meetings.villages_changed)
        self.villages.changed.connect(self.conventions.villages_changed)
        self.villages.changed.connect(self.disclosures.villages_changed)
        self.meetings.changed.connect(self.overview.refresh)
        self.conventions.changed.connect(self.overview.refresh)
        self.disclosures.changed.connect(self.overview.refresh)
        self.sync.changed.connect(self.overview.refresh)
        self.settings.changed.connect(self._settings_changed)
        for page in (self.meetings, self.conventions, self.disclosures):
            page.changed.connect(self.reports.invalidate)
        self.overview.open_villages.connect(lambda: self.show_section(VILLAGES))
        self.overview.today.open_record.connect(self.open_found)
        self.overview.today.open_sync.connect(lambda: self.show_section(SYNC))
        self.search_popup = SearchPopup(services, self)
        self.search_popup.open_record.connect(self.open_found)
        self._make_actions()
        self.sidebar.setCurrentRow(OVERVIEW)
        self.setMinimumSize(960, 600)
        self.retranslate()

    def _make_actions(self) -> None:
        self.section_actions: list[QAction] = []
        for index in range(len(SECTIONS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
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
        self.about_action.triggered.connect(self.settings.show_about)
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
        self.sidebar.setCurrentRow(index)

    def current_section(self) -> int:
        return self.stack.currentIndex()

    def new_village(self) -> None:
        self.show_section(VILLAGES)
        self.villages.add_village()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the section shown (a village from the others)."""
        section = self.current_section()
        if section == MEETINGS:
            self.meetings.add_meeting()
        elif section == CONVENTIONS:
            self.conventions.add_convention()
        elif section == DISCLOSURES:
            self.disclosures.add_disclosure()
        else:
            self.new_village()

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the page shown; again (or on a page without one): search all."""
        focus = QApplication.focusWidget()
        in_filter = isinstance(focus, QLineEdit) and self.stack.isAncestorOf(focus)
        with_filter = (VILLAGES, MEETINGS, CONVENTIONS, DISCLOSURES)
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

    def show_search(self) -> None:
        """Ctrl+K: the search box over every record."""
        self.search_popup.popup()

    def open_record(self, kind: str, uuid: str) -> bool:
        """A record's page shown with its row selected (Enter then opens it)."""
        pages: dict[str, tuple[int, RecordPage]] = {
            "village": (VILLAGES, self.villages),
            "meeting": (MEETINGS, self.meetings),
            "convention": (CONVENTIONS, self.conventions),
            "disclosure": (DISCLOSURES, self.disclosures),
        }
        section, page = pages[kind]
        self.show_section(section)
        return reveal(page, uuid)

    def open_found(self, kind: str, uuid: str) -> None:
        """Enter on a search result: its page shown, its row selected, the record opened.

        The record's form opens once the search box has closed (the next turn of the
        event loop), as Enter on the row itself would open it.
        """
        if self.open_record(kind, uuid):
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

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        inst = self._services.setup.installation()
        title = f"{APP_NAME} — {inst.data.name}" if inst else APP_NAME
        if self.is_sample:
            title += " — " + translate("MainWindow", "SAMPLE DATA")
        self.setWindowTitle(title)
        for index, title in enumerate(SECTIONS):
            item = self.sidebar.item(index)
            item.setText(translate("MainWindow", title))
            item.setToolTip(
                translate("MainWindow", "%1 (Ctrl+%2)")
                .replace("%1", translate("MainWindow", title))
                .replace("%2", str(index + 1))
            )
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 8, 34))
        self.new_village_action.setText(translate("MainWindow", "New record"))
        self.find_action.setText(translate("MainWindow", "Find"))
        self.search_action.setText(translate("MainWindow", "Search all records"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self.about_action.setText(translate("MainWindow", "About %1").replace("%1", APP_NAME))

    def _settings_changed(self) -> None:
        """Settings saved or a backup restored: every page reads the store again."""
        self.retranslate()
        self.overview.refresh()
        self.reports.invalidate()
        self.villages.reload()
        for page in (self.meetings, self.conventions, self.disclosures):
            page.villages_changed()
        self.sync.refresh()

    def sidebar_texts(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
