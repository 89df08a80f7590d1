"""The lazy list: ids up front, records fetched a page at a time when shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.villages import Village, VillageData
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from desktop.ui.lazy_model import Column, LazyTableModel, SortSpec
from desktop.ui.pages.villages import VillagesPage


def _add_villages(services: Services, n: int) -> None:
    for i in range(n):
        services.villages.add(
            VillageData(code=f"V{i:03d}", name=f"Thôn số {i}", households_total=100 + i)
        )


def test_only_visible_pages_are_fetched(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    _add_villages(commune_services, 300)
    fetched: list[int] = []
    real_fetch = commune_services.villages.fetch

    def counting_fetch(uuids: Sequence[str]) -> list[Village]:
        fetched.append(len(uuids))
        return real_fetch(uuids)

    commune_services.villages.fetch = counting_fetch  # type: ignore[method-assign]
    page = VillagesPage(commune_services, i18n)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: len(fetched) > 0)

    model = page.model
    assert model.rowCount() == 300  # every id is known ...
    assert fetched == [100]  # ... but only the first page of records was read
    assert model.cached_rows() == 100

    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: len(fetched) == 2)
    assert fetched == [100, 100]  # the last page, rows 200-299; the middle one never
    assert model.index(299, 0).data() == "V299"
    assert len(fetched) == 2


def test_sort_and_refresh_clear_the_cache(qtbot: QtBot) -> None:
    """The model works over any id source: here a plain dict, counting fetches."""
    records = {f"id{i}": (f"id{i}", i) for i in range(250)}
    asked: list[SortSpec] = []
    fetches: list[Sequence[str]] = []

    def ids(sort: SortSpec) -> list[str]:
        asked.append(sort)
        keys = sorted(records, key=lambda k: records[k][1], reverse=sort.descending)
        return keys

    def fetch(uuids: Sequence[str]) -> list[tuple[str, int]]:
        fetches.append(uuids)
        return [records[u] for u in uuids if u in records]

    columns = (
        Column[tuple[str, int]]("Test", "Id", lambda r: r[0], "id"),
        Column[tuple[str, int]]("Test", "Value", lambda r: str(r[1]), "value"),
        Column[tuple[str, int]]("Test", "Not sortable", lambda r: "-"),
    )
    model = LazyTableModel(
        columns, ids, fetch, lambda r: r[0], sort=SortSpec("value"), page_size=50, max_pages=2
    )
    model.refresh()
    assert model.rowCount() == 250 and fetches == []
    assert model.index(120, 1).data() == "120"
    assert [len(f) for f in fetches] == [50]  # rows 100-149 only
    model.index(130, 1).data()
    assert len(fetches) == 1  # same page: from the cache

    model.index(0, 0).data()
    model.index(249, 0).data()  # a third page: the oldest one (100-149) is dropped
    assert model.cached_rows() == 100
    model.index(120, 0).data()
    assert len(fetches) == 4

    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert asked[-1] == SortSpec("value", descending=True)
    assert model.cached_rows() == 0
    assert model.index(0, 1).data() == "249"
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert asked[-1] == SortSpec("value", descending=True)

    del records["id249"]
    model.refresh()
    assert model.rowCount() == 249
    assert model.row_of("id248") == 0 and model.id_at(0) == "id248"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Id"


def test_vanished_record_shows_empty_row() -> None:
    def ids(sort: SortSpec) -> list[str]:
        return ["a", "b"]

    def fetch(uuids: Sequence[str]) -> list[str]:
        return [u for u in uuids if u == "a"]

    model = LazyTableModel([Column[str]("T", "X", str)], ids, fetch, str, sort=SortSpec("x"))
    model.refresh()
    assert model.index(0, 0).data() == "a"
    assert model.index(1, 0).data() is None
    assert model.fetches == 1  # not fetched again for the missing one
