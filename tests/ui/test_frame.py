"""The main window as a frame first: skeletons, figures read early, pages filled in later."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.core.installation import Installation
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from desktop.ui.main_window import (
    MEETINGS,
    OVERVIEW,
    REPORTS,
    SETTINGS,
    SYNC,
    VILLAGES,
    MainWindow,
)
from desktop.ui.pages.overview import OverviewFigures, overview_figures
from desktop.ui.pages.skeleton import SkeletonPage


def _skeletons(window: MainWindow) -> list[int]:
    stack = window.stack
    return [i for i in range(stack.count()) if isinstance(stack.widget(i), SkeletonPage)]


def test_frame_then_early_figures_then_pages(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation
) -> None:
    services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=124))
    window = MainWindow(None, i18n, title="Xã Tân Phú")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Sổ Dân Chủ — Xã Tân Phú"
    assert window.sidebar_texts()[0] == "Tổng quan"
    assert _skeletons(window) == list(range(1, 10))
    assert window.overview.values["villages"].text() == "…"
    assert not window.overview.has_figures()

    window.show_section(MEETINGS)  # a skeleton says it is loading; nothing breaks
    assert isinstance(window.stack.currentWidget(), SkeletonPage)
    assert window.stack.currentWidget().message.text() == "Đang tải…"
    window.new_record()  # Ctrl+N before the pages exist: ignored
    window.show_search()
    window.show_section(0)

    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show_early_figures(overview_figures(services))
    assert window.overview.values["villages"].text() == "1"
    window.overview.hide()
    window.overview.show()  # shown again before the store is open: the figures stay
    assert window.overview.values["villages"].text() == "1"

    window.show_section(MEETINGS)
    with qtbot.waitSignal(window.filled, timeout=30_000):
        window.attach(services, None, gradually=True)
        window.fill_pages()
    # The page shown while it was a skeleton is the real one now; Sync, Reports and
    # Settings wait for their first visit.
    assert window.current_section() == MEETINGS
    assert type(window.stack.currentWidget()).__name__ == "MeetingsPage"
    assert _skeletons(window) == [SYNC, REPORTS, SETTINGS]
    window.show_section(REPORTS)
    assert type(window.stack.currentWidget()).__name__ == "ReportsPage"
    assert _skeletons(window) == [SYNC, SETTINGS]

    # The pages follow the change signal: a village added, the overview counts it once shown.
    services.villages.add(VillageData(code="TAY", name="Thôn Tây", households_total=80))
    window.show_section(OVERVIEW)
    window.show()
    qtbot.waitUntil(lambda: window.overview.values["villages"].text() == "2")
    window.show_section(VILLAGES)
    assert type(window.stack.currentWidget()).__name__ == "VillagesPage"


def test_whole_window_at_once(
    qtbot: QtBot, i18n: I18n, services: Services, commune: object
) -> None:
    """With the services at hand (tests, after the wizard) every page is built at once."""
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    assert _skeletons(window) == []
    assert window.is_filled and window.overview.has_figures()
    figures = overview_figures(services)
    assert isinstance(figures, OverviewFigures) and figures.villages == 0


def test_window_deleted_while_its_pages_are_being_built(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation
) -> None:
    """Leaving the sample data (or closing) before every page was built: the window is
    deleted (run_window) while the page-building steps are queued; they must stop, not
    raise "Internal C++ object already deleted" into the crash dialog."""
    window = MainWindow(None, i18n, title="Xã Tân Phú")
    window.attach(services, None, gradually=True)
    window.fill_pages()  # the steps are queued, one per turn of the event loop
    assert not window.is_filled
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=5000)
    qtbot.wait(200)  # the queued steps run now, against the deleted window
