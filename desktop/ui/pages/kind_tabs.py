"""A section of the window that lists several declared kinds, a tab per kind, each the
generic :class:`KindListPage` with the generic entry forms (issues 15 and 16): the citizen
section (receptions, letters, cases) and the civic one (consultations, dialogues, boards,
oversight) are this one page over the kinds whose declaration names the section
(``KindSpec.section``), in the registry's order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.kinds import Record
from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.ui.i18n import I18n, is_language_change
from desktop.ui.lazy_model import SortSpec
from desktop.ui.pages.kind_list import KindListPage


class ServiceSource:
    """A kind's records read through its service (ids in SQL, a page of JSON)."""

    def __init__(self, services: Services, kind: str) -> None:
        self.service = services.kinds.service(kind)
        self.spec = services.kinds.spec(kind)

    def ids(self, search: str, sort: SortSpec) -> list[str]:
        order = {self.spec.day_field: "day", "title": "title"}.get(sort.key, "day")
        computed = any(c.computed and c.key == sort.key for c in self.spec.columns)
        query = self.service.query(
            search=search, order_by=order, descending=False if computed else sort.descending
        )
        if computed:  # a day the rules compute today (ColumnSpec.computed): no SQL holds it
            return self.service.ids_by(query, sort.key, descending=sort.descending)
        return self.service.ids(query)

    def fetch(self, uuids: Sequence[str]) -> Sequence[Record]:
        return [self.service.to_json(s) for s in self.service.fetch(uuids)]


class KindTabsPage(QWidget):
    """The lists of the kinds of ``section`` (``KindSpec.section``) as tabs; follows the
    change signal for them. ``editable``: an installation that keeps them enters them here
    (Add, Edit, Next step, View)."""

    section: str = ""

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        *,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._i18n = i18n
        self.kinds: tuple[str, ...] = services.kinds.registry.in_section(self.section)
        self.kinds_shown: frozenset[str] = frozenset(self.kinds)
        self.tabs = QTabWidget()
        self.pages: dict[str, KindListPage] = {}
        titles: dict[str, str] = {}
        self._titles = titles

        def title_of(kind: str, uuid: str) -> str:
            if not uuid or kind not in services.kinds:
                return uuid
            if uuid not in titles:
                spec = services.kinds.spec(kind)
                found = services.kinds.service(kind).fetch([uuid])
                record: dict[str, Any] = (
                    services.kinds.service(kind).to_json(found[0]) if found else {}
                )
                titles[uuid] = str(record.get(spec.title_field) or uuid)
            return titles[uuid]

        for kind in self.kinds:
            page = KindListPage(
                services,
                i18n,
                services.kinds.spec(kind),
                ServiceSource(services, kind),
                resolve=title_of,
                editable=editable,
            )
            self.pages[kind] = page
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def page_of(self, kind: str) -> KindListPage:
        """The tab of ``kind``, brought in front."""
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        return page

    def current_page(self) -> KindListPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, KindListPage)
        return page

    def add(self) -> object:
        """Ctrl+N: a new record of the tab shown."""
        return self.current_page().add()

    def refresh(self) -> None:
        self._titles.clear()  # a record renamed is named anew
        for page in self.pages.values():
            page.refresh()

    def focus_filter(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, KindListPage):
            page.focus_filter()

    def retranslate(self) -> None:
        for i, kind in enumerate(self.kinds):
            spec = self.pages[kind].spec
            self.tabs.setTabText(i, kind_words(spec.plural, self._i18n.lang))

    def changeEvent(self, event: Any) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
