"""The yearly statistics of hương ước / quy ước (D61 Art. 16) as a report (BC).

A table by village (or one line for the commune): recognised, not
recognised (refused), amended or replaced (superseded), suspended,
abolished, in force at the end of the year, with a totals row; a summary
sentence and optional assessment paragraphs. The counts come from
:func:`desktop.core.conventions.yearly_statistics`. The wording lives in
``resources/templates/convention_stats_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.conventions import STATISTICS_EVENTS
from desktop.documents.convention_print import commune_issuer
from desktop.documents.layout import nfc
from desktop.documents.page import (
    Align,
    BodyItem,
    BodyTable,
    OfficialDocument,
    Para,
    SignatureBlock,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template

TEMPLATE = "convention_stats_vi.txt"
# The counted columns, in print order: the keys of yearly_statistics().
COLUMNS: tuple[str, ...] = (*STATISTICS_EVENTS, "in_force")
_CENTRED: tuple[Align] = ("center",)


@dataclass(frozen=True)
class StatisticsRow:
    """One line of the table (a village, or the whole commune).

    Attributes:
        label: as printed, e.g. ``"Thôn Đông"``.
        recognized, refused, superseded, suspended, abolished: conventions
            with such an event in the year.
        in_force: in force (or suspended) on the last day of the year.
    """

    label: str
    recognized: int = 0
    refused: int = 0
    superseded: int = 0
    suspended: int = 0
    abolished: int = 0
    in_force: int = 0

    def __post_init__(self) -> None:
        if any(v < 0 for v in self.counts):
            raise ValueError("a count cannot be negative")

    @classmethod
    def from_counts(cls, label: str, counts: Mapping[str, int]) -> StatisticsRow:
        """A row from the dict :func:`~desktop.core.conventions.yearly_statistics` returns."""
        return cls(label, *(int(counts.get(key, 0)) for key in COLUMNS))

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts in :data:`COLUMNS` order."""
        return tuple(int(getattr(self, key)) for key in COLUMNS)


@dataclass(frozen=True)
class ConventionStatisticsData:
    """The commune UBND's yearly report.

    Attributes:
        commune_name: with its kind, e.g. ``"xã Tân Phú"``.
        place_name: the place of the date line (``"Tân Phú"``).
        year: the year counted.
        rows: one per village (or a single line for the commune).
        issued_on: the report's date.
        recipient: whom the report goes to, e.g. ``"Sở Tư pháp tỉnh ..."``;
            blank prints no "Kính gửi" line.
        notes: assessment and proposals, one paragraph each (optional).
        signer: the chair's (or vice chair's) name.
        deputy: signed by a vice chair (``KT. CHỦ TỊCH``).
        number, type_code, issuer_symbol: the report's number (``None``:
            blank), code (``BC``) and the commune's symbol.
    """

    commune_name: str
    place_name: str
    year: int
    rows: tuple[StatisticsRow, ...]
    issued_on: dt.date
    recipient: str = ""
    notes: tuple[str, ...] = ()
    signer: str = ""
    deputy: bool = False
    number: int | None = None
    type_code: str = "BC"
    issuer_symbol: str = "UBND"

    @property
    def totals(self) -> StatisticsRow:
        """The sums of every column (label from the template at print time)."""
        sums = [sum(col) for col in zip(*(r.counts for r in self.rows), strict=True)]
        return StatisticsRow("", *sums) if sums else StatisticsRow("")


def build_convention_statistics(
    data: ConventionStatisticsData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The report as an :class:`OfficialDocument`."""
    tpl = template or load_template(TEMPLATE)
    totals = data.totals
    values: dict[str, object] = {
        "commune_name": data.commune_name,
        "commune_upper": nfc(data.commune_name).upper(),
        "year": data.year,
        "recipient": data.recipient.strip(),
        "village_count": len(data.rows),
    } | dict(zip(COLUMNS, totals.counts, strict=True))
    body: list[BodyItem] = []
    if data.recipient.strip():
        body += tpl.paragraphs("recipient", values)
    body += tpl.paragraphs("opening", values)
    body.append(statistics_table(data, tpl))
    body += tpl.paragraphs("summary", values)
    notes = [n.strip() for n in data.notes if n.strip()]
    if notes:
        body += tpl.paragraphs("notes", values)
        body += [Para(n) for n in notes]
    body += tpl.paragraphs("closing", values)
    sign = tpl.lines("sign_deputy" if data.deputy else "sign", values)
    recipients = "recipients" if data.recipient.strip() else "recipients_no_addressee"
    return OfficialDocument(
        issuer_lines=commune_issuer(data.commune_name),
        type_code=data.type_code,
        issuer_symbol=data.issuer_symbol,
        place=data.place_name,
        date=data.issued_on,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values),
        body=tuple(body),
        signatures=((SignatureBlock(sign, data.signer),),),
        recipients=tpl.lines(recipients, values),
        number=data.number,
    )


def statistics_table(
    data: ConventionStatisticsData, template: DocumentTemplate | None = None
) -> BodyTable:
    """The table: number, village, the six counts; a totals row last."""
    tpl = template or load_template(TEMPLATE)
    values = {"year": data.year}
    header = tpl.lines("table_header", values)
    if len(header) != 2 + len(COLUMNS):
        raise ValueError(f"{TEMPLATE} [table_header] needs {2 + len(COLUMNS)} lines")
    rows = [
        (str(no), row.label, *(str(c) for c in row.counts))
        for no, row in enumerate(data.rows, start=1)
    ]
    rows.append(("", tpl.text("table_total", values), *(str(c) for c in data.totals.counts)))
    return BodyTable(
        header=header,
        rows=tuple(rows),
        widths=(0.8, 2.6, *(1.45,) * len(COLUMNS)),
        align=("center", "left", *_CENTRED * len(COLUMNS)),
    )


render_convention_statistics = renderer(build_convention_statistics)
