"""Meeting minutes (biên bản hội nghị thôn, tổ dân phố), type code BB.

Content per Law 10/2022/QH15 Art. 20: time; total households,
representatives present and households not represented; content; voting
form; result; decision. Signed by the village head, the head of the Front
work committee (BCTMT) and two household representatives, with the
secretary and the chair as Decree 30 minutes are. The wording lives in
``resources/templates/minutes_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from desktop.documents.labels import BLANK_PLACE, filled
from desktop.documents.page import (
    BodyItem,
    BodyTable,
    OfficialDocument,
    SignatureBlock,
    record_qr_payload,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template, when_text

TEMPLATE = "minutes_vi.txt"


@dataclass(frozen=True)
class MinutesItem:
    """One matter voted on at the meeting, with its computed outcome.

    Attributes:
        title: what was voted on.
        method_label: the voting form in words (``"Biểu quyết giơ tay"``).
        votes_for, votes_against, votes_other: counts of households.
        outcome_label: the result in words (``"Thông qua"``).
        rule_text: the rule applied, in words, citing the article.
    """

    title: str
    method_label: str
    votes_for: int
    votes_against: int
    votes_other: int
    outcome_label: str
    rule_text: str


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes print; names are written as used mid-sentence.

    Attributes:
        commune_name: with its kind, e.g. ``"xã Tân Phú"``.
        place_name: the place of the date line, e.g. ``"Tân Phú"``.
        village_name: with its kind, e.g. ``"thôn Đông"``.
        issuer_symbol: the village's abbreviation in the number (``"TĐ"``).
        meeting_title: the subject line of the minutes.
        type_label: the kind of meeting mid-sentence (``"hội nghị thôn"``).
        held_on: a datetime when the start time is known, else a date.
        location: where the meeting was held.
        households_present: representatives present (one per household).
        minutes_text: the free record of the proceedings; one paragraph a line.
        record_uuid, version_hash: identify the record version (QR code).
        number: the BB number within the year; ``None`` prints a blank.
        issued_on: the date of the minutes; the meeting day when ``None``.
        village_head_title: ``"Trưởng thôn"``, ``"Tổ trưởng tổ dân phố"`` ...
        household_representatives: the two signing households' names
            (blank lines to fill by hand when empty).
    """

    commune_name: str
    place_name: str
    village_name: str
    issuer_symbol: str
    meeting_title: str
    type_label: str
    held_on: dt.datetime | dt.date
    location: str
    chair: str
    secretary: str
    village_head: str
    bctmt_head: str
    households_total: int
    households_present: int
    items: tuple[MinutesItem, ...]
    minutes_text: str
    record_uuid: str
    version_hash: str
    number: int | None = None
    issued_on: dt.date | None = None
    village_head_title: str = "Trưởng thôn"
    household_representatives: tuple[str, str] = ("", "")

    def __post_init__(self) -> None:
        if self.households_total <= 0:
            raise ValueError("households_total must be positive")
        if not 0 <= self.households_present <= self.households_total:
            raise ValueError("households_present must be between 0 and households_total")

    @property
    def households_absent(self) -> int:
        """Households without a representative at the meeting."""
        return self.households_total - self.households_present

    @property
    def qr_payload(self) -> str:
        """``sodanchu:meeting:<uuid>:<version hash>`` — matches a print to its record."""
        return record_qr_payload("meeting", self.record_uuid, self.version_hash)


def build_minutes(data: MinutesData, template: DocumentTemplate | None = None) -> OfficialDocument:
    """The minutes as an :class:`OfficialDocument` (wording from the template)."""
    tpl = template or load_template(TEMPLATE)
    values = _values(data, tpl)
    body: list[BodyItem] = [*tpl.paragraphs("opening", values), *tpl.paragraphs("content", values)]
    for no, item in enumerate(data.items, start=1):
        body += tpl.paragraphs("content_item", values | _item_values(no, item))
    lines = [line.strip() for line in data.minutes_text.splitlines() if line.strip()]
    if lines:
        body += tpl.paragraphs("discussion", values)
        body += lines
    body += tpl.paragraphs("votes", values)
    if data.items:
        body.append(_vote_table(data, tpl))
    body += tpl.paragraphs("decision", values)
    for no, item in enumerate(data.items, start=1):
        body += tpl.paragraphs("decision_item", values | _item_values(no, item))
    if not data.items:
        body += tpl.paragraphs("no_items", values)
    body += tpl.paragraphs("closing", values)
    held = data.held_on.date() if isinstance(data.held_on, dt.datetime) else data.held_on
    return OfficialDocument(
        issuer_lines=(f"UBND {data.commune_name}", data.village_name),
        type_code="BB",
        issuer_symbol=data.issuer_symbol,
        place=data.place_name,
        date=data.issued_on or held,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values),
        body=tuple(body),
        signatures=meeting_signatures(tpl, values, data),
        recipients=tpl.lines("recipients", values),
        number=data.number,
        qr_payload=data.qr_payload,
        qr_caption=tpl.text("qr_caption", values),
    )


render_minutes = renderer(build_minutes)


def _values(data: MinutesData, tpl: DocumentTemplate) -> dict[str, object]:
    return {
        "village_name": data.village_name,
        "commune_name": data.commune_name,
        "meeting_title": data.meeting_title,
        "type_label": data.type_label,
        "location": filled(data.location, BLANK_PLACE),
        "when": when_text(data.held_on, tpl),
        "chair": filled(data.chair),
        "secretary": filled(data.secretary),
        "village_head": data.village_head,
        "village_head_title": data.village_head_title,
        "bctmt_head": data.bctmt_head,
        "households_total": data.households_total,
        "households_present": data.households_present,
        "households_absent": data.households_absent,
        "item_count": len(data.items),
    }


def _item_values(no: int, item: MinutesItem) -> dict[str, object]:
    return {
        "item_no": no,
        "item_title": item.title.rstrip(". "),
        "method_label": item.method_label,
        "votes_for": item.votes_for,
        "votes_against": item.votes_against,
        "votes_other": item.votes_other,
        "outcome_label": item.outcome_label,
        "rule_text": item.rule_text.rstrip(". "),
    }


def _vote_table(data: MinutesData, tpl: DocumentTemplate) -> BodyTable:
    header = tpl.lines("table_header", {})
    if len(header) != 6:
        raise ValueError(f"{TEMPLATE} [table_header] needs 6 lines, has {len(header)}")
    rows = tuple(
        (
            str(no),
            item.title,
            item.method_label,
            str(item.votes_for),
            str(item.votes_against),
            str(item.votes_other),
        )
        for no, item in enumerate(data.items, start=1)
    )
    return BodyTable(
        header=header,
        rows=rows,
        widths=(0.9, 4.4, 2.3, 1.5, 1.5, 1.5),
        align=("center", "left", "left", "center", "center", "center"),
    )


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).casefold().split())

    return bool(a.strip()) and key(a) == key(b)


class MeetingSigners(Protocol):
    """Who signs a village meeting's minutes (the minutes, a convention's adoption)."""

    @property
    def chair(self) -> str: ...
    @property
    def secretary(self) -> str: ...
    @property
    def village_head(self) -> str: ...
    @property
    def bctmt_head(self) -> str: ...
    @property
    def household_representatives(self) -> tuple[str, str]: ...


def meeting_signatures(
    tpl: DocumentTemplate, values: dict[str, object], signers: MeetingSigners
) -> tuple[tuple[SignatureBlock, ...], ...]:
    """Signature rows of a village meeting's minutes (Law Art. 20; D61 Mẫu 02).

    The template supplies the capacities (sections ``sign_*``).
    """
    chair, secretary = signers.chair, signers.secretary
    village_head, bctmt_head = signers.village_head, signers.bctmt_head
    note = tpl.text("sign_note", values)

    def block(section: str, name: str, extra: tuple[str, ...] = ()) -> SignatureBlock:
        return SignatureBlock(tpl.lines(section, values) + extra, name, note)

    # The chair often is the village head (or, for a dismissal, the BCTMT
    # head): that person signs once, in both capacities.
    chair_extra: tuple[str, ...] = ()
    others: list[SignatureBlock] = []
    if _same(chair, bctmt_head):
        chair_extra = tpl.lines("sign_chair_also_bctmt", values)
    else:
        others.append(block("sign_bctmt", bctmt_head))
    if _same(chair, village_head):
        chair_extra = tpl.lines("sign_chair_also_head", values)
    else:
        others.append(block("sign_village_head", village_head))
    first = (block("sign_secretary", secretary), block("sign_chair", chair, chair_extra))
    rep1, rep2 = signers.household_representatives
    households = (block("sign_household", rep1), block("sign_household", rep2))
    return (first, tuple(others), households) if others else (first, households)
