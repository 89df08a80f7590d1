"""The village's dossier for recognition (D61 Art. 10–11): the request (Mẫu 01)
and the minutes of the adoption (Mẫu 02).

The dossier goes to the commune UBND within 5 working days of the adoption:
the request, the adoption minutes and the adopted text. Wording lives in
``resources/templates/convention_request_vi.txt`` and
``convention_minutes_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.convention_print import (
    ConventionInfo,
    DocumentRef,
    base_values,
    make_document,
    percent,
    ref_values,
    text_lines,
)
from desktop.documents.labels import BLANK_PLACE, filled
from desktop.documents.minutes import meeting_signatures
from desktop.documents.page import (
    BodyItem,
    OfficialDocument,
    Para,
    SignatureBlock,
    record_qr_payload,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template, when_text

REQUEST_TEMPLATE = "convention_request_vi.txt"
MINUTES_TEMPLATE = "convention_minutes_vi.txt"


@dataclass(frozen=True)
class RecognitionRequestData:
    """The village head's request to the commune UBND to recognise the text (Mẫu 01).

    Attributes:
        info: the convention and its village.
        issued_on: the date of the request.
        adopted_on: the day of the adopting meeting (or of the ballot count).
        households_total: all households of the village.
        votes_for: households that agreed.
        village_head: the signer's name (blank: written by hand).
        household_ballot: adopted by a household ballot (D61 Art. 10) rather
            than at a meeting.
        minutes: the adoption minutes' number and date, when numbered.
        replaces: the recognition decision of the version the new text
            amends or replaces (D61 Art. 13), if any.
        number, type_code: the request's number (``None``: blank) and type
            code (``TTr``, tờ trình); the symbol is the village's.
        record_uuid, version_hash: identify the record version (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    info: ConventionInfo
    issued_on: dt.date
    adopted_on: dt.date
    households_total: int
    votes_for: int
    village_head: str = ""
    household_ballot: bool = False
    minutes: DocumentRef | None = None
    replaces: DocumentRef | None = None
    number: int | None = None
    type_code: str = "TTr"
    record_uuid: str = ""
    version_hash: str = ""

    def __post_init__(self) -> None:
        if self.households_total <= 0:
            raise ValueError("households_total must be positive")
        if not 0 <= self.votes_for <= self.households_total:
            raise ValueError("votes_for must be between 0 and households_total")


def build_recognition_request(
    data: RecognitionRequestData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The request (Mẫu 01) as an :class:`OfficialDocument`."""
    tpl = template or load_template(REQUEST_TEMPLATE)
    info = data.info
    values = base_values(info) | {
        "adopted_date": when_text(data.adopted_on, tpl),
        "households_total": data.households_total,
        "votes_for": data.votes_for,
        "votes_percent": percent(data.votes_for, data.households_total),
        "minutes_ref": "",
    }
    if data.minutes is not None:
        minutes = ref_values("minutes", data.minutes, info, tpl)
        # A template line loses its leading space: the separator is added here.
        values["minutes_ref"] = " " + tpl.text("minutes_ref", values | minutes)
    body: list[BodyItem] = [*tpl.paragraphs("opening", values)]
    body += tpl.paragraphs("adopted_ballot" if data.household_ballot else "adopted", values)
    if data.replaces is not None:
        body += tpl.paragraphs("replaces", values | ref_values("old", data.replaces, info, tpl))
    body += tpl.paragraphs("dossier", values)
    body += tpl.paragraphs("closing", values)
    qr = record_qr_payload("convention", data.record_uuid, data.version_hash)
    return make_document(
        issuer_lines=(f"UBND {info.commune_name}", info.village_name),
        type_code=data.type_code,
        issuer_symbol=info.village_symbol,
        place=info.place_name,
        date=data.issued_on,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values),
        body=tuple(body),
        signatures=((SignatureBlock(tpl.lines("sign", values), data.village_head),),),
        recipients=tpl.lines("recipients", values),
        number=data.number,
        qr_payload=qr if data.record_uuid else None,
        qr_caption=tpl.text("qr_caption", values),
    )


render_recognition_request = renderer(build_recognition_request)


@dataclass(frozen=True)
class AdoptionMinutesData:
    """The minutes of the meeting (or household ballot) adopting the text (Mẫu 02).

    Attributes:
        info: the convention and its village.
        held_on: a datetime when the start time is known, else a date.
        location: where the meeting was held (or the ballot counted).
        chair, secretary, village_head, bctmt_head: names as signed.
        households_total: all households of the village.
        households_present: representatives present (for a household
            ballot: the papers returned).
        method_label: the voting form in words (``"Biểu quyết giơ tay"``).
        votes_for, votes_against, votes_other: households.
        outcome_label: the result in words (``"Thông qua"``).
        rule_text: the rule applied, citing the articles (from the meeting
            evaluation, e.g. ``"Đạt: 168/212 hộ dự họp > 50% ..."``).
        household_ballot: the households voted on paper (D61 Art. 10).
        guests: who attended besides the households (``"Ông ..., Chủ tịch
            UBND xã"``), one entry each.
        discussion: the opinions at the meeting, one paragraph a line.
        number, type_code: the minutes' number (``None``: blank) and code.
        issued_on: the date of the minutes; the meeting day when ``None``.
        household_representatives: the two signing households' names.
        record_uuid, version_hash: identify the meeting record (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    info: ConventionInfo
    held_on: dt.datetime | dt.date
    location: str
    chair: str
    secretary: str
    village_head: str
    bctmt_head: str
    households_total: int
    households_present: int
    method_label: str
    votes_for: int
    votes_against: int
    votes_other: int
    outcome_label: str
    rule_text: str
    household_ballot: bool = False
    guests: tuple[str, ...] = ()
    discussion: str = ""
    number: int | None = None
    type_code: str = "BB"
    issued_on: dt.date | None = None
    household_representatives: tuple[str, str] = ("", "")
    record_uuid: str = ""
    version_hash: str = ""

    def __post_init__(self) -> None:
        if self.households_total <= 0:
            raise ValueError("households_total must be positive")
        if not 0 <= self.households_present <= self.households_total:
            raise ValueError("households_present must be between 0 and households_total")
        if min(self.votes_for, self.votes_against, self.votes_other) < 0:
            raise ValueError("vote counts cannot be negative")
        if self.votes_for > self.households_present:
            raise ValueError("votes_for cannot exceed households_present")


def build_adoption_minutes(
    data: AdoptionMinutesData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The adoption minutes (Mẫu 02) as an :class:`OfficialDocument`."""
    tpl = template or load_template(MINUTES_TEMPLATE)
    values = _minutes_values(data, tpl)
    ballot = data.household_ballot
    body: list[BodyItem] = [*tpl.paragraphs("opening_ballot" if ballot else "opening", values)]
    body += tpl.paragraphs("attendance_ballot" if ballot else "attendance", values)
    if data.guests:
        body += tpl.paragraphs("guests", values | {"guests": "; ".join(data.guests)})
    body += tpl.paragraphs("content", values)
    lines = text_lines(data.discussion)
    if lines:
        body += tpl.paragraphs("discussion", values)
        body += [Para(line) for line in lines]
    body += tpl.paragraphs("votes", values)
    body += tpl.paragraphs("decision", values)
    body += tpl.paragraphs("closing", values)
    held = data.held_on.date() if isinstance(data.held_on, dt.datetime) else data.held_on
    qr = record_qr_payload("meeting", data.record_uuid, data.version_hash)
    return make_document(
        issuer_lines=(f"UBND {data.info.commune_name}", data.info.village_name),
        type_code=data.type_code,
        issuer_symbol=data.info.village_symbol,
        place=data.info.place_name,
        date=data.issued_on or held,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values),
        body=tuple(body),
        # Same rows as the meeting minutes: one signature for a chair who is also the head.
        signatures=meeting_signatures(tpl, values, data),
        recipients=tpl.lines("recipients", values),
        number=data.number,
        qr_payload=qr if data.record_uuid else None,
        qr_caption=tpl.text("qr_caption", values),
    )


render_adoption_minutes = renderer(build_adoption_minutes)


def _minutes_values(data: AdoptionMinutesData, tpl: DocumentTemplate) -> dict[str, object]:
    total = data.households_total
    return base_values(data.info) | {
        "when": when_text(data.held_on, tpl),
        "location": filled(data.location, BLANK_PLACE),
        "chair": filled(data.chair),
        "secretary": filled(data.secretary),
        "village_head": data.village_head,
        "bctmt_head": data.bctmt_head,
        "households_total": total,
        "households_present": data.households_present,
        "households_absent": total - data.households_present,
        "present_percent": percent(data.households_present, total),
        "method_label": data.method_label,
        "votes_for": data.votes_for,
        "votes_against": data.votes_against,
        "votes_other": data.votes_other,
        "for_percent": percent(data.votes_for, total),
        "against_percent": percent(data.votes_against, total),
        "other_percent": percent(data.votes_other, total),
        "outcome_label": data.outcome_label,
        "rule_text": data.rule_text.strip().rstrip("."),
    }
