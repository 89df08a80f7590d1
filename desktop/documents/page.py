"""The Decree 30/2020 page that every official document is printed on.

One renderer for every document type (minutes, invitation, decision, notice,
report ...): a document module fills an :class:`OfficialDocument` and calls
:func:`render_document`. Layout follows Decree 30/2020/NĐ-CP, Appendix I (see
DOMAIN.md §6): A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right),
two-column header, bold capital title, 13 pt justified body, page numbers in
the top margin from page 2, signature blocks, "Nơi nhận" list.

All text given to this module is plain text (it is escaped here) and is
normalised to Unicode NFC.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal
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
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import fonts

TYPE_CODES = frozenset({"BB", "QĐ", "TB", "BC", "KH", "GM", "NQ"})
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
CREATOR = "Sổ Dân Chủ"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
_HEADER_LEFT = 70 * mm  # the right column must hold the 88 mm national title
_SIGN_SPACE = 20 * mm  # room for a handwritten signature (and a stamp)
_QR_SIZE = 22 * mm
_BLANK_NUMBER = " " * 6  # room to write the number by hand

ParaKind = Literal["body", "heading", "center", "plain"]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Para:
    """One body paragraph.

    Attributes:
        text: plain text; a newline forces a line break.
        kind: ``body`` (justified, first-line indent), ``heading`` (bold,
            kept with the next paragraph), ``center`` or ``plain`` (no indent).
    """

    text: str
    kind: ParaKind = "body"


@dataclass(frozen=True)
class BodyTable:
    """A simple ruled table in the body (e.g. vote counts).

    Attributes:
        header: column headings (printed bold, repeated on a new page).
        rows: cell texts, each row as long as ``header``.
        widths: relative column widths; equal columns when empty.
        align: alignment per column; left when empty.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    align: tuple[Align, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.header)
        if n == 0 or any(len(r) != n for r in self.rows):
            raise ValueError("every table row needs as many cells as the header")
        if (self.widths and len(self.widths) != n) or (self.align and len(self.align) != n):
            raise ValueError("widths and align need one entry per column")


BodyItem = str | Para | BodyTable


@dataclass(frozen=True)
class SignatureBlock:
    """One signer.

    Attributes:
        capacity: lines printed in bold capitals, e.g. ``("TM. BAN CÔNG TÁC
            MẶT TRẬN", "TRƯỞNG BAN")``.
        name: the signer's full name; blank leaves the line to write by hand.
        note: an italic line under the capacity, e.g. ``"(Ký, ghi rõ họ tên)"``.
    """

    capacity: tuple[str, ...]
    name: str = ""
    note: str = ""


@dataclass(frozen=True)
class OfficialDocument:
    """Everything printed on a Decree 30 page.

    Attributes:
        issuer_lines: the issuing body, parent first, e.g. ``("UBND XÃ TÂN
            PHÚ", "THÔN ĐÔNG")``; printed in capitals, the last line bold.
        type_code: one of :data:`TYPE_CODES` (``BB``, ``QĐ``, ``GM`` ...).
        issuer_symbol: the issuer's abbreviation after the type code (``TĐ``).
        place: the place name of the date line (``Tân Phú``).
        date: the date of the document; its year is the numbering year.
        title: the document type, printed in bold capitals; ``\\n`` breaks it.
        subject: the summary line under the title (bold, as written).
        body: paragraphs (``str`` is a body paragraph) and simple tables.
        signatures: rows of one or two blocks; a lone block goes right.
        recipients: the "Nơi nhận" list, one entry per line.
        number: the number within the issuer's year; ``None`` prints a blank.
        qr_payload: when set, a small QR code with ``qr_caption`` ends the
            document so a printed copy can be matched with its record.
    """

    issuer_lines: tuple[str, ...]
    type_code: str
    issuer_symbol: str
    place: str
    date: dt.date
    title: str
    subject: str = ""
    body: tuple[BodyItem, ...] = ()
    signatures: tuple[tuple[SignatureBlock, ...], ...] = ()
    recipients: tuple[str, ...] = ()
    number: int | None = None
    qr_payload: str | None = None
    qr_caption: str = "Mã đối chiếu hồ sơ"

    def __post_init__(self) -> None:
        if self.type_code not in TYPE_CODES:
            raise ValueError(f"unknown type code {self.type_code!r}")
        if not self.issuer_lines:
            raise ValueError("issuer_lines is empty")
        if self.number is not None and self.number < 1:
            raise ValueError("a document number starts at 1")
        if any(not 1 <= len(row) <= 2 for row in self.signatures):
            raise ValueError("a signature row holds one or two blocks")

    @property
    def year(self) -> int:
        """The numbering year (numbers restart at 01 every calendar year)."""
        return self.date.year


def format_number(number: int | None, type_code: str, symbol: str) -> str:
    """The number line: ``Số: 05/BB-TĐ`` (two digits at least; blank when ``None``)."""
    digits = _BLANK_NUMBER if number is None else f"{number:02d}"
    suffix = f"{type_code}-{symbol}" if symbol else type_code
    return f"Số: {digits}/{suffix}"


def format_place_date(place: str, date: dt.date) -> str:
    """The date line: ``Tân Phú, ngày 05 tháng 01 năm 2026``.

    Decree 30 pads days below 10 and the months January and February (so
    that ``1`` cannot later be turned into ``11`` or ``12``); months 3 to 12
    are written as they are.
    """
    f = date_fields(date)
    return f"{place}, ngày {f['day']} tháng {f['month']} năm {f['year']}"


def record_qr_payload(kind: str, uuid: str, version_hash: str) -> str:
    """The QR text matching a print to a record version: ``sodanchu:<kind>:<uuid>:<hash>``."""
    return f"sodanchu:{kind}:{uuid}:{version_hash}"


def date_fields(value: dt.date) -> dict[str, str]:
    """Template values ``day``, ``month``, ``year`` (Decree 30 padding) and,
    for a datetime, ``hour`` and ``minute`` (two digits)."""
    fields = {
        "day": f"{value.day:02d}",
        "month": f"{value.month:02d}" if value.month < 3 else str(value.month),
        "year": str(value.year),
    }
    if isinstance(value, dt.datetime):
        fields |= {"hour": f"{value.hour:02d}", "minute": f"{value.minute:02d}"}
    return fields


def render_document(
    doc: OfficialDocument, out: Path | BinaryIO, *, invariant: bool | None = None
) -> None:
    """Write ``doc`` as a PDF to a path or a binary stream.

    Args:
        invariant: ``True`` gives byte-identical output for identical input
            (fixed creation date and document id); ``None`` follows
            ``reportlab.rl_config.invariant``.
    """
    family = fonts.register_fonts()
    st = _styles(family)
    story: list[Any] = [*_header(doc, st), *_title(doc, st)]
    story += [_body_item(item, st) for item in doc.body]
    story += _closing(doc, st)
    template = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        title=_nfc(" ".join(x for x in (doc.title.replace("\n", " "), doc.subject) if x)),
        author=_nfc(doc.issuer_lines[-1]),
        subject=_nfc(format_number(doc.number, doc.type_code, doc.issuer_symbol)),
        creator=CREATOR,
        producer=CREATOR,
        invariant=invariant,
    )
    template.build(story, onFirstPage=_no_page_number, onLaterPages=_page_number)


# --- text -------------------------------------------------------------------

_SPACE_RUN = re.compile(r" {2,}")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _markup(text: str) -> str:
    """Plain text to ReportLab paragraph markup (escaped, NFC, runs of spaces kept)."""
    escaped = escape(_nfc(text))
    escaped = _SPACE_RUN.sub(lambda m: "\u00a0" * len(m.group(0)), escaped)
    return escaped.replace("\n", "<br/>")


def _styles(family: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", fonts.REGULAR)
        kw.setdefault("leading", size * 1.25)
        return ParagraphStyle(name, fontSize=size, **kw)

    body = style("body", 13, fontName=family, alignment=TA_JUSTIFY, firstLineIndent=1 * cm,
                 spaceBefore=6, leading=17)
    return {
        "issuer": style("issuer", 12, alignment=TA_CENTER),
        "issuer_bold": style("issuer_bold", 12, fontName=fonts.BOLD, alignment=TA_CENTER),
        "national": style("national", 12, fontName=fonts.BOLD, alignment=TA_CENTER),
        "motto": style("motto", 13, fontName=fonts.BOLD, alignment=TA_CENTER),
        "number": style("number", 13, alignment=TA_CENTER),
        "date": style("date", 13, fontName=fonts.ITALIC, alignment=TA_CENTER),
        "title": style("title", 14, fontName=fonts.BOLD, alignment=TA_CENTER, spaceBefore=18),
        "subject": style("subject", 14, fontName=fonts.BOLD, alignment=TA_CENTER,
                         spaceAfter=6),
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
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *(extra or []),
        ])
    )
    return table


def _header(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    *parents, issuer = (_nfc(line).upper() for line in doc.issuer_lines)
    left = [Paragraph(_markup(p), st["issuer"]) for p in parents]
    left.append(Paragraph(_markup(issuer), st["issuer_bold"]))
    # Decree 30: the rule under the issuer is 1/3 to 1/2 of the line; the one
    # under the motto is as long as the motto.
    issuer_width = min(stringWidth(issuer, fonts.BOLD, 12), _HEADER_LEFT)
    motto_width = stringWidth(MOTTO, fonts.BOLD, 13)
    right = [Paragraph(NATIONAL_TITLE, st["national"]), Paragraph(_markup(MOTTO), st["motto"])]
    number = format_number(doc.number, doc.type_code, doc.issuer_symbol)
    rows: list[list[Any]] = [
        [left, right],
        [_Rule(issuer_width * 0.45), _Rule(motto_width)],
        [Paragraph(_markup(number), st["number"]),
         Paragraph(_markup(format_place_date(doc.place, doc.date)), st["date"])],
    ]
    extra = [("TOPPADDING", (0, 2), (-1, 2), 4), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    return [_grid(rows, [_HEADER_LEFT, TEXT_WIDTH - _HEADER_LEFT], extra)]


def _title(doc: OfficialDocument, st: dict[str, ParagraphStyle]) -> list[Any]:
    out = [Paragraph(_markup(_nfc(doc.title).upper()), st["title"])]
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
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    aligns = table.align or ("left",) * n
    enum = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    cell_styles = [ParagraphStyle(f"cell{i}", st["cell"], alignment=enum[a])
                   for i, a in enumerate(aligns)]
    rows: list[list[Any]] = [[Paragraph(_markup(h), st["cell_head"]) for h in table.header]]
    rows += [[Paragraph(_markup(c), cell_styles[i]) for i, c in enumerate(r)] for r in table.rows]
    grid = Table(rows, colWidths=widths, repeatRows=1, spaceBefore=8, spaceAfter=4)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return grid


def _capacity(block: SignatureBlock, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [Paragraph(_markup(_nfc(c).upper()), st["capacity"]) for c in block.capacity]
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
    extra: list[Any] = [("TOPPADDING", (0, 1), (-1, 1), _SIGN_SPACE),
                        ("TOPPADDING", (0, 0), (-1, 0), 10)]
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
    widget = QrCodeWidget(_nfc(doc.qr_payload), barWidth=_QR_SIZE, barHeight=_QR_SIZE,
                          barBorder=2, barLevel="M")
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
        tail = _grid([[recipients, qr]], [TEXT_WIDTH - _QR_SIZE - 8 * mm, _QR_SIZE + 8 * mm],
                     [("TOPPADDING", (0, 0), (-1, -1), 12), ("ALIGN", (1, 0), (1, 0), "CENTER")])
        out.append(KeepTogether([tail]))
    return out


# --- page decorations -------------------------------------------------------


def _no_page_number(_canvas: Any, _doc: Any) -> None:
    """Decree 30: page 1 carries no number."""


def _page_number(canvas: Any, _doc: Any) -> None:
    """Page number centred in the top margin (pages 2 and later)."""
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 13)
    canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 4,
                             str(canvas.getPageNumber()))
    canvas.restoreState()
