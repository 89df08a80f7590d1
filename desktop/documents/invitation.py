"""Meeting invitation (giấy mời), type code GM.

Decree 59/2023 Art. 3: the village head invites each household at least two
days before the meeting and posts the invitation. The wording lives in
``resources/templates/invitation_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from desktop.documents.labels import BLANK_PLACE, filled
from desktop.documents.model import RecordQr
from desktop.documents.page import (
    BodyItem,
    OfficialDocument,
    SignatureBlock,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template, when_text

TEMPLATE = "invitation_vi.txt"


@dataclass(frozen=True)
class InvitationData(RecordQr):
    """Everything the invitation prints; names are written as used mid-sentence.

    Attributes:
        commune_name: with its kind, e.g. ``"xã Tân Phú"``.
        place_name: the place of the date line, e.g. ``"Tân Phú"``.
        village_name: with its kind, e.g. ``"thôn Đông"``.
        issuer_symbol: the village's abbreviation in the number (``"TĐ"``).
        meeting_title: what the meeting decides.
        type_label: the kind of meeting mid-sentence (``"hội nghị thôn"``).
        held_on: a datetime when the start time is known, else a date.
        location: where the meeting is held.
        issued_on: the date of the invitation.
        convener: who invites (normally the village head).
        agenda: the points of the agenda.
        invitee: the household representative's name; blank prints a line
            to fill in (one copy per household, or the posted copy).
        convener_title: the convener's capacity (``"Trưởng thôn"``).
        number: the GM number within the year; ``None`` prints a blank.
        record_uuid, version_hash: identify the meeting record (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    qr_kind: ClassVar[str] = "meeting"

    commune_name: str
    place_name: str
    village_name: str
    issuer_symbol: str
    meeting_title: str
    type_label: str
    held_on: dt.datetime | dt.date
    location: str
    issued_on: dt.date
    convener: str
    agenda: tuple[str, ...] = ()
    invitee: str = ""
    convener_title: str = "Trưởng thôn"
    number: int | None = None
    record_uuid: str = ""
    version_hash: str = ""


def build_invitation(
    data: InvitationData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The invitation as an :class:`OfficialDocument` (wording from the template)."""
    tpl = template or load_template(TEMPLATE)
    values: dict[str, object] = {
        "village_name": data.village_name,
        "commune_name": data.commune_name,
        "meeting_title": data.meeting_title.rstrip(". "),
        "type_label": data.type_label,
        "location": filled(data.location, BLANK_PLACE),
        "when": when_text(data.held_on, tpl),
        "invitee": data.invitee.strip() or tpl.text("invitee_blank", {}),
        "convener": data.convener,
        "convener_title": data.convener_title,
        "agenda_count": len(data.agenda),
    }
    body: list[BodyItem] = [*tpl.paragraphs("body", values)]
    for no, point in enumerate(data.agenda, start=1):
        end = "." if no == len(data.agenda) else ";"
        point_values = {"agenda_no": no, "agenda_text": point.rstrip(".; "), "agenda_end": end}
        body += tpl.paragraphs("agenda_item", values | point_values)
    body += tpl.paragraphs("closing", values)
    return OfficialDocument(
        issuer_lines=(f"UBND {data.commune_name}", data.village_name),
        type_code="GM",
        issuer_symbol=data.issuer_symbol,
        place=data.place_name,
        date=data.issued_on,
        title=tpl.text("title", values),
        subject=tpl.text("subject", values),
        body=tuple(body),
        signatures=((SignatureBlock(tpl.lines("sign_convener", values), data.convener),),),
        recipients=tpl.lines("recipients", values),
        number=data.number,
        qr_payload=data.qr_payload,
        qr_caption=tpl.text("qr_caption", values),
    )


render_invitation = renderer(build_invitation)
