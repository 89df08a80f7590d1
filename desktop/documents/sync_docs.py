"""Sheets of the sync protocol: a bundle's cover, the key registration sheet, the board.

Plain A4 pages in the bundled Vietnamese-capable font; byte-stable for the same input
(ReportLab's invariant mode), so the same state exports the same cover.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.fonts import BOLD, REGULAR, register_fonts


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=19, alignment=1)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=12, leading=16, spaceAfter=4)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=9.5, leading=12)
    return title, body, small


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf(story: list[object], *, wide: bool = False, title: str = "") -> bytes:
    rl_config.invariant = 1  # no creation time or random id: same input, same bytes
    buf = BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=25 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="Sổ Dân Chủ",
    )
    doc.build(story)
    return buf.getvalue()


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None) -> Table:
    _, _, small = _styles()
    data = [[Paragraph(_esc(c), small) for c in row] for row in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def bundle_cover(fields: Sequence[tuple[str, str]], counts: Sequence[Sequence[object]]) -> bytes:
    """The human-readable cover sheet inside a bundle (BUNDLE.md data/cover.pdf)."""
    title, body, _ = _styles()
    story: list[object] = [Paragraph("PHIẾU GÓI DỮ LIỆU ĐỒNG BỘ", title), Spacer(1, 6 * mm)]
    story += [Paragraph(f"<b>{_esc(k)}:</b> {_esc(v)}", body) for k, v in fields]
    story += [Spacer(1, 4 * mm), _table(counts, [60 * mm, 35 * mm, 35 * mm])]
    return _pdf(story, title="Phiếu gói dữ liệu")


def registration_sheet(fields: Sequence[tuple[str, str]], fingerprint: str) -> bytes:
    """The sheet an officer signs and sends up so the receiver registers the key."""
    title, body, _ = _styles()
    big = ParagraphStyle("fp", fontName=BOLD, fontSize=16, leading=22, alignment=1)
    story: list[object] = [
        Paragraph("PHIẾU ĐĂNG KÝ KHÓA ĐỒNG BỘ DỮ LIỆU", title),
        Spacer(1, 6 * mm),
    ]
    story += [Paragraph(f"<b>{_esc(k)}:</b> {_esc(v)}", body) for k, v in fields]
    story += [
        Spacer(1, 4 * mm),
        Paragraph("Dấu vân tay khóa công khai (đọc để đối chiếu qua điện thoại):", body),
        Paragraph(_esc(fingerprint), big),
        Spacer(1, 6 * mm),
        Paragraph(
            "Cấp trên đăng ký khóa này một lần (tệp đăng ký đi kèm, lệnh «sodanchu register-child»)"
            " và chỉ nhận các gói được ký bằng đúng khóa này.",
            body,
        ),
        Spacer(1, 14 * mm),
        Paragraph("<b>NGƯỜI LẬP PHIẾU</b> (ký, ghi rõ họ tên)", body),
    ]
    return _pdf(story, title="Phiếu đăng ký khóa")


def board_pdf(heading: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """The receiving level's reporting board as a landscape table."""
    title = _styles()[0]
    story: list[object] = [Paragraph(_esc(heading), title), Spacer(1, 5 * mm)]
    story.append(_table([list(header), *rows]))
    return _pdf(story, wide=True, title=heading)
