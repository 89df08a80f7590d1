"""Screenshots of the window for a person to look at (not a test).

    python tests/ui/screenshots.py OUTDIR

Opens, offscreen at 1366×768, the first-run wizard on an empty data folder and
the main window on demo data, and saves PNGs of: the wizard's commune page (also
with an inline error), the overview, the village list, the village dialog showing
inline errors, the settings page, and the village list after switching to English;
then the village meetings: the list (also in English), the meeting form with its
outcome computed live and a warning, the form with a household ballot and with
its details open, and the form refusing more households present than the village has.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.resources import i18n_dir
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import MEETINGS, SETTINGS, VILLAGES, MainWindow
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
    dialog.done(0)  # closes without asking to discard

    window.show_section(SETTINGS)
    save(app, window, out / "settings.png")
    settings = window.settings
    settings.language.setCurrentIndex(settings.language.findData("en"))
    window.show_section(VILLAGES)
    save(app, window, out / "villages-list-en.png")
    window.close()


def add_meetings(services: Services) -> None:
    """A few more meetings beside the demo's: a partly passed one, an election, last year's."""
    today = services.ctx.today()
    nam = services.villages.find("NAM")
    total = nam.data.households_total or 100
    services.meetings.add_json(
        {
            "village": nam.uuid,
            "title": "Hội nghị bàn xây nhà văn hóa và quỹ vệ sinh môi trường",
            "meeting_type": "decision",
            "held_on": (today - timedelta(days=30)).isoformat(),
            "notice_on": (today - timedelta(days=31)).isoformat(),  # one day: a warning
            "households_present": total - 12,
            "items": [
                {
                    "title": "Góp 300.000 đồng/hộ xây nhà văn hóa",
                    "matter": "contribution",
                    "votes_for": total // 2,
                    "votes_against": 20,
                },
                {
                    "title": "Lập quỹ vệ sinh môi trường",
                    "matter": "fund_management",
                    "votes_for": total - 15,
                },
            ],
        }
    )
    services.meetings.add_json(
        {
            "village": nam.uuid,
            "title": "Bầu trưởng thôn nhiệm kỳ 2025–2027",
            "meeting_type": "head_election",
            "held_on": (today - timedelta(days=400)).isoformat(),
            "notice_on": (today - timedelta(days=410)).isoformat(),
            "households_present": total - 5,
            "counting_board": ["Lê Văn An", "Phạm Thị Bình"],  # too few: a warning
            "items": [
                {
                    "title": "Bầu ông Phạm Văn Minh làm trưởng thôn",
                    "matter": "village_head",
                    "method": "secret_ballot",
                    "votes_for": total - 30,
                    "votes_against": 20,
                }
            ],
        }
    )


def meeting_shots(app: QApplication, services: Services, i18n: I18n, out: Path) -> None:
    window = MainWindow(services, i18n)
    window.resize(*SCREEN)
    window.show()
    window.show_section(MEETINGS)
    window.meetings.view.selectRow(0)
    save(app, window, out / "meetings-list.png")

    dong = services.villages.find("DONG")
    dialog = MeetingDialog(
        services, services.ctx.today(), lambda: i18n.lang, village_uuid=dong.uuid, parent=window
    )
    main = dialog.main
    main.title_edit.setText("Hội nghị bàn mức đóng góp làm đường liên xóm")
    held = services.ctx.today() - timedelta(days=3)
    main.held_on.setDate(QDate(held.year, held.month, held.day))
    main.place.setText("Nhà văn hóa thôn Đông")
    main.notice_on.check.setChecked(True)
    main.notice_on.edit.setDate(QDate(held.year, held.month, held.day).addDays(-1))
    total = main.households_total.value()
    main.households_present.setValue(total - 20)
    first = dialog.items.editors[0]
    first.title.setText("Mức đóng góp 400.000 đồng/hộ")
    first.matter.setCurrentIndex(first.matter.findData("contribution"))
    first.votes_for.setValue(total * 2 // 3 + 1)
    first.votes_against.setValue(8)
    second = dialog.items.add_item()
    second.title.setText("Giao Ban phát triển thôn quản lý khoản đóng góp")
    second.matter.setCurrentIndex(second.matter.findData("fund_management"))
    second.votes_for.setValue(total // 2)
    dialog.show()
    save(app, dialog, out / "meeting-dialog-live.png")

    second.method.setCurrentIndex(second.method.findData("household_ballot"))
    dialog.ballot.papers_returned.setValue(total - 10)
    dialog.details_toggle.setChecked(True)
    dialog.details.chair.setText(dong.data.head_name)
    dialog.details.secretary.setText("Lê Thị Mai")
    dialog.details.representatives.set_names(["Nguyễn Văn Tư", "Trần Thị Năm"])
    settle(app)
    dialog.scroll_area.ensureWidgetVisible(dialog.ballot)
    save(app, dialog, out / "meeting-dialog-ballot.png")
    bar = dialog.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(app, dialog, out / "meeting-dialog-details.png")
    dialog.done(0)  # closes without asking to discard

    dialog = MeetingDialog(
        services, services.ctx.today(), lambda: i18n.lang, village_uuid=dong.uuid, parent=window
    )
    dialog.main.title_edit.setText("Hội nghị bàn quỹ khuyến học")
    dialog.main.households_present.setValue(dialog.main.households_total.value() + 1)
    dialog.items.editors[0].title.setText("Lập quỹ khuyến học")
    dialog.items.editors[0].votes_for.setValue(90)
    dialog.show()
    dialog.save()  # refused: the message appears under the households present
    save(app, dialog, out / "meeting-dialog-error.png")
    dialog.done(0)  # closes without asking to discard

    i18n.apply("en")
    save(app, window, out / "meetings-list-en.png")
    i18n.apply("vi")
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
            add_meetings(demo)
            meeting_shots(app, demo, i18n, out)
            window_shots(app, demo, i18n, out)
        finally:
            empty.close()
            demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
