"""What an official document holds, and the Decree 30 number and date formats.

Plain frozen dataclasses, no ReportLab: :mod:`desktop.documents.page` prints
them. All text is plain (the page escapes it) and is normalised to NFC there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar, Literal

# D30 Appendix III; "" is a letter (công văn): "Số: 05/UBND", PC a forwarding slip; KL a
# denunciation's conclusion ("Số: 03/KL-UBND", as the D31 forms number it).
TYPE_CODES = frozenset({"BB", "QĐ", "TB", "BC", "KH", "GM", "NQ", "TTr", "PC", "KL", ""})
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
        width_mm: the table's width; 0 for the text width (a landscape book is wider).
        font_size: the cells' size in points; 0 for the default (12 pt).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    align: tuple[Align, ...] = ()
    width_mm: float = 0
    font_size: float = 0

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
        form_note: the national form followed (``Mẫu số 02 ...``), printed in italics
            above the header on the right; empty for none.
        numbered: ``False`` prints no number line (a book, an internal slip).
        landscape: an A4 landscape page (a book's wide table).
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
    form_note: str = ""
    numbered: bool = True
    landscape: bool = False

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
    suffix = f"{type_code}-{symbol}" if symbol and type_code else symbol or type_code
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


class RecordQr:
    """Mixed into a document's data printed from a stored record of kind ``qr_kind``: its
    ``qr_payload`` (:func:`record_qr_payload`), or ``None`` without a record."""

    qr_kind: ClassVar[str]
    record_uuid: str
    version_hash: str

    @property
    def qr_payload(self) -> str | None:
        if not self.record_uuid:
            return None
        return record_qr_payload(self.qr_kind, self.record_uuid, self.version_hash)


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
