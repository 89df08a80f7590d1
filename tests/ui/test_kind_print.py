"""«In giấy tờ…» on a kind's list (pytest-qt): the menu lists the documents the kind
declares, worded in the window's language; a record's document prints the selected record,
a period's asks for the period, a visit's for the visit; a refusal shows on the status line."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.print_catalog import printable_for
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from desktop.ui.pages.kind_list import KindListPage
from desktop.ui.pages.kind_tabs import ServiceSource
from tests.documents.civic_samples import DENOUNCER, make_samples
from tests.documents.pdftext import flat_text


def _page(qtbot: QtBot, services: Services, i18n: I18n, kind: str) -> KindListPage:
    page = KindListPage(services, i18n, services.kinds.spec(kind), ServiceSource(services, kind))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_the_menu_prints_the_selected_records_documents(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    x = make_samples(commune_services)
    page = _page(qtbot, commune_services, i18n, "dialogue")
    button = page.print_button
    assert button.isVisible() and button.text() == "&In giấy tờ…"
    assert [a.text() for a in button.menu_.actions()] == ["Biên bản hội nghị đối thoại"]
    opened: list[Path] = []
    button.open_file = opened.append
    assert page.select(x.dialogue)
    [action] = button.menu_.actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert "BIÊN BẢN" in flat_text(opened[0].read_bytes())
    assert str(opened[0]) in page.status.text()


def test_a_period_document_asks_for_the_period_and_a_visit_for_the_visit(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    x = make_samples(commune_services)
    page = _page(qtbot, commune_services, i18n, "reception")
    button = page.print_button
    names = [d.name for d in printable_for("reception")]
    texts = [a.text() for a in button.menu_.actions()]
    assert texts == [d.label("vi") for d in printable_for("reception")]
    assert texts[0] == "Sổ tiếp công dân (theo kỳ)"
    asked: list[list[str]] = []
    button.ask_period = lambda _parent, choices: asked.append(choices) or "2026Q1"
    button.ask_visit = lambda _parent, count: 2 if count == 3 else None
    opened: list[Path] = []
    button.open_file = opened.append
    button.menu_.actions()[names.index("reception-book")].trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert asked and "2026Q1" in asked[0]
    book = flat_text(opened[0].read_bytes())
    assert "SỔ TIẾP CÔNG DÂN" in book and DENOUNCER not in book
    assert page.select(x.reception)
    button.menu_.actions()[names.index("reception-receipt")].trigger()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    receipt = flat_text(opened[1].read_bytes())
    assert "GIẤY BIÊN NHẬN" in receipt and "Tố cáo cán bộ địa chính" in receipt
    assert DENOUNCER not in receipt
    # Visit 2 was not refused: the refusal notice is refused, worded on the status line.
    button.menu_.actions()[names.index("reception-refusal")].trigger()
    qtbot.waitUntil(lambda: "không in" in page.status.text(), timeout=10000)
    assert len(opened) == 2


def test_a_kind_without_documents_shows_no_button(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    make_samples(commune_services)
    page = _page(qtbot, commune_services, i18n, "board")
    assert not page.print_button.isVisible()


def test_the_menu_is_worded_in_english_too(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    make_samples(commune_services)
    page = _page(qtbot, commune_services, i18n, "oversight")
    i18n.apply("en")
    page.retranslate()
    assert page.print_button.text() == "&Print documents…"
    assert [a.text() for a in page.print_button.menu_.actions()] == [
        "Board's plan",
        "Board's recommendation",
        "Board's report",
    ]


def test_only_the_documents_a_case_can_print_are_offered(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    """A case's decisions need their step: an accepted complaint offers its acceptance
    notice, not the decision; a decided one offers its dialogue minutes and decision, no
    denunciation's documents; nothing selected offers nothing (greyed, not hidden)."""
    x = make_samples(commune_services)
    page = _page(qtbot, commune_services, i18n, "case")
    button = page.print_button

    def offered() -> set[str]:
        button.menu_.aboutToShow.emit()
        return {name for name, a in button.actions_.items() if a.isEnabled()}

    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(-1, 0))
    assert offered() == set()
    assert page.select(x.case)
    assert offered() == {"case-acceptance"}
    assert page.select(x.decided_case)
    assert offered() == {"case-acceptance", "case-dialogue", "case-decision"}
    assert page.select(x.concluded_case)
    assert offered() == {
        "case-acceptance",
        "case-acceptance-decision",
        "case-extension",
        "case-suspension",
        "case-conclusion",
    }
    assert len(button.menu_.actions()) == len(printable_for("case"))  # greyed, still listed
