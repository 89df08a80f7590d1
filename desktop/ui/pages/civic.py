"""Consultations, dialogues, the two oversight boards and their work (issue 16): one section
of the window, a tab per kind, each the generic :class:`KindListPage` (read-only; the entry
forms come later — ``sodanchu add|update|event`` enters them meanwhile)."""

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

CIVIC_KINDS = ("consultation", "dialogue", "board", "oversight")


class ServiceSource:
    """A kind's records read through its service (ids in SQL, a page of JSON)."""

    def __init__(self, services: Services, kind: str) -> None:
        self.service = services.kinds.service(kind)
        self.spec = services.kinds.spec(kind)

    def ids(self, search: str, sort: SortSpec) -> list[str]:
        order = {self.spec.day_field: "day", "title": "title"}.get(sort.key, "day")
        query = self.service.query(search=search, order_by=order, descending=sort.descending)
        return self.service.ids(query)

    def fetch(self, uuids: Sequence[str]) -> Sequence[Record]:
        return [self.service.to_json(s) for s in self.service.fetch(uuids)]


class CivicPage(QWidget):
    """The four lists as tabs; follows the change signal for the four kinds."""

    kinds_shown = frozenset(CIVIC_KINDS)

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._i18n = i18n
        self.tabs = QTabWidget()
        self.pages: dict[str, KindListPage] = {}
        titles: dict[str, str] = {}

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

        for kind in CIVIC_KINDS:
            page = KindListPage(
                services,
                i18n,
                services.kinds.spec(kind),
                ServiceSource(services, kind),
                resolve=title_of,
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

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()

    def focus_filter(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, KindListPage):
            page.focus_filter()

    def retranslate(self) -> None:
        for i, kind in enumerate(CIVIC_KINDS):
            spec = self.pages[kind].spec
            self.tabs.setTabText(i, kind_words(spec.plural, self._i18n.lang))

    def changeEvent(self, event: Any) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
