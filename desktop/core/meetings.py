"""What residents decide: village meetings, household ballots, online votes.

Rules of Law 10/2022/QH15 Arts. 15–24, Decree 59/2023/NĐ-CP Arts. 3–5 and
Decree 61/2023/NĐ-CP Art. 10 (DOMAIN.md §2). Only the *content* of a record is
modelled here; the storage layer adds uuid, version and the other metadata.
All thresholds use integer arithmetic, never floats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.errors import FieldError, ValidationError
from desktop.core.warnings import Param

LAW = "Luật 10/2022/QH15"
D59 = "Nghị định 59/2023/NĐ-CP"
D61 = "Nghị định 61/2023/NĐ-CP"
DEADLINE_WORKING_DAYS = 5  # minutes sent / recognition, Law Art. 20; ballot, D59 Art. 4
NOTICE_DAYS = 2  # invitation at least 2 days before the meeting, D59 Art. 3
PERIODIC_NOTICE_DAYS = 5  # periodic year-end meeting, Law Art. 33
BALLOT_NOTICE_DAYS = 2  # ballot announced at least 2 days before the papers go out, D59 Art. 4


class MeetingType(StrEnum):
    DECISION = "decision"
    PERIODIC = "periodic"
    HEAD_ELECTION = "head_election"
    HEAD_DISMISSAL = "head_dismissal"
    BOARD_ELECTION = "board_election"
    CONVENTION = "convention"
    OTHER = "other"


class Matter(StrEnum):
    """Matters residents decide (Law Art. 15), plus the meeting's own procedure."""

    CONTRIBUTION = "contribution"  # (1) contributions to infrastructure
    FUND_MANAGEMENT = "fund_management"  # (2) community contributions and funds
    CONVENTION = "convention"  # (3) hương ước / quy ước
    VILLAGE_HEAD = "village_head"  # (4) electing / dismissing the village head
    BOARDS = "boards"  # (5) People's Inspection / Community Investment Supervision boards
    OTHER = "other"  # (6) other lawful self-management matters
    PROCEDURAL = "procedural"  # secretary, procedure: D59 Art. 3


class Method(StrEnum):
    """Forms of deciding (Law Art. 17)."""

    SHOW_OF_HANDS = "show_of_hands"
    SECRET_BALLOT = "secret_ballot"
    HOUSEHOLD_BALLOT = "household_ballot"
    ONLINE = "online"


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"


class Recognizer(StrEnum):
    UBND = "ubnd"
    MTTQ = "mttq"


class TakesEffect(StrEnum):
    """When a passed decision takes effect (Law Art. 21)."""

    ON_VOTE_DAY = "on_vote_day"
    ON_UBND_RECOGNITION = "on_ubnd_recognition"
    ON_MTTQ_RECOGNITION = "on_mttq_recognition"


class RuleCode(StrEnum):
    TWO_THIRDS_OF_TOTAL = "two_thirds_of_total"
    MAJORITY_OF_TOTAL = "majority_of_total"
    CONVENTION_ATTENDANCE = "convention_attendance"  # failed: attendance not reached
    CONVENTION_MAJORITY = "convention_majority"  # attendance reached, then majority of total
    MAJORITY_OF_PRESENT = "majority_of_present"


# Matters 3–5 must go to a meeting (Law Art. 17).
MEETING_ONLY_MATTERS = frozenset({Matter.CONVENTION, Matter.VILLAGE_HEAD, Matter.BOARDS})
# Online voting only for matter 6 (Law Art. 17; D59 Art. 5).
ONLINE_MATTERS = frozenset({Matter.OTHER})
# Methods whose votes are counted among the representatives present at the meeting.
MEETING_METHODS = frozenset({Method.SHOW_OF_HANDS, Method.SECRET_BALLOT})

# When a passed matter takes effect (Law Art. 21).
_TAKES_EFFECT: dict[Matter, TakesEffect] = {
    Matter.CONTRIBUTION: TakesEffect.ON_VOTE_DAY,
    Matter.FUND_MANAGEMENT: TakesEffect.ON_VOTE_DAY,
    Matter.CONVENTION: TakesEffect.ON_UBND_RECOGNITION,
    Matter.VILLAGE_HEAD: TakesEffect.ON_UBND_RECOGNITION,
    Matter.BOARDS: TakesEffect.ON_MTTQ_RECOGNITION,
    Matter.OTHER: TakesEffect.ON_VOTE_DAY,
    Matter.PROCEDURAL: TakesEffect.ON_VOTE_DAY,
}
_RECOGNIZER: dict[TakesEffect, Recognizer] = {
    TakesEffect.ON_UBND_RECOGNITION: Recognizer.UBND,
    TakesEffect.ON_MTTQ_RECOGNITION: Recognizer.MTTQ,
}


@dataclass(frozen=True)
class MeetingItem:
    """One question put to the vote and its count."""

    title: str
    matter: Matter
    method: Method
    votes_for: int
    votes_against: int = 0
    votes_other: int = 0

    @property
    def votes_cast(self) -> int:
        return self.votes_for + self.votes_against + self.votes_other


@dataclass(frozen=True)
class HouseholdBallot:
    """A household ballot (D59 Art. 4); ``held_on`` of its meeting is the day papers go out."""

    papers_issued: int
    papers_returned: int
    announced_on: date | None = None
    deadline_on: date | None = None
    after_failed_meeting_uuid: str | None = None


@dataclass(frozen=True)
class Meeting:
    """A meeting (or household ballot / online vote) record's content.

    ``village_uuid`` is the record-JSON field ``village``; field paths in
    errors use the JSON names.
    """

    village_uuid: str
    title: str
    meeting_type: MeetingType
    held_on: date | None
    place: str | None = None
    convened_by: str | None = None
    chair: str | None = None
    secretary: str | None = None
    notice_on: date | None = None
    households_total: int | None = None
    households_present: int | None = None
    minutes_sent_on: date | None = None
    recognized_on: date | None = None
    recognized_by: Recognizer | None = None
    refused_on: date | None = None
    refusal_reason: str | None = None
    items: tuple[MeetingItem, ...] = ()
    ballot: HouseholdBallot | None = None
    # Law Art. 20 content of the minutes, and who took part (D59 Art. 3).
    minutes_text: str = ""
    representatives: tuple[str, ...] = ()
    counting_board: tuple[str, ...] = ()
    witnesses: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemResult:
    """The computed outcome of one item and the rule applied, as a code and its numbers.

    ``rule_params`` (``votes``, ``total``, ``present`` and the ``variant`` of the
    wording) let :func:`desktop.core.messages.word_rule` explain it at the edge.
    ``takes_effect`` is ``None`` when the item failed.
    """

    outcome: Outcome
    rule_code: RuleCode
    rule_params: Mapping[str, Param]
    takes_effect: TakesEffect | None


def _result(
    passed: bool, code: RuleCode, matter: Matter, votes: int, total: int, present: int
) -> ItemResult:
    outcome = Outcome.PASSED if passed else Outcome.FAILED
    # The article cited: a hương ước decided by all households also cites D61 Art. 10.
    convention = matter is Matter.CONVENTION and code is RuleCode.MAJORITY_OF_TOTAL
    variant = f"{outcome.value}_convention" if convention else outcome.value
    return ItemResult(
        outcome=outcome,
        rule_code=code,
        rule_params={"votes": votes, "total": total, "present": present, "variant": variant},
        takes_effect=_TAKES_EFFECT[matter] if passed else None,
    )


def evaluate_item(item: MeetingItem, households_total: int, households_present: int) -> ItemResult:
    """Apply the threshold of Law Art. 21 (and D61 Art. 10, D59 Art. 3) to one item.

    The denominator is ALL households of the village, also for a household
    ballot or an online vote. ``households_present`` is the representatives
    present at the meeting (for a household ballot: the papers returned); it
    matters only for procedural items and the hương ước attendance rule.

    Raises:
        ValidationError: ``households_total`` is below 1.
    """
    if households_total < 1:
        raise ValidationError([FieldError("households_total", "min", {"min": 1})])
    total, present, votes = households_total, households_present, item.votes_for
    matter = item.matter
    numbers = (votes, total, present)
    if matter is Matter.PROCEDURAL:
        # Secretary and procedural choices: more than 50% of those present (D59 Art. 3).
        return _result(votes * 2 > present, RuleCode.MAJORITY_OF_PRESENT, matter, *numbers)
    if matter in (Matter.CONTRIBUTION, Matter.FUND_MANAGEMENT):
        # Matters 1–2: at least 2/3 of all households (Law Art. 21).
        return _result(votes * 3 >= total * 2, RuleCode.TWO_THIRDS_OF_TOTAL, matter, *numbers)
    majority = votes * 2 > total
    if matter is Matter.CONVENTION and item.method is not Method.HOUSEHOLD_BALLOT:
        # Hương ước at a meeting: more than 50% of households must attend (D61 Art. 10);
        # a household ballot is the fallback when attendance cannot be reached.
        if present * 2 <= total:
            return _result(False, RuleCode.CONVENTION_ATTENDANCE, matter, *numbers)
        return _result(majority, RuleCode.CONVENTION_MAJORITY, matter, *numbers)
    # Matters 3 (by ballot), 4, 5, 6: more than 50% of all households (Law Art. 21).
    return _result(majority, RuleCode.MAJORITY_OF_TOTAL, matter, *numbers)


def evaluate_meeting(meeting: Meeting) -> tuple[ItemResult, ...]:
    """Evaluate every item of a valid meeting (see :func:`validate_meeting`).

    Household-ballot items use the papers returned as ``households_present``.

    Raises:
        ValidationError: ``households_total`` is missing or below 1.
    """
    if meeting.households_total is None:
        raise ValidationError([FieldError("households_total", "required")])
    results = []
    for item in meeting.items:
        present = meeting.households_present or 0
        if item.method is Method.HOUSEHOLD_BALLOT and meeting.ballot is not None:
            present = meeting.ballot.papers_returned
        results.append(evaluate_item(item, meeting.households_total, present))
    return tuple(results)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


class _Errors(list[FieldError]):
    def add(self, field: str, code: str, **params: object) -> None:
        self.append(FieldError(field, code, params))


def _check_items(m: Meeting, errors: _Errors) -> None:
    total, present, ballot = m.households_total, m.households_present, m.ballot
    for i, item in enumerate(m.items):
        path, votes, matter = f"items[{i}]", item.votes_cast, item.matter.value
        if _blank(item.title):
            errors.add(f"{path}.title", "required")
        for name in ("votes_for", "votes_against", "votes_other"):
            if getattr(item, name) < 0:
                errors.add(f"{path}.{name}", "min", min=0)
        if item.method is Method.ONLINE:
            # Online voting only for matter 6 (Law Art. 17; D59 Art. 5).
            if item.matter not in ONLINE_MATTERS:
                errors.add(f"{path}.method", "online_not_allowed", matter=matter)
            if total is not None and total >= 1 and votes > total:
                errors.add(f"{path}.votes_for", "votes_gt_total", votes=votes, total=total)
        elif item.method is Method.HOUSEHOLD_BALLOT:
            # Matters 3–5: a ballot only after a meeting that failed (Law Art. 17).
            failed_meeting = None if ballot is None else ballot.after_failed_meeting_uuid
            if item.matter in MEETING_ONLY_MATTERS and _blank(failed_meeting):
                errors.add(f"{path}.method", "ballot_needs_failed_meeting", matter=matter)
            # Counted against the papers returned (D59 Art. 4).
            if ballot is not None and 0 <= ballot.papers_returned < votes:
                returned = ballot.papers_returned
                errors.add(f"{path}.votes_for", "votes_gt_returned", votes=votes, returned=returned)
        elif present is not None and 0 <= present < votes:
            # At a meeting, counted among the representatives present (Law Art. 20).
            errors.add(f"{path}.votes_for", "votes_gt_present", votes=votes, present=present)


def _check_ballot(m: Meeting, errors: _Errors) -> None:
    ballot, total = m.ballot, m.households_total
    if ballot is None:
        if any(it.method is Method.HOUSEHOLD_BALLOT for it in m.items):
            errors.add("ballot", "required")
        return
    issued, returned = ballot.papers_issued, ballot.papers_returned
    for name, value in (("papers_issued", issued), ("papers_returned", returned)):
        if value < 0:
            errors.add(f"ballot.{name}", "min", min=0)
    if returned > issued:
        errors.add("ballot.papers_returned", "returned_gt_issued", returned=returned, issued=issued)
    # One paper per household (D59 Art. 4).
    if total is not None and total >= 1 and issued > total:
        errors.add("ballot.papers_issued", "issued_gt_total", issued=issued, total=total)
    if ballot.announced_on and ballot.deadline_on and ballot.deadline_on < ballot.announced_on:
        errors.add("ballot.deadline_on", "must_not_precede", other="ballot.announced_on")


def _check_dates(m: Meeting, errors: _Errors) -> None:
    held, sent = m.held_on, m.minutes_sent_on
    if held is not None and m.notice_on is not None and m.notice_on > held:
        errors.add("notice_on", "must_not_follow", other="held_on")
    if held is not None and sent is not None and sent < held:
        errors.add("minutes_sent_on", "must_not_precede", other="held_on")
    base, base_name = (sent, "minutes_sent_on") if sent is not None else (held, "held_on")
    for name, value in (("recognized_on", m.recognized_on), ("refused_on", m.refused_on)):
        if value is not None and base is not None and value < base:
            errors.add(name, "must_not_precede", other=base_name)
    # Recognised, or refused in writing with reasons (Law Art. 20).
    if m.recognized_on is not None and m.refused_on is not None:
        errors.add("refused_on", "conflict", other="recognized_on")
    if m.refused_on is not None and _blank(m.refusal_reason):
        errors.add("refusal_reason", "required")
    if m.recognized_on is not None and m.recognized_by is None:
        errors.add("recognized_by", "required")
    # The UBND recognises matters 3–4, the MTTQ matter 5 (Law Art. 21).
    effects = {_TAKES_EFFECT[it.matter] for it in m.items}
    expected = {_RECOGNIZER[t] for t in effects if t in _RECOGNIZER}
    if m.recognized_by is not None and expected and m.recognized_by not in expected:
        names = "/".join(sorted(r.value for r in expected))
        errors.add("recognized_by", "wrong_recognizer", expected=names)


def validate_meeting(meeting: Meeting) -> list[FieldError]:
    """Every broken input rule of DOMAIN §2 (empty list: the record may be saved)."""
    errors = _Errors()
    if _blank(meeting.village_uuid):
        errors.add("village", "required")
    if _blank(meeting.title):
        errors.add("title", "required")
    if meeting.held_on is None:
        errors.add("held_on", "required")
    if not meeting.items:
        errors.add("items", "required")
    total, present = meeting.households_total, meeting.households_present
    # The denominator is all households of the village (Law Art. 21): never 0.
    if total is None:
        errors.add("households_total", "required")
    elif total < 1:
        errors.add("households_total", "min", min=1)
    if present is None:
        if any(it.method in MEETING_METHODS for it in meeting.items):
            errors.add("households_present", "required")
    elif present < 0:
        errors.add("households_present", "min", min=0)
    elif total is not None and total >= 1 and present > total:
        errors.add("households_present", "present_gt_total", present=present, total=total)
    _check_items(meeting, errors)
    _check_ballot(meeting, errors)
    _check_dates(meeting, errors)
    return list(errors)
