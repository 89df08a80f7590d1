"""Saying so when the window's translations are missing, instead of coming up in English.

The notice cannot come from the translations it reports missing, so it carries
its own Vietnamese and English words (the only such text in the window).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.i18n import APP_NAME

log = logging.getLogger(__name__)

_TEXT = (
    "Không tìm thấy tệp ngôn ngữ tiếng Việt ({name} trong {folder}), nên giao diện hiện "
    "bằng tiếng Anh. Dữ liệu không bị ảnh hưởng. Hãy cài lại phần mềm (hoặc chạy "
    "«python3 tasks.py app» nếu chạy từ mã nguồn).\n\n"
    "The Vietnamese translation file ({name} in {folder}) was not found, so the window is "
    "in English. Your data is not affected. Reinstall the program (or run "
    "«python3 tasks.py app» from a source checkout)."
)


def missing_translation_notice(parent: QWidget | None, lang: str, qm_dir: Path) -> QMessageBox:
    """The warning box (not shown yet); also logged."""
    name = f"sodanchu_{lang}.qm"
    log.error("translation %s missing in %s: told the officer", name, qm_dir)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(_TEXT.format(name=name, folder=qm_dir))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def tell_missing_translation(parent: QWidget | None, lang: str, qm_dir: Path) -> None:
    missing_translation_notice(parent, lang, qm_dir).exec()
