"""Issue 16 in the window: the four kinds listed as tabs of one section, worded in the
window's language; a search hit opens its tab with the record selected."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.specs.dialogue import DIALOGUE
from desktop.services.container import Services
from desktop.services.registry import BINDINGS, Binding, Kinds
from desktop.ui.i18n import I18n
from desktop.ui.main_window import CIVIC, MainWindow
from desktop.ui.pages.citizen import CitizenPage
from desktop.ui.pages.civic import CivicPage


def _fill(services: Services) -> dict[str, str]:
    consultation = services.consultations.add_json(
        {
            "title": "Lấy ý kiến về quy hoạch sử dụng đất",
            "topic": "2",
            "consultation_forms": ["b", "c"],
            "published_on": "2026-11-02",
            "closes_on": "2026-11-22",
            "opinions": [{"channel": "b", "count": 120}],
        }
    )
    board = services.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd"})
    return {"consultation": consultation.uuid, "board": board.uuid}


def test_the_four_kinds_as_tabs_worded_and_found(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    made = _fill(commune_services)
    window = MainWindow(commune_services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: hasattr(window, "civic"))
    page = window.civic
    assert isinstance(page, CivicPage)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == [
        "Lấy ý kiến Nhân dân",
        "Đối thoại với Nhân dân",
        "Ban TTND, Ban GSĐTCĐ",
        "Kiểm tra, giám sát",
    ]
    consultations = page.pages["consultation"].model
    assert consultations.rowCount() == 1
    row = [
        consultations.data(consultations.index(0, c)) for c in range(consultations.columnCount())
    ]
    assert row[0] == "Lấy ý kiến về quy hoạch sử dụng đất"
    assert "Quy hoạch, kế hoạch sử dụng đất" in row and "120" in row
    assert page.pages["dialogue"].empty_text() == (
        "Chưa có hội nghị đối thoại nào.\nBấm «Thêm» (Ctrl+N) để nhập bản ghi đầu tiên."
    )
    # A search hit of a civic kind: its section and tab, its row selected.
    assert window.open_record("board", made["board"])
    assert window.current_section() == CIVIC
    assert page.tabs.currentWidget() is page.pages["board"]
    assert page.pages["board"].current_id() == made["board"]
    # A new record shows up through the change signal.
    commune_services.dialogues.add_json(
        {"title": "Đối thoại 2026", "dialogue_kind": "ubnd_residents", "held_on": "2026-06-10"}
    )
    qtbot.waitUntil(lambda: page.pages["dialogue"].model.rowCount() == 1)
    dialogues = page.pages["dialogue"].model
    cells = [
        dialogues.data(dialogues.index(0, c), Qt.ItemDataRole.DisplayRole)
        for c in range(dialogues.columnCount())
    ]
    assert "Đối thoại 2026" in cells and "10/06/2026" in cells


def test_a_kind_declared_in_a_section_gets_its_tab_with_no_list_edited(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    """The section pages take their tabs from the declarations (``KindSpec.section``): a
    kind registered with section "civic" is a tab of the civic page, after the others, and
    not of the citizen page — its binding is the only line added."""
    hearing = replace(DIALOGUE, name="hearing", plural="kind.hearing.plural")
    kinds = Kinds(commune_services, (*BINDINGS, Binding(hearing, lambda s: s.dialogues)))
    commune_services.__dict__["kinds"] = kinds  # the cached property, rebound for this test
    assert kinds.registry.in_section("civic")[-1] == "hearing"
    civic = CivicPage(commune_services, i18n)
    citizen = CitizenPage(commune_services, i18n)
    qtbot.addWidget(civic)
    qtbot.addWidget(citizen)
    assert civic.tabs.count() == 5 and civic.tabs.tabText(4) == "kind.hearing.plural"
    assert civic.page_of("hearing").spec is hearing
    assert "hearing" in civic.kinds_shown and "hearing" not in citizen.pages
    assert [citizen.tabs.tabText(i) for i in range(citizen.tabs.count())] == [
        "Tiếp công dân",
        "Sổ theo dõi đơn",
        "Giải quyết khiếu nại, tố cáo",
    ]
