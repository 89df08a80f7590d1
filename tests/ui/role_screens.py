"""Screenshots of the window of each role at 1366×768 (not a test).

    python tests/ui/role_screens.py OUTDIR

The commune's overview; the receiving level: its overview (one commune heard from, one
silent, what needs attention), its units' records with a disclosure open in the viewer
(«Đồng bộ › Đơn vị cấp dưới»), its Reports page (the report over its units, one of
them silent); a village head's laptop: its overview and «Đồng bộ › Gửi dữ liệu».
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import REPORTS, SYNC, MainWindow
from tests.ui.screenshots import SCREEN, compile_translations, save
from tests.ui.test_role_windows import PROVINCE, VILLAGE


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    i18n = I18n(app, compile_translations(tmp))
    i18n.apply("vi")

    commune = build_services(open_store(tmp / "commune"))
    make_demo(commune)
    window = MainWindow(commune, i18n)
    window.resize(*SCREEN)
    window.show()
    save(app, window, out / "role-commune-overview.png")
    window.close()
    other = build_services(open_store(tmp / "other"))
    other.setup.initialize(
        InstallationData(
            role=Role.COMMUNE,
            code="26734",
            name="Phường Bến Thành",
            upper_code="79",
            upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        )
    )
    upper = build_services(open_store(tmp / "upper"))
    upper.setup.initialize(PROVINCE)
    for services, code, name in (
        (commune, "25222", "Xã Tân Phú"),
        (other, "26734", "Phường Bến Thành"),
    ):
        key = services.sync.export_key(tmp / f"{code}.json")
        upper.sync_import.register_child(key, code=code, name=name)
    upper.sync_import.import_files(list(commune.sync.export(tmp / "out").files))
    window = MainWindow(upper, i18n)
    window.resize(*SCREEN)
    window.show()
    save(app, window, out / "role-upper-overview.png")
    window.show_section(SYNC)
    children = window.sync.children_tab
    assert children is not None
    window.sync.tabs.setCurrentWidget(children)
    children.kind.setCurrentIndex(children.kind.findData("disclosure"))
    children.view.selectRow(0)
    save(app, window, out / "role-upper-units-records.png")
    window.show_section(REPORTS)
    wait_a_moment(app)  # the figures are counted off the GUI thread
    save(app, window, out / "role-upper-reports.png")
    window.close()

    village = build_services(open_store(tmp / "village"))
    village.setup.initialize(VILLAGE)
    # As the wizard does: the village's own record with the installation.
    village.villages.add(VillageData(code=VILLAGE.code, name=VILLAGE.name, households_total=150))
    window = MainWindow(village, i18n)
    window.resize(*SCREEN)
    window.show()
    save(app, window, out / "role-village-overview.png")
    window.show_section(SYNC)
    save(app, window, out / "role-village-send.png")
    window.close()
    for services in (commune, other, upper, village):
        services.close()


def wait_a_moment(app: QApplication, seconds: float = 2.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
