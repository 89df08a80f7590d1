"""The citizen kinds through their services on a real SQLite file (issue 15): deadlines on
the installation's calendar, the check after the calendar changes, years and counts."""

from __future__ import annotations

from datetime import date

from desktop.core.installation import Installation
from desktop.core.queries import CitizenQuery
from desktop.services.container import Services


def test_a_day_off_moves_the_deadline_and_check_stays_clean(
    services: Services, commune: Installation
) -> None:
    del commune
    session = services.receptions.add_json(
        {
            "session_on": "2026-03-03",
            "visits": [{"name": "Nguyễn Văn An", "address": "Thôn Đông", "summary": "Đường"}],
        }
    )

    def due() -> str:
        record = services.receptions.to_json(services.receptions.get(session.uuid))
        [answer] = [d for d in record["deadlines"] if d["code"] == "visit_answer"]
        return str(answer["due"])

    assert due() == "2026-03-17"  # 10 working days (LTCD Art. 28)
    services.calendar.add_day_off(date(2026, 3, 10))
    assert due() == "2026-03-18"  # one working day fewer in between
    report = services.maintenance.check()
    assert report.ok, report
    assert services.receptions.years() == [2026]
    assert services.receptions.count(CitizenQuery(year=2025)) == 0
    assert services.receptions.count(CitizenQuery(search="duong")) == 1
    assert services.receptions.count(CitizenQuery(search="nguyen van an")) == 0
