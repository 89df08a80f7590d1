"""What an installation is: its role and place in the hierarchy (DOMAIN.md §0, CLI.md init)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.core.errors import FieldError
from desktop.core.villages import nfc

_DIGITS = re.compile(r"^[0-9]+$")
# The names of an installation go into every printed document and bundle: one line of
# ordinary text, of a length a form can hold.
INSTALLATION_TEXT_MAX = 200
_TEXT_FIELDS = ("name", "province_name", "parent_name", "upper_name", "officer_name")


class Role(StrEnum):
    """Where an installation stands: a village head's laptop, the commune, the level above."""

    VILLAGE = "village"
    COMMUNE = "commune"
    UPPER = "upper"


class UpperKind(StrEnum):
    """The receiving level: a province since the 2025 reform, a district before it."""

    PROVINCE = "province"
    DISTRICT = "district"


@dataclass(frozen=True)
class InstallationData:
    """The set-up answers.

    ``code``/``name`` name the unit this installation keeps records for: the commune
    (role commune), the village (role village) or the receiving body (role upper).
    For a village installation ``parent_code``/``parent_name`` name its commune.
    ``upper_*`` name the level a commune sends its bundles to; it is never assumed
    to be a district ("huyện"): DOMAIN.md §0.
    """

    role: Role
    code: str
    name: str
    province_code: str = ""
    province_name: str = ""
    parent_code: str = ""
    parent_name: str = ""
    upper_code: str = ""
    upper_name: str = ""
    upper_kind: UpperKind = UpperKind.PROVINCE
    officer_name: str = ""


@dataclass(frozen=True)
class Installation:
    """A set-up installation with its identity (a new one after a restore or copy)."""

    installation_id: str
    data: InstallationData


def normalize_installation(data: InstallationData) -> InstallationData:
    """Trim and NFC-normalise every text field; a province receiving level is its own
    province (its code is the province's code, Decision 19/2025)."""
    data = _normalized(data)
    own = data.role is Role.UPPER and data.upper_kind is UpperKind.PROVINCE
    return replace(data, province_code=data.code) if own and not data.province_code else data


def _normalized(data: InstallationData) -> InstallationData:
    return replace(
        data,
        code=nfc(data.code),
        name=nfc(data.name),
        province_code=nfc(data.province_code),
        province_name=nfc(data.province_name),
        parent_code=nfc(data.parent_code),
        parent_name=nfc(data.parent_name),
        upper_code=nfc(data.upper_code),
        upper_name=nfc(data.upper_name),
        officer_name=nfc(data.officer_name),
    )


def _code_errors(field: str, value: str, lengths: tuple[int, ...]) -> list[FieldError]:
    if not value:
        return [FieldError(field, "required")]
    if not _DIGITS.match(value) or len(value) not in lengths:
        return [FieldError(field, "admin_code", {"lengths": "/".join(map(str, lengths))})]
    return []


def _text_errors(data: InstallationData) -> list[FieldError]:
    errors: list[FieldError] = []
    for field in _TEXT_FIELDS:
        value: str = getattr(data, field)
        if len(value) > INSTALLATION_TEXT_MAX:
            errors.append(FieldError(field, "max_length", {"max": INSTALLATION_TEXT_MAX}))
        elif any(unicodedata.category(c) == "Cc" for c in value):
            errors.append(FieldError(field, "control_chars"))
    return errors


def validate_installation(data: InstallationData) -> list[FieldError]:
    """Rules for the set-up answers.

    Administrative codes (Decision 19/2025): province 2 digits, commune 5 digits;
    a pre-2025 district had 3 digits. Village codes are local and free-form.
    """
    errors: list[FieldError] = []
    if not data.name:
        errors.append(FieldError("name", "required"))
    if data.role is Role.COMMUNE:
        errors += _code_errors("code", data.code, (5,))
        if not data.upper_name:
            errors.append(FieldError("upper_name", "required"))
        upper_len = (2,) if data.upper_kind is UpperKind.PROVINCE else (3,)
        errors += _code_errors("upper_code", data.upper_code, upper_len)
        if data.province_code:
            errors += _code_errors("province_code", data.province_code, (2,))
    elif data.role is Role.VILLAGE:
        if not data.code:
            errors.append(FieldError("code", "required"))
        errors += _code_errors("parent_code", data.parent_code, (5,))
    else:
        upper_len = (2,) if data.upper_kind is UpperKind.PROVINCE else (3,)
        errors += _code_errors("code", data.code, upper_len)
        if data.upper_kind is UpperKind.DISTRICT:  # a district lies in a province
            errors += _code_errors("province_code", data.province_code, (2,))
    return errors + _text_errors(data)


PEER_CODE_MAX = 20
# A unit code as the sync protocol uses it (BUNDLE.md: Origin-Code, file names of bundles
# and receipts): letters, digits, ".", "-", "_"; no path separator, no leading dot.
_PEER_CODE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]*\Z")


def peer_code_errors(field: str, value: str) -> list[FieldError]:
    """Why ``value`` cannot be the code of a registered unit (empty when it can)."""
    if not value:
        return [FieldError(field, "required")]
    if len(value) > PEER_CODE_MAX:
        return [FieldError(field, "max_length", {"max": PEER_CODE_MAX})]
    if not _PEER_CODE.match(value):
        return [FieldError(field, "code_chars")]
    return []


def expected_child_role(receiver: Role) -> str | None:
    """The only role a child of ``receiver`` can have: a commune's children are villages,
    the receiving level's are communes; a village has none (BUNDLE.md "The receiving level")."""
    return {Role.COMMUNE: "village", Role.UPPER: "commune"}.get(receiver)


def expected_parent_role(own: Role) -> str | None:
    """The role of the unit whose receipts this installation accepts."""
    return {Role.VILLAGE: "commune", Role.COMMUNE: "upper"}.get(own)


# The kinds a village head's laptop keeps itself: its village, the meetings its head convenes
# (Law 10/2022 Arts. 15-18) and its hương ước (Decree 61/2023). Public disclosure is the
# commune's duty (Law 10/2022 Arts. 11-13: the commune People's Committee discloses).
VILLAGE_OWN_KINDS = frozenset({"village", "meeting", "convention"})


def keeps_kind(role: Role, kind: str) -> bool:
    """Whether an installation of ``role`` writes records of ``kind`` itself.

    The receiving level writes none: it reads its units' records (BUNDLE.md "The
    receiving level"); a village head keeps only the village's own kinds; a commune
    keeps every kind.
    """
    if role is Role.UPPER:
        return False
    if role is Role.VILLAGE:
        return kind in VILLAGE_OWN_KINDS
    return True


def receives_kind(receiver: Role, kind: str) -> bool:
    """Whether records of ``kind`` can reach ``receiver`` from its units: those its units'
    role keeps (a commune receives its villages' meetings and hương ước; the receiving level
    every kind a commune keeps). A village receives nothing."""
    child = expected_child_role(receiver)
    return child is not None and keeps_kind(Role(child), kind)
