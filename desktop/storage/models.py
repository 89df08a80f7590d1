"""SQLAlchemy 2 typed models. Changing a table needs an Alembic migration (see migrations/)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordColumns:
    """Common columns of every synced record (CLI.md "Common")."""

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(120), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(120), nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The installation that owns the record (BUNDLE.md: each node owns what it creates).
    origin_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")


class VillageRow(RecordColumns, Base):
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


class AuditEntryRow(Base):
    """Append-only journal, one row per record version, chained by hashes.

    ``after`` is the record JSON of the new version; the state before is the
    ``after`` of the same record's previous entry (``before_version``), which
    the chain protects as well — so no snapshot is stored twice.
    """

    __tablename__ = "audit_journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40), nullable=False)
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    before_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after: Mapped[str] = mapped_column(Text, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (
        Index("ix_audit_journal_uuid_version", "uuid", "version"),
        UniqueConstraint("hash", name="uq_audit_journal_hash"),
    )


class ChangeLogRow(Base):
    """What changed, in order: sync bundles read it (BUNDLE.md)."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class InstallationRow(Base):
    """The single row describing this installation (CLI.md init)."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    role: Mapped[str] = mapped_column(String(10), nullable=False)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    province_code: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    province_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    parent_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    parent_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    upper_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    upper_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    upper_kind: Mapped[str] = mapped_column(String(10), nullable=False, default="province")
    officer_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SettingRow(Base):
    """Small key/value preferences (language, local days off ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class MeetingRow(RecordColumns, Base):
    """A village meeting, household ballot or online vote (Law Arts. 17–21)."""

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


class DocumentNumberRow(Base):
    """Register of official document numbers: per issuer, from 01 each year (D30)."""

    __tablename__ = "document_numbers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    issuer: Mapped[str] = mapped_column(String(40), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    type_code: Mapped[str] = mapped_column(String(5), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (
        UniqueConstraint("issuer", "year", "number", name="uq_document_numbers_issuer_year_number"),
        UniqueConstraint("record_uuid", "type_code", name="uq_document_numbers_record_type"),
    )


class DisclosureRow(RecordColumns, Base):
    """A public disclosure (công khai) of the commune (Law Arts. 11–14)."""

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


# --- sync (BUNDLE.md) -------------------------------------------------------------


class SyncExportRow(Base):
    """One bundle this installation wrote; Bundle-Seq is gap-free per installation identity."""

    __tablename__ = "sync_exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    installation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # change_log.seq range carried: (from, through]
    change_from: Mapped[int] = mapped_column(Integer, nullable=False)
    change_through: Mapped[int] = mapped_column(Integer, nullable=False)
    record_count: Mapped[int] = mapped_column(Integer, nullable=False)
    parts: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    tagmanifest_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime)
    receipt_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        UniqueConstraint("installation_id", "seq", name="uq_sync_exports_installation_seq"),
    )


class SyncPeerRow(Base):
    """A registered public key: a child that sends us bundles, or our parent's receipts key."""

    __tablename__ = "sync_peers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    relation: Mapped[str] = mapped_column(String(10), nullable=False)  # child | parent
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # A child commune: the codes of its villages whose records it may relay (space separated),
    # from its registration, never from its bundles.
    relays: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")

    __table_args__ = (UniqueConstraint("relation", "code", name="uq_sync_peers_relation_code"),)


class ImportedBundleRow(Base):
    """A child's bundle imported here, in one transaction; a Bundle-Id is imported once."""

    __tablename__ = "imported_bundles"

    # Keyed per child: another unit sending a bundle under this one's Bundle-Id (seen on a
    # shared stick) must not make the genuine bundle look "already imported".
    child_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    tagmanifest_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    bagging_date: Mapped[str] = mapped_column(String(40), nullable=False)
    signed_at: Mapped[str] = mapped_column(String(40), nullable=False)
    record_status: Mapped[str] = mapped_column(String(12), nullable=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    imported_by: Mapped[str] = mapped_column(String(120), nullable=False)
    origin_counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="{}")

    __table_args__ = (
        UniqueConstraint(
            "child_code", "installation_id", "seq", name="uq_imported_bundles_child_inst_seq"
        ),
    )


class ChildRecordRow(Base):
    """A child's record as last received: kept apart, read-only (BUNDLE.md import rule 8)."""

    __tablename__ = "child_records"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_code: Mapped[str] = mapped_column(String(20), nullable=False)
    origin_code: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[str] = mapped_column(String(40), nullable=False)
    updated_by: Mapped[str] = mapped_column(String(120), nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    content_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False)
    # Extracted at import for the reporting board (GROUP BY without parsing JSON).
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    village_uuid: Mapped[str | None] = mapped_column(String(36))
    on_date: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    items_passed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    items_failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    short_posting: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        Index("ix_child_records_child_kind", "child_code", "kind"),
        Index("ix_child_records_kind_state", "kind", "state"),
    )


class ChildRecordVersionRow(Base):
    """Every (uuid, version) ever received with its content hash: a changed copy is tampering."""

    __tablename__ = "child_record_versions"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_sha256: Mapped[str] = mapped_column(String(64), nullable=False)


class SyncRemarkRow(Base):
    """A remark or request for correction on a record, travelling in receipts (rule 7, 8)."""

    __tablename__ = "sync_remarks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # outgoing | incoming
    peer_code: Mapped[str] = mapped_column(String(20), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    created_by: Mapped[str] = mapped_column(String(120), nullable=False)
    receipt_id: Mapped[str | None] = mapped_column(String(36))


class ReceivedReceiptRow(Base):
    """A receipt from the parent imported at the origin; importing it again changes nothing."""

    __tablename__ = "received_receipts"

    receipt_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
