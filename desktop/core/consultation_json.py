"""Consultations as record JSON (kind ``consultation``), and what is computed on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings
from desktop.core.civic_json import choices, day_json, opt_text, rows
from desktop.core.consultation import (
    Consultation,
    ConsultationForm,
    ConsultationTopic,
    Opinions,
    closing_deadline,
    consultation_errors,
    consultation_state,
    consultation_warnings,
)
from desktop.core.errors import require
from desktop.core.jsonio import FieldReader, opt_day, opt_int
from desktop.core.next_deadline import NEXT_KEYS

KIND = "consultation"
CONSULTATION_FIELDS = (
    "title",
    "topic",
    "consultation_forms",
    "plan_content",
    "plan_method",
    "plan_timeline",
    "plan_responsible",
    "plan_sent_on",
    "published_on",
    "closes_on",
    "sector_days",
    "sector_reason",
    "opinions",
    "synthesis",
    "explanation",
    "synthesised_on",
    "results_published_on",
    "hdnd_session",
    "reported_on",
    "mttq_sent_on",
    "disclosure",
)
CONSULTATION_COMPUTED = ("status", "opinions_total", "deadlines", *NEXT_KEYS)
OPINION_FIELDS = ("channel", "count")


def _opinion(r: FieldReader) -> Opinions:
    return Opinions(
        channel=r.choice("channel", ConsultationForm, ConsultationForm.OTHER),
        count=r.count("count", 0) or 0,
    )


def consultation_from_json(
    obj: Mapping[str, Any], base: Consultation | None = None
) -> Consultation:
    """Read a consultation; on update, absent fields keep ``base``'s values.

    Raises:
        ValidationError: a field has the wrong type, is unknown, or breaks a rule of
            :func:`consultation_errors`.
    """
    s = base or Consultation(title="")
    r = FieldReader(obj)
    r.refuse_unknown(CONSULTATION_FIELDS, computed=CONSULTATION_COMPUTED)
    data = replace(
        s,
        title=opt_text(r, "title", s.title),
        topic=r.choice("topic", ConsultationTopic, s.topic),
        forms=choices(r, "consultation_forms", ConsultationForm, s.forms),
        plan_content=opt_text(r, "plan_content", s.plan_content),
        plan_method=opt_text(r, "plan_method", s.plan_method),
        plan_timeline=opt_text(r, "plan_timeline", s.plan_timeline),
        plan_responsible=opt_text(r, "plan_responsible", s.plan_responsible),
        plan_sent_on=opt_day(r, "plan_sent_on", s.plan_sent_on),
        published_on=opt_day(r, "published_on", s.published_on),
        closes_on=opt_day(r, "closes_on", s.closes_on),
        sector_days=opt_int(r, "sector_days", s.sector_days),
        sector_reason=opt_text(r, "sector_reason", s.sector_reason),
        opinions=rows(r, "opinions", _opinion, s.opinions, OPINION_FIELDS),
        synthesis=opt_text(r, "synthesis", s.synthesis),
        explanation=opt_text(r, "explanation", s.explanation),
        synthesised_on=opt_day(r, "synthesised_on", s.synthesised_on),
        results_published_on=opt_day(r, "results_published_on", s.results_published_on),
        hdnd_session=opt_text(r, "hdnd_session", s.hdnd_session),
        reported_on=opt_day(r, "reported_on", s.reported_on),
        mttq_sent_on=opt_day(r, "mttq_sent_on", s.mttq_sent_on),
        disclosure_uuid=opt_text(r, "disclosure", s.disclosure_uuid),
    )
    require(r.errors)
    require(consultation_errors(data))
    return data


def consultation_to_json(
    c: Consultation, today: date, settings: CivicSettings = DEFAULT_SETTINGS
) -> dict[str, Any]:
    """The record's own fields and its computed ones (the common fields are the caller's)."""
    closing = closing_deadline(c)
    return {
        "kind": KIND,
        "title": c.title,
        "topic": c.topic.value,
        "consultation_forms": [f.value for f in c.forms],
        "plan_content": c.plan_content,
        "plan_method": c.plan_method,
        "plan_timeline": c.plan_timeline,
        "plan_responsible": c.plan_responsible,
        "plan_sent_on": day_json(c.plan_sent_on),
        "published_on": day_json(c.published_on),
        "closes_on": day_json(c.closes_on),
        "sector_days": c.sector_days,
        "sector_reason": c.sector_reason,
        "opinions": [{"channel": o.channel.value, "count": o.count} for o in c.opinions],
        "synthesis": c.synthesis,
        "explanation": c.explanation,
        "synthesised_on": day_json(c.synthesised_on),
        "results_published_on": day_json(c.results_published_on),
        "hdnd_session": c.hdnd_session,
        "reported_on": day_json(c.reported_on),
        "mttq_sent_on": day_json(c.mttq_sent_on),
        "disclosure": c.disclosure_uuid,
        "status": consultation_state(c, today).value,
        "opinions_total": c.opinions_total,
        "deadlines": [closing.to_json()] if closing else [],
        "warnings": [w.to_json() for w in consultation_warnings(c, today, settings)],
    }
