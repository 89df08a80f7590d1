from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import ValidationError
from desktop.core.messages import format_error, format_field_error
from desktop.core.villages import (
    HouseholdCount,
    VillageData,
    households_on,
    normalize_village,
    validate_village,
    village_from_json,
)

TODAY = date(2026, 11, 23)


def _codes(data: VillageData) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_village(normalize_village(data), TODAY)}


@pytest.mark.parametrize(("households", "ok"), [(None, False), (-1, False), (0, False), (1, True)])
def test_households_at_least_one(households: int | None, ok: bool) -> None:
    errors = _codes(VillageData(code="A", name="Thôn A", households_total=households))
    assert (not any(f == "households_total" for f, _ in errors)) is ok


def test_name_and_code_required() -> None:
    assert _codes(VillageData(code="  ", name=" ", households_total=5)) == {
        ("code", "required"),
        ("name", "required"),
    }


def test_code_characters_and_length() -> None:
    assert ("code", "code_chars") in _codes(
        VillageData(code="Thôn 1", name="x", households_total=1)
    )
    assert ("code", "max_length") in _codes(
        VillageData(code="A" * 21, name="x", households_total=1)
    )
    assert _codes(VillageData(code="A" * 20, name="x", households_total=1)) == set()


def test_count_date_not_in_future() -> None:
    future = VillageData(
        code="A", name="x", households_total=1, households_as_of=date(2026, 11, 24)
    )
    assert ("households_as_of", "not_in_future") in _codes(future)
    today = VillageData(code="A", name="x", households_total=1, households_as_of=TODAY)
    assert _codes(today) == set()


def test_normalize_makes_nfc_and_upper_code() -> None:
    decomposed = "Tho\u0302n \u0110o\u0302ng"  # "Thôn Đông" with combining marks
    data = normalize_village(VillageData(code=" dong ", name=decomposed, households_total=1))
    assert data.code == "DONG"
    assert data.name == "Thôn Đông"


def test_households_on_takes_latest_count_not_after_date() -> None:
    history = (HouseholdCount(date(2025, 1, 1), 200), HouseholdCount(date(2026, 1, 1), 212))
    assert households_on(history, date(2024, 12, 31)) is None
    assert households_on(history, date(2025, 12, 31)) == 200
    assert households_on(history, date(2026, 1, 1)) == 212


def test_json_reader_names_bad_fields() -> None:
    with pytest.raises(ValidationError) as info:
        village_from_json(
            {
                "code": "A",
                "name": "x",
                "households_total": "nhiều",
                "households_as_of": "23/11/2026",
                "village_type": "lang",
                "colour": 1,
            }
        )
    fields = {(e.field, e.code) for e in info.value.errors}
    assert fields == {
        ("households_total", "invalid_int"),
        ("households_as_of", "invalid_date"),
        ("village_type", "invalid_choice"),
        ("colour", "unknown_field"),
    }
    msg = format_error(info.value, "vi")
    assert "Tổng số hộ" in msg and "không phải số nguyên" in msg


def test_json_update_keeps_absent_fields() -> None:
    base = VillageData(code="A", name="Thôn A", households_total=10, head_name="Ông B")
    data = village_from_json({"households_total": 12}, base=base)
    assert (data.name, data.head_name, data.households_total) == ("Thôn A", "Ông B", 12)


def test_messages_in_both_languages() -> None:
    err = validate_village(VillageData(code="A", name="x", households_total=0), TODAY)[0]
    assert format_field_error(err, "vi") == "Tổng số hộ: phải từ 1 trở lên"
    assert format_field_error(err, "en") == "Total households: must be at least 1"
