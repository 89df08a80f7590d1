"""Screenshots of the entry forms of issues 15 and 16 at 1366×768 (for a person to look at):
the citizen section's three tabs (the demo commune's records), the reception, case and
consultation forms, a case's step dialog, an oversight's answer step and a refusal under its
field.

    QT_QPA_PLATFORM=offscreen python tests/ui/citizen_screens.py docs/screenshots
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
from desktop.ui.main_window import CITIZEN, CIVIC, MainWindow
from tests.ui.civic_screens import fill as fill_civic
from tests.ui.officer_screens import SCREEN, compile_translations, save


def fill(services: Services) -> dict[str, str]:
    """A reception, two letters and two cases, as a commune keeps them."""
    services.receptions.add_json(
        {"session_on": "2026-11-17", "session_kind": "regular", "presided_by": "Lê Thị Hoa",
         "presider_role": "chairman", "chairman_in_person": True, "place": "Trụ sở UBND xã",
         "visits": [
             {"name": "Nguyễn Văn An", "address": "Thôn Đông", "people": 1,
              "summary": "Đường liên thôn xuống cấp", "matter_type": "petition",
              "case_id": "VV-11"},
             {"name": "Trần Văn Bình", "address": "Thôn Bắc", "people": 6,
              "summary": "Ranh giới đất giữa hai hộ", "matter_type": "complaint",
              "case_id": "VV-07"},
         ]}
    )  # fmt: skip
    letter = services.letters.add_json(
        {"received_day": "2026-11-10", "letter_type": "complaint", "signed": True,
         "summary": "Khiếu nại quyết định thu hồi đất", "source": "post"}
    )  # fmt: skip
    services.letters.add_json(
        {"received_day": "2026-11-18", "letter_type": "petition",
         "summary": "Đề nghị lắp đèn đường thôn Nam"}
    )  # fmt: skip
    case = services.cases.add_json(
        {"case_type": "complaint", "case_id": "KN-01", "received_day": "2026-11-10",
         "subject": "Khiếu nại quyết định thu hồi đất", "signed": True, "letter": letter.uuid,
         "person_name": "Nguyễn Văn An",
         "events": [{"type": "accepted", "on": "2026-11-16"}]}
    )  # fmt: skip
    return {"case": case.uuid}


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
            window = MainWindow(services, i18n)
            window.resize(*SCREEN)
            window.show()
            window.show_section(CITIZEN)
            for kind in window.citizen.kinds:  # the demo's own: its next deadlines
                window.citizen.page_of(kind)
                save(app, window, out / f"citizen-{kind}s.png")
            made = fill(services)
            fill_civic(services)
            window.citizen.refresh()
            window.civic.refresh()
            page = window.citizen.page_of("reception")
            page.select(page.model.id_at(0) or "")
            form = page.edit_form()
            assert form is not None
            form.show()
            form.preview()
            save(app, form, out / "form-reception.png")
            form.done(0)
            cases = window.citizen.page_of("case")
            cases.select(made["case"])
            form = cases.edit_form()
            assert form is not None
            form.show()
            save(app, form, out / "form-case.png")
            form.done(0)
            step = cases.event_form()
            assert step is not None
            step.editors["type"].set_value("decided")
            step.editors["on"].set_value("2026-11-12")
            step.save()  # before the acceptance: refused under its day
            step.show()
            save(app, step, out / "form-case-step-refused.png")
            step.done(0)
            window.show_section(CIVIC)
            consultations = window.civic.page_of("consultation")
            save(app, window, out / "civic-consultations-buttons.png")
            form = consultations.add_form()
            form.show()
            save(app, form, out / "form-consultation-new.png")
            form.done(0)
            board = services.boards.add_json(
                {"title": "Ban thanh tra nhân dân xã", "board_type": "ttnd",
                 "members": [{"name": "Lê Văn Tâm", "role": "head"}]}
            )  # fmt: skip
            oversight = services.oversights.add_json(
                {"title": "Giám sát việc thu quỹ đường thôn", "board": board.uuid,
                 "activity": "inspection", "starts_on": "2026-10-20",
                 "recommendations": [
                     {"content": "Công khai thu chi quỹ", "countersigned_on": "2026-10-28",
                      "sent_on": "2026-11-02", "ubnd_received_on": "2026-11-02"}]}
            )  # fmt: skip
            page = window.civic.page_of("oversight")
            page.refresh()
            page.select(oversight.uuid)
            step = page.event_form()
            assert step is not None
            step.editors["type"].set_value("answered")
            step.editors["row"].set_value("1")
            step.show()
            save(app, step, out / "form-oversight-answer.png")
            step.done(0)

        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
