"""The Reports page: the figures on screen, the empty state, printing off the GUI thread."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from desktop.ui.main_window import REPORTS, MainWindow
from desktop.ui.pages.reports import ReportsPage
from tests.documents.pdftext import flat_text
from tests.services.test_sync_roundtrip import make_store  # noqa: F401  (a fixture)
from tests.ui.screenshots import save


def _records(services: Services) -> None:
    dong = services.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=212)
    ).uuid
    for on, votes in (("2026-03-10", 142), ("2026-05-04", 100)):
        services.meetings.add_json(
            {
                "village": dong,
                "title": f"Hội nghị ngày {on}",
                "meeting_type": "decision",
                "held_on": on,
                "households_present": 180,
                "items": [
                    {
                        "title": "Mức đóng góp làm đường",
                        "matter": "contribution",
                        "method": "show_of_hands",
                        "votes_for": votes,
                    }
                ],
            }
        )
    services.disclosures.add_json(
        {
            "category": 12,
            "title": "Mức thu phí vệ sinh năm 2026",
            "decided_on": "2026-04-02",
            "forms": ["notice_board"],
            "postings": [{"location": "Trụ sở UBND xã", "posted_on": "2026-04-06"}],
        }
    )


def _cells(page: ReportsPage, index: int) -> list[list[str]]:
    table = page.tables[index]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _page(qtbot: QtBot, services: Services, opened: list[Path]) -> ReportsPage:
    page = ReportsPage(services, lambda: "vi", opened.append)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.busy)
    return page


def test_figures_empty_state_and_print(
    qtbot: QtBot, commune_services: Services, i18n: I18n, tmp_path: Path
) -> None:
    _records(commune_services)
    opened: list[Path] = []
    page = _page(qtbot, commune_services, opened)
    assert page.period() == "2026" and page.print_button.text() == "&In báo cáo"
    assert page.stack.currentIndex() == 0
    items = _cells(page, 0)
    # Item 12 was not posted in Thôn Đông: a posting short of Law Art. 13.
    assert items[11][1:] == ["1", "0", "1"] and len(items) == 14
    decisions = _cells(page, 3)
    assert decisions[0][1:] == ["1", "1"]  # contributions: one passed, one failed
    assert _cells(page, 2)[0][1] == "2"  # two village meetings
    if os.environ.get("SODANCHU_SHOTS"):
        save(QApplication.instance(), page, Path(os.environ["SODANCHU_SHOTS"]) / "reports.png")  # type: ignore[arg-type]

    # The first quarter: one meeting, no disclosure.
    page.set_period(2026, "Q1")
    qtbot.waitUntil(lambda: page.figures is not None and not page.busy)
    assert page.period() == "2026Q1" and page.dates.text() == "01/01/2026 – 31/03/2026"
    assert _cells(page, 2)[0][1] == "1" and _cells(page, 0)[11][1] == "0"

    # A year with nothing recorded: the empty state says so.
    page.set_period(2025)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.empty and not page.busy)
    assert page.stack.currentIndex() == 1
    assert page.empty.text().startswith("Trong kỳ này chưa ghi nhận")

    # Print the first half off the GUI thread, then open it from the button.
    page.set_period(2026, "H1")
    qtbot.waitUntil(lambda: not page.busy)
    assert not page.open_button.isEnabled()
    assert page.print_report()
    assert not page.print_report()  # one report at a time
    qtbot.waitUntil(lambda: page.printed is not None and not page.busy, timeout=15000)
    assert page.printed == commune_services.ctx.paths.documents / "bao-cao-2026H1.pdf"
    assert page.state.text().startswith("Đã lưu: ")
    text = flat_text(page.printed.read_bytes())
    assert "Số: 01/BC-UBND" in text and "6 tháng đầu năm 2026" in text
    assert opened == []  # offered, not forced
    page.open_button.click()
    assert opened == [page.printed]


def test_reports_section_in_the_window(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = MainWindow(commune_services, i18n)
    qtbot.addWidget(window)
    window.show()
    window.show_section(REPORTS)
    assert window.stack.currentWidget() is window.reports
    qtbot.waitUntil(lambda: window.reports.figures is not None and not window.reports.busy)
    assert window.reports.heading.text() == "Báo cáo"
    assert window.reports.stack.currentIndex() == 1  # nothing recorded yet
    window.reports.wait()


def test_sections_chosen_for_print(qtbot: QtBot, commune_services: Services, i18n: I18n) -> None:
    page = _page(qtbot, commune_services, [])
    boxes = page.section_boxes
    assert all(box.isChecked() for box in boxes.values())
    assert boxes["feedback"].text() == "Ý kiến của Nhân dân"
    boxes["disclosure_forms"].setChecked(False)
    assert "disclosure_forms" not in commune_services.reports.sections()
    for key in ("disclosures", "meetings", "decisions", "conventions"):
        boxes[key].setChecked(False)
    for key in ("reception", "letters", "cases", "civic"):
        assert boxes[key].isChecked()  # the §4.10 sections (issues 15, 16)
        boxes[key].setChecked(False)
    assert commune_services.reports.sections() == ("feedback",)
    boxes["feedback"].setChecked(False)  # the last one stays: a report needs a section
    assert boxes["feedback"].isChecked()
    assert commune_services.reports.sections() == ("feedback",)
    again = ReportsPage(commune_services, lambda: "vi", lambda _p: None)
    qtbot.addWidget(again)
    assert [k for k, b in again.section_boxes.items() if b.isChecked()] == ["feedback"]


def test_citizen_and_civic_figures_on_the_page(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    from tests.services.province_world import fill_citizen_civic

    fill_citizen_civic(commune_services, 1)
    page = _page(qtbot, commune_services, [])
    reception = _cells(page, 7)
    assert ["Số lượt tiếp", "4"] in reception and ["Số vụ việc", "2"] in reception
    cases = _cells(page, 9)
    assert ["Tỷ lệ giải quyết (đã giải quyết / thuộc thẩm quyền)", "33,33%"] in cases
    civic = _cells(page, 10)
    assert ["Số ý kiến nhận được", "41"] in civic


def test_the_receiving_level_shows_its_units_report(
    qtbot: QtBot,
    make_store: Callable[[str], Services],  # noqa: F811
    i18n: I18n,
    tmp_path: Path,
) -> None:
    from tests.services.province_world import COMMUNES, make_commune, send_up
    from tests.services.test_sync_roundtrip import UPPER

    upper = make_store("upper")
    upper.setup.initialize(UPPER)
    page = _page(qtbot, upper, [])
    assert page.stack.currentIndex() == 1  # no unit yet: the first step said
    assert "nhập các gói dữ liệu" in page.empty.text()
    communes = []
    for code, name, seed in COMMUNES:
        s = make_store(code)
        make_commune(s, code, name, seed)
        communes.append(s)
    send_up(communes, upper, tmp_path)
    page.invalidate()
    qtbot.waitUntil(lambda: bool(page.province and page.province.units) and not page.busy)
    assert page.stack.currentIndex() == 0
    rows = [[page.units.item(r, c).text() for c in range(2)] for r in range(page.units.rowCount())]
    total = sum(
        sum(d.disclosed for d in s.reports.figures("2026").disclosures.values()) for s in communes
    )
    assert rows[0][0] == "Xã Tân Phú (25222)" and rows[-1] == ["Tổng", str(total)]
    assert page.state.text() == "Cả 2 đơn vị đã gửi dữ liệu cho kỳ báo cáo."
    if os.environ.get("SODANCHU_SHOTS"):
        page.resize(1366, 768)
        shot = Path(os.environ["SODANCHU_SHOTS"]) / "reports-receiving.png"
        save(QApplication.instance(), page, shot)  # type: ignore[arg-type]
    assert page.export_excel()
    qtbot.waitUntil(lambda: page.saved is not None and not page.busy, timeout=15000)
    assert page.saved == upper.ctx.paths.documents / "bao-cao-tong-hop-2026.xlsx"
    assert page.print_report()
    qtbot.waitUntil(lambda: page.printed is not None and not page.busy, timeout=15000)
    assert "Tổng hợp kết quả" in flat_text(page.printed.read_bytes())
