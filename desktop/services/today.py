"""The overview's list of what needs doing today, from the core verdicts of each record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.core.citizen_due import CitizenDue, case_due, letter_due, reception_due
from desktop.core.civic_due import DueItem, board_due, consultation_due, dialogue_due, oversight_due
from desktop.core.convention_warnings import live_warnings as convention_live_warnings
from desktop.core.dialogue import yearly_dialogue_warning
from desktop.core.disclosures import disclosure_due, first_disclosed_on, posting_until
from desktop.core.disclosures import live_warnings as disclosure_live_warnings
from desktop.core.installation import Role, keeps_kind
from desktop.core.text import fold
from desktop.core.today import (
    ENDING_WITHIN_DAYS,
    TodoCode,
    TodoItem,
    ends_soon,
    in_order,
    minutes_due,
)
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.services.calendar import CalendarService
from desktop.services.citizen import CitizenService
from desktop.services.civic import CivicService
from desktop.services.context import StoreContext
from desktop.services.conventions import ConventionService
from desktop.services.disclosures import DisclosureService
from desktop.services.meetings import MeetingService
from desktop.storage.citizen import CitizenQuery
from desktop.storage.conventions import ConventionQuery
from desktop.storage.disclosures import DisclosureQuery
from desktop.storage.installation import get_installation
from desktop.storage.meetings import unsent_minutes_ids
from desktop.storage.sync_store import acked_through_seq, last_export

# Minutes of meetings older than this are no longer "today's" work (they show as late
# on the meetings page, which keeps them all).
MINUTES_LOOKBACK_DAYS = 90
# Reception sessions, letters and cases of this year and the years before it, this many.
CITIZEN_LOOKBACK_YEARS = 1


@dataclass(eq=False)
class TodayService:
    """Reads only; every line is the verdict of a core rule on one record."""

    ctx: StoreContext
    calendar: CalendarService
    meetings: MeetingService
    disclosures: DisclosureService
    conventions: ConventionService
    civic: tuple[CivicService[Any], ...] = ()  # consultations, dialogues, boards, oversight
    citizen: tuple[CitizenService[Any], ...] = ()  # issue 15

    def todo(self, today: date | None = None) -> list[TodoItem]:
        """Late things first, then the nearest deadlines."""
        day = today or self.ctx.today()
        items = self._disclosure_items(day) + self._minutes_items(day)
        items += self._convention_items(day) + self._receipt_items() + self._civic_items(day)
        items += self._citizen_items(day) + self._dialogue_year_items(day)
        return in_order(items)

    def _disclosure_items(self, today: date) -> list[TodoItem]:
        cal = self.calendar.calendar()
        items: list[TodoItem] = []
        query = DisclosureQuery(view="attention", today=today, days=ENDING_WITHIN_DAYS)
        for d in self.disclosures.list(query):
            late = [w for w in disclosure_live_warnings(d.data, cal, today) if w.code == "overdue"]
            if late:  # Law Art. 12(3)
                due = disclosure_due(d.data, cal)
                items.append(
                    TodoItem(
                        TodoCode.DISCLOSURE_OVERDUE, "disclosure", d.uuid, d.data.title, due,
                        late=True, detail=late[0],
                    )
                )  # fmt: skip
                continue
            until = posting_until(d.data)
            if first_disclosed_on(d.data, today) is not None and ends_soon(until, today):
                items.append(
                    TodoItem(
                        TodoCode.POSTING_ENDS, "disclosure", d.uuid, d.data.title, until, late=False
                    )
                )
        return items

    def _minutes_items(self, today: date) -> list[TodoItem]:
        cal = self.calendar.calendar()
        since = today - timedelta(days=MINUTES_LOOKBACK_DAYS)
        with self.ctx.db.reading() as session:
            uuids = unsent_minutes_ids(session, since, today)
        items = []
        for m in self.meetings.fetch(uuids):
            due = minutes_due(m.data, cal)  # Law Art. 20; D59 Art. 4
            title = _with_village(m.data.title, m.village_name)
            late = due is not None and today > due
            items.append(TodoItem(TodoCode.MINUTES_TO_SEND, "meeting", m.uuid, title, due, late))
        return items

    def _convention_items(self, today: date) -> list[TodoItem]:
        cal = self.calendar.calendar()
        items = []
        for c in self.conventions.list(ConventionQuery(current_only=True)):
            for warning in convention_live_warnings(c.data, cal, today):  # D61
                title = _with_village(c.data.title, c.village_name)
                items.append(
                    TodoItem(
                        TodoCode.CONVENTION_ATTENTION, "convention", c.uuid, title, None,
                        late=True, detail=warning,
                    )
                )  # fmt: skip
        return items

    def _civic_items(self, today: date) -> list[TodoItem]:
        """What the civic rules say falls due within the horizon, or is overdue
        (core/civic_due.py: Law Arts. 28(2), 32, 40(1)(c), 45; D59 Art. 14(1))."""
        cal = self.calendar.calendar()
        due: dict[str, Callable[[Any, date, WorkCalendar], list[DueItem]]] = {
            "consultation": consultation_due,
            "dialogue": dialogue_due,
            "board": board_due,
            "oversight": oversight_due,
        }
        items: list[TodoItem] = []
        for service in self.civic:
            kind = service.spec.name
            for stored in service.list():
                found: list[DueItem] = due[kind](stored.data, today, cal)
                items += [
                    _todo(TodoCode.CIVIC_DUE, kind, stored.uuid, stored.data.title,
                          d.deadline.due, d.overdue, _with_due(d.deadline.to_json()))
                    for d in found
                ]  # fmt: skip
        return items

    def _citizen_items(self, today: date) -> list[TodoItem]:
        """Answers owed to visitors, letters and case steps due within the horizon or
        overdue (core/citizen_due.py: LTCD Art. 28; TT05; LKN Arts. 27-33; LTC Arts. 24-40).
        Records dated this year or last are read (:data:`CITIZEN_LOOKBACK_YEARS`): older
        ones still open show as late on their own list pages, which keep them all."""
        cal = self.calendar.calendar()
        due: dict[str, Callable[[Any, date, WorkCalendar], list[CitizenDue]]] = {
            "reception": reception_due,
            "letter": letter_due,
            "case": case_due,
        }
        items: list[TodoItem] = []
        for service in self.citizen:
            kind = service.spec.name
            stored_all = [
                s
                for back in range(CITIZEN_LOOKBACK_YEARS + 1)
                for s in service.list(CitizenQuery(year=today.year - back))
            ]
            for stored in stored_all:
                title = service.todo_title(stored.data)
                items += [
                    _todo(TodoCode.CITIZEN_DUE, kind, stored.uuid, title, d.due, d.overdue,
                          d.detail.to_json())
                    for d in due[kind](stored.data, today, cal)
                ]  # fmt: skip
        return items

    def _dialogue_year_items(self, today: date) -> list[TodoItem]:
        """No UBND–resident dialogue held this year by the set day (Law Art. 32; setting
        ``dialogue_by_month``/``dialogue_by_day``, default 1 December) — a commune's duty:
        an installation that keeps no dialogues (a village head's, the receiving level's)
        owes none."""
        with self.ctx.db.reading() as session:
            inst = get_installation(session)
        if inst is None or not keeps_kind(inst.data.role, "dialogue"):
            return []
        for service in self.civic:
            if service.spec.name != "dialogue":
                continue
            held = [s.data for s in service.list()]
            w = yearly_dialogue_warning(held, today.year, today, service.settings)
            if w is None:
                return []
            detail = RecordWarning.from_json(w.to_json())
            by = service.settings.dialogue_by(today.year)
            return [
                TodoItem(TodoCode.DIALOGUE_YEAR_MISSING, "dialogue", None, "", by, True, detail)
            ]
        return []

    def _receipt_items(self) -> list[TodoItem]:
        with self.ctx.db.reading() as session:
            inst = get_installation(session)
            if inst is None or inst.data.role is Role.UPPER:
                return []
            last = last_export(session, inst.installation_id)
            through = acked_through_seq(session, inst.installation_id)
        if last is None or last.seq <= through:
            return []
        sent = last.created_at.date()
        waiting = last.seq - through
        item = TodoItem(
            TodoCode.RECEIPT_AWAITED, "sync", None, str(last.seq), sent, False, count=waiting
        )
        return [item]


def _todo(
    code: TodoCode, kind: str, uuid: str, title: str, on: date, late: bool, warning: Any
) -> TodoItem:
    """One line, its core warning (``{"code", "params"}``) kept for the window to word."""
    return TodoItem(code, kind, uuid, title, on, late, RecordWarning.from_json(warning))


def _with_due(deadline: dict[str, Any]) -> dict[str, Any]:
    """A civic deadline's JSON as the warning that words it (its due day among the params)."""
    return {"code": deadline["code"], "params": {**deadline["params"], "due": deadline["due"]}}


def _with_village(title: str, village: str) -> str:
    """The title, and its village unless the title names it already."""
    if not village or fold(village) in fold(title):
        return title
    return f"{title} — {village}"
