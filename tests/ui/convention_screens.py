"""Screenshots of the hương ước / quy ước page for a person to look at (not a test).

    python tests/ui/convention_screens.py OUTDIR [--ts TSDIR]

Fills a demo store through the services (villages, meetings, conventions at
every stage, an amended version), then saves, at 1366×768 offscreen:
conv-list.png (the page in the window), conv-view.png (a convention with its
timeline), conv-text.png (its text as in force), conv-editor.png (the editor
with the structure preview), conv-compare.png (two versions compared),
conv-event.png (a refused adoption), conv-stats.png (the statistics tab).
``--ts`` compiles the ``sodanchu_*.ts`` of another folder (translations not
merged yet) instead of ``i18n/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.conventions import EventType
from desktop.core.resources import i18n_dir
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.storage.conventions import ConventionQuery
from desktop.ui.convention_view import ConventionView
from desktop.ui.dialogs.convention_compare import ConventionCompare
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.dialogs.convention_event_dialog import ConventionEventDialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import CONVENTIONS, MainWindow
from desktop.ui.pages.conventions import ConventionsPage

SCREEN = (1366, 768)

AMENDED = """Để giữ gìn thuần phong mỹ tục, xây dựng nếp sống văn minh, cộng đồng dân cư
thôn Đông thống nhất sửa đổi Hương ước như sau:
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Hương ước này quy định về giữ gìn an ninh trật tự, vệ sinh môi trường và nếp sống văn hóa.
Điều 2. Đối tượng áp dụng
1. Hộ gia đình, cá nhân thường trú tại thôn Đông.
2. Người tạm trú trên địa bàn thôn.
Chương II
NỘI DUNG CỤ THỂ
Điều 3. Giữ gìn vệ sinh môi trường
1. Mỗi hộ gia đình có trách nhiệm:
a) Thu gom, phân loại rác thải tại nguồn và để đúng nơi quy định;
b) Không đổ rác, nước thải ra đường làng, kênh mương.
2. Tổng vệ sinh đường làng vào sáng chủ nhật cuối tháng.
Điều 4. Việc cưới, việc tang
Tổ chức việc cưới, việc tang trang trọng, tiết kiệm, không phô trương.
Điều 5. Phòng, chống cháy nổ
1. Không đốt rơm rạ, rác thải gần khu dân cư.
2. Mỗi hộ có bình chữa cháy mini.
"""


def compile_translations(sources: Path, out: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(sources.glob("sodanchu_*.ts")):
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


def _meeting(services: Services, code: str, title: str, days_ago: int, passed: bool) -> str:
    cal, today = services.calendar.calendar(), services.ctx.today()
    village = services.villages.find(code)
    total = village.data.households_total or 100
    held = cal.add_working_days(today, -days_ago)
    stored = services.meetings.add_json(
        {
            "village": village.uuid,
            "title": title,
            "meeting_type": "convention",
            "held_on": held.isoformat(),
            "notice_on": (held - timedelta(days=3)).isoformat(),
            "chair": village.data.head_name,
            "households_present": total * 3 // 4 if passed else total // 3,
            "items": [
                {
                    "title": title,
                    "matter": "convention",
                    "method": "show_of_hands",
                    "votes_for": total * 2 // 3 if passed else total // 4,
                }
            ],
        }
    )
    return stored.uuid


def populate(services: Services) -> dict[str, str]:
    """Conventions at every stage; returns the uuids the shots open."""
    make_demo(services)
    cal, today = services.calendar.calendar(), services.ctx.today()
    text = services.conventions.list()[0].data.text
    day = lambda n: cal.add_working_days(today, -n).isoformat()  # noqa: E731
    tay = services.villages.find("TAY")
    services.conventions.add_json(
        {
            "village": tay.uuid,
            "convention_type": "quy_uoc",
            "title": "Quy ước thôn Tây về bảo vệ môi trường",
            "proposer": tay.data.head_name,
            "text": text.replace("thôn Đông", "thôn Tây"),
            "events": [
                {"type": "proposed", "on": day(30)},
                {"type": "drafting", "on": day(25)},
                {"type": "consultation", "on": day(8)},
            ],
        }
    )
    nam = services.villages.find("NAM")
    nam_meeting = _meeting(services, "NAM", "Thông qua Hương ước thôn Nam", 3, True)
    failed = _meeting(services, "TAY", "Hội nghị thông qua Quy ước thôn Tây", 1, False)
    services.conventions.add_json(
        {
            "village": nam.uuid,
            "convention_type": "huong_uoc",
            "title": "Hương ước thôn Nam",
            "text": text.replace("thôn Đông", "thôn Nam"),
            "events": [
                {"type": "proposed", "on": day(70)},
                {"type": "drafting", "on": day(60)},
                {"type": "consultation", "on": day(50)},
                {"type": "adopted", "on": day(3), "meeting": nam_meeting},
            ],
        }
    )
    bac = services.villages.find("BAC")
    bac_meeting = _meeting(services, "BAC", "Thông qua Hương ước thôn Bắc", 200, True)
    services.conventions.add_json(
        {
            "village": bac.uuid,
            "convention_type": "huong_uoc",
            "title": "Hương ước thôn Bắc",
            "text": text.replace("thôn Đông", "thôn Bắc"),
            "events": [
                {"type": "proposed", "on": day(260)},
                {"type": "drafting", "on": day(250)},
                {"type": "consultation", "on": day(240)},
                {"type": "adopted", "on": day(200), "meeting": bac_meeting},
                {"type": "submitted", "on": day(198)},
                {"type": "recognized", "on": day(195), "decision_no": "07/QĐ-UBND"},
                {"type": "distributed", "on": day(194)},
                {
                    "type": "suspended",
                    "on": day(10),
                    "decision_no": "31/QĐ-UBND",
                    "part": "Điều 4",
                    "reason": "Quy định mức phạt trái pháp luật",
                    "until": (today + timedelta(days=20)).isoformat(),
                },
            ],
        }
    )
    tdp = services.villages.find("TDP1")
    services.conventions.add_json(
        {
            "village": tdp.uuid,
            "convention_type": "quy_uoc",
            "title": "Quy ước tổ dân phố số 1",
            "citizen_initiative": True,
            "events": [
                {
                    "type": "proposed",
                    "on": day(2),
                    "households_supporting": 30,
                    "households_total": 150,
                }
            ],
        }
    )
    dong_village = services.villages.find("DONG").uuid
    dong = services.conventions.list(ConventionQuery(village_uuid=dong_village))[0]
    draft = services.conventions.new_version(dong.uuid)
    data = services.conventions.get(draft.uuid)
    services.conventions.update_json(draft.uuid, {"text": AMENDED, "version": data.meta.version})
    services.conventions.event_json(draft.uuid, {"type": "proposed", "on": day(4)})
    services.conventions.event_json(draft.uuid, {"type": "drafting", "on": day(3)})
    tay_uuid = services.conventions.list(ConventionQuery(village_uuid=tay.uuid))[0].uuid
    return {"dong": dong.uuid, "draft": draft.uuid, "failed": failed, "tay": tay_uuid}


def shots(app: QApplication, services: Services, i18n: I18n, out: Path) -> None:
    uuids = populate(services)
    lang = lambda: i18n.lang  # noqa: E731
    window = MainWindow(services, i18n)
    page = ConventionsPage(services, i18n)
    old = window.stack.widget(CONVENTIONS)
    window.stack.removeWidget(old)
    window.stack.insertWidget(CONVENTIONS, page)
    window.resize(*SCREEN)
    window.show()
    window.show_section(CONVENTIONS)
    page.select(uuids["dong"])
    save(app, window, out / "conv-list.png")
    page.tabs.setCurrentIndex(1)
    page.statistics.worker.wait()
    save(app, window, out / "conv-stats.png")
    page.tabs.setCurrentIndex(0)

    view = ConventionView(services, uuids["dong"], lang, window)
    view.show()
    save(app, view, out / "conv-view.png")
    view.tabs.setCurrentIndex(1)
    view.in_force.setChecked(True)
    save(app, view, out / "conv-text.png")
    view.close()

    editor = ConventionDialog(
        services, lang, services.conventions.get(uuids["draft"]), parent=window
    )
    editor.show()
    editor.text_edit.setPlainText(AMENDED + "Điều 5. Trùng số\nNội dung.\n")
    editor.refresh_preview()
    save(app, editor, out / "conv-editor.png")
    editor.done(0)  # closes without asking to discard

    compare = ConventionCompare(services, uuids["draft"], window)
    compare.show()
    save(app, compare, out / "conv-compare.png")
    compare.reject()

    tay = services.conventions.get(uuids["tay"])
    event = ConventionEventDialog(services, tay, lang, EventType.ADOPTED, window)
    event.show()
    event.meeting.setCurrentIndex(event.meeting.findData(uuids["failed"]))
    event.save()  # refused: the meeting did not pass it
    save(app, event, out / "conv-event.png")
    event.done(0)  # closes without asking to discard
    window.close()


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--ts"]
    if len(args) not in (1, 2) or ("--ts" in argv) != (len(args) == 2):
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    sources = Path(args[1]) if len(args) == 2 else i18n_dir()
    app = QApplication([argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        qm = root / "qm"
        qm.mkdir()
        i18n = I18n(app, compile_translations(sources, qm))
        i18n.apply("vi")
        services = build_services(open_store(root / "demo"))
        try:
            shots(app, services, i18n, out)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
