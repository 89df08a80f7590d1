"""Core's posting verdict and the printed minutes closing the posting agree (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.warning_words import word_warning
from desktop.services.container import Services
from desktop.services.disclosure_documents import DisclosureDocumentService
from tests.services.test_disclosure_documents import _text, docs

__all__ = ["docs"]  # the fixture


def _office_twice(services: Services, second_removed: str) -> str:
    """Two back-to-back notices at the commune office, the board named differently."""
    return services.disclosures.add_json(
        {
            "category": 2,
            "title": "Quyết toán ngân sách xã năm 2025",
            "decided_on": "2026-04-01",
            "forms": ["notice_board"],
            "postings": [
                {
                    "location": "Bảng tin trụ sở UBND xã",
                    "posted_on": "2026-04-06",
                    "removed_on": "2026-04-20",
                },
                {
                    "location": "Trụ sở UBND xã",
                    "posted_on": "2026-04-21",
                    "removed_on": second_removed,
                },
            ],
        }
    ).uuid


@pytest.mark.parametrize(
    ("removed", "days", "short"),
    [("2026-05-05", 29, True), ("2026-05-06", 30, False), ("2026-05-07", 31, False)],
)
def test_back_to_back_office_postings_judged_alike_by_core_and_the_minutes(
    services: Services,
    docs: DisclosureDocumentService,
    tmp_path: Path,
    removed: str,
    days: int,
    short: bool,
) -> None:
    """06–20/04 then 21/04 on: one stretch at the office (Law Art. 13(2), counted by the
    Civil Code rule). Before issue 12 the minutes split the office by board name and
    printed "Chưa đủ 30 ngày" twice while core warned nothing."""
    uuid = _office_twice(services, removed)
    warned = [w for w in services.disclosures.get(uuid).warnings if w.code == "removed_early"]
    assert bool(warned) is short
    if short:
        assert f"chỉ {days} ngày" in word_warning("disclosure", warned[0])
    data = docs.end_of_posting_data(uuid)
    rows = [(data.days(p), data.result(p).value) for p in data.places]
    assert rows == [(days, "short" if short else "met")]
    text = _text(docs.end_of_posting_pdf(uuid, tmp_path / "bb.pdf"))
    assert ("Chưa đủ 30 ngày" in text) is short
    assert ("Đủ 30 ngày" in text.replace("Chưa đủ 30 ngày", "")) is not short
