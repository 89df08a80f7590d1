"""Minutes and invitations of stored meetings: text, numbering, QR identity."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.villages import VillageData
from desktop.services.container import Services


@pytest.fixture
def meeting(services: Services, commune: object) -> str:
    village = services.villages.add(
        VillageData(
            code="DONG",
            name="Thôn Đông",
            households_total=212,
            head_name="Trần Văn Hùng",
            households_as_of=date(2026, 1, 1),
        )
    ).uuid
    return services.meetings.add_json(
        {
            "village": village,
            "title": "Bàn mức đóng góp làm đường",
            "meeting_type": "decision",
            "held_on": "2026-03-10",
            "notice_on": "2026-03-07",
            "place": "Nhà văn hóa thôn Đông",
            "chair": "Trần Văn Hùng",
            "secretary": "Lê Thị Mai",
            "households_present": 168,
            "minutes_text": "Hội nghị thống nhất miễn đóng góp cho hộ nghèo.",
            "items": [
                {
                    "title": "Mức đóng góp 500.000 đồng/hộ",
                    "matter": "contribution",
                    "method": "show_of_hands",
                    "votes_for": 143,
                    "votes_against": 20,
                    "votes_other": 5,
                }
            ],
        }
    ).uuid


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_minutes_pdf_carries_the_record(services: Services, meeting: str, tmp_path: Path) -> None:
    out = services.documents.minutes_pdf(meeting, tmp_path / "bb.pdf")
    text = " ".join(_text(out).split())
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "THÔN ĐÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BIÊN BẢN",
        "Số: 01/BB-TĐ",
        "Tân Phú, ngày 10 tháng 3 năm 2026",
        "212",
        "168",
        "44",
        "143",
        "Đạt: 143/212 hộ tán thành",
        "miễn đóng góp cho hộ nghèo",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "Lê Thị Mai",
    ):
        assert expected in text, expected
    assert not list(tmp_path.glob("*.part"))


def test_numbers_run_per_village_and_year_and_are_kept(
    services: Services, meeting: str, tmp_path: Path
) -> None:
    first = services.documents.minutes_data(meeting)
    again = services.documents.minutes_data(meeting)
    assert first.number == again.number == 1
    inv = tmp_path / "gm.pdf"
    services.documents.invitation_pdf(meeting, inv)
    assert "Số: 02/GM-TĐ" in " ".join(_text(inv).split())
    other = services.meetings.add_json(
        {
            "village": services.meetings.get(meeting).data.village_uuid,
            "title": "Họp cuối năm",
            "meeting_type": "decision",
            "held_on": "2027-01-05",
            "notice_on": "2027-01-01",
            "households_present": 150,
            "items": [
                {"title": "Quỹ", "matter": "other", "method": "show_of_hands", "votes_for": 120}
            ],
        }
    )
    assert services.documents.minutes_data(other.uuid).number == 1  # a new year starts at 01


def test_qr_payload_names_record_version(services: Services, meeting: str) -> None:
    data = services.documents.minutes_data(meeting)
    assert data.qr_payload.startswith(f"sodanchu:meeting:{meeting}:")
    assert len(data.version_hash) == 64
    services.meetings.update_json(meeting, {"minutes_text": "Sửa lại.", "version": 1})
    assert services.documents.minutes_data(meeting).version_hash != data.version_hash
