"""The declaration of the ``letter`` kind: the register of letters (đơn) (DOMAIN.md §4.2;
rules in :mod:`desktop.core.letters`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import (
    NEXT_DEADLINE_COLUMN,
    NEXT_DEADLINE_FIELD,
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
    Record,
)
from desktop.core.letters import Jurisdiction, LetterHandling, LetterSource, LetterType

T = FieldType


def _codes(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


FIELDS = (
    FieldSpec("received_day", T.DATE, required=True, summary=True),
    FieldSpec("source", T.CHOICE, label="letter_source", choices=_codes(LetterSource)),
    # The sender's identity: confidential — the letter may be a denunciation (LTCD Art. 3(2)).
    FieldSpec("senders", T.NAMES, confidential=True),
    FieldSpec("sender_address", T.TEXT, confidential=True),
    FieldSpec("sender_contact", T.TEXT, confidential=True),
    FieldSpec("signed", T.BOOL),
    FieldSpec("summary", T.LONG_TEXT),
    FieldSpec("letter_type", T.CHOICE, required=True, choices=_codes(LetterType), summary=True),
    FieldSpec("eligible", T.BOOL),
    FieldSpec("jurisdiction", T.CHOICE, choices=_codes(Jurisdiction)),
    FieldSpec("case_id", T.CODE),
    FieldSpec(
        "handling",
        T.CHOICE,
        label="letter_handling",
        vocabulary="letter_handling",
        choices=_codes(LetterHandling),
    ),
    FieldSpec("handled_on", T.DATE),
    FieldSpec("letter_no", T.CODE),
    FieldSpec("forwarded_to", T.TEXT),
    FieldSpec("several_places", T.BOOL),
    FieldSpec("anonymous", T.BOOL),
    NEXT_DEADLINE_FIELD,
    FieldSpec("deadlines", T.COMPUTED),
    FieldSpec("warnings", T.COMPUTED),
)

COLUMNS = (
    ColumnSpec("received_day", width=11),
    ColumnSpec("letter_type", width=12),
    ColumnSpec("summary", width=36),
    ColumnSpec("jurisdiction", width=10),
    ColumnSpec("handling", label="letter_handling", width=12),
    ColumnSpec("letter_no", width=10),
    NEXT_DEADLINE_COLUMN,
)


def search_text(record: Record) -> tuple[str, str]:
    """Title: the day and type; body: the summary and handling — never the senders."""
    title = f"{record.get('received_day') or ''} {record.get('letter_type') or ''}".strip()
    body = " ".join(
        str(record.get(k) or "") for k in ("summary", "case_id", "letter_no", "forwarded_to")
    )
    return title, " ".join(body.split())


def board_counts(record: Record) -> Mapping[str, int]:
    """What a letter adds to its unit's §4.10 letter figures."""
    kind = str(record.get("letter_type") or "untyped")
    handling = str(record.get("handling") or LetterHandling.PENDING.value)
    return {
        "letters": 1,
        f"letters_{kind}": 1,
        "letters_eligible": int(record.get("eligible") is True),
        "letters_ours": int(record.get("jurisdiction") == Jurisdiction.OURS.value),
        f"letters_{handling}": 1,
    }


LETTER = KindSpec(
    name="letter",
    section="citizen",
    received_check=True,
    label="kind.letter",
    plural="kind.letter.plural",
    fields=FIELDS,
    columns=COLUMNS,
    title_field="received_day",
    day_field="received_day",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.letters",
    codec="desktop.core.letter_json",
    import_order=61,
    empty="kind.letter.empty",
)
