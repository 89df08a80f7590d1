"""What the hương ước / quy ước documents (Decree 61/2023) share.

The input pieces every convention document uses (:class:`ConventionInfo`,
:class:`DocumentRef`), the template values built from them, and the one
renderer that prints a convention document on the Decree 30 page with the
touches the plain page lacks:

* a centred paragraph prints **bold** (chapter headings of the text, the
  authority line and "QUYẾT ĐỊNH:" of a decision), or *italic* when it is
  wholly in parentheses (the notes under the title of the text);
* the text itself carries no number nor date line in its header (D61 Art. 6:
  a hương ước is not a numbered document of the village);
* the recognising UBND's confirmation, the last signature row of the text,
  is framed as a box with room for the signature and the seal.

:func:`desktop.documents.page.render_document` still prints any of these
documents correctly, only without those touches.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.core.conventions import ConventionType
from desktop.documents import fonts
from desktop.documents.labels import bare_name
from desktop.documents.layout import build_story, nfc
from desktop.documents.page import (
    MOTTO,
    NATIONAL_TITLE,
    TEXT_WIDTH,
    TYPE_CODES,
    OfficialDocument,
    Para,
    SignatureBlock,
    format_number,
    write_pdf,
)
from desktop.documents.templates import DocumentTemplate, when_text

CONVENTION_TYPE_WORD = {ConventionType.HUONG_UOC: "hương ước", ConventionType.QUY_UOC: "quy ước"}
# Decree 30, Appendix III: "TTr" is the code of a tờ trình (the request, Mẫu 01).
# desktop.documents.model.TYPE_CODES does not list it yet.
EXTRA_TYPE_CODES = frozenset({"TTr"})
# The issuer of a commune UBND document: both lines are the body's name, so
# both print bold (Decree 30, Appendix I).
COMMUNE_ISSUER = "Ủy ban nhân dân\n{commune}"


@dataclass(frozen=True)
class ConventionInfo:
    """The convention a document is about and where it belongs.

    Names are written as used mid-sentence (``"xã Tân Phú"``, ``"thôn Đông"``).

    Attributes:
        convention_type: hương ước or quy ước.
        commune_name: with its kind, e.g. ``"xã Tân Phú"``.
        place_name: the place of the date line, e.g. ``"Tân Phú"``.
        village_name: with its kind, e.g. ``"thôn Đông"``.
        village_symbol: the village's abbreviation in numbers (``"TĐ"``).
        commune_symbol: the commune UBND's abbreviation (``"UBND"`` gives
            ``QĐ-UBND``).
        village_head_title: ``"Trưởng thôn"``, ``"Tổ trưởng tổ dân phố"`` ...
        name: the convention's name mid-sentence when it is not simply
            "<type> <village>, <commune>" (e.g. ``"quy ước về bảo vệ rừng
            thôn Đông, xã Tân Phú"``).
    """

    convention_type: ConventionType
    commune_name: str
    place_name: str
    village_name: str
    village_symbol: str
    commune_symbol: str = "UBND"
    village_head_title: str = "Trưởng thôn"
    name: str = ""

    @property
    def type_word(self) -> str:
        """``hương ước`` or ``quy ước`` (lower case, mid-sentence)."""
        return CONVENTION_TYPE_WORD[ConventionType(self.convention_type)]

    @property
    def convention_name(self) -> str:
        """``hương ước thôn Đông, xã Tân Phú`` unless :attr:`name` says otherwise."""
        return self.name.strip() or f"{self.type_word} {self.village_name}, {self.commune_name}"


@dataclass(frozen=True)
class DocumentRef:
    """A document cited by number and date (a decision, a request, minutes).

    Attributes:
        number: as written on it, e.g. ``"15/QĐ-UBND"``.
        on: its date.
        issuer: who issued it, mid-sentence (``"Chủ tịch Ủy ban nhân dân xã
            Tân Phú"``); blank means the chair of this commune's UBND.
        signer: the signer's name, when it is printed (the confirmation on
            the text).
    """

    number: str
    on: dt.date
    issuer: str = ""
    signer: str = ""


def base_values(info: ConventionInfo) -> dict[str, object]:
    """Template values every convention document has."""
    return {
        "convention_name": info.convention_name,
        "type_word": info.type_word,
        "village_name": info.village_name,
        "village_bare": bare_name(info.village_name),
        "commune_name": info.commune_name,
        "commune_upper": nfc(info.commune_name).upper(),
        "village_head_title": info.village_head_title,
        "village_symbol": info.village_symbol,
        "commune_symbol": info.commune_symbol,
    }


def ref_values(
    prefix: str, ref: DocumentRef, info: ConventionInfo, tpl: DocumentTemplate
) -> dict[str, object]:
    """``<prefix>_number``, ``<prefix>_date`` (in words) and ``<prefix>_by`` of a cited document."""
    by = ref.issuer.strip() or tpl.text("issuer_default", base_values(info))
    return {
        f"{prefix}_number": ref.number,
        f"{prefix}_date": when_text(ref.on, tpl),
        f"{prefix}_by": by,
    }


def percent(part: int, whole: int) -> str:
    """``143`` of ``212`` → ``67,45`` (Vietnamese decimal comma, two decimals)."""
    if whole <= 0:
        return "0"
    return f"{100 * part / whole:.2f}".replace(".", ",")


def text_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped (one printed paragraph each)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def commune_issuer(commune_name: str) -> tuple[str, ...]:
    """The issuer lines of a commune UBND document (one name on two lines)."""
    return (COMMUNE_ISSUER.format(commune=commune_name),)


@dataclass(frozen=True)
class _WithExtraCode(OfficialDocument):
    """An :class:`OfficialDocument` whose type code is in :data:`EXTRA_TYPE_CODES`."""

    def __post_init__(self) -> None:
        if self.type_code not in EXTRA_TYPE_CODES:
            raise ValueError(f"unknown type code {self.type_code!r}")
        # Every other rule of the page, checked on a copy with a known code.
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(OfficialDocument)}
        OfficialDocument(**(fields | {"type_code": "BB"}))


def make_document(**fields: Any) -> OfficialDocument:
    """An :class:`OfficialDocument`, also for a type code the page does not list yet (TTr)."""
    code = fields.get("type_code")
    if code not in TYPE_CODES and code in EXTRA_TYPE_CODES:
        return _WithExtraCode(**fields)
    return OfficialDocument(**fields)


# --- printing -----------------------------------------------------------------


def _style(name: str, size: float, font: str, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=TA_CENTER, **kw)


def _markup(text: str) -> str:
    return escape(nfc(text)).replace("\n", "<br/>")


def _unnumbered_header(doc: OfficialDocument) -> Any:
    """The Decree 30 header without the number and date row (rules as on the page)."""
    *parents, issuer = (nfc(line).upper() for line in doc.issuer_lines)
    header_left = 70 * mm
    issuer_width = min(stringWidth(issuer, fonts.BOLD, 12), header_left)
    left: list[Any] = [Paragraph(_markup(p), _style("ci", 12, fonts.REGULAR)) for p in parents]
    left.append(Paragraph(_markup(issuer), _style("cib", 12, fonts.BOLD)))
    left.append(_rule(issuer_width * 0.45))
    right: list[Any] = [
        Paragraph(NATIONAL_TITLE, _style("cn", 12, fonts.BOLD)),
        Paragraph(_markup(MOTTO), _style("cm", 13, fonts.BOLD)),
        _rule(stringWidth(MOTTO, fonts.BOLD, 13)),
    ]
    table = Table([[left, right]], colWidths=[header_left, TEXT_WIDTH - header_left])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                *((p, (0, 0), (-1, -1), 0) for p in ("LEFTPADDING", "RIGHTPADDING")),
                *((p, (0, 0), (-1, -1), 0) for p in ("TOPPADDING", "BOTTOMPADDING")),
            ]
        )
    )
    return table


def _rule(length: float) -> Any:
    return HRFlowable(width=length, thickness=0.6, color="black", spaceBefore=3, hAlign="CENTER")


def _restyled(flowable: Any, item: Para) -> Any:
    """A centred body paragraph reprinted bold, or italic when in parentheses."""
    if not isinstance(flowable, Paragraph) or flowable.style.name != "center":
        raise RuntimeError("the page layout changed: a body item is not where it was")
    italic = item.text.startswith("(") and item.text.endswith(")")
    style = ParagraphStyle(
        "conv_italic" if italic else "conv_bold",
        flowable.style,
        fontName=fonts.ITALIC if italic else fonts.BOLD,
        keepWithNext=0 if italic else 1,
        spaceBefore=flowable.style.spaceBefore if italic else 10,
    )
    return Paragraph(flowable.text, style)


def _seal_box(block: SignatureBlock) -> Any:
    """The recognising UBND's confirmation, framed, with room for signature and seal.

    The last capacity line is the signer's title (``CHỦ TỊCH``): it is printed
    under the note (the decision's number and date), the others above it.
    """
    bold = _style("cbx", 13, fonts.BOLD)
    lines = [Paragraph(_markup(nfc(line).upper()), bold) for line in block.capacity]
    if block.note and lines:
        lines[-1] = Paragraph(lines[-1].text, ParagraphStyle("cbt", bold, spaceBefore=4))
    # The decision line belongs to the heading; the signer's title stands over
    # the signature, as in a signature block.
    content: list[Any] = lines[:-1]
    if block.note:
        content.append(Paragraph(_markup(block.note), _style("cbn", 12, fonts.ITALIC)))
    content += [*lines[-1:], Spacer(1, 32 * mm), Paragraph(_markup(block.name) or "\u00a0", bold)]
    box = Table([[content]], colWidths=[TEXT_WIDTH * 0.62], hAlign="CENTER")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10 * mm), box])


def convention_story(
    doc: OfficialDocument, *, numbered: bool = True, seal_box: bool = False
) -> list[Any]:
    """The flowables of ``doc`` with the convention touches (see the module docstring).

    Args:
        numbered: print the number and date row of the header.
        seal_box: frame the last signature row (a single block) as the
            recognising UBND's confirmation.
    """
    story = build_story(doc)
    # build_story gives: header, title, subject (when set), one flowable per
    # body item, a spacer, one flowable per signature row, then the tail.
    head = 2 + (1 if doc.subject else 0)
    for i, item in enumerate(doc.body):
        if isinstance(item, Para) and item.kind == "center":
            story[head + i] = _restyled(story[head + i], item)
    if not numbered:
        story[0] = _unnumbered_header(doc)
    if seal_box and doc.signatures:
        last = head + len(doc.body) + len(doc.signatures)
        if len(doc.signatures[-1]) != 1 or not isinstance(story[last], KeepTogether):
            raise RuntimeError("the seal box needs a last signature row of one block")
        story[last] = _seal_box(doc.signatures[-1][0])
    return story


def render_convention_document(
    doc: OfficialDocument,
    out: Path | BinaryIO,
    *,
    invariant: bool | None = None,
    numbered: bool = True,
    seal_box: bool = False,
) -> None:
    """Write ``doc`` as a PDF like :func:`~desktop.documents.page.render_document`,
    with the convention touches (see :func:`convention_story`)."""
    story = convention_story(doc, numbered=numbered, seal_box=seal_box)
    number = format_number(doc.number, doc.type_code, doc.issuer_symbol) if numbered else ""
    write_pdf(doc, story, out, number=number, invariant=invariant)
