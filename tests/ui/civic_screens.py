"""Screenshots of the consultation & oversight section at 1366×768 (issue 16, for a person
to look at): the consultations tab of the demo commune, and one record in the viewer.

    QT_QPA_PLATFORM=offscreen python tests/ui/civic_screens.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.ui.i18n import I18n
from desktop.ui.main_window import CIVIC, MainWindow
from tests.ui.officer_screens import SCREEN, compile_translations, save


def fill(services: Services) -> None:
    """A few records of each kind, as a commune keeps them."""
    for title, topic, published, closes, count in (
        (
            "Lấy ý kiến dự thảo kế hoạch phát triển kinh tế - xã hội 2027",
            "1",
            "2026-10-05",
            "2026-10-25",
            412,
        ),
        ("Lấy ý kiến phương án bồi thường đường liên thôn", "3", "2026-11-02", "2026-11-21", 96),
        ("Lấy ý kiến quy định thực hiện dân chủ ở cơ sở", "7", "2026-11-16", "2026-12-07", 0),
    ):
        services.consultations.add_json(
            {"title": title, "topic": topic, "consultation_forms": ["b", "c"],
             "plan_sent_on": "2026-09-28", "published_on": published, "closes_on": closes,
             "opinions": [{"channel": "b", "count": count}] if count else []}
        )  # fmt: skip


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
            fill(services)
            window = MainWindow(services, i18n)
            window.resize(*SCREEN)
            window.show()
            window.show_section(CIVIC)
            save(app, window, out / "civic-consultations.png")
            page = window.civic.page_of("consultation")
            page.select(page.model.id_at(1) or "")  # the short one: a warning shown
            dialog = page.record_dialog()
            assert dialog is not None
            dialog.show()
            save(app, dialog, out / "civic-record.png")
            dialog.done(0)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
