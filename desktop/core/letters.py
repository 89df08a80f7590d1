"""The register of letters (đơn) and their handling (DOMAIN.md §4.2; TT05 = Thông tư
05/2021/TT-TTCP; LKN = Law on Complaints 02/2011; LTC = Law on Denunciations 25/2018).

A letter is classified by its content, not its title (TT05 Art. 6(1)); the refusals are
:func:`validate_letter` (and :func:`forwarding_errors`, which needs the register), the
deadlines :func:`letter_deadlines`, their breaches :func:`letter_warnings`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.citizen_common import (
    DEFAULT_SETTINGS,
    CitizenSettings,
    CitizenWarning,
    Deadline,
    due_in,
    due_working_days,
    late_warning,
)
from desktop.core.errors import FieldError
from desktop.core.workdays import WorkCalendar

CLASSIFY_WD = 7  # a denunciation registered, classified, checked within 7 wd, LTC Art. 24(1)
CLASSIFY_SEVERAL_PLACES_WD = 10  # up to 10 wd when verified at several places
FORWARD_WD = 5  # a denunciation not ours forwarded within 5 wd, LTC Art. 24(2)


class LetterSource(StrEnum):
    POST = "post"
    IN_PERSON = "in_person"  # handed in, or the letter box
    RECEPTION = "reception"  # written at a reception session
    DEPUTY = "deputy"  # forwarded by an elected deputy or a Citizen Reception Board
    FRONT = "front"  # forwarded by the Fatherland Front (MTTQ)
    PRESS = "press"
    LEADER = "leader"  # forwarded by a leader
    ONLINE = "online"


class LetterType(StrEnum):
    """By content (TT05 Art. 6(1)); a mixed letter is split (LTCD Art. 25(3))."""

    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"
    PETITION = "petition"  # kiến nghị, phản ánh


class Jurisdiction(StrEnum):
    OURS = "ours"
    LOWER = "lower"  # a body under ours
    OTHER = "other"


class LetterHandling(StrEnum):
    """States of a letter (DOMAIN.md §4.2) after ``received`` / ``classified``."""

    PENDING = "pending"  # received, classified or not
    PROPOSED = "proposed"  # acceptance proposed, TT05 Mẫu 01
    ACCEPTED = "accepted"  # becomes a case (§4.3 / §4.4)
    GUIDED = "guided"  # guidance letter, TT05 Mẫu 02
    FORWARDED = "forwarded"  # forwarding slip, TT05 Mẫu 03
    FILED = "filed"  # lưu đơn (TT05 Art. 28: kept 1 year)
    NOT_PROCESSED = "not_processed"  # LTC Arts. 24(3), 25
    ANSWERED = "answered"  # a petition answered


@dataclass(frozen=True)
class Letter:
    """One letter of the register. ``senders``, ``sender_address`` and ``sender_contact``
    are the sender's identity: confidential (a denouncer's, LTCD Art. 3(2))."""

    received_day: date | None
    source: LetterSource = LetterSource.IN_PERSON
    senders: tuple[str, ...] = ()
    sender_address: str = ""
    sender_contact: str = ""
    signed: bool = False  # signed or fingerprinted
    summary: str = ""
    letter_type: LetterType | None = None
    eligible: bool | None = None  # None: not yet checked (TT05 Art. 6(2)(a))
    jurisdiction: Jurisdiction | None = None
    case_id: str = ""  # the matter: letters and visits on one content share it
    handling: LetterHandling = LetterHandling.PENDING
    handled_on: date | None = None
    letter_no: str = ""  # the number of the outcome's letter or slip
    forwarded_to: str = ""
    several_places: bool = False  # a denunciation verified at several places (10 wd)
    anonymous: bool = False  # no or a false name (LTC Art. 25)


def validate_letter(letter: Letter) -> list[FieldError]:
    """The refusals of DOMAIN.md §4.2 on one letter."""
    errors: list[FieldError] = []
    if letter.received_day is None:
        errors.append(FieldError("received_day", "required"))
    if letter.letter_type is None:
        errors.append(FieldError("letter_type", "required"))  # no type (TT05 Art. 6(1))
    accepting = letter.handling in (LetterHandling.PROPOSED, LetterHandling.ACCEPTED)
    if accepting and letter.letter_type is LetterType.COMPLAINT and not letter.signed:
        errors.append(FieldError("signed", "unsigned_complaint_accepted"))  # LKN Art. 11(5)
    if letter.handling is LetterHandling.FORWARDED and not letter.forwarded_to.strip():
        errors.append(FieldError("forwarded_to", "required"))
    if (
        letter.handled_on is not None
        and letter.received_day is not None
        and letter.handled_on < letter.received_day
    ):
        errors.append(
            FieldError(
                "handled_on", "handled_before_received", {"on": letter.received_day.isoformat()}
            )
        )
    return errors


def forwarding_errors(letter: Letter, others: Iterable[Letter]) -> list[FieldError]:
    """One forwarding per content (TT05 Art. 14(1)): a letter on a matter (``case_id``)
    another letter of the register already forwarded may not be forwarded again.
    ``others`` are the other letters of the register (not this one)."""
    if letter.handling is not LetterHandling.FORWARDED or not letter.case_id.strip():
        return []
    key = letter.case_id.strip()
    for other in others:
        if other.handling is LetterHandling.FORWARDED and other.case_id.strip() == key:
            on = other.handled_on.isoformat() if other.handled_on else ""
            return [FieldError("handling", "second_forwarding", {"case_id": key, "on": on})]
    return []


def letter_deadlines(
    letter: Letter, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> list[Deadline]:
    """The deadlines a letter's receipt starts: its processing (a setting, default 10 wd),
    and for a denunciation the classification (7 / 10 wd, LTC Art. 24(1)) and, when it is
    not ours, the forwarding (5 wd, LTC Art. 24(2))."""
    if letter.received_day is None:
        return []
    got = letter.received_day
    out = [
        due_in(
            settings.letter_processing_unit,
            "letter_processing",
            got,
            settings.letter_processing_days,
            "tt05",
            cal,
        )
    ]
    target = settings.petition_target_days
    if letter.letter_type is LetterType.PETITION and target is not None:
        # No deadline found for communes; the UBND answers "kịp thời" (Law Art. 35(2)(b)).
        out.append(due_in(settings.answer_unit, "petition_answer", got, target, "law_35", cal))
    if letter.letter_type is LetterType.DENUNCIATION:
        days = CLASSIFY_SEVERAL_PLACES_WD if letter.several_places else CLASSIFY_WD
        out.append(due_working_days("denunciation_classification", got, days, "ltc_24_1", cal))
        if letter.jurisdiction in (Jurisdiction.LOWER, Jurisdiction.OTHER):
            out.append(due_working_days("letter_forwarding", got, FORWARD_WD, "ltc_24_2", cal))
    return out


_DONE_BY = {
    "letter_processing": frozenset(set(LetterHandling) - {LetterHandling.PENDING}),
    "denunciation_classification": frozenset(set(LetterHandling) - {LetterHandling.PENDING}),
    "letter_forwarding": frozenset({LetterHandling.FORWARDED}),
    "petition_answer": frozenset({LetterHandling.ANSWERED, LetterHandling.FORWARDED}),
}


def letter_deadlines_done(
    letter: Letter, cal: WorkCalendar, settings: CitizenSettings = DEFAULT_SETTINGS
) -> list[tuple[Deadline, date | None]]:
    """Each deadline of the letter with the day its step was done (None: not yet)."""
    return [
        (d, letter.handled_on if letter.handling in _DONE_BY[d.code] else None)
        for d in letter_deadlines(letter, cal, settings)
    ]


def letter_warnings(
    letter: Letter,
    cal: WorkCalendar,
    today: date | None = None,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> list[CitizenWarning]:
    """Deadlines missed (done late, or overdue on ``today``) and the letters the law says
    are not processed (LTC Art. 25) yet handled as if they were."""
    out: list[CitizenWarning] = []
    for deadline, done in letter_deadlines_done(letter, cal, settings):
        late = late_warning(deadline, done, today)
        if late is not None:
            out.append(late)
    if (
        letter.anonymous
        and letter.letter_type is LetterType.DENUNCIATION
        and letter.handling in (LetterHandling.PROPOSED, LetterHandling.ACCEPTED)
    ):
        out.append(CitizenWarning("anonymous_denunciation_accepted"))  # LTC Art. 25
    return out
