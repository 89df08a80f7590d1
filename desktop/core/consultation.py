"""Consulting residents before the commune decides (lấy ý kiến Nhân dân) — Law 10/2022/QH15
Arts. 25–28; DOMAIN.md §4.6.

The record keeps the topic (Art. 25, items 1–9), the forms (Art. 26(1)(a)–(h), at least one),
the plan and the day it went to the HĐND and the MTTQ (Art. 28(1)), the days it was open
(at least 20 days, Art. 28(2), unless a sector law sets another period, recorded with its
reason), the opinions received by channel, the synthesis and explanations and their
publication (Art. 28(3)), the HĐND session it was reported to (Art. 28(5)) and the disclosure
(item 11, Art. 11) that published its results.

Stdlib only; refusals are :class:`FieldError` codes, warnings :class:`Warn` codes, both
worded in :mod:`desktop.core.civic_messages`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.civic import (
    ART_LAW_26,
    ART_LAW_28_1,
    ART_LAW_28_2,
    DEFAULT_SETTINGS,
    CivicSettings,
    Deadline,
    Warn,
    deadline,
    refuse,
    warn,
)
from desktop.core.errors import FieldError
from desktop.core.periods import days_counted


class ConsultationTopic(StrEnum):
    """What residents are consulted on (Law Art. 25, items 1–9)."""

    SOCIO_ECONOMIC_PLAN = "1"  # commune socio-economic plans, economic restructuring
    LAND_USE_PLAN = "2"  # land-use planning (the text still names the district plan)
    COMPENSATION_RESETTLEMENT = "3"  # compensation, support, resettlement; local projects
    INFRASTRUCTURE_PROJECTS = "4"  # commune investment, infrastructure, public works
    ADMINISTRATIVE_UNITS = "5"  # setting up, merging, renaming units and villages
    LEGAL_DRAFTS = "6"  # drafts of the commune's legal documents and policies
    DEMOCRACY_REGULATION = "7"  # the commune's rules on grassroots democracy
    DECISIONS_ON_CITIZENS = "8"  # decisions bearing on named citizens (Art. 27)
    OTHER = "9"  # other matters the law or the authorities require


class ConsultationForm(StrEnum):
    """How residents give their opinions (Law Art. 26(1)(a)–(h))."""

    CONFERENCE = "a"  # conferences, meetings, dialogues with residents
    VILLAGE_MEETING = "b"  # village / residential group meetings
    BALLOT = "c"  # opinion papers to households
    MAILBOX = "d"  # suggestion box
    PORTAL = "dd"  # the commune's portal or website (letter đ)
    DIGITAL = "e"  # telecoms, social networks, apps
    MASS_ORGANISATIONS = "g"  # through the MTTQ and the mass organisations
    OTHER = "h"  # other lawful forms


class ConsultationState(StrEnum):
    """Where a consultation stands (DOMAIN.md §4.6), from the days recorded."""

    PLANNED = "planned"
    PLAN_SENT = "plan_sent"
    OPEN = "open"
    CLOSED = "closed"
    SYNTHESISED = "synthesised"
    PUBLISHED = "published"
    REPORTED = "reported"


@dataclass(frozen=True)
class Opinions:
    """Opinions received through one channel."""

    channel: ConsultationForm
    count: int


@dataclass(frozen=True)
class Consultation:
    title: str
    topic: ConsultationTopic = ConsultationTopic.OTHER
    forms: tuple[ConsultationForm, ...] = ()
    plan_content: str = ""
    plan_method: str = ""
    plan_timeline: str = ""
    plan_responsible: str = ""
    plan_sent_on: date | None = None  # to the HĐND and the MTTQ, Art. 28(1)
    published_on: date | None = None  # the draft published, the consultation opens
    closes_on: date | None = None
    sector_days: int | None = None  # another minimum period a sector law sets
    sector_reason: str = ""  # the sector law and article
    opinions: tuple[Opinions, ...] = ()
    synthesis: str = ""
    explanation: str = ""
    synthesised_on: date | None = None
    results_published_on: date | None = None  # Art. 28(3)
    hdnd_session: str = ""  # Art. 28(5)
    reported_on: date | None = None
    mttq_sent_on: date | None = None
    disclosure_uuid: str = ""  # the item-11 disclosure that published the results

    @property
    def opinions_total(self) -> int:
        return sum(o.count for o in self.opinions)

    def required_days(self, settings: CivicSettings = DEFAULT_SETTINGS) -> int:
        return self.sector_days if self.sector_days is not None else settings.consultation_days


def _order(
    errors: list[FieldError],
    later: str,
    later_day: date | None,
    earlier: str,
    earlier_day: date | None,
) -> None:
    if later_day is not None and earlier_day is not None and later_day < earlier_day:
        errors.append(refuse(later, "must_not_precede", other=earlier))


def consultation_errors(c: Consultation) -> list[FieldError]:
    """Input no consultation can have (nothing is saved)."""
    errors: list[FieldError] = []
    if not c.title:
        errors.append(refuse("title", "required"))
    if not c.forms:
        errors.append(refuse("consultation_forms", "consultation_no_form", article=ART_LAW_26))
    if c.published_on and c.closes_on and c.closes_on < c.published_on:
        errors.append(refuse("closes_on", "consultation_closes_before_opens"))
    if c.sector_days is not None:
        if c.sector_days < 1:
            errors.append(refuse("sector_days", "min", min=1))
        if not c.sector_reason:
            errors.append(refuse("sector_reason", "sector_reason_required"))
    seen: set[ConsultationForm] = set()
    for i, o in enumerate(c.opinions):
        if o.count < 0:
            errors.append(refuse(f"opinions[{i}].count", "min", min=0))
        if o.channel in seen:
            errors.append(refuse(f"opinions[{i}].channel", "channel_twice"))
        seen.add(o.channel)
    _order(errors, "synthesised_on", c.synthesised_on, "closes_on", c.closes_on)
    _order(
        errors, "results_published_on", c.results_published_on, "synthesised_on", c.synthesised_on
    )
    _order(errors, "reported_on", c.reported_on, "synthesised_on", c.synthesised_on)
    return errors


def consultation_state(c: Consultation, today: date) -> ConsultationState:
    if c.reported_on:
        return ConsultationState.REPORTED
    if c.results_published_on:
        return ConsultationState.PUBLISHED
    if c.synthesised_on:
        return ConsultationState.SYNTHESISED
    if c.published_on and c.published_on <= today:
        if c.closes_on and today > c.closes_on:
            return ConsultationState.CLOSED
        return ConsultationState.OPEN
    if c.plan_sent_on:
        return ConsultationState.PLAN_SENT
    return ConsultationState.PLANNED


def closing_deadline(c: Consultation) -> Deadline | None:
    """The last day opinions are received (the consultation's own close date)."""
    if c.closes_on is None:
        return None
    return deadline(
        "consultation_closes",
        c.closes_on,
        article=ART_LAW_28_2,
        opened=c.published_on.isoformat() if c.published_on else None,
    )


def consultation_warnings(
    c: Consultation, today: date, settings: CivicSettings = DEFAULT_SETTINGS
) -> list[Warn]:
    """Rules a saved consultation does not meet."""
    out: list[Warn] = []
    if c.published_on and c.closes_on:
        required = c.required_days(settings)
        days = days_counted(c.published_on, c.closes_on)
        if days < required:
            out.append(
                warn(
                    "consultation_short",
                    days=days,
                    required=required,
                    earliest=(c.published_on + timedelta(days=required)).isoformat(),
                    article=ART_LAW_28_2,
                    sector_reason=c.sector_reason,
                )
            )
    if c.published_on and c.published_on <= today:
        if c.plan_sent_on is None:
            out.append(warn("consultation_plan_not_sent", article=ART_LAW_28_1))
        elif c.plan_sent_on > c.published_on:
            out.append(
                warn(
                    "consultation_plan_late",
                    sent=c.plan_sent_on.isoformat(),
                    opened=c.published_on.isoformat(),
                    article=ART_LAW_28_1,
                )
            )
    if c.results_published_on and not c.disclosure_uuid:
        out.append(warn("consultation_no_disclosure", item=11))
    return out
