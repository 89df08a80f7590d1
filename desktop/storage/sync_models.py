"""Tables of sync (BUNDLE.md): exports, peers, imported bundles, the child records a
receiving level keeps, remarks and receipts (see models.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.model_base import Base


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


class ChildReportFactsRow(Base):
    """What the period report reads of a received disclosure, meeting or convention
    (core.snapshot_counts.report_facts, JSON), kept at import beside ``child_records`` in
    a table of small rows: a province's yearly report scans ~200 bytes a record, not the
    snapshots (docs/reports.md)."""

    __tablename__ = "child_report_facts"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_code: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    on_date: Mapped[date | None] = mapped_column(Date)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    facts: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (Index("ix_child_report_facts_child_kind", "child_code", "kind"),)


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
