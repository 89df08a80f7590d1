"""Letters as record JSON (kind ``letter``), read with field-named errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.core.citizen_jsonio import boolean, iso, names, opt_boolean, opt_choice, text, value
from desktop.core.errors import require
from desktop.core.jsonio import FieldReader, opt_day
from desktop.core.letters import Jurisdiction, Letter, LetterHandling, LetterSource, LetterType
from desktop.core.next_deadline import NEXT_KEYS

LETTER_FIELDS = (
    "received_day",
    "source",
    "senders",
    "sender_address",
    "sender_contact",
    "signed",
    "summary",
    "letter_type",
    "eligible",
    "jurisdiction",
    "case_id",
    "handling",
    "handled_on",
    "letter_no",
    "forwarded_to",
    "several_places",
    "anonymous",
)
LETTER_COMPUTED = ("deadlines", "status", *NEXT_KEYS)


def letter_from_json(obj: Mapping[str, Any], base: Letter | None = None) -> Letter:
    """Read a letter; on update, fields absent keep ``base``'s values.

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    b = base or Letter(received_day=None)
    r = FieldReader(obj)
    r.refuse_unknown(LETTER_FIELDS, computed=LETTER_COMPUTED)
    data = replace(
        b,
        received_day=opt_day(r, "received_day", b.received_day),
        source=r.choice("source", LetterSource, b.source),
        senders=names(r, "senders", b.senders),
        sender_address=text(r, "sender_address", b.sender_address),
        sender_contact=text(r, "sender_contact", b.sender_contact),
        signed=boolean(r, "signed", b.signed),
        summary=text(r, "summary", b.summary),
        letter_type=opt_choice(r, "letter_type", LetterType, b.letter_type),
        eligible=opt_boolean(r, "eligible", b.eligible),
        jurisdiction=opt_choice(r, "jurisdiction", Jurisdiction, b.jurisdiction),
        case_id=text(r, "case_id", b.case_id),
        handling=r.choice("handling", LetterHandling, b.handling),
        handled_on=opt_day(r, "handled_on", b.handled_on),
        letter_no=text(r, "letter_no", b.letter_no),
        forwarded_to=text(r, "forwarded_to", b.forwarded_to),
        several_places=boolean(r, "several_places", b.several_places),
        anonymous=boolean(r, "anonymous", b.anonymous),
    )
    require(r.errors)
    return data


def letter_to_json(x: Letter) -> dict[str, Any]:
    """The letter's own fields (the caller adds the common and computed ones)."""
    return {
        "received_day": iso(x.received_day),
        "source": x.source.value,
        "senders": list(x.senders),
        "sender_address": x.sender_address,
        "sender_contact": x.sender_contact,
        "signed": x.signed,
        "summary": x.summary,
        "letter_type": value(x.letter_type),
        "eligible": x.eligible,
        "jurisdiction": value(x.jurisdiction),
        "case_id": x.case_id,
        "handling": x.handling.value,
        "handled_on": iso(x.handled_on),
        "letter_no": x.letter_no,
        "forwarded_to": x.forwarded_to,
        "several_places": x.several_places,
        "anonymous": x.anonymous,
    }
