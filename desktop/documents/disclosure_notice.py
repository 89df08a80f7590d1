"""Notice of posting (thông báo niêm yết công khai), type code TB.

What is disclosed (the clause of Law Art. 11, the title, the document
disclosed and a summary), where it is posted (the commune office and the
community point of every village, Art. 13(2)), from when to when (30
consecutive days, or permanently for items 4 and 13), the other forms used
(Art. 12(1)) and how residents send feedback. The wording lives in
``resources/templates/disclosure_notice_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from desktop.documents.disclosure_docs import (
    Body,
    Commune,
    DisclosedContent,
    PostingPlace,
    content_values,
    decision_section,
    fmt_date,
    join_words,
    place_label,
)
from desktop.documents.model import RecordQr
from desktop.documents.page import OfficialDocument, renderer
from desktop.documents.templates import DocumentTemplate, load_template

TEMPLATE = "disclosure_notice_vi.txt"


@dataclass(frozen=True)
class NoticeData(RecordQr):
    """Everything the notice of posting prints.

    Attributes:
        commune: the issuing commune UBND.
        content: what is disclosed.
        places: where it is (to be) posted, the commune office first.
        issued_on: the date of the notice.
        starts_on: the first day of posting (posted or planned).
        until: the last day of the required period (``starts_on`` + 30
            days, :func:`desktop.core.periods.period_end`); ``None`` for permanent
            items and items without a minimum.
        loudspeaker: the loudspeaker is among the forms used.
        loudspeaker_days: the least number of consecutive broadcast days
            (Art. 13(3)–(4)); 0 when the Law sets none.
        broadcast_days: the days broadcast or planned, if recorded.
        portal_url: the address on the commune's portal, if any.
        other_forms: labels of the remaining forms (``"Gửi văn bản"``).
        number: the TB number within the year; ``None`` prints a blank.
        record_uuid, version_hash: identify the record version (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    qr_kind: ClassVar[str] = "disclosure"

    commune: Commune
    content: DisclosedContent
    places: tuple[PostingPlace, ...]
    issued_on: dt.date
    starts_on: dt.date
    until: dt.date | None = None
    loudspeaker: bool = False
    loudspeaker_days: int = 0
    broadcast_days: tuple[dt.date, ...] = ()
    portal_url: str | None = None
    other_forms: tuple[str, ...] = ()
    number: int | None = None
    record_uuid: str = ""
    version_hash: str = ""


def build_notice(data: NoticeData, template: DocumentTemplate | None = None) -> OfficialDocument:
    """The notice of posting as an :class:`OfficialDocument` (wording from the template)."""
    tpl = template or load_template(TEMPLATE)
    content = data.content
    values = content_values(content, data.commune) | {
        "starts_on": fmt_date(data.starts_on),
        "until": fmt_date(data.until),
        "place_count": f"{len(data.places):02d}",
        "loudspeaker_days": f"{data.loudspeaker_days:02d}",
        "portal_url": data.portal_url or "",
    }
    body = Body(tpl, values)
    body.add("opening")
    body.part("content")
    section = decision_section(content)
    if section:
        body.add(section)
    if content.summary.strip():
        body.add("summary")
    _places(body, data.places)
    if content.permanent:
        body.part("period_permanent")
    elif data.until is not None:
        body.part("period_fixed")
    else:
        body.part("period_open")
    _other_forms(body, data)
    body.part("feedback" if data.until is not None else "feedback_open")
    if content.responsible:
        body.add("feedback_contact")
    body.add("closing")
    return body.commune_document(
        data.commune,
        type_code="TB",
        issued_on=data.issued_on,
        number=data.number,
        qr_payload=data.qr_payload,
    )


render_notice = renderer(build_notice)


def _places(body: Body, places: tuple[PostingPlace, ...]) -> None:
    if not places:
        body.part("places_none")
        return
    if len(places) == 1:
        body.part("place_single", place_label=place_label(places[0], body.tpl, body.values))
        return
    body.part("places")
    for no, place in enumerate(places, start=1):
        end = "." if no == len(places) else ";"
        body.add("place", place_label=place_label(place, body.tpl, body.values), place_end=end)


def _other_forms(body: Body, data: NoticeData) -> None:
    """The forms of Art. 12(1) used besides the notice board, if any."""
    if not (data.loudspeaker or data.broadcast_days or data.portal_url or data.other_forms):
        return
    body.part("other_forms")
    if data.broadcast_days:
        days = join_words([fmt_date(d) for d in sorted(set(data.broadcast_days))])
        body.add("loudspeaker_days", broadcast_days=days)
    elif data.loudspeaker and data.loudspeaker_days:
        body.add("loudspeaker_planned")
    elif data.loudspeaker:
        body.add("loudspeaker")
    if data.portal_url:
        body.add("portal")
    for label in data.other_forms:
        body.add("other_form", form_label=label)
