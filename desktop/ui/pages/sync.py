"""The "Synchronisation" section: tabs that depend on the installation's role.

- commune or village: "Send data" (export, receipts, key registration);
- commune and upper: "Receive data" (check and import bundles) and "Units below";
- further tabs (the reporting board) are added with :meth:`SyncPage.add_tab`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.changes import RECORD_KINDS, SETTINGS, SYNC_STATE
from desktop.core.installation import Role
from desktop.services.container import Services
from desktop.ui.i18n import QT_TRANSLATE_NOOP, I18n, is_language_change, translate
from desktop.ui.pages.common import heading
from desktop.ui.pages.sync_board import SyncBoardPage
from desktop.ui.pages.sync_children import SyncChildrenTab
from desktop.ui.pages.sync_common import Ask
from desktop.ui.pages.sync_export import SyncExportTab
from desktop.ui.pages.sync_import import SyncImportTab

CTX = "SyncPage"


def sends(role: Role | None) -> bool:
    return role in (Role.COMMUNE, Role.VILLAGE)


def receives(role: Role | None) -> bool:
    return role in (Role.COMMUNE, Role.UPPER)


class SyncPage(QWidget):
    """The tabs for this installation; the shown tab reads again on the change signal.

    Args:
        ask: the file and confirmation dialogs (tests pass fixed answers).
    """

    # The change signal (desktop/ui/change_bridge.py): changes waiting to be sent, bundles,
    # receipts, keys; refresh() reads the shown tab again.
    kinds_shown = RECORD_KINDS | {SYNC_STATE, SETTINGS}

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        ask: Ask | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self._ask = ask or Ask()
        self._titles: list[str] = []
        self.heading = heading()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.not_set_up = QLabel()
        self.not_set_up.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.not_set_up)
        layout.addWidget(self.tabs, 1)

        inst = services.setup.installation()
        role = inst.data.role if inst is not None else None
        self.not_set_up.setVisible(role is None)
        lang: Callable[[], str] = lambda: i18n.lang  # noqa: E731 - read at call time
        self.export_tab: SyncExportTab | None = None
        self.import_tab: SyncImportTab | None = None
        self.children_tab: SyncChildrenTab | None = None
        # The tabs, in order. A new tab is one more add_tab line here (or a call from outside).
        if sends(role):
            self.export_tab = SyncExportTab(services, lang, self._ask)
            self.add_tab(self.export_tab, QT_TRANSLATE_NOOP("SyncPage", "&Send data"))
        if receives(role):
            self.import_tab = SyncImportTab(services, lang, self._ask)
            self.add_tab(self.import_tab, QT_TRANSLATE_NOOP("SyncPage", "Recei&ve data"))
            self.children_tab = SyncChildrenTab(services, lang, self._ask)
            self.add_tab(self.children_tab, QT_TRANSLATE_NOOP("SyncPage", "&Units below"))
            self.add_tab(
                SyncBoardPage(services, i18n), QT_TRANSLATE_NOOP("SyncPage", "Reporting &board")
            )
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.retranslate()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Append a tab; ``title`` is an English source string of the ``SyncPage`` context
        (mark it with ``QT_TRANSLATE_NOOP("SyncPage", ...)``); it follows the language."""
        self._titles.append(title)
        return self.tabs.addTab(widget, translate("SyncPage", title))

    def reveal_unit_record(self, kind: str, unit: str, uuid: str) -> bool:
        """Under «Units below», one of a unit's records shown in the viewer (a search hit)."""
        if self.children_tab is None:
            return False
        self.tabs.setCurrentWidget(self.children_tab)
        return self.children_tab.reveal(kind, unit, uuid)

    def refresh(self) -> None:
        """Read the shown tab's figures again (only when visible: status can be slow)."""
        current = self.tabs.currentWidget()
        if current is self.export_tab and self.export_tab is not None:
            self.export_tab.refresh()
        elif current is self.children_tab and self.children_tab is not None:
            self.children_tab.reload()

    def wait(self, msecs: int = -1) -> bool:
        """Block until background work ends (closing the window, tests)."""
        ok = True
        for tab in (self.export_tab, self.import_tab):
            if tab is not None:
                ok = tab.job.wait(msecs) and ok
        return ok

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(translate("MainWindow", "Synchronisation"))
        self.not_set_up.setText(
            translate("SyncPage", "Set up the installation first (the first-run wizard).")
        )
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, translate("SyncPage", title))
        for tab in (self.export_tab, self.import_tab, self.children_tab):
            if tab is not None:
                tab.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
