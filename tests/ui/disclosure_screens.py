"""Screenshots of the public-disclosure page for a person to look at (not a test).

    python tests/ui/disclosure_screens.py [OUTDIR] [--qm DIR]

Opens, offscreen at 1366×768 in Vietnamese, the main window on demo data with a
few more disclosures added through the services, and saves PNGs of: the
"Needs attention" view, the "On the boards now" view, the boards grid, the form
with its postings grid and a live warning, the same form refusing a removal day
before the posting day, and the feedback dialog. OUTDIR defaults to
/tmp/ui-shots. ``--qm`` takes already compiled translations (otherwise the
i18n/*.ts files are compiled into a temporary folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.resources import i18n_dir
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.storage.villages import VillageQuery
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.feedback_dialog import FeedbackDialog
from desktop.ui.dialogs.postings_table import POSTED, REMOVED
from desktop.ui.i18n import I18n
from desktop.ui.labels import format_day
from desktop.ui.main_window import DISCLOSURES, MainWindow
from desktop.ui.pages.disclosures import BOARDS_TAB, DisclosuresPage

SCREEN = (1366, 768)


def compile_translations(out: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n_dir().glob("sodanchu_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def add_examples(services: Services) -> None:
    """A posting ending this week, a planned one, a completed one, one with feedback."""
    today = services.ctx.today()
    cal = services.calendar.calendar()
    villages = services.villages.list(VillageQuery(include_retired=False))

    def everywhere(posted: date, removed: date | None = None) -> list[dict[str, object]]:
        day = posted.isoformat()
        gone = removed.isoformat() if removed else None
        out: list[dict[str, object]] = [
            {"location": "Trụ sở UBND xã", "posted_on": day, "removed_on": gone}
        ]
        out.extend(
            {
                "location": f"Nhà văn hóa {v.data.name}",
                "village": v.uuid,
                "posted_on": day,
                "removed_on": gone,
            }
            for v in villages
        )
        return out

    ending = today - timedelta(days=26)
    services.disclosures.add_json(
        {
            "category": 5,
            "title": "Thu, chi Quỹ đền ơn đáp nghĩa năm 2026",
            "decision_no": "98/QĐ-UBND",
            "decided_on": cal.add_working_days(ending, -2).isoformat(),
            "forms": ["notice_board"],
            "postings": everywhere(ending),
        }
    )
    services.disclosures.add_json(
        {
            "category": 9,
            "title": "Danh sách công dân gọi nhập ngũ năm 2027",
            "planned_on": (today + timedelta(days=3)).isoformat(),
            "responsible": "Chỉ huy trưởng Ban CHQS xã",
            "forms": ["notice_board", "loudspeaker"],
        }
    )
    done = today - timedelta(days=70)
    services.disclosures.add_json(
        {
            "category": 3,
            "title": "Phương án bồi thường đường liên thôn Đông – Tây",
            "decided_on": cal.add_working_days(done, -3).isoformat(),
            "forms": ["notice_board"],
            "postings": everywhere(done, done + timedelta(days=30)),
        }
    )
    fees = today - timedelta(days=10)
    stored = services.disclosures.add_json(
        {
            "category": 12,
            "title": "Mức thu phí chợ năm 2026",
            "decided_on": cal.add_working_days(fees, -1).isoformat(),
            "forms": ["notice_board"],
            "postings": everywhere(fees)[:3],
        }
    )
    services.disclosures.add_json(
        {
            "category": 1,
            "title": "Kế hoạch phát triển kinh tế - xã hội năm 2027",
            "planned_on": (today - timedelta(days=2)).isoformat(),
        }
    )
    services.disclosures.update_json(
        stored.uuid,
        {
            "feedback": [
                {
                    "received_on": today.isoformat(),
                    "sender": "Ông Trần Văn Bình, thôn Tây",
                    "content": "Đề nghị giảm phí cho hộ kinh doanh nhỏ.",
                }
            ]
        },
    )


def shots(app: QApplication, services: Services, i18n: I18n, out: Path) -> None:
    window = MainWindow(services, i18n)
    page = getattr(window, "disclosures", None)
    if not isinstance(page, DisclosuresPage):  # not in the sidebar yet: put it in its place
        page = DisclosuresPage(services, i18n)
        old = window.stack.widget(DISCLOSURES)
        window.stack.removeWidget(old)
        window.stack.insertWidget(DISCLOSURES, page)
    window.resize(*SCREEN)
    window.show()
    window.show_section(DISCLOSURES)
    page.reload()
    page.view.selectRow(0)
    save(app, window, out / "disclosures-attention.png")
    page.set_view("on_boards")
    page.view.selectRow(0)
    save(app, window, out / "disclosures-on-boards.png")
    page.tabs.setCurrentIndex(BOARDS_TAB)
    save(app, window, out / "disclosures-boards.png")
    page.tabs.setCurrentIndex(0)

    today = services.ctx.today()
    dialog = DisclosureDialog(services, today, lambda: i18n.lang, parent=window)
    dialog.details.set_category(7)
    dialog.details.title_edit.setText("Danh sách hộ được hỗ trợ tiền điện quý IV/2026")
    dialog.details.decision_no.setText("131/QĐ-UBND")
    dialog.details.decided_on.set_value(today - timedelta(days=4))
    posted = format_day(today - timedelta(days=2))
    for row in range(dialog.grid.table.rowCount() - 2):
        dialog.grid.table.item(row, POSTED).setText(posted)
    dialog.broadcast.add_days([today - timedelta(days=2), today - timedelta(days=1)])
    dialog.show()
    dialog.resize(1220, 700)  # the offscreen screen is 800×600; a 1366×768 one fits this
    save(app, dialog, out / "disclosure-dialog.png")
    dialog.grid.table.item(1, REMOVED).setText(format_day(today - timedelta(days=3)))
    dialog.save()  # refused: the removal day precedes the posting day
    save(app, dialog, out / "disclosure-dialog-error.png")
    dialog.done(0)  # closes without asking to discard

    stored = services.disclosures.list(services.disclosures.query(search="phí chợ"))[0]
    edit = DisclosureDialog(services, today, lambda: i18n.lang, stored, parent=window)
    edit.show()
    edit.resize(1220, 700)
    save(app, edit, out / "disclosure-dialog-edit.png")
    edit.done(0)  # closes without asking to discard
    feedback = FeedbackDialog(services.disclosures, stored, today, lambda: i18n.lang, 0, window)
    feedback.answer.setPlainText("UBND xã sẽ trình HĐND xem xét tại kỳ họp cuối năm.")
    feedback.show()
    save(app, feedback, out / "feedback-dialog.png")
    feedback.done(0)  # closes without asking to discard
    window.close()


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--qm"]
    qm_given = argv[argv.index("--qm") + 1] if "--qm" in argv else None
    if qm_given is not None:
        args.remove(qm_given)
    out = Path(args[0]) if args else Path("/tmp/ui-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        qm = Path(qm_given) if qm_given else root / "qm"
        if qm_given is None:
            qm.mkdir()
            compile_translations(qm)
        i18n = I18n(app, qm)
        i18n.apply("vi")
        services = build_services(open_store(root / "demo"))
        try:
            make_demo(services)
            add_examples(services)
            shots(app, services, i18n, out)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
