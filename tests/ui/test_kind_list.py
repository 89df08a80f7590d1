"""The list page of any declared kind: its columns, search, empty state, Enter opens it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.core.field_labels import field_label
from desktop.core.kinds import Record
from desktop.services.container import Services
from desktop.services.registry import KINDS
from desktop.ui.i18n import I18n
from desktop.ui.lazy_model import SortSpec
from desktop.ui.pages.kind_list import KindListPage
from desktop.ui.record_view import RecordDialog
from tests.ui.test_record_view import CHILD, ISO, UUID, _names, received

__all__ = ["received"]  # the module fixture, shared


class ListSource:
    """Records in memory, searched by title and ordered by a column's raw value."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = {str(r["uuid"]): r for r in records}
        self.asked: list[tuple[str, SortSpec]] = []

    def ids(self, search: str, sort: SortSpec) -> list[str]:
        self.asked.append((search, sort))
        found = [
            r
            for r in self.records.values()
            if search.casefold() in str(r.get("title", "") or r.get("name", "")).casefold()
        ]
        found.sort(key=lambda r: str(r.get(sort.key) or ""), reverse=sort.descending)
        return [str(r["uuid"]) for r in found]

    def fetch(self, uuids: Sequence[str]) -> list[Record]:
        return [self.records[u] for u in uuids if u in self.records]


@pytest.mark.parametrize("kind", ["village", "meeting", "convention", "disclosure"])
def test_any_kind_is_listed_from_its_declaration(
    qtbot: QtBot, i18n: I18n, received: Services, kind: str
) -> None:
    spec = KINDS.get(kind)
    records = received.sync_import.child_records(CHILD, kind)
    source = ListSource(records)
    page = KindListPage(received, i18n, spec, source, resolve=_names(received))
    qtbot.addWidget(page)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [field_label(c.label_code, "vi") for c in spec.columns]
    assert model.rowCount() == len(records)
    assert page.count.text() == f"Hiện {len(records)} bản ghi"
    cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(len(headers))]
    assert not any(ISO.search(t) or UUID.search(t) for t in cells)
    assert not page.add_button.isVisible()
    if spec.day_field:  # newest first by the kind's day
        assert source.asked[-1][1] == SortSpec(spec.day_field, descending=True)
    i18n.apply("en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == field_label(
        spec.columns[0].label_code, "en"
    )
    i18n.apply("vi")


def test_search_empty_state_and_enter_opens_the_viewer(
    qtbot: QtBot, i18n: I18n, received: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = KINDS.get("meeting")
    records = received.sync_import.child_records(CHILD, "meeting")
    page = KindListPage(received, i18n, spec, ListSource(records), resolve=_names(received))
    qtbot.addWidget(page)
    page.show()
    assert page.heading.text() == "Hội nghị, biểu quyết"
    outcome = [c.key for c in spec.columns].index("outcome")
    assert {page.model.index(r, outcome).data() for r in range(3)} <= {"Đạt", "Không đạt"}
    village = [c.key for c in spec.columns].index("village_name")
    assert all(re.match("Thôn", page.model.index(r, village).data()) for r in range(3))

    shown: list[RecordDialog] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda self: shown.append(self) or 0)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    [dialog] = shown
    assert dialog.windowTitle() == page.current_record()["title"]  # type: ignore[index]
    assert page.open_action.shortcut() == QKeySequence(Qt.Key.Key_F2)
    page.open_action.trigger()  # F2 opens it too
    assert len(shown) == 2

    page.search.setText("không có hội nghị này")
    page.filter_now()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Không có bản ghi nào khớp với bộ lọc."
    page.search.clear()
    page.filter_now()
    empty = KindListPage(received, i18n, spec, ListSource([]))
    qtbot.addWidget(empty)
    assert empty.empty.text() == "Chưa có hội nghị nào"
