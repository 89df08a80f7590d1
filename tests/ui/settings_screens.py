"""Screenshots of the sample-data mark, Settings and Backups (not a test).

    python tests/ui/settings_screens.py OUTDIR

Offscreen at 1366×768: the overview of the sample commune with its "DỮ LIỆU MẪU" band,
the Settings page (General) with a refused receiving-level code, the Backups tab with a
backup selected and its preview, and the loud question before restoring another unit's
backup.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.installation import InstallationData, Role
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import SETTINGS, MainWindow
from desktop.ui.pages.settings import BACKUPS_TAB
from tests.ui.screenshots import SCREEN, compile_translations, save, settle


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    i18n = I18n(app, compile_translations(tmp))
    i18n.apply("vi")
    demo = build_services(open_store(tmp / "data" / "demo"))
    make_demo(demo)
    window = MainWindow(demo, i18n, real_set_up=False)
    window.resize(*SCREEN)
    window.show()
    save(app, window, out / "sample-data-mark.png")

    window.show_section(SETTINGS)
    page = window.settings
    page.upper_code.setText("7")
    page.save()  # refused: the message names the field
    save(app, window, out / "settings-general.png")
    page.refresh()

    theirs = build_services(open_store(tmp / "theirs"))
    theirs.setup.initialize(
        InstallationData(
            role=Role.COMMUNE,
            code="26734",
            name="Phường Bến Thành",
            upper_code="79",
            upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        )
    )
    other = theirs.backups.back_up_now()
    theirs.close()
    demo.backups.auto_backup()
    made = demo.backups.back_up_now()
    page.tabs.setCurrentIndex(BACKUPS_TAB)
    page.backups.reload()
    page.backups.select(made)
    page.backups.wait()
    for _ in range(20):
        settle(app)
    save(app, window, out / "settings-backups.png")

    def shoot_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, shoot_box)
            return
        save(app, box, out / "restore-other-unit.png")
        box.reject()

    QTimer.singleShot(50, shoot_box)
    page.backups.restore(other)  # the loud question; refused by the timer above
    window.close()
    demo.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
