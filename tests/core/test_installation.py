from __future__ import annotations

import pytest

from desktop.core.installation import (
    InstallationData,
    Role,
    UpperKind,
    normalize_installation,
    validate_installation,
)
from desktop.core.text import fold


def _commune(**kw: object) -> InstallationData:
    base: dict[str, object] = dict(
        role=Role.COMMUNE, code="25222", name="Xã Tân Phú", upper_name="UBND TP", upper_code="79"
    )
    base.update(kw)
    return InstallationData(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "ok"),
    [("25222", True), ("2522", False), ("252222", False), ("2522A", False), ("", False)],
)
def test_commune_code_is_five_digits(code: str, ok: bool) -> None:
    errors = validate_installation(_commune(code=code))
    assert (not any(e.field == "code" for e in errors)) is ok


def test_upper_code_length_depends_on_kind() -> None:
    assert validate_installation(_commune(upper_code="79")) == []
    assert validate_installation(_commune(upper_kind=UpperKind.DISTRICT, upper_code="784")) == []
    errs = validate_installation(_commune(upper_kind=UpperKind.DISTRICT, upper_code="79"))
    assert [(e.field, e.code) for e in errs] == [("upper_code", "admin_code")]


def test_upper_name_required_and_never_assumed() -> None:
    errs = validate_installation(normalize_installation(_commune(upper_name=" ")))
    assert [(e.field, e.code) for e in errs] == [("upper_name", "required")]


def test_village_role_needs_parent_commune() -> None:
    data = InstallationData(role=Role.VILLAGE, code="DONG", name="Thôn Đông")
    assert [(e.field, e.code) for e in validate_installation(data)] == [("parent_code", "required")]


def test_fold_removes_vietnamese_accents() -> None:
    assert fold("Đường Hương Ước") == "duong huong uoc"
    assert fold("ĐƯỜNG") == fold("đường") == "duong"
