"""ReportLab flowables for the Decree 30 page (header, body, signatures).

Geometry and sizes per Decree 30/2020/NĐ-CP, Appendix I (DOMAIN.md §6).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import fonts
from desktop.documents.model import (
    BodyItem,
    BodyTable,
    OfficialDocument,
    Para,
    SignatureBlock,
    format_number,
    format_place_date,
)

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
_HEADER_LEFT = 70 * mm  # the right column must hold the 88 mm national title
_SIGN_SPACE = 20 * mm  # room for a handwritten signature (and a stamp)
_QR_SIZE = 22 * mm


def build_story(doc: OfficialDocument) -> list[Any]:
    """The flowables of ``doc``, first page header to QR code."""
    st = _styles(fonts.register_fonts())
    story: list[Any] = [*_header(doc, st), *_title(doc, st)]
    story += [_body_item(item, st) for item in doc.body]
    story += _closing(doc, st)
    return story


_SPACE_RUN = re.compile(r" {2,}")


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (the form Decree 30 requires)."""
    return unicodedata.normalize("NFC", text)


def _markup(text: str) -> str:
    """Plain text to ReportLab paragraph markup (escaped, NFC, runs of spaces kept)."""
    escaped = escape(nfc(text))
    escaped = _SPACE_RUN.sub(lambda m: "\u00a0" * len(m.group(0)), escaped)
    return escaped.replace("\n", "<br/>")


def _styles(family: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", fonts.REGULAR)
        kw.setdefault("leading", size * 1.25)
        return ParagraphStyle(name, fontSize=size, **kw)

    body = style(
        "body",
        13,
        fontName=family,
        alignment=TA_JUSTIFY,
        firstLineIndent=1 * cm,
        spaceBefore=6,
        leading=17,
    )
    return {
        "issuer": style("issuer", 12, alignment=TA_CENTER),
        "issuer_bold": style("issuer_bold", 12, fontName=fonts.BOLD, alignment=TA_CENTER),
        "national": style("national", 12, fontName=fonts.BOLD, alignment=TA_CENTER),
        "motto": style("motto", 13, fontName=fonts.BOLD, alignment=TA_CENTER),
        "number": style("number", 13, alignment=TA_CENTER),
        "date": style("date", 13, fontName=fonts.ITALIC, alignment=TA_CENTER),
        "title": style("title", 14, fontName=fonts.BOLD, alignment=TA_CENTER, spaceBefore=18),
        "subject": style("subject", 14, fontName=fonts.BOLD, alignment=TA_CENTER, spaceAfter=6),
        "body": body,
        "heading": ParagraphStyle("heading", body, fontName=fonts.BOLD, keepWithNext=1),
        "center": ParagraphStyle("center", body, alignment=TA_CENTER, firstLineIndent=0),
        "plain": ParagraphStyle("plain", body, firstLineIndent=0),
        "cell": style("cell", 12, fontName=family, alignment=TA_LEFT),
        "cell_head": style("cell_head", 12, fontName=fonts.BOLD, alignment=TA_CENTER),
        "capacity": style("capacity", 13, fontName=fonts.BOLD, alignment=TA_CENTER),
        "sign_note": style("sign_note", 12, fontName=fonts.ITALIC, alignment=TA_CENTER),
        "signer": style("signer", 13, fontName=fonts.BOLD, alignment=TA_CENTER),
        "recipients_head": style("recipients_head", 12, fontName=fonts.BOLD_ITALIC),
        "recipient": style("recipient", 11, leading=13),
        "form_note": style("form_note", 11, fontName=fonts.ITALIC, alignment=TA_RIGHT),
        "qr_caption": style("qr_caption", 8.5, fontName=fonts.ITALIC, alignment=TA_CENTER),
    }


# --- flowables --------------------------------------------------------------


class _Rule(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A horizontal line of a given length, centred in the available width."""

    def __init__(self, length: float, height: float = 5.0) -> None:
        super().__init__()
        self.length = length
        self.height = height
        self.avail = length

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        x0 = (self.avail - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x0, self.height / 2, x0 + self.length, self.height / 2)


def _grid(rows: list[list[Any]], widths: list[float], extra: list[Any] | None = None) -> Any:
    table = Table(rows, colWidths=widths, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *(extra or []),
            ]
        )
    )
    return table


def _header(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    *parents, issuer = (nfc(line).upper() for line in doc.issuer_lines)
    left = [Paragraph(_markup(p), st["issuer"]) for p in parents]
    left.append(Paragraph(_markup(issuer), st["issuer_bold"]))
    # Decree 30: the rule under the issuer is 1/3 to 1/2 of the line; the one
    # under the motto is as long as the motto.
    issuer_width = min(stringWidth(issuer, fonts.BOLD, 12), _HEADER_LEFT)
    motto_width = stringWidth(MOTTO, fonts.BOLD, 13)
    right = [Paragraph(NATIONAL_TITLE, st["national"]), Paragraph(_markup(MOTTO), st["motto"])]
    number = format_number(doc.number, doc.type_code, doc.issuer_symbol) if doc.numbered else ""
    rows: list[list[Any]] = [
        [left, right],
        [_Rule(issuer_width * 0.45), _Rule(motto_width)],
        [
            Paragraph(_markup(number), st["number"]),
            Paragraph(_markup(format_place_date(doc.place, doc.date)), st["date"]),
        ],
    ]
    extra = [("TOPPADDING", (0, 2), (-1, 2), 4), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    grid = _grid(rows, [_HEADER_LEFT, TEXT_WIDTH - _HEADER_LEFT], extra)
    if not doc.form_note:
        return [grid]
    return [Paragraph(_markup(doc.form_note), st["form_note"]), grid]


def _title(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    out = [Paragraph(_markup(nfc(doc.title).upper()), st["title"])]
    if doc.subject:
        out.append(Paragraph(_markup(doc.subject), st["subject"]))
    return out


def _body_item(item: BodyItem, st: dict[str, ParagraphStyle]) -> Any:
    if isinstance(item, str):
        return Paragraph(_markup(item), st["body"])
    if isinstance(item, Para):
        return Paragraph(_markup(item.text), st[item.kind])
    return _body_table(item, st)


def _body_table(table: BodyTable, st: dict[str, ParagraphStyle]) -> Any:
    n = len(table.header)
    weights = table.widths or (1.0,) * n
    total = table.width_mm * mm or TEXT_WIDTH
    widths = [total * w / sum(weights) for w in weights]
    aligns = table.align or ("left",) * n
    enum = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    size = table.font_size or st["cell"].fontSize
    sized = {"fontSize": size, "leading": size * 1.25}
    cell_styles = [
        ParagraphStyle(f"cell{i}", st["cell"], alignment=enum[a], **sized)
        for i, a in enumerate(aligns)
    ]
    head = ParagraphStyle("cell_head_sized", st["cell_head"], **sized)
    rows: list[list[Any]] = [[Paragraph(_markup(h), head) for h in table.header]]
    rows += [[Paragraph(_markup(c), cell_styles[i]) for i, c in enumerate(r)] for r in table.rows]
    grid = Table(rows, colWidths=widths, repeatRows=1, spaceBefore=8, spaceAfter=4)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def _capacity(block: SignatureBlock, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [Paragraph(_markup(nfc(c).upper()), st["capacity"]) for c in block.capacity]
    if block.note:
        out.append(Paragraph(_markup(block.note), st["sign_note"]))
    return out


def _signature_row(
    row: tuple[SignatureBlock, ...], left: list[Any] | None, st: dict[str, ParagraphStyle]
) -> Any:
    """One row of signers: capacities on a first table row, names on a second, so
    the names of a row line up whatever the number of capacity lines."""
    half = TEXT_WIDTH / 2
    capacities = [_capacity(b, st) for b in row]
    names = [Paragraph(_markup(b.name) or "\u00a0", st["signer"]) for b in row]
    extra: list[Any] = [
        ("TOPPADDING", (0, 1), (-1, 1), _SIGN_SPACE),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
    ]
    if len(row) == 2:
        widths = [half, half]
    elif left is not None:
        # Decree 30: a lone signer sits right, "Nơi nhận" on the left beside it.
        capacities, names, widths = [left, *capacities], ["", *names], [half, half]
        extra.append(("SPAN", (0, 0), (0, 1)))
    else:
        widths = [half]  # a lone signer between rows of two: centred
    return KeepTogether([_grid([capacities, names], widths, extra)])


def _recipients(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    if not doc.recipients:
        return []
    out: list[Any] = [Paragraph("Nơi nhận:", st["recipients_head"])]
    out += [Paragraph(_markup("- " + r.lstrip("- ")), st["recipient"]) for r in doc.recipients]
    return out


def _qr(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    if not doc.qr_payload:
        return []
    widget = QrCodeWidget(
        nfc(doc.qr_payload), barWidth=_QR_SIZE, barHeight=_QR_SIZE, barBorder=2, barLevel="M"
    )
    drawing = Drawing(_QR_SIZE, _QR_SIZE)
    drawing.add(widget)
    return [drawing, Paragraph(_markup(doc.qr_caption), st["qr_caption"])]


def _closing(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    recipients = _recipients(doc, st)
    out: list[Any] = [Spacer(1, 4)]
    for i, row in enumerate(doc.signatures):
        beside = len(row) == 1 and i == len(doc.signatures) - 1
        out.append(_signature_row(row, recipients if beside else None, st))
        if beside:
            recipients = []
    qr = _qr(doc, st)
    if recipients or qr:
        tail = _grid(
            [[recipients, qr]],
            [TEXT_WIDTH - _QR_SIZE - 8 * mm, _QR_SIZE + 8 * mm],
            [("TOPPADDING", (0, 0), (-1, -1), 12), ("ALIGN", (1, 0), (1, 0), "CENTER")],
        )
        out.append(KeepTogether([tail]))
    return out


# --- page decorations -------------------------------------------------------


def no_page_number(_canvas: Any, _doc: Any) -> None:
    """Decree 30: page 1 carries no number."""


def page_number(canvas: Any, _doc: Any) -> None:
    """Page number centred in the top margin (pages 2 and later)."""
    width, height = canvas._pagesize  # portrait, or a landscape book
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 13)
    canvas.drawCentredString(
        MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2,
        height - MARGIN_TOP / 2 - 4,
        str(canvas.getPageNumber()),
    )
    canvas.restoreState()
