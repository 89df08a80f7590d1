"""The two oversight boards of the commune (DOMAIN.md §4.8, §4.9; §2 matter 5).

- Ban thanh tra nhân dân (Ban TTND, Law 10/2022/QH15 Arts. 36–40; D59 Arts. 12–15): elected
  at village meetings, recognised by the MTTQ; one member per village, at least 5 — exactly 5
  when the commune has fewer than 5 villages; at most 2 deputy heads (Law Art. 36(1); D59
  Art. 13(2)–(3)); members are permanent residents and not commune staff or non-specialised
  workers of the commune or a village (Art. 37); its term is the village heads' and a vacancy
  with at least 6 months left is filled by a by-election (Art. 36(2)).
- Ban giám sát đầu tư của cộng đồng (Ban GSĐTCĐ, Law Arts. 41–45; D59 Arts. 16–19): one per
  programme or project, set up by the MTTQ; at least 5 members (MTTQ, Ban TTND, residents of
  the affected villages), resident members at most 5, at most 2 deputies (D59 Art. 17(2)–(3));
  members are residents, not commune staff, no relative of the decision-maker, investor,
  contractor or supervisor (Art. 42); the MTTQ notifies the investor at least 45 days before
  supervision starts (Art. 45(1)(b)).

A member may cite the meeting (uuid) that elected it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.civic import (
    ART_D59_13,
    ART_D59_17,
    ART_LAW_36,
    ART_LAW_37,
    ART_LAW_41,
    ART_LAW_42,
    ART_LAW_45_1B,
    DEFAULT_SETTINGS,
    CivicSettings,
    Deadline,
    Warn,
    add_months,
    deadline,
    refuse,
    warn,
)
from desktop.core.errors import FieldError
from desktop.core.periods import latest_start


class BoardType(StrEnum):
    TTND = "ttnd"  # Ban thanh tra nhân dân
    GSDTCD = "gsdtcd"  # Ban giám sát đầu tư của cộng đồng


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"


class MemberOrigin(StrEnum):
    """Where a Ban GSĐTCĐ member comes from (Law Art. 41(2))."""

    MTTQ = "mttq"
    TTND = "ttnd"
    RESIDENT = "resident"


class Ineligible(StrEnum):
    """Why a person cannot sit on a board (Law Arts. 37, 42)."""

    NOT_RESIDENT = "not_resident"
    COMMUNE_STAFF = "commune_staff"
    PROJECT_RELATIVE = "project_relative"


@dataclass(frozen=True)
class BoardMember:
    name: str = ""
    role: MemberRole = MemberRole.MEMBER
    village_uuid: str = ""
    origin: MemberOrigin = MemberOrigin.RESIDENT
    elected_at: str = ""  # the uuid of the meeting that elected the member
    joined_on: date | None = None
    left_on: date | None = None
    permanent_resident: bool = True
    commune_staff: bool = False  # commune staff or non-specialised worker (Art. 37)
    project_relative: bool = False  # relative of decision-maker/investor/contractor (Art. 42)

    def active(self, today: date) -> bool:
        return self.left_on is None or self.left_on > today


@dataclass(frozen=True)
class Board:
    title: str
    board_type: BoardType = BoardType.TTND
    established_on: date | None = None
    recognised_on: date | None = None  # by the MTTQ
    term_start: date | None = None  # the village heads' term
    term_end: date | None = None
    villages_total: int | None = None  # the commune's villages, for the Ban TTND size
    project: str = ""  # Ban GSĐTCĐ: the programme or project it supervises
    project_ref: str = ""  # uuid of a record naming the project, when the app has one
    investor: str = ""
    investor_notified_on: date | None = None
    supervision_starts_on: date | None = None
    dissolved_on: date | None = None
    members: tuple[BoardMember, ...] = ()

    def active_members(self, today: date) -> tuple[BoardMember, ...]:
        return tuple(m for m in self.members if m.active(today))


def required_size(b: Board, settings: CivicSettings = DEFAULT_SETTINGS) -> int:
    """Ban TTND: one per village, at least 5 (exactly 5 below 5 villages); Ban GSĐTCĐ: 5."""
    if b.board_type is BoardType.TTND and b.villages_total:
        return max(b.villages_total, settings.board_min_members)
    return settings.board_min_members


def ineligible(b: Board, m: BoardMember) -> Ineligible | None:
    if not m.permanent_resident:
        return Ineligible.NOT_RESIDENT
    if m.commune_staff:
        return Ineligible.COMMUNE_STAFF
    if b.board_type is BoardType.GSDTCD and m.project_relative:
        return Ineligible.PROJECT_RELATIVE
    return None


def board_errors(
    b: Board, today: date, settings: CivicSettings = DEFAULT_SETTINGS
) -> list[FieldError]:
    """Input no board can have (nothing is saved)."""
    errors: list[FieldError] = []
    ttnd = b.board_type is BoardType.TTND
    if not b.title:
        errors.append(refuse("title", "required"))
    if not ttnd and not b.project:
        errors.append(refuse("project", "board_without_project", article=ART_LAW_41))
    if b.villages_total is not None and b.villages_total < 1:
        errors.append(refuse("villages_total", "min", min=1))
    if b.term_start and b.term_end and b.term_end < b.term_start:
        errors.append(refuse("term_end", "must_not_precede", other="term_start"))
    for i, m in enumerate(b.members):
        path = f"members[{i}]"
        if not m.name:
            errors.append(refuse(f"{path}.name", "required"))
        why = ineligible(b, m)
        if why is not None:
            article = ART_LAW_37 if ttnd else ART_LAW_42
            errors.append(
                refuse(path, "member_ineligible", name=m.name, reason=why.value, article=article)
            )
        if m.joined_on and m.left_on and m.left_on < m.joined_on:
            errors.append(refuse(f"{path}.left_on", "must_not_precede", other="joined_on"))
    active = b.active_members(today)
    size_article = ART_D59_13 if ttnd else ART_D59_17
    heads = sum(1 for m in active if m.role is MemberRole.HEAD)
    if heads > 1:
        errors.append(refuse("members", "board_too_many_heads", count=heads))
    deputies = sum(1 for m in active if m.role is MemberRole.DEPUTY)
    if deputies > settings.max_deputies:
        errors.append(
            refuse(
                "members",
                "board_too_many_deputies",
                count=deputies,
                max=settings.max_deputies,
                article=size_article,
            )
        )
    if ttnd and b.villages_total and len(active) > required_size(b, settings):
        errors.append(
            refuse(
                "members",
                "board_too_large",
                count=len(active),
                size=required_size(b, settings),
                article=size_article,
            )
        )
    if not ttnd:
        residents = sum(1 for m in active if m.origin is MemberOrigin.RESIDENT)
        if residents > settings.max_resident_members:
            errors.append(
                refuse(
                    "members",
                    "board_too_many_residents",
                    count=residents,
                    max=settings.max_resident_members,
                    article=size_article,
                )
            )
    return errors


def by_election_due(b: Board, today: date, settings: CivicSettings = DEFAULT_SETTINGS) -> bool:
    """A vacancy with at least 6 months of the term left is filled by a by-election
    (Law Art. 36(2))."""
    if b.term_end is None or len(b.active_members(today)) >= required_size(b, settings):
        return False
    return b.term_end >= add_months(today, settings.by_election_months)


def investor_notice_by(b: Board, settings: CivicSettings = DEFAULT_SETTINGS) -> Deadline | None:
    """The last day the MTTQ may notify the investor (at least 45 days before supervision
    starts, Law Art. 45(1)(b); the start day not counted)."""
    if b.board_type is not BoardType.GSDTCD or b.supervision_starts_on is None:
        return None
    due = latest_start(b.supervision_starts_on, settings.investor_notice_days)
    return deadline(
        "investor_notice",
        due,
        days=settings.investor_notice_days,
        starts=b.supervision_starts_on.isoformat(),
        article=ART_LAW_45_1B,
    )


def board_warnings(b: Board, today: date, settings: CivicSettings = DEFAULT_SETTINGS) -> list[Warn]:
    out: list[Warn] = []
    if b.dissolved_on is not None and b.dissolved_on <= today:
        return out
    ttnd = b.board_type is BoardType.TTND
    size = required_size(b, settings)
    have = len(b.active_members(today))
    if have < size:
        out.append(
            warn(
                "board_below_size",
                count=have,
                size=size,
                article=ART_D59_13 if ttnd else ART_D59_17,
            )
        )
    if ttnd:
        seen: dict[str, int] = {}
        for m in b.active_members(today):
            if m.village_uuid:
                seen[m.village_uuid] = seen.get(m.village_uuid, 0) + 1
        for village, count in seen.items():
            if count > 1:  # one member per village, each represented (Law Art. 36(1))
                out.append(
                    warn("board_village_twice", village=village, count=count, article=ART_LAW_36)
                )
    if ttnd and by_election_due(b, today, settings) and b.term_end is not None:
        out.append(
            warn(
                "board_by_election",
                vacancies=size - have,
                term_end=b.term_end.isoformat(),
                article=ART_LAW_36,
            )
        )
    notice = investor_notice_by(b, settings)
    if notice is not None:
        sent = b.investor_notified_on
        late = sent is not None and sent > notice.due
        if late or (sent is None and today >= notice.due):
            out.append(
                warn(
                    "investor_notice_late",
                    due=notice.due.isoformat(),
                    sent=sent.isoformat() if sent else None,
                    **notice.params,
                )
            )
    return out
