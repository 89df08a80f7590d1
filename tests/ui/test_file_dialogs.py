"""File dialogs speak the window's language and write dates day first; a missing
translation is said out loud, not shown silently in English."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from desktop.ui.file_dialogs import file_dialog, use_native_dialogs
from desktop.ui.i18n import I18n
from desktop.ui.i18n_notice import missing_translation_notice
from desktop.ui.wizard import FirstRunWizard


@pytest.mark.skipif(use_native_dialogs(), reason="Windows keeps its own dialog")
def test_file_dialog_in_vietnamese_with_day_first_dates(
    qtbot: QtBot, i18n: I18n, tmp_path: Path
) -> None:
    sample = tmp_path / "bien-ban.pdf"
    sample.write_bytes(b"%PDF-1.4")
    stamp = datetime(2026, 12, 3, 9, 30).timestamp()
    os.utime(sample, (stamp, stamp))
    dialog = file_dialog(None, "Chọn tệp", tmp_path, "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Tìm trong:"
    assert labels["fileNameLabel"] == "&Tên tệp:"
    assert labels["fileTypeLabel"] == "&Loại tệp:"
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    headers = [str(model.headerData(c, view.header().orientation())) for c in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    root = view.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) == 1, timeout=5000)
    row: QModelIndex = model.index(0, 3, root)
    assert model.data(row) == "03/12/2026 09:30"  # not "3 12 2026"


def test_missing_translations_are_told_and_logged(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="desktop.ui.i18n_notice"):
        box = missing_translation_notice(None, "vi", tmp_path)
    qtbot.addWidget(box)
    assert "sodanchu_vi.qm" in box.text() and str(tmp_path) in box.text()
    assert "tiếng Anh" in box.text() and "in English" in box.text()
    assert any("sodanchu_vi.qm" in r.getMessage() for r in caplog.records)


def test_the_window_start_tells_when_the_qm_files_are_missing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import main as ui_main

    told: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        ui_main, "tell_missing_translation", lambda _p, lang, qm: told.append((lang, qm))
    )
    monkeypatch.setattr(FirstRunWizard, "exec", lambda _self: 0)  # cancel set-up
    empty = tmp_path / "no-qm"
    empty.mkdir()
    assert ui_main.run_window(data_dir=tmp_path / "data", qm_dir=empty) == 0
    assert told == [("vi", empty)]


@pytest.mark.skipif(use_native_dialogs(), reason="Windows keeps its own dialog")
def test_file_dialog_columns_show_size_type_and_date_whole(
    qtbot: QtBot, i18n: I18n, tmp_path: Path
) -> None:
    """Seen at 1366×768: "560...KiB", "Cơ ...te3", "03/12/... 15:37" while the name
    column kept the rest of the width empty."""
    backup = tmp_path / "sodanchu-20261203T153800Z.sqlite3"
    backup.write_bytes(b"x" * 573_440)
    dialog = file_dialog(None, "Khôi phục", tmp_path, "Bản sao lưu (*.sqlite3)")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model, root = view.model(), view.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) == 1, timeout=5000)
    metrics = view.fontMetrics()

    def whole(column: int) -> bool:
        text = str(model.data(model.index(0, column, root)))
        return view.header().sectionSize(column) > metrics.horizontalAdvance(text)

    qtbot.waitUntil(lambda: all(whole(c) for c in (0, 1, 2, 3)), timeout=3000)
