"""The reception session's form: the generic :class:`RecordForm` plus the link of each visit
to its matter (vụ việc) and the session's figures as they are typed.

A visit's «Mã vụ việc» offers the case ids already known (the cases registered, the matters
of earlier visits) and still takes a new one: a visit carrying a known id is a repeat visit
— it adds a visit (lượt), not a case (vụ việc). The figures under the deadlines are core's
own count (:func:`desktop.core.citizen_stats.reception_stats`, DOMAIN.md §4.10) over the
earlier sessions and this one, so the form says what the period report will count.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.citizen_stats import reception_stats
from desktop.core.errors import DomainError
from desktop.core.kinds import Record
from desktop.services.container import Services
from desktop.ui.dialogs.record_form import RecordForm
from desktop.ui.dialogs.record_table import TableEditor
from desktop.ui.i18n import translate


def known_case_ids(services: Services, skip: str = "") -> list[str]:
    """The matters known so far: the cases' ids, then those of earlier visits."""
    seen: dict[str, None] = {}
    for case in services.cases.list():
        case_id = case.data.case_id.strip()
        if case_id:
            seen[case_id] = None
    for session in services.receptions.list():
        if session.uuid == skip:
            continue
        for visit in session.data.visits:
            if visit.case_id.strip():
                seen[visit.case_id.strip()] = None
    return sorted(seen)


class ReceptionForm(RecordForm):
    """Add or edit a reception session (kind ``reception``)."""

    def __init__(
        self,
        services: Services,
        kind: str,
        lang: str,
        record: Record | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._uuid = str(record.get("uuid") or "") if record is not None else ""
        super().__init__(services, kind, lang, record, parent)

    def build_fields(self) -> None:
        super().build_fields()
        visits = self.editors.get("visits")
        if isinstance(visits, TableEditor):
            visits.suggestions["case_id"] = known_case_ids(self.services, self._uuid)

    def figures(self) -> Any:
        """Core's count for the session's day, with the earlier sessions as history."""
        try:
            session = self.service.codec.read(self.collect())
        except DomainError:
            return None
        day = session.session_on
        if day is None:
            return None
        others = [s.data for s in self.services.receptions.list() if s.uuid != self._uuid]
        cal = self.services.receptions.work_calendar()
        return reception_stats([*others, session], day, day, cal)

    def extra_html(self) -> str:
        stats = self.figures()
        if stats is None or not stats.visits:
            return ""
        text = (
            translate(
                "ReceptionForm",
                "This session: %1 visits, %2 people; %3 matters, of which %4 seen before "
                "(a repeat visit adds a visit, not a matter).",
            )
            .replace("%1", str(stats.visits))
            .replace("%2", str(stats.people))
            .replace("%3", str(stats.cases))
            .replace("%4", str(stats.cases_repeated))
        )
        return f"<p>{html.escape(text)}</p>"
