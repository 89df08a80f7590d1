"""Screenshots of the Synchronisation section for a person to look at (not a test).

    python tests/ui/sync_screens.py [OUTDIR]

Builds, offscreen in Vietnamese, a demo commune and a receiving province in a
temporary folder, and saves: the commune's "Send data" tab after an export
(sync-export.png), the province's "Receive data" tab after importing a good bundle
beside a tampered one (sync-import.png), its "Units below" tab browsing the
commune's meetings with a remark (sync-children.png); and, for checking only, the
identity banner after a restore and the meeting form showing the remark received.
OUTDIR defaults to /tmp/ui-shots.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.i18n import I18n
from desktop.ui.main_window import SYNC, MainWindow
from desktop.ui.pages.sync import SyncPage
from tests.ui.disclosure_screens import compile_translations

SCREEN = (1280, 720)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(8):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def wait(app: QApplication, page: SyncPage, done: object) -> None:
    page.wait()
    for _ in range(50):
        app.processEvents()
        if callable(done) and done():
            return


def tamper(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("records.jsonl"):
                data = data.replace("Thôn".encode(), "Xóm".encode(), 1)
            zout.writestr(info, data)
    return dst


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/ui-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "qm").mkdir()
        i18n = I18n(app, compile_translations(root / "qm"))
        i18n.apply("vi")
        commune = build_services(open_store(root / "commune"))
        upper = build_services(open_store(root / "upper"))
        try:
            make_demo(commune)
            upper.setup.initialize(
                InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
            )
            outbox = root / "USB"
            window = MainWindow(commune, i18n)
            window.resize(*SCREEN)
            window.show()
            window.show_section(SYNC)
            tab = window.sync.export_tab
            assert tab is not None
            tab.export_to(outbox)
            wait(app, window.sync, lambda: tab.last_result is not None)
            save(app, window, out / "sync-export.png")

            key = commune.sync.export_key(root / "key.json")
            upper.sync_import.register_child(key)
            commune.sync.register_parent(upper.sync.export_key(root / "upper-key.json"))
            good = tab.last_result.files[0] if tab.last_result else outbox
            bad = tamper(good, outbox / "SoDanChu-25222-000001-sua.zip")
            receiving = MainWindow(upper, i18n)
            receiving.resize(*SCREEN)
            receiving.show()
            receiving.show_section(SYNC)
            imp = receiving.sync.import_tab
            assert imp is not None
            imp.receipts_dir = root / "receipts"
            imp.check([bad, good])
            wait(app, receiving.sync, lambda: len(imp.outcomes) == 2)
            imp.start_import()
            wait(app, receiving.sync, lambda: not imp.paths)
            save(app, receiving, out / "sync-import.png")

            children = receiving.sync.children_tab
            assert children is not None
            receiving.sync.tabs.setCurrentWidget(children)
            children.view.selectRow(0)
            record = children.current_record()
            assert record is not None
            upper.sync_import.add_remark(
                str(record["uuid"]), "Đề nghị bổ sung danh sách hộ dự họp vào biên bản."
            )
            children.view.selectRow(1)
            children.view.selectRow(0)
            save(app, receiving, out / "sync-children.png")

            # For checking only: the remark back at the commune, and the identity banner.
            commune.villages.add(VillageData(code="MOI", name="Thôn Mới", households_total=50))
            second = commune.sync.export(root / "2").files[0]
            receipt = upper.sync_import.import_files([second], receipts_dir=root)[0].receipt
            assert receipt is not None
            tab.receipts.import_receipt(receipt)
            form = MeetingDialog(
                commune,
                commune.ctx.today(),
                lambda: i18n.lang,
                commune.meetings.get(str(record["uuid"])),
            )
            form.show()
            save(app, form, out / "sync-remark-on-meeting.png")
            form.done(0)  # closes without asking to discard
            marker = commune.ctx.paths.keys / "identity.json"
            body = json.loads(marker.read_text(encoding="utf-8"))
            body["last_seq"] = 9
            marker.write_text(json.dumps(body), encoding="utf-8")
            tab.refresh()
            save(app, window, out / "sync-identity-banner.png")
            window.close()
            receiving.close()
        finally:
            commune.close()
            upper.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
