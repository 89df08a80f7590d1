"""The village list and its dialogs, driven as the officer would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services
from desktop.storage.villages import VillageQuery
from desktop.ui.dialogs.retire_dialog import RetireDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import I18n
from desktop.ui.pages.villages import VillagesPage

TODAY = date(2026, 11, 23)  # tests.conftest.FIXED_NOW in Vietnam


@pytest.fixture
def page(qtbot: QtBot, commune_services: Services, i18n: I18n) -> VillagesPage:
    p = VillagesPage(commune_services, i18n)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    return p


def _in_modal(qtbot: QtBot, act: Callable[[VillageDialog], None]) -> list[BaseException]:
    """Run ``act`` on the dialog the page is about to open modally."""
    errors: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VillageDialog):
            QTimer.singleShot(10, step)
            return
        try:
            act(dialog)
        except BaseException as exc:  # surfaced by the test after exec() returns
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    return errors


def _click_save(qtbot: QtBot, dialog: VillageDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "Lưu"  # Qt's own button text, from sodanchu_vi
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_state_invites_to_add(page: VillagesPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Chưa có thôn/tổ dân phố nào — bấm «Thêm» để thêm."


def test_add_village_through_the_dialog(
    qtbot: QtBot, page: VillagesPage, commune_services: Services
) -> None:
    def fill(dialog: VillageDialog) -> None:
        dialog.code.setText("dong")
        dialog.name.setText("Thôn Đông")
        dialog.village_type.setCurrentIndex(dialog.village_type.findData("thon"))
        dialog.head_name.setText("Trần Văn Hùng")
        dialog.households.setValue(182)
        dialog.counted_on.setDate(QDate(2026, 1, 1))
        _click_save(qtbot, dialog)

    errors = _in_modal(qtbot, fill)
    with qtbot.waitSignal(page.changed):
        saved = page.add_village()
    assert not errors
    assert saved is not None and saved.data.code == "DONG"

    model = page.model
    assert model.rowCount() == 1
    assert page.stack.currentWidget() is page.view
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "DONG",
        "Thôn Đông",
        "Thôn",
        "Trần Văn Hùng",
        "182",
        "01/01/2026",
        "Đang hoạt động",
    ]
    assert page.current_id() == saved.uuid  # the new village is selected
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Mã",
        "Tên",
        "Loại",
    ]


def test_bad_village_is_refused_in_the_dialog(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    dialog = VillageDialog(commune_services.villages, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("TAY")
    dialog.name.setText("   ")
    dialog.households.setValue(0)
    _click_save(qtbot, dialog)

    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error_text("name") == format_field_error(FieldError("name", "required"), "vi")
    assert dialog.error_text("name") == "Tên: bắt buộc phải nhập"
    assert dialog.error_text("households_total") == "Tổng số hộ: phải từ 1 trở lên"
    assert dialog.error_text("code") == ""
    assert commune_services.villages.count() == 0  # nothing saved

    dialog.name.setText("Thôn Tây")
    dialog.households.setValue(120)
    _click_save(qtbot, dialog)
    assert dialog.saved is not None
    assert commune_services.villages.count() == 1


def test_future_count_date_and_duplicate_code(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    commune_services.villages.add(VillageData(code="NAM", name="Thôn Nam", households_total=90))
    dialog = VillageDialog(commune_services.villages, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.code.setText("nam")
    dialog.name.setText("Thôn Nam 2")
    dialog.households.setValue(50)
    dialog.counted_on.setDate(QDate(2027, 1, 1))
    dialog.save()
    assert dialog.error_text("code") == "Mã: «NAM» đã được dùng cho bản ghi khác"
    assert "tương lai" in dialog.error_text("households_as_of")
    assert commune_services.villages.count() == 1


def test_edit_shows_history_and_keeps_selection(
    qtbot: QtBot, page: VillagesPage, commune_services: Services
) -> None:
    for code in ("A1", "B2", "C3"):
        commune_services.villages.add(
            VillageData(
                code=code,
                name=f"Thôn {code}",
                households_total=100,
                households_as_of=date(2025, 1, 1),
            )
        )
    page.reload()
    b2 = commune_services.villages.find("B2")
    assert page.select(b2.uuid)

    def change(dialog: VillageDialog) -> None:
        assert dialog.windowTitle() == "Sửa thông tin thôn/tổ dân phố"
        assert dialog.code.text() == "B2"
        dialog.households.setValue(130)
        dialog.counted_on.setDate(QDate(2026, 6, 1))
        _click_save(qtbot, dialog)

    errors = _in_modal(qtbot, change)
    saved = page.edit_current()
    assert not errors and saved is not None
    assert page.current_id() == b2.uuid
    assert page.model.index(page.model.row_of(b2.uuid), 4).data() == "130"

    # The next edit shows both countings, newest first.
    seen: list[list[str]] = []

    def look(dialog: VillageDialog) -> None:
        history = dialog.findChild(QTableWidget, "history")
        assert history is not None
        seen.extend(
            [history.item(r, 0).text(), history.item(r, 1).text()]
            for r in range(history.rowCount())
        )
        dialog.reject()

    errors = _in_modal(qtbot, look)
    assert page.edit_current() is None
    assert not errors
    assert seen == [["01/06/2026", "130"], ["01/01/2025", "100"]]


def test_retire_keeps_the_village_in_sight(
    qtbot: QtBot, page: VillagesPage, commune_services: Services, i18n: I18n
) -> None:
    village = commune_services.villages.add(
        VillageData(code="BAC", name="Thôn Bắc", village_type=VillageType.THON, households_total=80)
    )
    page.reload()
    page.select(village.uuid)
    assert page.retire_button.isEnabled()

    dialog = RetireDialog(commune_services.villages, village, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.on.setDate(QDate(2027, 1, 1))
    dialog.save()
    assert "tương lai" in dialog.error.text()
    assert commune_services.villages.get(village.uuid).active

    dialog.on.setDate(QDate(2026, 7, 1))
    dialog.save()
    assert dialog.saved is not None and not dialog.saved.active
    page.show_retired.setChecked(True)
    page.reload(keep=village.uuid)
    row = page.model.row_of(village.uuid)
    assert page.model.index(row, 6).data() == "Thôi hoạt động từ 01/07/2026"
    assert not page.retire_button.isEnabled()

    page.show_retired.setChecked(False)  # the default list shows active villages only
    assert page.model.rowCount() == 0
    assert page.empty.text() == "Không có thôn/tổ dân phố nào khớp với bộ lọc."


def test_filter_and_header_sort_query_sql(
    qtbot: QtBot, page: VillagesPage, commune_services: Services
) -> None:
    for code, name, households in (("X1", "Thôn Đông", 50), ("X2", "Ấp Phú Hòa", 300)):
        commune_services.villages.add(
            VillageData(code=code, name=name, households_total=households)
        )
    asked: list[VillageQuery] = []
    real_ids = commune_services.villages.ids

    def spy(query: VillageQuery | None = None) -> list[str]:
        assert query is not None
        asked.append(query)
        return real_ids(query)

    commune_services.villages.ids = spy  # type: ignore[method-assign]
    page.view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    assert asked[-1].order_by == "households_total" and asked[-1].descending
    assert page.model.index(0, 0).data() == "X2"

    page.filter.setText("Đông")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert asked[-1].search == "Đông"
    assert page.model.index(0, 0).data() == "X1"


def test_enter_and_f2_open_the_editor(
    qtbot: QtBot, page: VillagesPage, commune_services: Services
) -> None:
    village = commune_services.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=120)
    )
    page.reload()
    page.select(village.uuid)
    opened: list[str] = []

    def note(dialog: VillageDialog) -> None:
        opened.append(dialog.code.text())
        dialog.reject()

    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        page.activateWindow()  # (a window manager does this when a dialog closes)
        qtbot.waitUntil(page.isActiveWindow)
        page.view.setFocus()
        opened.clear()
        errors = _in_modal(qtbot, note)
        qtbot.keyClick(page.view, key)
        qtbot.waitUntil(lambda: bool(opened))
        assert opened == ["DONG"] and not errors, key
