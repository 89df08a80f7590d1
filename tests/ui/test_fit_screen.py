"""Every editing dialog fits a 1366×768 screen less a Windows task bar; long names wrap."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.ui.convention_view import ConventionView
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.dialogs.convention_event_dialog import ConventionEventDialog
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.feedback_dialog import FeedbackDialog
from desktop.ui.dialogs.guarded import GuardedDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import I18n
from desktop.ui.pages.disclosure_boards import BoardsPanel
from desktop.ui.pages.sync_common import Ask
from desktop.ui.pages.sync_import import SyncImportTab
from desktop.ui.widgets import wrap_lines

# 768 − 40 (task bar) − 31 (a dialog's title bar) − a little room to spare.
MAX_CLIENT = (1366 - 20, 768 - 40 - 31 - 20)


@pytest.fixture
def demo(ui_services: Services) -> Services:
    make_demo(ui_services)
    return ui_services


def _dialogs(s: Services, lang: Callable[[], str]) -> dict[str, Callable[[], QWidget]]:
    today = s.ctx.today()
    disclosure, convention = s.disclosures.list()[0], s.conventions.list()[0]
    return {
        "village": lambda: VillageDialog(s.villages, today, lang, s.villages.list()[0]),
        "meeting": lambda: MeetingDialog(s, today, lang, s.meetings.list()[0]),
        "new meeting": lambda: MeetingDialog(s, today, lang),
        "disclosure": lambda: DisclosureDialog(s, today, lang, disclosure),
        "new disclosure": lambda: DisclosureDialog(s, today, lang),
        "convention": lambda: ConventionDialog(s, lang, convention),
        "convention step": lambda: ConventionEventDialog(s, convention, lang),
        "feedback": lambda: FeedbackDialog(s.disclosures, disclosure, today, lang),
        "convention view": lambda: ConventionView(s, convention.uuid, lang),
    }


def test_every_dialog_fits_with_a_task_bar(qtbot: QtBot, demo: Services, i18n: I18n) -> None:
    too_big = {}
    untouched_but_changed: list[str] = []
    for name, make in _dialogs(demo, lambda: i18n.lang).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        if isinstance(dialog, GuardedDialog) and dialog.has_unsaved_changes():
            untouched_but_changed.append(name)  # closing it would ask for nothing
        size, least = dialog.size(), dialog.minimumSizeHint()
        if size.height() > MAX_CLIENT[1] or least.height() > MAX_CLIENT[1]:
            too_big[name] = (size.height(), least.height())
        if size.width() > MAX_CLIENT[0]:
            too_big[name] = (size.width(), least.width())
        dialog.close()
    assert not too_big  # on main: meeting 690, disclosure 700, convention 690 px tall
    assert not untouched_but_changed


def test_disclosure_item_name_and_board_titles_are_not_cut(
    qtbot: QtBot, demo: Services, i18n: I18n
) -> None:
    dialog = DisclosureDialog(demo, demo.ctx.today(), lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.details.set_category(7)
    name = dialog.details.category.currentText()
    assert "an sinh" in name and dialog.details.hint.text().startswith(name)  # wrapped in full
    view = dialog.details.category.view()
    assert view.minimumWidth() >= view.sizeHintForColumn(0)

    board = BoardsPanel(demo)
    qtbot.addWidget(board)
    board.refresh()
    heads = [board.table.horizontalHeaderItem(c).text() for c in range(board.table.columnCount())]
    long_title = next(h for h in heads if "Thủ tục hành chính" in h)
    assert long_title.count("\n") >= 2  # on main: "Thủ tục hành chính thuộ…" on one line


def test_wrap_lines_breaks_at_spaces_and_elides_only_the_last(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = widget.fontMetrics()
    text = "Danh sách hộ nghèo, hộ cận nghèo được hỗ trợ tiền điện quý IV năm 2026"
    width = metrics.horizontalAdvance("Danh sách hộ nghèo,")
    lines = wrap_lines(text, metrics, width, 3).split("\n")
    assert len(lines) == 3 and lines[0] == "Danh sách hộ nghèo,"
    assert all(metrics.horizontalAdvance(x) <= width for x in lines)
    assert lines[-1].endswith("…") and not lines[0].endswith("…")
    assert wrap_lines("Ngắn", metrics, width, 3) == "Ngắn"


def test_import_results_get_the_room(qtbot: QtBot, demo: Services, i18n: I18n) -> None:
    tab = SyncImportTab(demo, lambda: i18n.lang, Ask())
    qtbot.addWidget(tab)
    header = tab.tree.header()
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.Stretch


def test_every_editing_form_asks_before_discarding_typed_text(
    qtbot: QtBot, demo: Services, i18n: I18n
) -> None:
    not_asked = []
    for name, make in _dialogs(demo, lambda: i18n.lang).items():
        dialog = make()
        if not isinstance(dialog, GuardedDialog):
            continue  # a view, not a form
        qtbot.addWidget(dialog)
        dialog.show()
        asked: list[bool] = []
        dialog.confirm_discard = lambda _p, asked=asked: asked.append(True) or False
        field = next(
            w
            for w in dialog.findChildren(QLineEdit)
            if w.isVisible() and w.isEnabled() and not w.isReadOnly() and not _inner(w)
        )
        field.setText(field.text() + " thêm")
        dialog.reject()
        if not asked or not dialog.isVisible():
            not_asked.append(name)
        dialog.done(0)
    assert not not_asked


def _inner(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)
