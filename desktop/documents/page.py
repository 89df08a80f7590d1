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

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypeVar

from reportlab.lib.pagesizes import A4, landscape
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
from desktop.documents.templates import DocumentTemplate

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
    "renderer",
    "write_pdf",
]

CREATOR = "Sổ Dân Chủ"
D = TypeVar("D")
D_contra = TypeVar("D_contra", contravariant=True)


def write_pdf(
    doc: OfficialDocument,
    story: list[Any],
    out: Path | BinaryIO,
    *,
    number: str,
    invariant: bool | None = None,
) -> None:
    """Lay ``story`` out on the A4 page (margins, page numbers from page 2) with ``doc``'s
    title, issuer and ``number`` as the PDF's metadata.

    Args:
        invariant: ``True`` gives byte-identical output for identical input
            (fixed creation date and document id); ``None`` follows
            ``reportlab.rl_config.invariant``.
    """
    template = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=landscape(A4) if doc.landscape else A4,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        title=nfc(" - ".join(x for x in (doc.title.replace("\n", " ").upper(), doc.subject) if x)),
        author=nfc(doc.issuer_lines[-1].replace("\n", " ")).upper(),
        subject=nfc(number),
        creator=CREATOR,
        producer=CREATOR,
        invariant=invariant,
    )
    template.build(story, onFirstPage=no_page_number, onLaterPages=page_number)


def render_document(
    doc: OfficialDocument, out: Path | BinaryIO, *, invariant: bool | None = None
) -> None:
    """Write ``doc`` as a PDF to a path or a binary stream (``invariant``: see
    :func:`write_pdf`)."""
    number = format_number(doc.number, doc.type_code, doc.issuer_symbol)
    write_pdf(doc, build_story(doc), out, number=number, invariant=invariant)


class Renderer(Protocol[D_contra]):
    """``render_x(data, out, *, template=None, invariant=None)``: build a document from
    its data and template and write it as a PDF."""

    def __call__(
        self,
        data: D_contra,
        out: Path | BinaryIO,
        *,
        template: DocumentTemplate | None = None,
        invariant: bool | None = None,
    ) -> None: ...


def renderer(
    build: Callable[[D, DocumentTemplate | None], OfficialDocument],
    write: Callable[..., None] = render_document,
) -> Renderer[D]:
    """The ``render_x`` of a document type whose ``build_x(data, template)`` is ``build``;
    ``write`` puts the built document on paper (a convention's own page, for one)."""

    def render(
        data: D,
        out: Path | BinaryIO,
        *,
        template: DocumentTemplate | None = None,
        invariant: bool | None = None,
    ) -> None:
        write(build(data, template), out, invariant=invariant)

    return render
