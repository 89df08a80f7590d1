"""Villages (thôn, tổ dân phố, ấp, bản, khu phố ...): DOMAIN.md §0."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, iso_day
from desktop.core.records import RecordKind, RecordMeta, meta_json

CODE_MAX = 20
NAME_MAX = 120
_CODE_RE = re.compile(r"^[A-Za-z0-9._-]+$")


class VillageType(StrEnum):
    """The names a village-level community goes by (DOMAIN.md §0)."""

    THON = "thon"
    TO_DAN_PHO = "to_dan_pho"
    AP = "ap"
    BAN = "ban"
    KHU_PHO = "khu_pho"
    OTHER = "other"


@dataclass(frozen=True)
class VillageData:
    """What an officer enters about a village."""

    code: str
    name: str
    village_type: VillageType = VillageType.THON
    head_name: str = ""
    households_total: int | None = None
    households_as_of: date | None = None
    retired_on: date | None = None


@dataclass(frozen=True)
class HouseholdCount:
    """One counting of a village's households (history is kept)."""

    counted_on: date
    households: int


@dataclass(frozen=True)
class Village:
    """A stored village: metadata, data and its household-count history."""

    meta: RecordMeta
    data: VillageData
    history: tuple[HouseholdCount, ...] = ()

    @property
    def uuid(self) -> str:
        return self.meta.uuid

    @property
    def active(self) -> bool:
        return self.data.retired_on is None and not self.meta.deleted


def nfc(text: str) -> str:
    """Text normalised to Unicode NFC with outer white space removed."""
    return unicodedata.normalize("NFC", text).strip()


def normalize_village(data: VillageData) -> VillageData:
    """Trim and NFC-normalise the text fields; upper-case the code."""
    return VillageData(
        code=nfc(data.code).upper(),
        name=nfc(data.name),
        village_type=data.village_type,
        head_name=nfc(data.head_name),
        households_total=data.households_total,
        households_as_of=data.households_as_of,
        retired_on=data.retired_on,
    )


def validate_village(data: VillageData, today: date) -> list[FieldError]:
    """Rules every village must satisfy; uniqueness of the code is checked by storage.

    Args:
        data: the village, already normalised.
        today: the current date (a count cannot be dated in the future).
    """
    errors: list[FieldError] = []
    if not data.code:
        errors.append(FieldError("code", "required"))
    elif len(data.code) > CODE_MAX:
        errors.append(FieldError("code", "max_length", {"max": CODE_MAX}))
    elif not _CODE_RE.match(data.code):
        errors.append(FieldError("code", "code_chars"))
    if not data.name:
        errors.append(FieldError("name", "required"))
    elif len(data.name) > NAME_MAX:
        errors.append(FieldError("name", "max_length", {"max": NAME_MAX}))
    if data.households_total is None:
        errors.append(FieldError("households_total", "required"))
    elif data.households_total < 1:
        # A village with no household cannot hold a meeting: thresholds divide by it.
        errors.append(FieldError("households_total", "min", {"min": 1}))
    if data.households_as_of is not None and data.households_as_of > today:
        errors.append(FieldError("households_as_of", "not_in_future"))
    if data.retired_on is not None and data.retired_on > today:
        errors.append(FieldError("retired_on", "not_in_future"))
    return errors


def households_on(history: tuple[HouseholdCount, ...], on: date) -> int | None:
    """The household count in force on ``on``: the latest counting not after it."""
    best: HouseholdCount | None = None
    for entry in history:
        if entry.counted_on <= on and (best is None or entry.counted_on >= best.counted_on):
            best = entry
    return best.households if best else None


VILLAGE_FIELDS = (
    "code",
    "name",
    "village_type",
    "head_name",
    "households_total",
    "households_as_of",
    "retired_on",
)


def village_from_json(obj: Mapping[str, Any], base: VillageData | None = None) -> VillageData:
    """Read a village from record JSON; fields absent keep ``base``'s values (update).

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    start = base or VillageData(code="", name="")
    r = FieldReader(obj)
    r.refuse_unknown(VILLAGE_FIELDS, computed=("households_history",))
    data = VillageData(
        code=r.text("code", start.code),
        name=r.text("name", start.name),
        village_type=r.choice("village_type", VillageType, start.village_type),
        head_name=r.text("head_name", start.head_name),
        households_total=r.integer("households_total", start.households_total),
        households_as_of=r.day("households_as_of", start.households_as_of),
        retired_on=r.day("retired_on", start.retired_on),
    )
    require(r.errors)
    return data


def village_to_json(village: Village) -> dict[str, Any]:
    """The record JSON of CLI.md for a village."""
    d = village.data
    out: dict[str, Any] = meta_json(RecordKind.VILLAGE, village.meta)
    out.update(
        {
            "warnings": [],
            "code": d.code,
            "name": d.name,
            "village_type": d.village_type.value,
            "head_name": d.head_name,
            "households_total": d.households_total,
            "households_as_of": iso_day(d.households_as_of),
            "retired_on": iso_day(d.retired_on),
            "households_history": [
                {"counted_on": h.counted_on.isoformat(), "households": h.households}
                for h in village.history
            ],
        }
    )
    return out
