"""Screenshots of each role's window at 1366×768 for a person to look at (not a test).

    python tests/ui/role_screens.py [OUTDIR]

Offscreen, in Vietnamese: the commune's overview (role-commune-overview.png), a village
head's overview (role-village-overview.png), the receiving level's overview with its units
and what needs attention (role-upper-overview.png), and its units' records under «Đơn vị
cấp dưới» with a record open in the viewer (role-upper-units-records.png). OUTDIR defaults
to /tmp/ui-shots.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import OVERVIEW, SYNC, MainWindow
from tests.services.test_sync_village import MEETING
from tests.ui.disclosure_screens import compile_translations
from tests.ui.sync_screens import save

SCREEN = (1366, 768)
PROVINCE = InstallationData(
    role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh", upper_name="UBND Thành phố"
)
VILLAGE = InstallationData(
    role=Role.VILLAGE,
    code="DONG",
    name="Thôn Đông",
    parent_code="25222",
    parent_name="Xã Tân Phú",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    officer_name="Trần Văn Hùng",
)


def _window(app: QApplication, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    window.resize(*SCREEN)
    window.show()
    for _ in range(20):
        app.processEvents()
    return window


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
        village = build_services(open_store(root / "village"))
        upper = build_services(open_store(root / "upper"))
        other = build_services(open_store(root / "other"))
        try:
            make_demo(commune)
            save(app, _window(app, commune, i18n), out / "role-commune-overview.png")

            village.setup.initialize(VILLAGE)
            own = village.villages.add(
                VillageData(code="DONG", name="Thôn Đông", households_total=212)
            )
            village.meetings.add_json({**MEETING, "village": own.uuid})
            window = _window(app, village, i18n)
            save(app, window, out / "role-village-overview.png")

            upper.setup.initialize(PROVINCE)
            upper.sync_import.register_child(commune.sync.export_key(root / "c.json"))
            other.setup.initialize(
                InstallationData(
                    role=Role.COMMUNE,
                    code="25225",
                    name="Xã Tân Hòa",
                    upper_code="79",
                    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
                )
            )
            upper.sync_import.register_child(other.sync.export_key(root / "o.json"))
            upper.sync_import.import_files(
                list(commune.sync.export(root / "out").files), receipts_dir=root
            )
            receiving = _window(app, upper, i18n)
            receiving.show_section(OVERVIEW)
            save(app, receiving, out / "role-upper-overview.png")

            receiving.show_section(SYNC)
            children = receiving.sync.children_tab
            assert children is not None
            receiving.sync.tabs.setCurrentWidget(children)
            children.kind.setCurrentIndex(children.kind.findData("disclosure"))
            children.view.selectRow(0)
            save(app, receiving, out / "role-upper-units-records.png")
        finally:
            for services in (commune, village, upper, other):
                services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
