"""The register of official document numbers (D30: per issuer, from 01 each year)."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.storage.models import AuditEntryRow, DocumentNumberRow


@dataclass(frozen=True)
class FreshNumber:
    """A number given for the first time, whose document is not written yet."""

    issuer: str
    year: int
    number: int
    type_code: str
    record_uuid: str


# The numbers this thread (this context) gave since its last document was written: a
# document that then fails to be written gives its number back (:func:`release`).
_FRESH: ContextVar[tuple[FreshNumber, ...]] = ContextVar("fresh_numbers", default=())


def take_fresh() -> tuple[FreshNumber, ...]:
    """The numbers given since the last call, forgotten here (a document was written, or
    it failed and they are being released)."""
    fresh = _FRESH.get()
    _FRESH.set(())
    return fresh


def release(session: Session, fresh: FreshNumber) -> bool:
    """Give back a number whose document could not be written — only while it is still the
    last of its register, so no gap is ever made (D30; DOMAIN.md §6). False when another
    document took a later number meanwhile (the number then stays used)."""
    last = session.scalar(
        select(func.max(DocumentNumberRow.number)).where(
            DocumentNumberRow.issuer == fresh.issuer, DocumentNumberRow.year == fresh.year
        )
    )
    if last != fresh.number:
        return False
    gone = session.execute(
        delete(DocumentNumberRow).where(
            DocumentNumberRow.issuer == fresh.issuer,
            DocumentNumberRow.year == fresh.year,
            DocumentNumberRow.number == fresh.number,
            DocumentNumberRow.record_uuid == fresh.record_uuid,
            DocumentNumberRow.type_code == fresh.type_code,
        )
    )
    return bool(getattr(gone, "rowcount", 0))


def document_number(
    session: Session, *, issuer: str, year: int, type_code: str, record_uuid: str, now: datetime
) -> int:
    """The record's number for this document type, assigned on first issue and kept after.

    Numbers run per issuer and calendar year across document types and never repeat
    within a year (DOMAIN.md §6).
    """
    existing = session.scalar(
        select(DocumentNumberRow.number).where(
            DocumentNumberRow.record_uuid == record_uuid, DocumentNumberRow.type_code == type_code
        )
    )
    if existing is not None:
        return existing
    last = session.scalar(
        select(func.max(DocumentNumberRow.number)).where(
            DocumentNumberRow.issuer == issuer, DocumentNumberRow.year == year
        )
    )
    number = int(last or 0) + 1
    session.add(
        DocumentNumberRow(
            issuer=issuer,
            year=year,
            number=number,
            type_code=type_code,
            record_uuid=record_uuid,
            issued_at=now.astimezone(UTC).replace(tzinfo=None),
        )
    )
    session.flush()
    _FRESH.set((*_FRESH.get(), FreshNumber(issuer, year, number, type_code, record_uuid)))
    return number


def first_issued_at(session: Session, *, record_uuid: str, type_code: str) -> datetime:
    """When the record's document of this type was numbered first (aware, UTC): a reprint
    keeps that date. The number must have been given (:func:`document_number`)."""
    issued_at = session.scalar(
        select(DocumentNumberRow.issued_at).where(
            DocumentNumberRow.record_uuid == record_uuid, DocumentNumberRow.type_code == type_code
        )
    )
    assert issued_at is not None  # numbered before it is asked
    return issued_at.replace(tzinfo=UTC)


def version_hash(session: Session, uuid: str, version: int) -> str:
    """The journal hash of one record version (printed in the QR code of its documents)."""
    found = session.scalar(
        select(AuditEntryRow.hash).where(
            AuditEntryRow.uuid == uuid, AuditEntryRow.version == version
        )
    )
    return found or ""
