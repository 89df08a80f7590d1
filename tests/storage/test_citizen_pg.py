"""Reception sessions, letters and cases on PostgreSQL (the receiving level's database):
written, listed by year, searched without FTS5, checked (issue 15)."""

from __future__ import annotations

from desktop.core.queries import CitizenQuery
from desktop.services.container import Services
from tests.storage.test_postgres import pg_empty, pg_services  # noqa: F401


def test_the_three_kinds_on_postgres(pg_services: Services) -> None:  # noqa: F811
    s = pg_services
    s.receptions.add_json(
        {
            "session_on": "2026-03-03",
            "visits": [{"name": "Nguyễn Văn An", "address": "Thôn Đông", "summary": "Đường"}],
        }
    )
    s.letters.add_json({"received_day": "2026-03-03", "letter_type": "petition"})
    case = s.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": "TC-07",
            "received_day": "2026-03-03",
            "subject": "Tố cáo cán bộ địa chính",
            "person_name": "Quách Thị Xuyến",
        }
    )
    assert s.receptions.years() == [2026] and s.letters.count(CitizenQuery(year=2026)) == 1
    hits = s.search.search("dia chinh")
    assert [(h.kind, h.title) for h in hits] == [("case", "TC-07")]
    assert s.search.search("xuyen") == []
    assert [h.title for h in s.search.search("2026-03-03")] == ["2026-03-03", "2026-03-03"]
    assert s.cases.get(case.uuid).data.person_name == "Quách Thị Xuyến"
    report = s.maintenance.check()
    assert report.ok, report
