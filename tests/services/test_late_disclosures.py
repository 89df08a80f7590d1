"""A disclosure overdue and never posted is late in the report too (Law Art. 12(3)): the
Công khai page, the Báo cáo figures, the printed report and the bundle's counts agree."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.services.container import Services
from tests.documents.pdftext import flat_text

# The tests' fixed clock: today is 23/11/2026.


def _estimate(services: Services, deadline: str) -> str:
    return services.disclosures.add_json(
        {
            "category": 2,
            "title": "Dự toán ngân sách xã năm 2027",
            "decided_on": "2026-11-02",
            "deadline_on": deadline,
            "forms": ["notice_board"],
        }
    ).uuid


@pytest.mark.parametrize(("deadline", "overdue"), [("2026-11-22", 1), ("2026-11-23", 0)])
def test_page_and_report_agree(
    services: Services, commune: object, deadline: str, overdue: int
) -> None:
    uuid = _estimate(services, deadline)
    status = services.disclosures.to_json(services.disclosures.get(uuid))["status"]
    assert status == ("overdue" if overdue else "planned")
    figures = services.reports.figures("2026")
    item = figures.disclosures.get(2)
    if not overdue:
        assert item is None and figures.empty
        return
    assert item is not None
    assert (item.disclosed, item.late, item.overdue, item.behind) == (0, 0, 1, 1)
    assert not figures.empty


def test_a_period_ended_before_the_deadline_does_not_count_it(
    services: Services, commune: object
) -> None:
    _estimate(services, "2026-11-09")
    assert 2 not in services.reports.figures("2026Q3").disclosures  # ended 30/09
    assert services.reports.figures("2026Q4").disclosures[2].overdue == 1
    # Posted since: no longer overdue today, and not late for a period it was due in
    # either once disclosed (then it counts as disclosed late).
    uuid = services.disclosures.list()[0].uuid
    services.disclosures.update_json(
        uuid, {"postings": [{"posted_on": "2026-11-20"}], "version": 1}
    )
    item = services.reports.figures("2026Q4").disclosures[2]
    assert (item.disclosed, item.late, item.overdue) == (1, 1, 0)


def test_printed_report_names_the_overdue_disclosure(
    services: Services, commune: object, tmp_path: Path
) -> None:
    _estimate(services, "2026-11-09")
    text = flat_text(services.reports.report_pdf("2026", tmp_path / "r.pdf").read_bytes())
    assert "đã công khai 0 nội dung; có 1 nội dung công khai chậm" in text
    assert "(trong đó 1 nội dung đã quá hạn nhưng chưa công khai)" in text
    assert "Quá hạn chưa công khai" in text


def test_bundle_counts_report_it(services: Services, commune: object, tmp_path: Path) -> None:
    _estimate(services, "2026-11-09")
    _estimate(services, "2026-12-20")  # not due yet
    result = services.sync.export(tmp_path / "out")
    (bundle,) = [f for f in result.files if f.suffix == ".zip"]
    with zipfile.ZipFile(bundle) as z:
        name = next(n for n in z.namelist() if n.endswith("data/counts.json"))
        counts = json.loads(z.read(name))["counts"]
    assert counts["disclosure"] == {"records": 2, "deleted": 0, "overdue": 1}


@pytest.mark.parametrize(
    ("decided", "due"),
    [
        ("2026-08-20", "2026-08-26"),  # Fri 21, Sat 22 (swapped working day), Mon 24–Wed 26
        ("2026-08-26", "2026-09-07"),  # 27, 28, (31/08 swapped off, 1–2/09 holiday), 3, 4, 7
        ("2026-02-13", "2026-02-27"),  # across Tết 2026 (16–20/02)
    ],
)
def test_disclosure_deadline_across_swaps_and_tet(
    services: Services, commune: object, decided: str, due: str
) -> None:
    from datetime import date, timedelta

    from desktop.core.disclosures import DisclosureStatus, disclosure_status

    stored = services.disclosures.add_json(
        {"category": 1, "title": "Kế hoạch", "decided_on": decided, "forms": ["notice_board"]}
    )
    assert stored.due_on == date.fromisoformat(due)
    calendar = services.calendar.calendar()
    on_due = disclosure_status(stored.data, stored.due_on, calendar)
    day_after = disclosure_status(stored.data, stored.due_on + timedelta(days=1), calendar)
    assert (on_due, day_after) == (DisclosureStatus.PLANNED, DisclosureStatus.OVERDUE)
