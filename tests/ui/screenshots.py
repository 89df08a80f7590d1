"""Screenshots of the window for a person to look at (not a test).

    python tests/ui/screenshots.py OUTDIR

Opens, offscreen at 1366×768, the first-run wizard on an empty data folder and
the main window on demo data, and saves PNGs of: the wizard's commune page (also
with an inline error), the overview, the village list, the village dialog showing
inline errors, the settings page, and the village list after switching to English.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.resources import i18n_dir
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import SETTINGS, VILLAGES, MainWindow
from desktop.ui.wizard import COMMUNE, FirstRunWizard

SCREEN = (1366, 768)


def compile_translations(out: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n_dir().glob("sodanchu_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def wizard_shot(app: QApplication, services: Services, i18n: I18n, out: Path) -> None:
    wizard = FirstRunWizard(services, i18n)
    wizard.show()
    while wizard.currentId() != COMMUNE:
        wizard.next()
    wizard.commune.select_province("79")
    wizard.commune.select_commune("27031")
    save(app, wizard, out / "wizard-commune.png")
    wizard.commune.not_listed.setChecked(True)
    wizard.commune.code.setText("123")
    wizard.next()  # refused: the message appears under the code
    save(app, wizard, out / "wizard-commune-error.png")
    wizard.close()


def window_shots(app: QApplication, services: Services, i18n: I18n, out: Path) -> None:
    window = MainWindow(services, i18n)
    window.resize(*SCREEN)
    window.show()
    save(app, window, out / "main-overview.png")
    window.show_section(VILLAGES)
    window.villages.view.selectRow(1)
    save(app, window, out / "villages-list.png")

    village = services.villages.get(window.villages.current_id() or "")
    dialog = VillageDialog(
        services.villages, services.ctx.today(), lambda: i18n.lang, village, window
    )
    dialog.name.setText("")
    dialog.households.setValue(0)
    dialog.show()
    dialog.save()  # refused: the errors appear under the fields
    save(app, dialog, out / "village-dialog-errors.png")
    dialog.reject()

    window.show_section(SETTINGS)
    save(app, window, out / "settings.png")
    settings = window.settings
    settings.language.setCurrentIndex(settings.language.findData("en"))
    window.show_section(VILLAGES)
    save(app, window, out / "villages-list-en.png")
    window.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        qm = root / "qm"
        qm.mkdir()
        i18n = I18n(app, compile_translations(qm))
        i18n.apply("vi")
        empty = build_services(open_store(root / "empty"))
        demo = build_services(open_store(root / "demo"))
        try:
            wizard_shot(app, empty, i18n, out)
            make_demo(demo)
            window_shots(app, demo, i18n, out)
        finally:
            empty.close()
            demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
