"""The quarterly list of disclosures the commune posts (Law 10/2022/QH15 Art. 13).

Each quarter the commune posts the list of that quarter's disclosures (item,
form, date). Decree 30 has no document type "danh mục", so the list is
issued as a notice to residents (THÔNG BÁO, type code TB) whose subject is
the list: it informs the public and is posted like a notice, whereas a
report (BC) goes up to a body (the People's Council, the receiving level) and
is covered by the periodic reports. The wording lives in
``resources/templates/disclosure_quarter_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.disclosure_docs import Body, Commune, fmt_date, roman
from desktop.documents.page import BodyTable, OfficialDocument, renderer
from desktop.documents.templates import DocumentTemplate, load_template

TEMPLATE = "disclosure_quarter_vi.txt"


@dataclass(frozen=True)
class QuarterRow:
    """One disclosure of the quarter.

    Attributes:
        category_no, category_short: the clause of Art. 11 and its short name.
        title: the disclosed content's title.
        forms: the Vietnamese labels of the forms used (Art. 12(1)).
        first_on: the day it was first made known.
        posted_on: the first day on a notice board; ``None`` if never posted.
        until: the last day of the required posting period, if any.
        permanent: posted permanently (items 4 and 13).
    """

    category_no: int
    category_short: str
    title: str
    forms: tuple[str, ...]
    first_on: dt.date
    posted_on: dt.date | None = None
    until: dt.date | None = None
    permanent: bool = False


@dataclass(frozen=True)
class QuarterListData:
    """Everything the quarterly list prints.

    Attributes:
        commune: the issuing commune UBND.
        year, quarter: the quarter listed (``quarter`` 1–4).
        starts_on, ends_on: its first and last day.
        rows: the quarter's disclosures, in the order of first disclosure.
        issued_on: the date of the list.
        number: the TB number within the year; ``None`` prints a blank.
    """

    commune: Commune
    year: int
    quarter: int
    starts_on: dt.date
    ends_on: dt.date
    rows: tuple[QuarterRow, ...]
    issued_on: dt.date
    number: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError("quarter must be 1 to 4")


def build_quarter_list(
    data: QuarterListData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The quarterly list as an :class:`OfficialDocument` (wording from the template)."""
    tpl = template or load_template(TEMPLATE)
    values: dict[str, object] = {
        "commune_name": data.commune.name,
        "quarter": roman(data.quarter),
        "year": data.year,
        "starts_on": fmt_date(data.starts_on),
        "ends_on": fmt_date(data.ends_on),
        "count": f"{len(data.rows):02d}",
    }
    body = Body(tpl, values)
    body.add("opening")
    if data.rows:
        body.append(_table(data, tpl))
        body.add("total")
    else:
        body.add("empty")
    body.add("closing")
    return body.commune_document(
        data.commune, type_code="TB", issued_on=data.issued_on, number=data.number
    )


render_quarter_list = renderer(build_quarter_list)


def _period(row: QuarterRow, tpl: DocumentTemplate) -> str:
    values = {"posted_on": fmt_date(row.posted_on), "until": fmt_date(row.until)}
    if row.posted_on is None:
        return tpl.text("period_none", values)
    if row.permanent:
        return tpl.text("period_permanent", values)
    if row.until is None:
        return tpl.text("period_open", values)
    return tpl.text("period_fixed", values)


def _table(data: QuarterListData, tpl: DocumentTemplate) -> BodyTable:
    header = tpl.lines("table_header", {})
    if len(header) != 6:
        raise ValueError(f"{TEMPLATE} [table_header] needs 6 lines, has {len(header)}")
    rows = tuple(
        (
            str(no),
            tpl.text(
                "item_cell", {"category_no": r.category_no, "category_short": r.category_short}
            ),
            r.title,
            ";\n".join(r.forms),
            fmt_date(r.first_on),
            _period(r, tpl),
        )
        for no, r in enumerate(data.rows, start=1)
    )
    return BodyTable(
        header=header,
        rows=rows,
        widths=(1.1, 2.9, 3.8, 3.6, 2.3, 2.5),
        align=("center", "left", "left", "left", "center", "center"),
    )
