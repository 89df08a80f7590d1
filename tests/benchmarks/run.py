"""The benchmark suite: each budget of BUDGETS.md measured against its floor, same run.

    python3 tasks.py bench            # full measurement
    python3 tasks.py bench --smoke    # a few repetitions, so the suite cannot rot (CI)

Prints one line per budget: name, median, floor, ratio, budget, PASS or MISS.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path


@dataclass(frozen=True)
class Result:
    name: str
    median_ms: float
    floor_ms: float | None
    budget: str
    passed: bool

    def line(self) -> str:
        floor = f"{self.floor_ms:8.1f} ms" if self.floor_ms is not None else "       -   "
        ratio = f"{self.median_ms / self.floor_ms:6.1f}x" if self.floor_ms else "     - "
        verdict = "PASS" if self.passed else "MISS"
        return (
            f"{self.name:<28} median {self.median_ms:8.1f} ms  floor {floor}  "
            f"ratio {ratio}  budget {self.budget:<12} {verdict}"
        )


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: fonts registered, templates read, imports done
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_minutes_pdf(repeat: int) -> Result:
    """Minutes PDF of a stored meeting < 200 ms; floor: ReportLab drawing the same text."""
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
        from pypdf import PdfReader

        text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
        family = register_fonts()
        style = ParagraphStyle("floor", fontName=family, fontSize=13)

        def floor() -> None:
            buf = BytesIO()
            SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(text, style)])

        floor_ms = median_ms(floor, repeat)
        services.close()
    return Result("minutes PDF", median, floor_ms, "< 200 ms", median < 200)


BENCHES: list[Callable[[int], Result]] = [bench_minutes_pdf]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="few repetitions (CI)")
    args = parser.parse_args(argv)
    repeat = 3 if args.smoke else 30
    import platform

    print(
        f"# machine: {platform.machine()} {platform.processor() or ''} "
        f"python {platform.python_version()} ({'smoke' if args.smoke else 'full'})"
    )
    results = [bench(repeat) for bench in BENCHES]
    for r in results:
        print(r.line())
    missed = [r for r in results if not r.passed]
    if missed:
        print(f"{len(missed)} budget(s) missed: " + ", ".join(r.name for r in missed))
    return 0 if args.smoke or not missed else 1


if __name__ == "__main__":
    sys.exit(main())
