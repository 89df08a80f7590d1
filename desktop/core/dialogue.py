"""Dialogues between the commune's leaders and residents — Law 10/2022/QH15 Art. 32;
DOMAIN.md §4.7.

The UBND holds at least one dialogue with residents each calendar year, organised with the
MTTQ (Art. 32); provincial rules add the dialogues of party and government leaders with
residents. Each keeps its date, place, who chaired, attendance, the questions raised and
their answers, and the commitments made, each with an owner and a due day, followed to done
or overdue. Not the complaint dialogue of the Law on Complaints (Art. 30).

Stdlib only: refusals are FieldError codes, warnings :class:`Warn` codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.civic import (
    ART_LAW_32,
    DEFAULT_SETTINGS,
    CivicSettings,
    Deadline,
    Warn,
    deadline,
    refuse,
    warn,
)
from desktop.core.errors import FieldError


class DialogueKind(StrEnum):
    UBND_RESIDENTS = "ubnd_residents"  # the yearly UBND–resident dialogue, Law Art. 32
    LEADERS = "leaders"  # party and government leaders with residents (provincial rules)


class CommitmentState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Question:
    asked_by: str = ""
    question: str = ""
    answer: str = ""
    answered_by: str = ""


@dataclass(frozen=True)
class Commitment:
    content: str = ""
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class Dialogue:
    title: str
    dialogue_kind: DialogueKind = DialogueKind.UBND_RESIDENTS
    held_on: date | None = None
    place: str = ""
    chaired_by: tuple[str, ...] = ()
    with_mttq: bool = True
    attendance: int | None = None
    questions: tuple[Question, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    report_sent_on: date | None = None  # the result reported to the level above


def dialogue_errors(d: Dialogue) -> list[FieldError]:
    """Input no dialogue can have."""
    errors: list[FieldError] = []
    if not d.title:
        errors.append(refuse("title", "required"))
    if d.held_on is None:
        errors.append(refuse("held_on", "required"))
    if d.attendance is not None and d.attendance < 0:
        errors.append(refuse("attendance", "min", min=0))
    for i, q in enumerate(d.questions):
        if not q.question:
            errors.append(refuse(f"questions[{i}].question", "required"))
    for i, c in enumerate(d.commitments):
        path = f"commitments[{i}]"
        if not c.content:
            errors.append(refuse(f"{path}.content", "required"))
        if not c.owner:
            errors.append(refuse(f"{path}.owner", "required"))
        if c.due_on is None:
            errors.append(refuse(f"{path}.due_on", "required"))
        for key, day in (("due_on", c.due_on), ("done_on", c.done_on)):
            if day is not None and d.held_on is not None and day < d.held_on:
                errors.append(refuse(f"{path}.{key}", "must_not_precede", other="held_on"))
    if d.report_sent_on and d.held_on and d.report_sent_on < d.held_on:
        errors.append(refuse("report_sent_on", "must_not_precede", other="held_on"))
    return errors


def commitment_state(c: Commitment, today: date) -> CommitmentState:
    """Done (on time or late), overdue from the day after its due day, else open."""
    if c.done_on is not None:
        late = c.due_on is not None and c.done_on > c.due_on
        return CommitmentState.DONE_LATE if late else CommitmentState.DONE
    if c.due_on is not None and today > c.due_on:
        return CommitmentState.OVERDUE
    return CommitmentState.OPEN


def commitment_deadlines(d: Dialogue) -> list[Deadline]:
    """The due day of every commitment not yet done."""
    return [
        deadline(
            "commitment_due",
            c.due_on,
            index=i + 1,
            content=c.content,
            owner=c.owner,
            article=ART_LAW_32,
        )
        for i, c in enumerate(d.commitments)
        if c.due_on is not None and c.done_on is None
    ]


def dialogue_warnings(d: Dialogue, today: date) -> list[Warn]:
    out: list[Warn] = []
    for i, c in enumerate(d.commitments):
        state = commitment_state(c, today)
        if state is CommitmentState.OVERDUE and c.due_on is not None:
            out.append(
                warn(
                    "commitment_overdue",
                    index=i + 1,
                    content=c.content,
                    owner=c.owner,
                    due=c.due_on.isoformat(),
                    article=ART_LAW_32,
                )
            )
    if d.dialogue_kind is DialogueKind.UBND_RESIDENTS and not d.with_mttq:
        out.append(warn("dialogue_without_mttq", article=ART_LAW_32))
    return out


def yearly_dialogue_warning(
    dialogues: Iterable[Dialogue],
    year: int,
    today: date,
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> Warn | None:
    """No UBND–resident dialogue held in ``year`` by the set day (Law Art. 32; setting,
    default 1 December): warned from that day on, to the end of the year and after."""
    by = settings.dialogue_by(year)
    if today < by:
        return None
    held = any(
        d.dialogue_kind is DialogueKind.UBND_RESIDENTS
        and d.held_on is not None
        and d.held_on.year == year
        and d.held_on <= today
        for d in dialogues
    )
    if held:
        return None
    return warn("dialogue_year_missing", year=year, by=by.isoformat(), article=ART_LAW_32)
