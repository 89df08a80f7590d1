"""Minutes PDF of a stored meeting < 200 ms; floor: ReportLab drawing the same text."""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from tests.benchmarks.common import Result, median_ms


def run(store: Path, repeat: int) -> list[Result]:
    """Its own small store: printing assigns document numbers, and the cached
    reference data must stay as generated."""
    del store
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.core.villages import VillageData
    from desktop.documents.fonts import register_fonts
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.services.demo import DEMO_COMMUNE

    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(open_store(Path(tmp) / "data"))
        services.setup.initialize(DEMO_COMMUNE)
        village = services.villages.add(
            VillageData(
                code="DONG", name="Thôn Đông", households_total=212, head_name="Trần Văn Hùng"
            )
        )
        meeting = services.meetings.add_json(
            {
                "village": village.uuid,
                "title": "Bàn và quyết định mức đóng góp làm đường bê tông",
                "meeting_type": "decision",
                "held_on": "2026-03-10",
                "notice_on": "2026-03-07",
                "place": "Nhà văn hóa thôn Đông",
                "chair": "Trần Văn Hùng",
                "secretary": "Lê Thị Mai",
                "households_present": 180,
                "minutes_text": "\n".join(
                    ["Hội nghị thảo luận sôi nổi, thống nhất phương án."] * 8
                ),
                "items": [
                    {
                        "title": f"Nội dung {i}",
                        "matter": "contribution",
                        "method": "show_of_hands",
                        "votes_for": 150,
                        "votes_against": 20,
                    }
                    for i in range(1, 4)
                ],
            }
        )
        out = Path(tmp) / "bb.pdf"
        median = median_ms(lambda: services.documents.minutes_pdf(meeting.uuid, out), repeat)
        text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
        family = register_fonts()
        style = ParagraphStyle("floor", fontName=family, fontSize=13)

        def floor() -> None:
            buf = BytesIO()
            SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(text, style)])

        floor_ms = median_ms(floor, repeat)
        services.close()
    return [Result("minutes PDF", median, floor_ms, "< 200 ms", median < 200)]
