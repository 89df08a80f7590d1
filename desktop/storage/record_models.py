"""Tables of the record kinds: villages, meetings, disclosures, conventions and their
child rows (see models.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.model_base import Base, RecordColumns


class VillageRow(RecordColumns, Base):
    record_kind = "village"
    __tablename__ = "villages"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    village_type: Mapped[str] = mapped_column(String(20), nullable=False)
    head_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    households_total: Mapped[int] = mapped_column(Integer, nullable=False)
    households_as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    retired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Code, name and head folded to lower case without accents ("thon dong"), so a
    # search typed without diacritics finds them (core.text.fold).
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_villages_name", "name"),)


class VillageHouseholdCountRow(Base):
    """History of household counts; meetings take the count in force on their date."""

    __tablename__ = "village_household_counts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    village_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("villages.uuid"), nullable=False, index=True
    )
    counted_on: Mapped[date] = mapped_column(Date, nullable=False)
    households: Mapped[int] = mapped_column(Integer, nullable=False)
    recorded_version: Mapped[int] = mapped_column(Integer, nullable=False)


class MeetingRow(RecordColumns, Base):
    """A village meeting, household ballot or online vote (Law Arts. 17–21)."""

    record_kind = "meeting"

    __tablename__ = "meetings"

    village_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("villages.uuid"), nullable=False
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    meeting_type: Mapped[str] = mapped_column(String(20), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str | None] = mapped_column(String(300))
    convened_by: Mapped[str | None] = mapped_column(String(120))
    chair: Mapped[str | None] = mapped_column(String(120))
    secretary: Mapped[str | None] = mapped_column(String(120))
    notice_on: Mapped[date | None] = mapped_column(Date)
    households_total: Mapped[int] = mapped_column(Integer, nullable=False)
    households_present: Mapped[int | None] = mapped_column(Integer)
    minutes_sent_on: Mapped[date | None] = mapped_column(Date)
    recognized_on: Mapped[date | None] = mapped_column(Date)
    recognized_by: Mapped[str | None] = mapped_column(String(10))
    refused_on: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    minutes_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Lists of names, stored as JSON arrays: read and written whole with the record.
    representatives: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    counting_board: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    witnesses: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    ballot_papers_issued: Mapped[int | None] = mapped_column(Integer)
    ballot_papers_returned: Mapped[int | None] = mapped_column(Integer)
    ballot_announced_on: Mapped[date | None] = mapped_column(Date)
    ballot_deadline_on: Mapped[date | None] = mapped_column(Date)
    ballot_after_meeting: Mapped[str | None] = mapped_column(String(36))
    # Computed at save time and stored with the record (shown in lists and JSON).
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("ix_meetings_village_held", "village_uuid", "held_on"),
        Index("ix_meetings_held_on", "held_on"),
    )


class MeetingItemRow(Base):
    """One matter decided at a meeting, with its computed outcome and rule."""

    __tablename__ = "meeting_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("meetings.uuid"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    matter: Mapped[str] = mapped_column(String(20), nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    votes_for: Mapped[int] = mapped_column(Integer, nullable=False)
    votes_against: Mapped[int] = mapped_column(Integer, nullable=False)
    votes_other: Mapped[int] = mapped_column(Integer, nullable=False)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    rule_code: Mapped[str] = mapped_column(String(40), nullable=False)
    # The rule's numbers as JSON (votes, total, present, variant), worded at the edge.
    rule_params: Mapped[str] = mapped_column(
        Text, nullable=False, default="{}", server_default="{}"
    )
    takes_effect: Mapped[str | None] = mapped_column(String(30))


class DisclosureRow(RecordColumns, Base):
    """A public disclosure (công khai) of the commune (Law Arts. 11–14)."""

    record_kind = "disclosure"

    __tablename__ = "disclosures"

    category: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decision_no: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    deadline_on: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    forms: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    broadcast_days: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    portal_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    planned_on: Mapped[date | None] = mapped_column(Date)
    content_changed_on: Mapped[date | None] = mapped_column(Date)
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    feedback: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    # Computed at save time from the record alone, for lists and filters in SQL.
    due_on: Mapped[date | None] = mapped_column(Date)
    first_disclosed_on: Mapped[date | None] = mapped_column(Date)
    posting_until: Mapped[date | None] = mapped_column(Date)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unanswered_feedback: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("ix_disclosures_decided_on", "decided_on"),
        Index("ix_disclosures_due_on", "due_on"),
        Index("ix_disclosures_posting_until", "posting_until"),
        Index("ix_disclosures_category", "category"),
    )


class DisclosurePostingRow(Base):
    """One place and period a disclosure was posted (notice board)."""

    __tablename__ = "disclosure_postings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    disclosure_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("disclosures.uuid"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    village_uuid: Mapped[str | None] = mapped_column(String(36), ForeignKey("villages.uuid"))
    posted_on: Mapped[date | None] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_disclosure_postings_dates", "posted_on", "removed_on"),)


class ConventionRow(RecordColumns, Base):
    """One version of a hương ước / quy ước with its life-cycle events (Decree 61)."""

    record_kind = "convention"

    __tablename__ = "conventions"

    village_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("villages.uuid"), nullable=False
    )
    convention_type: Mapped[str] = mapped_column(String(10), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    ethnic_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    drafting_team: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    proposer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    citizen_initiative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    supersedes_uuid: Mapped[str | None] = mapped_column(String(36), ForeignKey("conventions.uuid"))
    review_month: Mapped[int] = mapped_column(Integer, nullable=False, default=11)
    review_day: Mapped[int] = mapped_column(Integer, nullable=False, default=18)
    # The life cycle is read and written whole with the record (a few events each).
    events: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    # Computed at save time, for lists and filters in SQL.
    status: Mapped[str | None] = mapped_column(String(20))
    effective_from: Mapped[date | None] = mapped_column(Date)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    last_event_on: Mapped[date | None] = mapped_column(Date)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("ix_conventions_village", "village_uuid"),
        Index("ix_conventions_status", "status"),
        Index("ix_conventions_supersedes", "supersedes_uuid"),
    )
