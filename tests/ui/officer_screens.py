"""Screenshots of the officer's day at 1366×768 (issue 17, for a person to look at).

    echo '{"screens": [{"name": "pc", "x": 0, "y": 0, "width": 1366, "height": 728}]}' > s.json
    QT_QPA_PLATFORM=offscreen:configfile=s.json python tests/ui/officer_screens.py docs/screenshots

A 1366×768 screen less a 40 px task bar, so that dialogs size themselves as on
the officer's PC. Saves: the overview with what needs doing today, the meeting form
refusing a verdict on 93 votes from 80 households present, a new matter waiting
for its kind, the question before typed text is thrown away, Qt's file dialog in
Vietnamese, the disclosure form with an item's whole name, and the notice boards.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.guarded import discard_box
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.file_dialogs import file_dialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import DISCLOSURES, MainWindow
from desktop.ui.pages.disclosures import BOARDS_TAB

SCREEN = (1366, 768)


def compile_translations(out: Path) -> Path:
    import subprocess

    from desktop.core.resources import i18n_dir

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n_dir().glob("sodanchu_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(8):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path, f"{widget.width()}×{widget.height()}")


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        i18n = I18n(app, compile_translations(Path(tmp)))
        i18n.apply("vi")
        services = build_services(open_store(Path(tmp) / "data"))
        try:
            make_demo(services)
            lang = lambda: i18n.lang  # noqa: E731
            window = MainWindow(services, i18n)
            window.resize(*SCREEN)
            window.show()
            save(app, window, out / "overview-today.png")

            dialog = MeetingDialog(services, services.ctx.today(), lang, parent=window)
            dialog.show()
            dialog.main.village.setCurrentIndex(1)
            dialog.main.title_edit.setText("Họp bàn sửa nhà văn hóa thôn")
            dialog.main.held_on.setDate(QDate(2026, 11, 30))
            dialog.main.households_present.setValue(80)
            editor = dialog.items.editors[0]
            editor.title.setText("Sửa mái nhà văn hóa")
            editor.matter.setCurrentIndex(editor.matter.findData("other"))
            editor.votes_for.setValue(83)
            editor.votes_against.setValue(8)
            editor.votes_other.setValue(2)
            save(app, dialog, out / "meeting-votes-above-present.png")
            dialog.items.add_item().title.setText("Mức đóng góp 200.000 đồng/hộ")
            editor.votes_for.setValue(60)
            dialog.items.editors[1].votes_for.setValue(70)
            save(app, dialog, out / "meeting-choose-matter.png")
            box, _ = discard_box(dialog)
            box.show()
            save(app, box, out / "discard-question.png")
            box.done(0)
            dialog.done(0)

            files = file_dialog(window, "Chọn tệp gói dữ liệu", Path.home(), "Gói dữ liệu (*.zip)")
            files.show()
            save(app, files, out / "file-dialog-vi.png")
            files.done(0)

            disclosure = DisclosureDialog(services, services.ctx.today(), lang, parent=window)
            disclosure.show()
            disclosure.details.set_category(7)
            disclosure.details.title_edit.setText(
                "Danh sách hộ nghèo, hộ cận nghèo được hỗ trợ tiền điện quý IV/2026"
            )
            save(app, disclosure, out / "disclosure-item-name.png")
            disclosure.done(0)

            window.show_section(DISCLOSURES)
            window.disclosures.tabs.setCurrentIndex(BOARDS_TAB)
            save(app, window, out / "disclosure-boards.png")
            window.close()
        finally:
            services.close()
            i18n.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
