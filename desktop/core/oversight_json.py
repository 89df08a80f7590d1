"""Inspections and supervisions as record JSON (kind ``oversight``), and what is computed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings
from desktop.core.civic_json import day_json, opt_text, rows
from desktop.core.errors import require
from desktop.core.jsonio import FieldReader, opt_day
from desktop.core.next_deadline import NEXT_KEYS
from desktop.core.oversight import (
    Activity,
    BoardReport,
    Oversight,
    Recommendation,
    ReportPeriod,
    oversight_deadlines,
    oversight_errors,
    oversight_warnings,
    recommendation_state,
)
from desktop.core.workdays import WorkCalendar

KIND = "oversight"
OVERSIGHT_FIELDS = (
    "title",
    "board",
    "activity",
    "subject",
    "plan_sent_on",
    "starts_on",
    "ends_on",
    "findings",
    "cases_verified",
    "violations",
    "recommendations",
    "reports",
)
OVERSIGHT_COMPUTED = ("deadlines", *NEXT_KEYS)
RECOMMENDATION_FIELDS = (
    "content",
    "countersigned_on",
    "sent_on",
    "ubnd_received_on",
    "answered_on",
    "answer",
)
REPORT_FIELDS = ("period", "period_end", "sent_on")


def _recommendation(r: FieldReader) -> Recommendation:
    return Recommendation(
        content=opt_text(r, "content", ""),
        countersigned_on=opt_day(r, "countersigned_on", None),
        sent_on=opt_day(r, "sent_on", None),
        received_on=opt_day(r, "ubnd_received_on", None),
        answered_on=opt_day(r, "answered_on", None),
        answer=opt_text(r, "answer", ""),
    )


def _report(r: FieldReader) -> BoardReport:
    return BoardReport(
        period=r.choice("period", ReportPeriod, ReportPeriod.QUARTER),
        period_end=opt_day(r, "period_end", None),
        sent_on=opt_day(r, "sent_on", None),
    )


def oversight_from_json(obj: Mapping[str, Any], base: Oversight | None = None) -> Oversight:
    """Read an inspection or supervision; on update, absent fields keep ``base``'s values.

    Raises:
        ValidationError: wrong type, unknown field, or a rule of :func:`oversight_errors`.
    """
    s = base or Oversight(title="")
    r = FieldReader(obj)
    r.refuse_unknown(OVERSIGHT_FIELDS, computed=OVERSIGHT_COMPUTED)
    data = replace(
        s,
        title=opt_text(r, "title", s.title),
        board_uuid=opt_text(r, "board", s.board_uuid),
        activity=r.choice("activity", Activity, s.activity),
        subject=opt_text(r, "subject", s.subject),
        plan_sent_on=opt_day(r, "plan_sent_on", s.plan_sent_on),
        starts_on=opt_day(r, "starts_on", s.starts_on),
        ends_on=opt_day(r, "ends_on", s.ends_on),
        findings=opt_text(r, "findings", s.findings),
        cases_verified=r.count("cases_verified", s.cases_verified) or 0,
        violations=r.count("violations", s.violations) or 0,
        recommendations=rows(
            r,
            "recommendations",
            _recommendation,
            s.recommendations,
            RECOMMENDATION_FIELDS,
            ("state",),
        ),
        reports=rows(r, "reports", _report, s.reports, REPORT_FIELDS),
    )
    require(r.errors)
    require(oversight_errors(data))
    return data


def oversight_to_json(
    o: Oversight, today: date, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> dict[str, Any]:
    return {
        "kind": KIND,
        "title": o.title,
        "board": o.board_uuid,
        "activity": o.activity.value,
        "subject": o.subject,
        "plan_sent_on": day_json(o.plan_sent_on),
        "starts_on": day_json(o.starts_on),
        "ends_on": day_json(o.ends_on),
        "findings": o.findings,
        "cases_verified": o.cases_verified,
        "violations": o.violations,
        "recommendations": [
            {
                "content": r.content,
                "countersigned_on": day_json(r.countersigned_on),
                "sent_on": day_json(r.sent_on),
                "ubnd_received_on": day_json(r.received_on),
                "answered_on": day_json(r.answered_on),
                "answer": r.answer,
                "state": recommendation_state(o, r, today, cal, settings).value,
            }
            for r in o.recommendations
        ],
        "reports": [
            {
                "period": p.period.value,
                "period_end": day_json(p.period_end),
                "sent_on": day_json(p.sent_on),
            }
            for p in o.reports
        ],
        "deadlines": [d.to_json() for d in oversight_deadlines(o, today, cal, settings)],
        "warnings": [w.to_json() for w in oversight_warnings(o, today, cal, settings)],
    }
