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
