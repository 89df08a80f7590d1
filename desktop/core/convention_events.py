"""The life cycle of a hương ước / quy ước: which step may be recorded now (DOMAIN.md §3).

Every new event goes through :func:`apply_event`, which refuses a step that is
not allowed now with a :class:`TransitionRefused` carrying a code and params
(worded by :mod:`desktop.core.convention_messages`): a step out of order names
the step that is missing (``not_adopted``: "chưa được thông qua"); a step in
order may still lack what its article of Decree 61/2023/NĐ-CP requires. A
deadline missed is never a refusal, only a warning
(:mod:`desktop.core.convention_warnings`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from desktop.core.convention_text import parse_text, text_problems
from desktop.core.conventions import (
    CLOSED_STATES,
    RECOGNIZED_STATES,
    Convention,
    ConventionEvent,
    ConventionStatus,
    EventType,
    last_event,
    part_marks_on,
    status,
)
from desktop.core.errors import DomainError
from desktop.core.text import day_text

S, E = ConventionStatus, EventType
_BEFORE_ADOPTION = frozenset({None, S.PROPOSED, S.DRAFTING, S.CONSULTATION, S.REJECTED})
_BEFORE_RECOGNITION = _BEFORE_ADOPTION | {S.ADOPTED, S.SUBMITTED, S.REFUSED}

# The life cycle of DOMAIN.md §3. Beyond the forward path: a draft may go back to the
# drafting team after consultation, a rejection or a refusal (then repeats Arts. 8–11);
# a refused dossier may be completed and submitted again (Art. 11); after a meeting
# that did not adopt it, a household ballot may adopt it (Art. 10). ``superseded``
# is not listed: it only happens through :func:`supersede`.
_IN_FORCE_EVENTS = frozenset({E.DISTRIBUTED, E.REVIEWED, E.SUSPENDED, E.ABOLISHED})
_ALLOWED: dict[ConventionStatus | None, frozenset[EventType]] = {
    None: frozenset({E.PROPOSED}),
    S.PROPOSED: frozenset({E.DRAFTING}),
    S.DRAFTING: frozenset({E.CONSULTATION}),
    S.CONSULTATION: frozenset({E.ADOPTED, E.REJECTED, E.DRAFTING}),
    S.REJECTED: frozenset({E.DRAFTING, E.ADOPTED}),
    S.ADOPTED: frozenset({E.SUBMITTED}),
    S.SUBMITTED: frozenset({E.RECOGNIZED, E.REFUSED}),
    S.REFUSED: frozenset({E.SUBMITTED, E.DRAFTING}),
    S.RECOGNIZED: _IN_FORCE_EVENTS,
    S.IN_FORCE: _IN_FORCE_EVENTS,
    S.SUSPENDED: (_IN_FORCE_EVENTS - {E.SUSPENDED}) | {E.REINSTATED},
    S.SUPERSEDED: frozenset(),
    S.ABOLISHED: frozenset(),
}
# Steps that need the text itself: the draft posted, adopted and filed (Arts. 9–11).
_NEEDS_TEXT = frozenset({E.CONSULTATION, E.ADOPTED, E.SUBMITTED})


@dataclass(frozen=True)
class AdoptionFacts:
    """What the store knows of the meeting or ballot named by an ``adopted`` event."""

    meeting_uuid: str
    passed: bool
    matter_is_convention: bool
    held_on: date
    village_uuid: str


class TransitionRefused(DomainError):
    """A life-cycle step refused now. ``params`` always hold ``event``, ``status``
    (empty before the first event) and ``convention_type``; ``field`` names the
    event field at fault (``type`` when the step itself is out of order)."""

    def __init__(
        self, code: str, params: Mapping[str, Any] | None = None, field: str = "type"
    ) -> None:
        self.code = code
        self.params: Mapping[str, Any] = MappingProxyType(dict(params or {}))
        self.field = field
        super().__init__(f"{code}: {dict(self.params)}")


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _params(convention: Convention, kind: EventType) -> dict[str, Any]:
    current = status(convention)
    return {
        "event": kind.value,
        "status": current.value if current else "",
        "convention_type": convention.convention_type.value,
    }


def allowed_events(current: ConventionStatus | None) -> set[EventType]:
    """The steps that may be recorded next (``superseded`` only via :func:`supersede`)."""
    return set(_ALLOWED[current])


def allowed_steps(convention: Convention) -> set[EventType]:
    """:func:`allowed_events` of the convention's status, plus ``reinstated`` while a
    part of a text in force is suspended (Art. 12: a partial suspension leaves the rest
    in force, and is lifted by a reinstatement)."""
    allowed = allowed_events(status(convention))
    suspended = any(m.kind == "suspended" for m in part_marks_on(convention))
    if suspended and status(convention) in RECOGNIZED_STATES:
        allowed.add(E.REINSTATED)
    return allowed


def _order_code(kind: EventType, current: ConventionStatus | None) -> str:
    """Why ``kind`` cannot follow ``current``: name the step that is missing."""
    if current in CLOSED_STATES:
        return "convention_closed"
    if kind is E.PROPOSED:
        return "already_proposed"
    if kind is E.DRAFTING and current is None:
        return "not_proposed"
    if kind is E.CONSULTATION and current in (None, S.PROPOSED):
        return "not_drafted"
    if kind in (E.ADOPTED, E.REJECTED) and current in (None, S.PROPOSED, S.DRAFTING):
        return "not_consulted"
    if kind is E.SUBMITTED and current in _BEFORE_ADOPTION:
        return "not_adopted"
    if kind in (E.RECOGNIZED, E.REFUSED):
        return "already_recognized" if current in RECOGNIZED_STATES else "not_submitted"
    if kind in (*_IN_FORCE_EVENTS, E.REINSTATED, E.SUPERSEDED) and current in _BEFORE_RECOGNITION:
        return "not_recognized"
    if kind is E.SUSPENDED and current is S.SUSPENDED:
        return "already_suspended"
    if kind is E.REINSTATED:
        return "not_suspended"
    return "not_allowed_now"


def _check_initiative(event: ConventionEvent, params: dict[str, Any]) -> None:
    # A citizen initiative needs at least 10% of the village's households (Art. 7).
    supporting, total = event.households_supporting, event.households_total
    if supporting is None or total is None or supporting < 0 or total < 1:
        raise TransitionRefused("initiative_support_missing", params, "households_supporting")
    if supporting > total:
        raise TransitionRefused(
            "supporting_gt_total",
            {**params, "supporting": supporting, "total": total},
            "households_supporting",
        )
    if supporting * 10 < total:
        needed = -(-total // 10)
        detail = {"supporting": supporting, "total": total, "needed": needed}
        raise TransitionRefused(
            "initiative_support_too_low", {**params, **detail}, "households_supporting"
        )


def _check_adoption(
    convention: Convention,
    event: ConventionEvent,
    facts: AdoptionFacts | None,
    params: dict[str, Any],
) -> None:
    # Adopted only by a meeting or household ballot of this village that passed the
    # convention (Art. 10; thresholds in desktop.core.meetings, Law Art. 21).
    if _blank(event.meeting_uuid):
        raise TransitionRefused("meeting_required", params, "meeting")
    if facts is None or facts.meeting_uuid != event.meeting_uuid:
        raise TransitionRefused(
            "meeting_not_found", {**params, "meeting": event.meeting_uuid}, "meeting"
        )
    if facts.village_uuid != convention.village_uuid:
        raise TransitionRefused("meeting_other_village", params, "meeting")
    if not facts.matter_is_convention:
        raise TransitionRefused("meeting_other_matter", params, "meeting")
    if not facts.passed:
        raise TransitionRefused("meeting_not_passed", params, "meeting")
    if facts.held_on > event.on:
        detail = {"held_on": day_text(facts.held_on), "on": day_text(event.on)}
        raise TransitionRefused("meeting_after_adoption", {**params, **detail}, "meeting")


def _check_details(
    convention: Convention,
    event: ConventionEvent,
    facts: AdoptionFacts | None,
    params: dict[str, Any],
) -> None:
    kind = event.type
    if kind is E.PROPOSED and convention.citizen_initiative:
        _check_initiative(event, params)
    if kind in _NEEDS_TEXT:
        problems = text_problems(parse_text(convention.text))
        if problems:
            p = problems[0]
            code = "text_duplicate_article" if p.code == "duplicate_article" else "text_missing"
            raise TransitionRefused(code, {**params, **p.params}, "text")
    if kind is E.ADOPTED:
        _check_adoption(convention, event, facts, params)
    if kind is E.RECOGNIZED and _blank(event.decision_no):
        raise TransitionRefused("decision_no_required", params, "decision_no")  # Mẫu 03, Art. 11
    if kind in (E.REFUSED, E.SUSPENDED, E.ABOLISHED) and _blank(event.reason):
        raise TransitionRefused("reason_required", params, "reason")  # Arts. 11, 12, 14
    if kind is E.SUSPENDED:
        # A suspension states its deadline (Art. 12).
        if event.until is None:
            raise TransitionRefused("until_required", params, "until")
        if event.until < event.on:
            detail = {"until": day_text(event.until), "on": day_text(event.on)}
            raise TransitionRefused("until_before_on", {**params, **detail}, "until")


def _apply(
    convention: Convention, event: ConventionEvent, facts: AdoptionFacts | None
) -> Convention:
    current = status(convention)
    params = _params(convention, event.type)
    allowed = allowed_steps(convention) | (
        {E.SUPERSEDED} if current in RECOGNIZED_STATES else set()
    )
    if event.type not in allowed:
        raise TransitionRefused(_order_code(event.type, current), params)
    previous = convention.events[-1] if convention.events else None
    if previous is not None and event.on < previous.on:
        detail = {
            "on": day_text(event.on),
            "previous": day_text(previous.on),
            "previous_event": previous.type.value,
        }
        raise TransitionRefused("date_before_previous", {**params, **detail}, "on")
    _check_details(convention, event, facts, params)
    return replace(convention, events=(*convention.events, event))


def apply_event(
    convention: Convention, event: ConventionEvent, facts: AdoptionFacts | None = None
) -> Convention:
    """Record one step, or refuse it.

    Args:
        facts: for ``adopted``, the meeting or ballot ``event.meeting_uuid`` names,
            looked up by the caller.

    Raises:
        TransitionRefused: the step is out of order, dated before the previous
            step, or misses what its article requires.
    """
    if event.type is E.SUPERSEDED:
        raise TransitionRefused("supersede_via_new_version", _params(convention, event.type))
    return _apply(convention, event, facts)


def replay_events(
    base: Convention,
    events: Sequence[ConventionEvent],
    facts: Mapping[str, AdoptionFacts],
) -> Convention:
    """Apply ``events`` one by one to ``base`` (whose own events are kept), e.g. for a
    record created with its history; ``facts`` maps meeting uuids to their facts.

    Raises:
        TransitionRefused: at the first step refused; ``params["index"]`` is its position.
    """
    out = base
    for index, event in enumerate(events):
        found = facts.get(event.meeting_uuid or "")
        try:
            out = apply_event(out, event, found)
        except TransitionRefused as exc:
            raise TransitionRefused(exc.code, {**exc.params, "index": index}, exc.field) from None
    return out


def superseded_by_another(old: Convention, new_uuid: str | None) -> dict[str, Any] | None:
    """Only one version of a hương ước is in force (D61 Art. 13: the new version
    supersedes the one in force). A new version naming a text another version already
    replaced would leave two versions in force: the params of that refusal (the day
    ``old`` was replaced), or None when ``old`` may be named."""
    replaced = last_event(old, E.SUPERSEDED)
    if status(old) is not S.SUPERSEDED or replaced is None:
        return None
    if new_uuid is not None and replaced.successor_uuid == new_uuid:
        return None  # replaced by this very version: already done
    return {"superseded_on": day_text(replaced.on)}


def supersede(old: Convention, old_uuid: str, new: Convention, new_uuid: str) -> Convention:
    """Mark ``old`` superseded by its recognised new version (Art. 13), dated the new
    version's recognition; the old text stays readable as it was in force. ``old``
    already superseded by ``new`` or abolished comes back unchanged (nothing of it
    is in force to replace).

    The choice when ``old`` was already replaced by ANOTHER version: refuse, rather
    than supersede the version actually in force. The community consulted on and
    adopted an amendment of ``old`` (Arts. 9–10); replacing a later text it never
    voted on would drop that text's changes unseen. The officer names the version in
    force in ``supersedes`` (the adopted text checked against it), then records the
    recognition again.

    Raises:
        TransitionRefused: ``new`` does not name ``old`` in ``supersedes``
            (``not_a_new_version``), is not recognised (``successor_not_recognized``),
            ``old`` was replaced by another version (``predecessor_superseded``, field
            ``supersedes``, worded for the new version's recognition), or ``old`` is
            not in force.
    """
    replaced = superseded_by_another(old, new_uuid)
    if replaced is not None:
        params = {**_params(new, E.RECOGNIZED), **replaced}
        raise TransitionRefused("predecessor_superseded", params, "supersedes")
    if status(old) in CLOSED_STATES:
        return old
    params = _params(old, E.SUPERSEDED)
    if new.supersedes_uuid != old_uuid:
        raise TransitionRefused("not_a_new_version", params, "supersedes")
    recognized = last_event(new, E.RECOGNIZED)
    if recognized is None or status(new) not in RECOGNIZED_STATES:
        raise TransitionRefused("successor_not_recognized", params, "supersedes")
    event = ConventionEvent(
        E.SUPERSEDED, recognized.on, decision_no=recognized.decision_no, successor_uuid=new_uuid
    )
    return _apply(old, event, None)
