"""Settings in the window: details saved together and announced; backups listed, made,
previewed and restored; another unit's backup only after a loud confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.villages import VillageData
from desktop.services.backups import BackupKind
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.ui.i18n import I18n
from desktop.ui.main_window import OVERVIEW, SETTINGS, MainWindow
from desktop.ui.pages.settings import BACKUPS_TAB
from desktop.ui.pages.settings_backups import BackupAsk
from tests.conftest import COMMUNE


class FixedAsk(BackupAsk):
    """Answers without a modal dialog; remembers each question."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []
        self.loud: list[str] = []
        self.files: list[Path] = []

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer

    def confirm_other_unit(self, parent: QWidget, title: str, text: str, yes: str) -> bool:
        self.loud.append(f"{text}\n[{yes}]")
        return self.answer

    def open_files(self, parent: QWidget, title: str, start: Path, filters: str) -> list[Path]:
        return list(self.files)


def _window(qtbot: QtBot, services: Services, i18n: I18n, ask: FixedAsk) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    # the page as the window builds it, with the test's answers
    window.settings.backups._ask = ask
    window.resize(1366, 768)
    window.show()
    window.show_section(SETTINGS)
    return window


@pytest.fixture
def ask() -> FixedAsk:
    return FixedAsk()


def test_officer_and_receiving_level_saved_together_and_announced(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk
) -> None:
    window = _window(qtbot, commune_services, i18n, ask)
    page = window.settings
    assert page.officer.text() == "Nguyễn Thị Lan"
    assert page.upper_code.text() == "79" and not page.silent_days.isVisibleTo(page)
    page.officer.setText("  Trần Văn Bình ")
    page.upper_kind.setCurrentIndex(page.upper_kind.findData(UpperKind.DISTRICT))
    page.upper_code.setText("7")  # a district has a 3-digit code
    page.upper_name.setText("Ủy ban nhân dân huyện Củ Chi")
    with qtbot.assertNotEmitted(page.changed):
        assert not page.save()
    assert "Mã cấp trên" in page.error.text() and page.error.isVisible()
    # nothing was stored, not even the officer's name (one transaction, all or nothing)
    assert commune_services.setup.require_installation().data.officer_name == "Nguyễn Thị Lan"

    page.upper_code.setText("783")
    with qtbot.waitSignal(page.changed, timeout=1000):
        ok = page.save()
    assert page.error.text() == ""
    assert ok
    assert page.saved_note.text() == "Đã lưu cài đặt." and not page.error.isVisible()
    data = commune_services.setup.require_installation().data
    assert data.officer_name == "Trần Văn Bình"  # trimmed
    assert (data.upper_kind, data.upper_code, data.upper_name) == (
        UpperKind.DISTRICT,
        "783",
        "Ủy ban nhân dân huyện Củ Chi",
    )
    assert data.code == COMMUNE.code  # the identity stays
    window.show_section(OVERVIEW)  # the change signal: the overview reads again when shown
    assert window.overview.values["upper"].text().endswith("Ủy ban nhân dân huyện Củ Chi (783)")
    window.show_section(SETTINGS)
    assert commune_services.ctx.actor() == "Trần Văn Bình"

    page.officer.setText("Someone else")
    page.undo_button.click()
    assert page.officer.text() == "Trần Văn Bình"


def test_silent_days_at_the_receiving_level(
    qtbot: QtBot, ui_services: Services, i18n: I18n, ask: FixedAsk
) -> None:
    ui_services.setup.initialize(
        InstallationData(
            role=Role.UPPER, code="79", name="UBND TP HCM", upper_kind=UpperKind.PROVINCE
        )
    )
    window = _window(qtbot, ui_services, i18n, ask)
    page = window.settings
    assert page.silent_days.isVisibleTo(page) and not page.upper_code.isVisibleTo(page)
    assert page.silent_days.value() == 45
    page.silent_days.setValue(30)
    assert page.save()
    assert ui_services.sync_board.silent_days() == 30


def test_back_up_now_preview_and_restore_from_the_window(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk
) -> None:
    commune_services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=90))
    window = _window(qtbot, commune_services, i18n, ask)
    panel = window.settings.backups
    window.settings.tabs.setCurrentIndex(BACKUPS_TAB)
    assert panel.table.rowCount() == 0
    path = panel.back_up_now()
    assert path is not None and path.is_file()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Sao lưu thủ công"
    assert path.name in panel.status.text()
    qtbot.waitUntil(lambda: "Đơn vị: Xã Tân Phú (25222)" in panel.preview.text(), timeout=10_000)
    assert "Số bản ghi: 1 thôn/tổ dân phố, 0 hội nghị" in panel.preview.text()
    assert "Vai trò: Xã" in panel.preview.text()

    commune_services.villages.add(VillageData(code="TAY", name="Thôn Tây", households_total=80))
    ask.answer = False
    assert not panel.restore_selected()
    assert commune_services.villages.count() == 2  # "No" changes nothing
    ask.answer = True
    with qtbot.waitSignal(window.settings.changed):
        assert panel.restore_selected()
    assert "Thay dữ liệu hiện tại bằng bản sao lưu này?" in ask.questions[-1]
    assert "Đơn vị: Xã Tân Phú (25222)" in ask.questions[-1]
    assert commune_services.villages.count() == 1
    kinds = {panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    assert kinds == {"Sao lưu thủ công", "Trước khi khôi phục"}
    assert "Đã khôi phục từ" in panel.status.text()
    panel.wait()


def test_another_units_backup_needs_the_loud_confirmation(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk, tmp_path: Path
) -> None:
    theirs = build_services(open_store(tmp_path / "theirs"))
    theirs.setup.initialize(
        InstallationData(
            role=Role.COMMUNE,
            code="26734",
            name="Phường Bến Thành",
            upper_code="79",
            upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        )
    )
    backup = theirs.backups.back_up_now()
    theirs.close()
    window = _window(qtbot, commune_services, i18n, ask)
    panel = window.settings.backups
    ask.files = [backup]
    ask.answer = False
    assert not panel.restore_other_file()
    assert not ask.questions  # not the ordinary question: the loud one
    (loud,) = ask.loud
    assert "BẢN SAO LƯU NÀY CỦA ĐƠN VỊ KHÁC: Phường Bến Thành (26734)" in loud
    assert "không phải của Xã Tân Phú (25222)" in loud
    assert "[Thay bằng dữ liệu của đơn vị khác]" in loud
    assert commune_services.setup.require_installation().data.code == "25222"
    ask.answer = True
    assert panel.restore_other_file(), panel.error.text()
    assert commune_services.setup.require_installation().data.code == "26734"
    # the change signal (everything) re-titles the window on the next turn of the loop
    qtbot.waitUntil(lambda: window.windowTitle() == "Sổ Dân Chủ — Phường Bến Thành")
    panel.wait()


def test_a_damaged_file_is_refused_in_words(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk, tmp_path: Path
) -> None:
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"hello")
    window = _window(qtbot, commune_services, i18n, ask)
    panel = window.settings.backups
    ask.files = [bad]
    assert not panel.restore_other_file()
    assert panel.error.text().endswith(
        "«not-a-backup.sqlite3» không phải tệp sao lưu cơ sở dữ liệu (SQLite)"
    )
    assert not ask.questions and not ask.loud


def test_the_automatic_backup_is_listed(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk
) -> None:
    window = _window(qtbot, commune_services, i18n, ask)
    panel = window.settings.backups
    panel.auto_backup()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 1).text() == "Tự động (hằng ngày)"
    assert [b.kind for b in commune_services.backups.files()] == [BackupKind.AUTO]
    panel.wait()


def test_a_restore_waits_for_the_days_backup_still_being_written(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk
) -> None:
    """Issue 17 review: restoring just after start, while the window's own automatic
    backup still read the store, was refused as 'open in another program'."""
    import sqlite3
    import time

    commune_services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=90))
    window = _window(qtbot, commune_services, i18n, ask)
    panel = window.settings.backups
    path = panel.back_up_now()
    assert path is not None
    commune_services.villages.add(VillageData(code="TAY", name="Thôn Tây", households_total=80))
    database = commune_services.ctx.paths.database
    reading = []

    def slow_backup() -> None:  # a big store's copy: reads for a few seconds
        conn = sqlite3.connect(database)
        try:
            conn.execute("SELECT count(*) FROM villages").fetchall()
            reading.append(True)
            time.sleep(3)
        finally:
            conn.close()

    commune_services.backups.auto_backup = slow_backup  # type: ignore[method-assign]
    panel.auto_backup()
    qtbot.waitUntil(lambda: bool(reading), timeout=5_000)
    assert panel.restore(path), panel.error.text()
    assert commune_services.villages.count() == 1
    panel.wait()


def test_log_file_shown_is_the_one_being_written(
    qtbot: QtBot, commune_services: Services, i18n: I18n, ask: FixedAsk, tmp_path: Path
) -> None:
    """On the sample commune (``<data>/demo``) the session still logs to ``<data>/logs``:
    Settings and About showed ``<data>/demo/logs/sodanchu.log``, a file never written."""
    import logging

    from desktop.logsetup import setup_logging

    written = setup_logging(tmp_path / "session" / "logs")
    try:
        assert written is not None and written.parent != commune_services.ctx.paths.logs
        window = _window(qtbot, commune_services, i18n, ask)
        page = window.settings
        assert page.values["log_file"].text() == str(written)
        assert page.about_dialog().values["log_file"].text() == str(written)
        opened: list[Path] = []
        page._open = opened.append  # type: ignore[method-assign]
        page.open_logs.click()
        assert opened == [written.parent]
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_sodanchu", False):
                root.removeHandler(handler)
                handler.close()
