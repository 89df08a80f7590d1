"""The reporting board page: empty state, the table with silent units coloured, the
silent-days setting, and the Excel / PDF exports written off the GUI thread."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.sync_board_export import BOARD_SHEET
from desktop.ui.i18n import I18n
from desktop.ui.pages.sync_board import SyncBoardPage
from desktop.ui.pages.sync_board_model import AMBER, DAYS, RED
from tests.conftest import FIXED_NOW, Clock
from tests.documents.pdftext import flat_text
from tests.services.test_sync_board import UPPER, World, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = build_world(tmp_path_factory.mktemp("board-ui"))
    world.upper.close()
    yield world


@pytest.fixture
def province(world: World, tmp_path: Path) -> Iterator[Services]:
    """A copy of the province's store, 50 days after the communes' bundles were made."""
    shutil.copytree(world.root / "upper", tmp_path / "upper")
    clock = Clock(FIXED_NOW + timedelta(days=50))
    services = build_services(open_store(tmp_path / "upper", clock=clock))
    yield services
    services.close()


class Files:
    """Answers the save dialog with fixed paths and records what was opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[tuple[str, Path]] = []
        self.opened: list[Path] = []

    def save(self, _parent: QWidget, title: str, start: Path, _filters: str) -> Path | None:
        self.asked.append((title, start))
        return self.folder / f"bang-{len(self.asked)}"  # no suffix: the page adds it

    def open(self, path: Path) -> None:
        self.opened.append(path)


def _page(qtbot: QtBot, services: Services, i18n: I18n, files: Files) -> SyncBoardPage:
    page = SyncBoardPage(services, i18n, save_file=files.save, open_file=files.open)
    qtbot.addWidget(page)
    page.resize(1140, 600)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    return page


def test_empty_state_hints_at_registering(
    qtbot: QtBot, ui_services: Services, i18n: I18n, tmp_path: Path
) -> None:
    ui_services.setup.initialize(UPPER)
    page = _page(qtbot, ui_services, i18n, Files(tmp_path))
    assert page.stack.currentIndex() == 1
    assert "Chưa có đơn vị cấp dưới nào gửi dữ liệu" in page.empty.text()
    assert "đăng ký" in page.empty.text()
    assert not page.totals.isVisible()
    page.wait()


def test_rows_colours_totals_and_setting(
    qtbot: QtBot, province: Services, i18n: I18n, tmp_path: Path
) -> None:
    page = _page(qtbot, province, i18n, Files(tmp_path))
    model = page.model
    assert page.stack.currentIndex() == 0
    assert model.rowCount() == 3
    texts = [[model.index(r, c).data() for c in range(7)] for r in range(3)]
    # The units by name, in Vietnamese alphabetical order (issue 14: the list of units).
    assert [t[0] for t in texts] == [
        "Xã Bình Minh (25223)",
        "Xã Hòa An (25224)",
        "Xã Tân Phú (25222)",
    ]
    tan_phu, hoa_an = 2, 1
    assert texts[tan_phu][:3] == ["Xã Tân Phú (25222)", "3", "23/11/2026"]
    assert texts[tan_phu][4:] == ["2", "2", "50"]
    assert texts[hoa_an][DAYS] == "chưa gửi"
    assert model.headerData(DAYS, Qt.Orientation.Horizontal) == "Số ngày chưa gửi"
    assert [model.index(tan_phu, c).data() for c in range(7, 18)] == [
        "3",
        "2",
        "1",
        "3",
        "1",  # late: the demo's 2027 budget estimate, overdue and never posted
        "1",
        "1",
        "0",
        "0",
        "0",
        "0",
    ]

    def background(row: int) -> object:
        brush = model.index(row, DAYS).data(Qt.ItemDataRole.BackgroundRole)
        return None if brush is None else brush.color()

    # 50 days > 45: amber; never sent: red.
    assert background(tan_phu) == AMBER[0] and background(hoa_an) == RED[0]
    assert (
        "Tổng cộng" in page.totals.text()
        and "3 đơn vị (3 đơn vị quá hạn chưa gửi dữ liệu)" in page.totals.text()
    )

    page.days.setValue(60)  # saved once typing stops, then read again
    qtbot.waitUntil(lambda: page.board is not None and page.board.silent_days == 60)
    assert province.sync_board.silent_days() == 60
    assert background(tan_phu) is None and background(hoa_an) == RED[0]
    page.days.setValue(20)  # 50 > 2 × 20: red
    qtbot.waitUntil(lambda: page.board is not None and page.board.silent_days == 20)
    assert background(tan_phu) == RED[0]
    page.wait()


def test_exports_excel_and_pdf_off_the_gui_thread(
    qtbot: QtBot, province: Services, i18n: I18n, tmp_path: Path
) -> None:
    files = Files(tmp_path)
    page = _page(qtbot, province, i18n, files)
    assert page.export("xlsx")
    qtbot.waitUntil(lambda: len(files.opened) == 1)
    assert files.opened[0] == tmp_path / "bang-1.xlsx"
    assert files.asked[0][0] == "Xuất Excel"
    assert files.asked[0][1].name == "bang-theo-doi-2027-01-12.xlsx"
    wb = load_workbook(files.opened[0])
    assert wb[BOARD_SHEET]["A2"].value == "25222"
    assert page.export("pdf")
    qtbot.waitUntil(lambda: len(files.opened) == 2)
    assert "Xã Hòa An (25224)" in flat_text(files.opened[1].read_bytes())
    assert str(files.opened[1]) in page.status.text()
    assert page.xlsx_button.isEnabled() and page.pdf_button.isEnabled()
    page.wait()


def test_a_tab_of_the_synchronisation_page_at_the_receiving_level(
    qtbot: QtBot, province: Services, i18n: I18n
) -> None:
    sync = pytest.importorskip("desktop.ui.pages.sync")  # built beside this page
    page = sync.SyncPage(province, i18n)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[-1] == "&Bảng theo dõi"
    board = page.tabs.widget(page.tabs.count() - 1)
    assert isinstance(board, SyncBoardPage)
    page.show()
    page.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: board.board is not None and len(board.board.rows) == 3)
    board.wait()
    page.wait()
