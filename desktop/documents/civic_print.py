"""The documents of the citizen-reception and civic kinds (issues 15 and 16; DOMAIN.md §4).

One builder for all of them: each document is a template file
(``resources/templates/civic_<name>_vi.txt``, editable: see docs/documents.md) whose
sections the service picks and fills with the record's values, with at most a few ruled
tables (the reception book's TT04 Mẫu 03 columns, a dialogue's commitments ...). Like the
other document modules it takes plain values and knows nothing of records or storage.

Template sections every document has: ``[title]``, ``[subject]``, ``[sign]`` (the
capacity lines of the signer, bold capitals), optionally ``[sign_left]`` (a second signer
on the left: minutes), ``[recipients]`` and ``[qr_caption]``. The body sections are the
service's choice (:attr:`CivicDocData.parts`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.documents.model import BodyItem, BodyTable, OfficialDocument, record_qr_payload
from desktop.documents.page import SignatureBlock, renderer
from desktop.documents.templates import DocumentTemplate, load_template

# A4 landscape less the Decree 30 side margins (30 + 15 mm): a book's table width.
LANDSCAPE_TEXT_MM = 297 - 30 - 15


@dataclass(frozen=True)
class Issuer:
    """Who issues the document and signs it.

    Attributes:
        lines: the header's issuing body, parent first (``("Ủy ban nhân dân\\nxã Tân Phú",)``).
        place: the place of the date line.
        symbol: the abbreviation after the type code (``UBND``, ``BTTND``).
        signer: the signer's name; blank leaves the line to write by hand.
        left_signer: the second signer's name (minutes: the secretary).
    """

    lines: tuple[str, ...]
    place: str
    symbol: str
    signer: str = ""
    left_signer: str = ""


Part = str | BodyTable  # a template section's name, or a table printed there


@dataclass(frozen=True)
class CivicDocData:
    """Everything one document prints.

    Attributes:
        template: the template file name.
        issuer: the issuing body and signer.
        type_code: D30 type code (``TB``, ``KH``, ``BC``, ``BB``, ``PC``, ``""`` for a letter).
        issued_on: the document's date.
        values: the template's placeholders (plain text; dates already dd/mm/yyyy).
        parts: the body in order: section names and tables.
        form_note: the national form followed, printed above the header.
        numbered: print the number line (a book and an internal slip have none).
        landscape: A4 landscape (the books).
        number: the number in the issuer's register; ``None`` prints a blank.
        record_uuid, version_hash: the record version for the QR code (none when empty).
        kind: the record's kind, in the QR code.
    """

    template: str
    issuer: Issuer
    type_code: str
    issued_on: dt.date
    values: dict[str, str] = field(default_factory=dict)
    parts: tuple[Part, ...] = ()
    form_note: str = ""
    numbered: bool = True
    landscape: bool = False
    number: int | None = None
    record_uuid: str = ""
    version_hash: str = ""
    kind: str = "record"

    @property
    def qr_payload(self) -> str | None:
        if not self.record_uuid:
            return None
        return record_qr_payload(self.kind, self.record_uuid, self.version_hash)


def build_civic_document(
    data: CivicDocData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The document on the Decree 30 page, its wording from the template."""
    tpl = template or load_template(data.template)
    values = data.values
    body: list[BodyItem] = []
    for part in data.parts:
        if isinstance(part, BodyTable):
            body.append(part)
        else:
            body += tpl.paragraphs(part, values)
    right = SignatureBlock(tpl.lines("sign", values), data.issuer.signer)
    row: tuple[SignatureBlock, ...] = (right,)
    if "sign_left" in tpl.sections:
        row = (SignatureBlock(tpl.lines("sign_left", values), data.issuer.left_signer), right)
    qr = data.qr_payload
    return OfficialDocument(
        issuer_lines=data.issuer.lines,
        type_code=data.type_code,
        issuer_symbol=data.issuer.symbol,
        place=data.issuer.place,
        date=data.issued_on,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values) if "subject" in tpl.sections else "",
        body=tuple(body),
        signatures=(row,),
        recipients=tpl.lines("recipients", values) if "recipients" in tpl.sections else (),
        number=data.number,
        qr_payload=qr,
        qr_caption=tpl.text("qr_caption", values) if qr and "qr_caption" in tpl.sections else "",
        form_note=data.form_note,
        numbered=data.numbered,
        landscape=data.landscape,
    )


render_civic_document = renderer(build_civic_document)


@dataclass(frozen=True)
class Draft:
    """A document's content before it is numbered: what the parts modules build from a
    record (:mod:`desktop.documents.citizen_parts`, :mod:`desktop.documents.civic_parts`).

    Attributes:
        template: the template file.
        type_code: D30 type code.
        on: the document's date when the record fixes one (``None``: the day of first issue).
        values, parts, numbered, landscape: as in :class:`CivicDocData`.
    """

    template: str
    type_code: str
    on: dt.date | None
    values: dict[str, str]
    parts: tuple[Part, ...]
    numbered: bool = True
    landscape: bool = False
