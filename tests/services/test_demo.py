from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import SetupError
from desktop.core.today import TodoCode
from desktop.services.container import Services
from desktop.services.demo import make_demo
from tests.conftest import Clock
from tests.documents.pdftext import flat_text

DENOUNCER = "Lê Văn Khải"  # the demo's denouncer: confidential (LTCD Art. 3(2))
NEW_KINDS = ("reception", "letter", "case", "consultation", "dialogue", "board", "oversight")


def test_demo_fills_every_kind_and_passes_check(services: Services) -> None:
    make_demo(services)
    assert services.villages.count() == 6
    assert services.meetings.count() == 3
    assert services.conventions.count() == 1
    assert services.disclosures.count() == 3
    statuses = {services.disclosures.to_json(d)["status"] for d in services.disclosures.list()}
    assert {"posted", "overdue"} <= statuses
    assert services.maintenance.check().ok
    with pytest.raises(SetupError):
        make_demo(services)


def test_demo_holds_the_new_kinds_as_a_hand_count_says(services: Services) -> None:
    make_demo(services)
    counts = {kind: services.kinds.service(kind).count() for kind in NEW_KINDS}
    assert counts == {
        "reception": 4,
        "letter": 6,
        "case": 2,
        "consultation": 1,
        "dialogue": 1,
        "board": 1,
        "oversight": 1,
    }
    # The repeat visit: two visits, two sessions, one matter (one vụ việc).
    visits = [v for s in services.receptions.list() for v in s.data.visits if v.case_id]
    assert len(visits) == 2 and len({v.case_id for v in visits}) == 1
    assert visits[0].case_id in {c.data.case_id for c in services.cases.list()}
    letters = [services.letters.to_json(x) for x in services.letters.list()]
    assert sorted(str(x["handling"]) for x in letters) == [
        "accepted",
        "accepted",
        "answered",
        "forwarded",
        "guided",
        "pending",
    ]
    assert {str(x["letter_type"]) for x in letters} == {"complaint", "denunciation", "petition"}
    figures = services.reports.figures(str(services.ctx.today().year)).citizen
    r, le, c, civic = figures.reception, figures.letters, figures.cases, figures.civic
    assert (r.sessions, r.visits, r.people, r.repeat_visits, r.groups) == (4, 5, 10, 1, 1)
    assert (le.received, le.eligible, le.ours) == (6, 5, 3)
    assert (c.in_jurisdiction, c.settled, c.rate, c.on_time) == (2, 1, 5000, 1)
    assert (civic.consultations, civic.opinions, civic.dialogues) == (1, 376, 1)
    assert (civic.dialogue_attendance, civic.inspections, civic.cases_verified) == (142, 1, 3)
    assert (civic.ttnd_recommendations.made, civic.ttnd_recommendations.answered) == (1, 0)
    assert services.maintenance.check().ok


def test_the_demo_period_report_shows_the_4_10_figures(services: Services, tmp_path: Path) -> None:
    make_demo(services)
    pdf = services.reports.report_pdf(str(services.ctx.today().year), tmp_path / "bc.pdf")
    text = flat_text(pdf.read_bytes())
    assert "TIẾP NHẬN, PHÂN LOẠI VÀ XỬ LÝ ĐƠN" in text and "Tổng số đơn trong kỳ: 6 đơn" in text
    assert "đã giải quyết 1 vụ việc, đạt tỷ lệ 50,00%" in text
    assert "nhận được 376 ý kiến" in text and "142 lượt người" in text
    assert DENOUNCER not in text


def test_the_demo_records_pass_their_kinds_codec(services: Services) -> None:
    make_demo(services)
    for kind in services.kinds.names:
        service = services.kinds.service(kind)
        for stored in service.list():
            record = service.to_json(stored)
            assert service.codec.read(record) == service.data_of(stored), (kind, record)


def test_the_overdue_commitment_is_in_the_overview_today(services: Services) -> None:
    make_demo(services)
    [item] = [i for i in services.today.todo() if i.kind == "dialogue"]
    assert item.code is TodoCode.CIVIC_DUE and item.late
    assert item.detail is not None and item.detail.code == "commitment_due"
    assert item.detail.params["content"] == "Công khai danh sách hộ nghèo được hỗ trợ"
    kinds = {i.kind for i in services.today.todo()}
    assert {"reception", "case", "oversight"} <= kinds  # an answer due within 5 wd each


def test_the_denouncer_is_in_no_list_search_or_bundle(services: Services, tmp_path: Path) -> None:
    make_demo(services)
    [case] = [c for c in services.cases.list() if c.data.case_type.value == "denunciation"]
    assert case.data.person_name == DENOUNCER  # kept for the officer handling the case
    assert not services.search.search(DENOUNCER)
    hits = services.search.search("Khải")  # "khai" of "Công khai" matches, accents optional
    assert hits and not [h for h in hits if h.kind in ("case", "letter")]
    bundle = services.sync.export(tmp_path / "out").files[0]
    with zipfile.ZipFile(bundle) as zf:
        for name in zf.namelist():
            assert DENOUNCER.encode() not in zf.read(name), name


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 2, 24, 3, tzinfo=UTC),  # the first working day after Tết 2026
        datetime(2026, 7, 2, 3, tzinfo=UTC),  # Law 136 in force since the day before
        datetime(2027, 1, 4, 3, tzinfo=UTC),  # a new year: most records in the last one
    ],
)
def test_the_demo_is_made_on_any_day(services: Services, clock: Clock, now: datetime) -> None:
    clock.now = now
    make_demo(services)
    assert all(services.kinds.service(kind).count() for kind in NEW_KINDS)
    assert services.maintenance.check().ok
    assert any(i.kind == "dialogue" and i.late for i in services.today.todo())


def test_the_next_deadline_a_list_sorts_by_is_the_record_json_s(services: Services) -> None:
    make_demo(services)
    for kind in NEW_KINDS:
        service = services.kinds.service(kind)
        if not any(c.key == "next_deadline" for c in service.spec.columns):
            continue  # a board has no deadline of its own in the list
        stored = service.list()
        for key in ("next_deadline", "next_deadline_overdue"):
            expected = [service.to_json(s).get(key) for s in stored]
            assert service.column_values(stored, key) == expected, kind
        ordered = service.ids_by(service.query(), "next_deadline")
        days = [service.to_json(service.get(u))["next_deadline"] for u in ordered]
        given = [d for d in days if d]
        assert given == sorted(given) and days == given + [None] * (len(days) - len(given))
