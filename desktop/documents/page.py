"""The Decree 30/2020 page that every official document is printed on.

One renderer for every document type (minutes, invitation, decision, notice,
report ...): a document module fills an :class:`OfficialDocument` and calls
:func:`render_document`. Layout follows Decree 30/2020/NĐ-CP, Appendix I (see
DOMAIN.md §6): A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right),
two-column header, bold capital title, 13 pt justified body, page numbers in
the top margin from page 2, signature blocks, "Nơi nhận" list.

The data model lives in :mod:`desktop.documents.model` and the flowables in
:mod:`desktop.documents.layout`; this module is the public face of both.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from desktop.documents.layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MOTTO,
    NATIONAL_TITLE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    build_story,
    nfc,
    no_page_number,
    page_number,
)
from desktop.documents.model import (
    TYPE_CODES,
    Align,
    BodyItem,
    BodyTable,
    OfficialDocument,
    Para,
    ParaKind,
    SignatureBlock,
    date_fields,
    format_number,
    format_place_date,
    record_qr_payload,
)

__all__ = [
    "CREATOR",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "MOTTO",
    "NATIONAL_TITLE",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "TEXT_WIDTH",
    "TYPE_CODES",
    "Align",
    "BodyItem",
    "BodyTable",
    "OfficialDocument",
    "Para",
    "ParaKind",
    "SignatureBlock",
    "date_fields",
    "format_number",
    "format_place_date",
    "record_qr_payload",
    "render_document",
]

CREATOR = "Sổ Dân Chủ"


def render_document(
    doc: OfficialDocument, out: Path | BinaryIO, *, invariant: bool | None = None
) -> None:
    """Write ``doc`` as a PDF to a path or a binary stream.

    Args:
        invariant: ``True`` gives byte-identical output for identical input
            (fixed creation date and document id); ``None`` follows
            ``reportlab.rl_config.invariant``.
    """
    story = build_story(doc)
    template = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        title=nfc(" - ".join(x for x in (doc.title.replace("\n", " ").upper(), doc.subject) if x)),
        author=nfc(doc.issuer_lines[-1]).upper(),
        subject=nfc(format_number(doc.number, doc.type_code, doc.issuer_symbol)),
        creator=CREATOR,
        producer=CREATOR,
        invariant=invariant,
    )
    template.build(story, onFirstPage=no_page_number, onLaterPages=page_number)
