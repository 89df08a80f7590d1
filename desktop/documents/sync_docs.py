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


def _motto() -> list[object]:
    """The national heading every Vietnamese administrative paper starts with (D30)."""
    register_fonts()
    bold = ParagraphStyle("m", fontName=BOLD, fontSize=12, leading=16, alignment=1)
    return [
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold),
        Paragraph("<u>Độc lập - Tự do - Hạnh phúc</u>", bold),
        Spacer(1, 8 * mm),
    ]


def bundle_cover(fields: Sequence[tuple[str, str]], counts: Sequence[Sequence[object]]) -> bytes:
    """The human-readable cover sheet inside a bundle (BUNDLE.md data/cover.pdf)."""
    title, body, _ = _styles()
    story: list[object] = [*_motto(), Paragraph("PHIẾU GÓI DỮ LIỆU ĐỒNG BỘ", title)]
    story.append(Spacer(1, 6 * mm))
    story += [Paragraph(f"<b>{_esc(k)}:</b> {_esc(v)}", body) for k, v in fields]
    story += [Spacer(1, 4 * mm), _table(counts, [60 * mm, 35 * mm, 35 * mm])]
    return _pdf(story, title="Phiếu gói dữ liệu")


def registration_sheet(fields: Sequence[tuple[str, str]], fingerprint: str) -> bytes:
    """The sheet an officer signs and sends up so the receiver registers the key."""
    title, body, _ = _styles()
    big = ParagraphStyle("fp", fontName=BOLD, fontSize=16, leading=22, alignment=1)
    story: list[object] = [
        *_motto(),
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
        Paragraph(
            "<b>NGƯỜI LẬP PHIẾU</b><br/><i>(Ký, ghi rõ họ tên)</i>",
            ParagraphStyle("sig", parent=body, alignment=1, leftIndent=80 * mm),
        ),
    ]
    return _pdf(story, title="Phiếu đăng ký khóa")


def board_pdf(
    heading: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    subtitle: Sequence[str] = (),
    highlight: Sequence[int] = (),
    widths_mm: Sequence[float] = (),
    groups: Sequence[tuple[str, int, int]] = (),
) -> bytes:
    """The receiving level's reporting board as a landscape table.

    Args:
        rows: the children, then the totals line (printed bold).
        highlight: indexes into ``rows`` shaded as silent children.
        widths_mm: widths of the columns after the first, which takes the room left.
        groups: ``(label, first, last)`` column spans titled above the header.
    """
    title, body, _ = _styles()
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=7.5, leading=9)
    number = ParagraphStyle("n", parent=cell, alignment=2)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=7, leading=8.5, alignment=1)
    story: list[object] = [Paragraph(_esc(heading), title), Spacer(1, 3 * mm)]
    story += [Paragraph(_esc(line), body) for line in subtitle]
    story.append(Spacer(1, 3 * mm))
    rest = [w * mm for w in widths_mm] or [12.5 * mm] * (len(header) - 1)
    widths = [landscape(A4)[0] - 40 * mm - sum(rest), *rest]
    top = len(groups) and 1  # a row of group titles above the header
    data: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, top), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if groups:
        line: list[object] = [""] * len(header)
        for label, first, last in groups:
            line[first] = Paragraph(_esc(label), head)
            style.append(("SPAN", (first, 0), (last, 0)))
        data.append(line)
    data.append([Paragraph(_esc(h), head) for h in header])
    bold = ParagraphStyle("tb", parent=cell, fontName=BOLD)
    bold_number = ParagraphStyle("tn", parent=number, fontName=BOLD)
    for i, row in enumerate(rows):
        last = i == len(rows) - 1
        data.append(
            [
                Paragraph(
                    _esc(c),
                    (bold_number if last else number)
                    if isinstance(c, int)
                    else (bold if last else cell),
                )
                for c in row
            ]
        )
    if rows:
        end = top + len(rows)
        style.append(("BACKGROUND", (0, end), (-1, end), colors.HexColor("#f2f2f2")))
    style += [
        ("BACKGROUND", (0, top + 1 + i), (-1, top + 1 + i), colors.HexColor("#f8d7da"))
        for i in highlight
    ]
    table = Table(data, colWidths=widths, repeatRows=top + 1)
    table.setStyle(TableStyle(style))
    story.append(table)
    return _pdf(story, wide=True, title=heading)
