"""Dialogues as record JSON (kind ``dialogue``), and what is computed on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.civic_json import day_json, flag, names, opt_text, rows
from desktop.core.dialogue import (
    Commitment,
    Dialogue,
    DialogueKind,
    Question,
    commitment_deadlines,
    commitment_state,
    dialogue_errors,
    dialogue_warnings,
)
from desktop.core.errors import require
from desktop.core.jsonio import FieldReader, opt_day, opt_int
from desktop.core.next_deadline import NEXT_KEYS

KIND = "dialogue"
DIALOGUE_FIELDS = (
    "title",
    "dialogue_kind",
    "held_on",
    "place",
    "chaired_by",
    "with_mttq",
    "attendance",
    "questions",
    "commitments",
    "report_sent_on",
)
DIALOGUE_COMPUTED = ("commitments_open", "commitments_overdue", "deadlines", *NEXT_KEYS)
QUESTION_FIELDS = ("asked_by", "question", "answer", "answered_by")
COMMITMENT_FIELDS = ("content", "owner", "due_on", "done_on")


def _question(r: FieldReader) -> Question:
    return Question(
        asked_by=opt_text(r, "asked_by", ""),
        question=opt_text(r, "question", ""),
        answer=opt_text(r, "answer", ""),
        answered_by=opt_text(r, "answered_by", ""),
    )


def _commitment(r: FieldReader) -> Commitment:
    return Commitment(
        content=opt_text(r, "content", ""),
        owner=opt_text(r, "owner", ""),
        due_on=opt_day(r, "due_on", None),
        done_on=opt_day(r, "done_on", None),
    )


def dialogue_from_json(obj: Mapping[str, Any], base: Dialogue | None = None) -> Dialogue:
    """Read a dialogue; on update, absent fields keep ``base``'s values.

    Raises:
        ValidationError: wrong type, unknown field, or a rule of :func:`dialogue_errors`.
    """
    s = base or Dialogue(title="")
    r = FieldReader(obj)
    r.refuse_unknown(DIALOGUE_FIELDS, computed=DIALOGUE_COMPUTED)
    data = replace(
        s,
        title=opt_text(r, "title", s.title),
        dialogue_kind=r.choice("dialogue_kind", DialogueKind, s.dialogue_kind),
        held_on=opt_day(r, "held_on", s.held_on),
        place=opt_text(r, "place", s.place),
        chaired_by=names(r, "chaired_by", s.chaired_by),
        with_mttq=flag(r, "with_mttq", s.with_mttq),
        attendance=opt_int(r, "attendance", s.attendance),
        questions=rows(r, "questions", _question, s.questions, QUESTION_FIELDS),
        commitments=rows(
            r, "commitments", _commitment, s.commitments, COMMITMENT_FIELDS, ("state",)
        ),
        report_sent_on=opt_day(r, "report_sent_on", s.report_sent_on),
    )
    require(r.errors)
    require(dialogue_errors(data))
    return data


def dialogue_to_json(d: Dialogue, today: date) -> dict[str, Any]:
    states = [commitment_state(c, today) for c in d.commitments]
    return {
        "kind": KIND,
        "title": d.title,
        "dialogue_kind": d.dialogue_kind.value,
        "held_on": day_json(d.held_on),
        "place": d.place,
        "chaired_by": list(d.chaired_by),
        "with_mttq": d.with_mttq,
        "attendance": d.attendance,
        "questions": [
            {
                "asked_by": q.asked_by,
                "question": q.question,
                "answer": q.answer,
                "answered_by": q.answered_by,
            }
            for q in d.questions
        ],
        "commitments": [
            {
                "content": c.content,
                "owner": c.owner,
                "due_on": day_json(c.due_on),
                "done_on": day_json(c.done_on),
                "state": st.value,
            }
            for c, st in zip(d.commitments, states, strict=True)
        ],
        "report_sent_on": day_json(d.report_sent_on),
        "commitments_open": sum(1 for c in d.commitments if c.done_on is None),
        "commitments_overdue": sum(1 for st in states if st.value == "overdue"),
        "deadlines": [x.to_json() for x in commitment_deadlines(d)],
        "warnings": [w.to_json() for w in dialogue_warnings(d, today)],
    }
