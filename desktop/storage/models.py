"""SQLAlchemy 2 typed models. Changing a table needs an Alembic migration (see migrations/).

This module is the one place Alembic (migrations/env.py) and the callers read the models
from: the tables of the record kinds live in record_models.py, those of sync in
sync_models.py, and they are re-exported here; the installation's own tables (journal,
change log, settings, document numbers) stay below.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.citizen_models import CaseRow, LetterRow, ReceptionRow
from desktop.storage.civic_models import BoardRow, ConsultationRow, DialogueRow, OversightRow
from desktop.storage.model_base import NAMING_CONVENTION, Base, RecordColumns
from desktop.storage.record_models import (
    ConventionRow,
    DisclosurePostingRow,
    DisclosureRow,
    MeetingItemRow,
    MeetingRow,
    VillageHouseholdCountRow,
    VillageRow,
)
from desktop.storage.sync_models import (
    ChildRecordRow,
    ChildRecordVersionRow,
    ChildReportFactsRow,
    ImportedBundleRow,
    ReceivedReceiptRow,
    SyncExportRow,
    SyncPeerRow,
    SyncRemarkRow,
)

__all__ = [
    "NAMING_CONVENTION",
    "AuditEntryRow",
    "Base",
    "BoardRow",
    "CaseRow",
    "ChangeLogRow",
    "ChildRecordRow",
    "ChildRecordVersionRow",
    "ChildReportFactsRow",
    "ConsultationRow",
    "ConventionRow",
    "DialogueRow",
    "DisclosurePostingRow",
    "DisclosureRow",
    "DocumentNumberRow",
    "ImportedBundleRow",
    "InstallationRow",
    "LetterRow",
    "MeetingItemRow",
    "MeetingRow",
    "OversightRow",
    "ReceivedReceiptRow",
    "ReceptionRow",
    "RecordColumns",
    "SettingRow",
    "SyncExportRow",
    "SyncPeerRow",
    "SyncRemarkRow",
    "VillageHouseholdCountRow",
    "VillageRow",
]


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


def record_tables() -> dict[str, type[RecordColumns]]:
    """Each record kind's table, by kind (``RecordColumns.record_kind``)."""
    return {cls.record_kind: cls for cls in RecordColumns.__subclasses__()}
