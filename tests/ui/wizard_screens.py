"""Screenshots of the first-run wizard for every role (not a test).

    python tests/ui/wizard_screens.py OUTDIR

Offscreen, on a 1366×768 screen: the role page with its three roles; a village head's
laptop (its commune, the village, the summary with the key steps); a receiving level
(the province from the official list, a district refused inline, the summary with the
key steps).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.ui.i18n import I18n
from desktop.ui.wizard import ROLE, FirstRunWizard
from tests.ui.screenshots import SCREEN, compile_translations, save


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    i18n = I18n(app, compile_translations(tmp))
    i18n.apply("vi")
    services = build_services(open_store(tmp / "data"))

    def fresh() -> FirstRunWizard:
        wizard = FirstRunWizard(services, i18n)
        wizard.show()
        assert wizard.width() <= SCREEN[0] and wizard.height() <= SCREEN[1]
        wizard.next()
        assert wizard.currentId() == ROLE
        return wizard

    wizard = fresh()
    save(app, wizard, out / "wizard-roles.png")
    wizard.role.village.setChecked(True)
    wizard.next()
    wizard.commune.select_province("48")
    wizard.commune.select_commune("20308")
    save(app, wizard, out / "wizard-village-commune.png")
    wizard.next()
    wizard.village.name.setText("Thôn Phú Hòa")
    wizard.next()  # refused: no village code
    save(app, wizard, out / "wizard-village.png")
    wizard.village.code.setText("T01")
    wizard.next()
    wizard.officer.name.setText("Lê Văn Tám")
    wizard.next()
    save(app, wizard, out / "wizard-village-summary.png")
    wizard.close()

    wizard = fresh()
    wizard.role.upper.setChecked(True)
    wizard.next()
    wizard.receiver.select_province("48")
    save(app, wizard, out / "wizard-receiver.png")
    wizard.receiver.kind_district.setChecked(True)
    wizard.receiver.name.setText("Huyện Hòa Vang")
    wizard.receiver.body.setText("Ủy ban nhân dân huyện Hòa Vang")
    wizard.receiver.code.setText("49")
    wizard.next()  # refused: a district code has 3 digits
    save(app, wizard, out / "wizard-receiver-district-error.png")
    wizard.receiver.kind_province.setChecked(True)
    wizard.receiver.name.setText("Thành phố Đà Nẵng")
    wizard.receiver.body.setText("Ủy ban nhân dân Thành phố Đà Nẵng")
    wizard.next()
    wizard.officer.name.setText("Trần Văn Bình")
    wizard.next()
    save(app, wizard, out / "wizard-receiver-summary.png")
    wizard.close()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
