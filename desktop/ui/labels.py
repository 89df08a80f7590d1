"""Words and formats shared by several pages: village types, dates, statuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from desktop.core.installation import Role, UpperKind
from desktop.core.villages import Village, VillageType
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

DATE_FORMAT = "dd/MM/yyyy"  # the Vietnamese way, in both languages
_PY_DATE_FORMAT = "%d/%m/%Y"

_VILLAGE_TYPES = {
    VillageType.THON: QT_TRANSLATE_NOOP("Labels", "Village (thôn)"),
    VillageType.TO_DAN_PHO: QT_TRANSLATE_NOOP("Labels", "Residential group (tổ dân phố)"),
    VillageType.AP: QT_TRANSLATE_NOOP("Labels", "Hamlet (ấp)"),
    VillageType.BAN: QT_TRANSLATE_NOOP("Labels", "Hamlet (bản)"),
    VillageType.KHU_PHO: QT_TRANSLATE_NOOP("Labels", "Neighbourhood (khu phố)"),
    VillageType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_ROLES = {
    Role.COMMUNE: QT_TRANSLATE_NOOP("Labels", "Commune"),
    Role.VILLAGE: QT_TRANSLATE_NOOP("Labels", "Village head"),
    Role.UPPER: QT_TRANSLATE_NOOP("Labels", "Receiving level"),
}

_UPPER_KINDS = {
    UpperKind.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Province"),
    UpperKind.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District (before the 2025 reform)"),
}


def village_type_label(vtype: VillageType) -> str:
    return translate("Labels", _VILLAGE_TYPES[vtype])


def role_label(role: Role) -> str:
    return translate("Labels", _ROLES[role])


def upper_kind_label(kind: UpperKind) -> str:
    return translate("Labels", _UPPER_KINDS[kind])


def format_day(day: date | None) -> str:
    return day.strftime(_PY_DATE_FORMAT) if day is not None else ""


def village_status(village: Village) -> str:
    retired = village.data.retired_on
    if retired is None:
        return translate("Labels", "Active")
    return translate("Labels", "Retired on %1").replace("%1", format_day(retired))


def format_count(value: int | None) -> str:
    """A whole number grouped the way the interface language does it (vi: 1.234)."""
    if value is None:
        return ""
    return QLocale().toString(value)
