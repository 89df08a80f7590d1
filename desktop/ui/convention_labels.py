"""Words for hương ước / quy ước in the window: statuses, steps, what to do next and by when.

Which step comes next and by when is core's decision
(:func:`desktop.core.convention_next.next_step`, Decree 61/2023/NĐ-CP Arts. 9-18);
this module only words it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.convention_json import StoredConvention
from desktop.core.convention_next import NextStep, next_step
from desktop.core.convention_text import ChangeStatus
from desktop.core.convention_warnings import (
    live_warnings,
)
from desktop.core.conventions import (
    ConventionEvent,
    ConventionStatus,
    ConventionType,
    EventType,
)
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, warning_lines
from desktop.ui.labels import format_day

CTX = "ConventionLabels"
S, E = ConventionStatus, EventType

_TYPES = {
    ConventionType.HUONG_UOC: QT_TRANSLATE_NOOP("ConventionLabels", "Hương ước"),
    ConventionType.QUY_UOC: QT_TRANSLATE_NOOP("ConventionLabels", "Quy ước"),
}

_STATUSES = {
    S.PROPOSED: QT_TRANSLATE_NOOP("ConventionLabels", "Proposed"),
    S.DRAFTING: QT_TRANSLATE_NOOP("ConventionLabels", "Being drafted"),
    S.CONSULTATION: QT_TRANSLATE_NOOP("ConventionLabels", "In consultation"),
    S.ADOPTED: QT_TRANSLATE_NOOP("ConventionLabels", "Adopted"),
    S.REJECTED: QT_TRANSLATE_NOOP("ConventionLabels", "Rejected by the meeting"),
    S.SUBMITTED: QT_TRANSLATE_NOOP("ConventionLabels", "Awaiting recognition"),
    S.RECOGNIZED: QT_TRANSLATE_NOOP("ConventionLabels", "Recognised"),
    S.REFUSED: QT_TRANSLATE_NOOP("ConventionLabels", "Recognition refused"),
    S.IN_FORCE: QT_TRANSLATE_NOOP("ConventionLabels", "In force"),
    S.SUSPENDED: QT_TRANSLATE_NOOP("ConventionLabels", "Suspended"),
    S.SUPERSEDED: QT_TRANSLATE_NOOP("ConventionLabels", "Superseded"),
    S.ABOLISHED: QT_TRANSLATE_NOOP("ConventionLabels", "Abolished"),
}
_NO_STATUS = QT_TRANSLATE_NOOP("ConventionLabels", "No step recorded")

# The steps in the order of the life cycle (D61 Arts. 7–14), for menus and buttons.
EVENT_ORDER: tuple[EventType, ...] = tuple(EventType)
_EVENTS = {
    E.PROPOSED: QT_TRANSLATE_NOOP("ConventionLabels", "Proposal"),
    E.DRAFTING: QT_TRANSLATE_NOOP("ConventionLabels", "Drafting"),
    E.CONSULTATION: QT_TRANSLATE_NOOP("ConventionLabels", "Draft posted for opinions"),
    E.ADOPTED: QT_TRANSLATE_NOOP("ConventionLabels", "Adoption"),
    E.REJECTED: QT_TRANSLATE_NOOP("ConventionLabels", "Not adopted by the meeting"),
    E.SUBMITTED: QT_TRANSLATE_NOOP("ConventionLabels", "Dossier submitted"),
    E.RECOGNIZED: QT_TRANSLATE_NOOP("ConventionLabels", "Recognition"),
    E.REFUSED: QT_TRANSLATE_NOOP("ConventionLabels", "Recognition refused in writing"),
    E.DISTRIBUTED: QT_TRANSLATE_NOOP("ConventionLabels", "Text sent out and publicised"),
    E.REVIEWED: QT_TRANSLATE_NOOP("ConventionLabels", "Yearly review"),
    E.SUSPENDED: QT_TRANSLATE_NOOP("ConventionLabels", "Suspension"),
    E.REINSTATED: QT_TRANSLATE_NOOP("ConventionLabels", "Reinstatement"),
    E.ABOLISHED: QT_TRANSLATE_NOOP("ConventionLabels", "Abolition"),
    E.SUPERSEDED: QT_TRANSLATE_NOOP("ConventionLabels", "Replaced by a new version"),
}

_CHANGES = {
    ChangeStatus.ADDED: QT_TRANSLATE_NOOP("ConventionLabels", "Added"),
    ChangeStatus.REMOVED: QT_TRANSLATE_NOOP("ConventionLabels", "Removed"),
    ChangeStatus.CHANGED: QT_TRANSLATE_NOOP("ConventionLabels", "Amended"),
    ChangeStatus.UNCHANGED: QT_TRANSLATE_NOOP("ConventionLabels", "Unchanged"),
}

# What each step means, shown when it is recorded (articles of D61).
_HINTS = {
    E.PROPOSED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "Proposed by the village head with the Front work committee, or by a citizen "
        "initiative backed by at least 10% of households (Art. 7).",
    ),
    E.DRAFTING: QT_TRANSLATE_NOOP(
        "ConventionLabels", "The drafting team starts (or resumes) the draft (Art. 8)."
    ),
    E.CONSULTATION: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The draft is posted for at least 30 days; the opinions and how they were handled "
        "are recorded (Art. 9).",
    ),
    E.ADOPTED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The meeting (or household ballot) that adopted it: more than 50% of all households "
        "attended and more than 50% of all households agreed (Art. 10).",
    ),
    E.REJECTED: QT_TRANSLATE_NOOP(
        "ConventionLabels", "The meeting did not adopt the draft (Art. 10)."
    ),
    E.SUBMITTED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The request, the adoption minutes and the adopted text, sent to the commune "
        "People's Committee within 5 working days of the adoption (Art. 11).",
    ),
    E.RECOGNIZED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The recognition decision (form 03); the text is in force from its date (Art. 11).",
    ),
    E.REFUSED: QT_TRANSLATE_NOOP(
        "ConventionLabels", "A written refusal, with its reasons (Art. 11)."
    ),
    E.DISTRIBUTED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The text sent to the village head and the Front committee within 2 working days; "
        "the head posts it and makes it known (Art. 18).",
    ),
    E.REVIEWED: QT_TRANSLATE_NOOP(
        "ConventionLabels", "The yearly review of how the convention is applied (Art. 15)."
    ),
    E.SUSPENDED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The whole text or a part, with the reason and the deadline for correcting it "
        "(form 04, Art. 12).",
    ),
    E.REINSTATED: QT_TRANSLATE_NOOP(
        "ConventionLabels", "The suspension ends and the text applies again (Art. 12)."
    ),
    E.ABOLISHED: QT_TRANSLATE_NOOP(
        "ConventionLabels",
        "The whole text or a part: unlawful content, a missed correction deadline, or an "
        "adoption that never met the threshold (form 05, Art. 14).",
    ),
}


def type_label(value: ConventionType) -> str:
    return translate(CTX, _TYPES[value])


def status_label(value: ConventionStatus | None) -> str:
    return translate(CTX, _STATUSES[value] if value is not None else _NO_STATUS)


def event_label(value: EventType) -> str:
    return translate(CTX, _EVENTS[value])


def change_label(value: ChangeStatus) -> str:
    return translate(CTX, _CHANGES[value])


def step_hint(value: EventType) -> str:
    """What the law asks of a step, in a sentence ('' for ``superseded``)."""
    return translate(CTX, _HINTS[value]) if value in _HINTS else ""


def _with_day(text: str, day: date) -> str:
    return text.replace("%1", format_day(day))


@dataclass(frozen=True)
class NextAction:
    """What the convention waits for: core's ``step`` (None: nothing), ``due`` its date
    (None when nothing is due by a date), ``overdue`` when that date has passed.
    ``text`` words it in the interface language when it is shown, so a list fetched
    before a language switch does not keep the old words."""

    step: NextStep | None
    due: date | None = None
    overdue: bool = False

    @property
    def text(self) -> str:
        if self.step is None:
            return ""
        text = _step_texts()[self.step]
        return _with_day(text, self.due) if self.due is not None else text


def _step_texts() -> dict[NextStep, str]:
    """The words of each step core names; ``%1`` is its day."""
    return {
        NextStep.PROPOSE: translate("ConventionLabels", "Record the proposal"),
        NextStep.DRAFT: translate("ConventionLabels", "Start drafting"),
        NextStep.CONSULT: translate("ConventionLabels", "Post the draft for opinions"),
        NextStep.MEETING: translate("ConventionLabels", "Put to the meeting from %1"),
        NextStep.REDRAFT_OR_BALLOT: translate(
            "ConventionLabels", "Redraft, or adopt by household ballot"
        ),
        NextStep.SUBMIT: translate("ConventionLabels", "Submit the dossier by %1"),
        NextStep.DECIDE: translate("ConventionLabels", "Decide on recognition by %1"),
        NextStep.COMPLETE_OR_REDRAFT: translate(
            "ConventionLabels", "Complete the dossier, or redraft"
        ),
        NextStep.CORRECT: translate("ConventionLabels", "Correct by %1"),
        NextStep.DISTRIBUTE: translate("ConventionLabels", "Send the text out by %1"),
        NextStep.REVIEW: translate("ConventionLabels", "Review on %1"),
    }


def next_action(stored: StoredConvention, calendar: WorkCalendar, today: date) -> NextAction:
    """Core's next step (:func:`desktop.core.convention_next.next_step`), worded with its
    deadline where it has one (:attr:`NextAction.text`)."""
    found = next_step(stored.data, calendar, today)
    return NextAction(found.step, found.due, found.overdue)


def overdue_text(action: NextAction) -> str:
    if not action.overdue or action.due is None:
        return ""
    return _with_day(translate("ConventionLabels", "Overdue: the date was %1"), action.due)


def current_warnings(
    stored: StoredConvention, calendar: WorkCalendar, today: date
) -> tuple[RecordWarning, ...]:
    """The warnings stored with the record and those that depend on today."""
    return (*stored.warnings, *live_warnings(stored.data, calendar, today))


def warnings_tooltip(warnings: Sequence[RecordWarning]) -> str:
    return warning_lines("convention", warnings)


def event_details(event: ConventionEvent, meeting: str = "") -> str:
    """The facts of one step, for the timeline (``meeting``: the meeting worded)."""
    parts: list[str] = []
    if meeting:
        parts.append(translate("ConventionLabels", "Meeting: %1").replace("%1", meeting))
    if event.households_supporting is not None and event.households_total is not None:
        parts.append(
            translate("ConventionLabels", "%1 of %2 households support it")
            .replace("%1", str(event.households_supporting))
            .replace("%2", str(event.households_total))
        )
    if event.decision_no:
        parts.append(
            translate("ConventionLabels", "Decision no. %1").replace("%1", event.decision_no)
        )
    if event.signer:
        parts.append(translate("ConventionLabels", "signed by %1").replace("%1", event.signer))
    if event.type in (E.SUSPENDED, E.ABOLISHED):
        part = event.part or translate("ConventionLabels", "the whole text")
        parts.append(translate("ConventionLabels", "Part: %1").replace("%1", part))
    if event.reason:
        parts.append(translate("ConventionLabels", "Reason: %1").replace("%1", event.reason))
    if event.until is not None:
        parts.append(_with_day(translate("ConventionLabels", "until %1"), event.until))
    if event.opinions:
        parts.append(
            translate("ConventionLabels", "%1 opinion(s) recorded").replace(
                "%1", str(len(event.opinions))
            )
        )
    if event.note:
        parts.append(translate("ConventionLabels", "Note: %1").replace("%1", event.note))
    return "; ".join(parts)


def opinions_tooltip(event: ConventionEvent) -> str:
    """Each opinion on its line: sender — content (→ handling)."""
    lines = []
    for o in event.opinions:
        line = f"{o.sender or '—'}: {o.content}"
        lines.append(f"{line} → {o.handling}" if o.handling else line)
    return "\n".join(lines)
