"""The installation row and settings."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import OpChanges
from desktop.core.installation import Installation, InstallationData, Role, UpperKind
from desktop.core.records import iso_utc
from desktop.storage.db import note_changes
from desktop.storage.journal import append_entry
from desktop.storage.models import InstallationRow, SettingRow
from desktop.storage.quick import INSTALLATION_ROW_ID as _SINGLETON_ID


def get_installation(session: Session) -> Installation | None:
    row = session.get(InstallationRow, _SINGLETON_ID)
    if row is None:
        return None
    return Installation(
        installation_id=row.installation_id,
        data=InstallationData(
            role=Role(row.role),
            code=row.code,
            name=row.name,
            province_code=row.province_code,
            province_name=row.province_name,
            parent_code=row.parent_code,
            parent_name=row.parent_name,
            upper_code=row.upper_code,
            upper_name=row.upper_name,
            upper_kind=UpperKind(row.upper_kind),
            officer_name=row.officer_name,
        ),
    )


def _as_json(inst: Installation) -> dict[str, Any]:
    d = inst.data
    return {
        "installation_id": inst.installation_id,
        "role": d.role.value,
        "code": d.code,
        "name": d.name,
        "province_code": d.province_code,
        "province_name": d.province_name,
        "parent_code": d.parent_code,
        "parent_name": d.parent_name,
        "upper_code": d.upper_code,
        "upper_name": d.upper_name,
        "upper_kind": d.upper_kind.value,
        "officer_name": d.officer_name,
    }


def save_installation(
    session: Session, installation: Installation, *, actor: str, now: datetime
) -> None:
    """Create or replace the installation row, journaled like a record."""
    row = session.get(InstallationRow, _SINGLETON_ID)
    before = None
    if row is None:
        row = InstallationRow(id=_SINGLETON_ID, created_at=now.astimezone(UTC).replace(tzinfo=None))
        session.add(row)
        version = 1
    else:
        version = _installation_version(session) + 1
        before = version - 1
    d = installation.data
    row.installation_id = installation.installation_id
    row.role = d.role.value
    row.code = d.code
    row.name = d.name
    row.province_code = d.province_code
    row.province_name = d.province_name
    row.parent_code = d.parent_code
    row.parent_name = d.parent_name
    row.upper_code = d.upper_code
    row.upper_name = d.upper_name
    row.upper_kind = d.upper_kind.value
    row.officer_name = d.officer_name
    session.flush()
    append_entry(
        session,
        at=iso_utc(now),
        actor=actor,
        action="create" if before is None else "update",
        kind="installation",
        uuid=installation.installation_id,
        version=version,
        before_version=before,
        after=_as_json(installation),
    )
    note_changes(session, OpChanges(settings=True))


def _installation_version(session: Session) -> int:
    from desktop.storage.models import AuditEntryRow

    found = session.scalar(
        select(AuditEntryRow.version)
        .where(AuditEntryRow.kind == "installation")
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    )
    return int(found or 0)


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return json.loads(row.value) if row is not None else default


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text
    note_changes(session, OpChanges(settings=True))
