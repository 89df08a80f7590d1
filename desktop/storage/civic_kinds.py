"""The four civic kinds described for the store (:class:`desktop.storage.civic.CivicKind`),
with the references each checks in the database."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.board_json import BOARD_COMPUTED, board_from_json, board_to_json
from desktop.core.civic import CivicSettings
from desktop.core.civic_due import DueItem, consultation_due, dialogue_due, oversight_due
from desktop.core.civic_records import CIVIC_COMPUTED
from desktop.core.consultation import Consultation, consultation_errors
from desktop.core.consultation_json import (
    CONSULTATION_COMPUTED,
    consultation_from_json,
    consultation_to_json,
)
from desktop.core.dialogue import Dialogue, dialogue_errors
from desktop.core.dialogue_json import DIALOGUE_COMPUTED, dialogue_from_json, dialogue_to_json
from desktop.core.errors import FieldError
from desktop.core.next_deadline import NO_HORIZON, next_fields
from desktop.core.oversight import Oversight, oversight_errors
from desktop.core.oversight_board import Board, board_errors
from desktop.core.oversight_json import OVERSIGHT_COMPUTED, oversight_from_json, oversight_to_json
from desktop.core.records import RecordKind
from desktop.core.specs.board import BOARD
from desktop.core.specs.consultation import CONSULTATION
from desktop.core.specs.dialogue import DIALOGUE
from desktop.core.specs.oversight import OVERSIGHT
from desktop.core.workdays import WorkCalendar
from desktop.storage.civic import CivicKind, exists, missing
from desktop.storage.models import (
    BoardRow,
    ConsultationRow,
    DialogueRow,
    DisclosureRow,
    MeetingRow,
    OversightRow,
    VillageRow,
)


def _consultation_refs(session: Session, c: Consultation) -> list[FieldError]:
    """The disclosure that published the results (Law Art. 11, item 11) must exist."""
    if c.disclosure_uuid and not exists(session, DisclosureRow, c.disclosure_uuid):
        return [missing("disclosure", c.disclosure_uuid)]
    return []


def _board_refs(session: Session, b: Board) -> list[FieldError]:
    """A member's village, and the village meeting that elected them (Law Art. 36(1);
    D59 Art. 17(1)), must exist."""
    errors: list[FieldError] = []
    for i, m in enumerate(b.members):
        if m.village_uuid and not exists(session, VillageRow, m.village_uuid):
            errors.append(missing(f"members[{i}].village", m.village_uuid))
        if m.elected_at and not exists(session, MeetingRow, m.elected_at):
            errors.append(missing(f"members[{i}].elected_at", m.elected_at))
    return errors


def _oversight_refs(session: Session, o: Oversight) -> list[FieldError]:
    """The board doing the inspection or supervision must exist (Law Arts. 40, 45)."""
    if o.board_uuid and not exists(session, BoardRow, o.board_uuid):
        return [missing("board", o.board_uuid)]
    return []


def _with_next(own: dict[str, Any], open_items: list[DueItem]) -> dict[str, Any]:
    """The record JSON with its next open deadline (core.next_deadline)."""
    own.update(next_fields((i.deadline.due, i.overdue) for i in open_items))
    return own


def _consultation_own(
    c: Consultation, today: date, cal: WorkCalendar, s: CivicSettings
) -> dict[str, Any]:
    return _with_next(
        consultation_to_json(c, today, s), consultation_due(c, today, cal, s, NO_HORIZON)
    )


def _dialogue_own(d: Dialogue, today: date, cal: WorkCalendar, s: CivicSettings) -> dict[str, Any]:
    return _with_next(dialogue_to_json(d, today), dialogue_due(d, today, cal, s, NO_HORIZON))


def _oversight_own(
    o: Oversight, today: date, cal: WorkCalendar, s: CivicSettings
) -> dict[str, Any]:
    return _with_next(
        oversight_to_json(o, today, cal, s), oversight_due(o, today, cal, s, NO_HORIZON)
    )


def _board_own(b: Board, today: date, cal: WorkCalendar, s: CivicSettings) -> dict[str, Any]:
    return board_to_json(b, today, s)


def _computed(*keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(CIVIC_COMPUTED.union(*keys))


def _consultation_read(obj: Mapping[str, Any], day: date) -> Consultation:
    return consultation_from_json(obj)


def _dialogue_read(obj: Mapping[str, Any], day: date) -> Dialogue:
    return dialogue_from_json(obj)


def _oversight_read(obj: Mapping[str, Any], day: date) -> Oversight:
    return oversight_from_json(obj)


def _board_read(obj: Mapping[str, Any], day: date) -> Board:
    return board_from_json(obj, day)


CONSULTATIONS: CivicKind[Consultation] = CivicKind(
    RecordKind.CONSULTATION,
    CONSULTATION,
    ConsultationRow,
    _consultation_read,
    _consultation_own,
    lambda c, today, s: consultation_errors(c),
    _computed(CONSULTATION_COMPUTED),
    state_key="status",
    refs=_consultation_refs,
)
DIALOGUES: CivicKind[Dialogue] = CivicKind(
    RecordKind.DIALOGUE,
    DIALOGUE,
    DialogueRow,
    _dialogue_read,
    _dialogue_own,
    lambda d, today, s: dialogue_errors(d),
    _computed(DIALOGUE_COMPUTED),
    state_key="dialogue_kind",
)
BOARDS: CivicKind[Board] = CivicKind(
    RecordKind.BOARD,
    BOARD,
    BoardRow,
    _board_read,
    _board_own,
    board_errors,
    _computed(BOARD_COMPUTED),
    state_key="board_type",
    refs=_board_refs,
)
OVERSIGHTS: CivicKind[Oversight] = CivicKind(
    RecordKind.OVERSIGHT,
    OVERSIGHT,
    OversightRow,
    _oversight_read,
    _oversight_own,
    lambda o, today, s: oversight_errors(o),
    _computed(OVERSIGHT_COMPUTED),
    state_key="activity",
    refs=_oversight_refs,
)
