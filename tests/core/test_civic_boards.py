"""The two boards' size, deputies, eligibility, by-election and investor notice
(Law 10/2022/QH15 Arts. 36–37, 41–42, 45; D59 Arts. 13, 17; DOMAIN.md §4.8–§4.9)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.core.board_json import board_from_json, board_to_json
from desktop.core.civic_due import board_due
from desktop.core.errors import ValidationError
from desktop.core.workdays import WorkCalendar

TODAY = date(2026, 3, 1)


def _members(n: int, deputies: int = 0, origin: str = "resident") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"name": f"Thành viên {i + 1}", "village": f"v{i + 1}", "origin": origin} for i in range(n)
    ]
    if out:
        out[0]["role"] = "head"
    for m in out[1 : 1 + deputies]:
        m["role"] = "deputy"
    return out


def _ttnd(villages: int, size: int, deputies: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "title": "Ban thanh tra nhân dân xã Tân Phú",
        "board_type": "ttnd",
        "villages_total": villages,
        "term_start": "2025-01-01",
        "term_end": "2027-12-31",
        "members": _members(size, deputies),
        **extra,
    }


def _gs(members: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "title": "Ban giám sát đầu tư công trình đường liên thôn",
        "board_type": "gsdtcd",
        "project": "Đường liên thôn 2–3",
        "members": members,
        **extra,
    }


def _codes(obj: dict[str, Any], today: date = TODAY) -> list[str]:
    return [w["code"] for w in board_to_json(board_from_json(obj, today), today)["warnings"]]


def _refused(obj: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as exc:
        board_from_json(obj, TODAY)
    return [(e.field, e.code) for e in exc.value.errors]


def test_ttnd_size_with_four_villages_is_exactly_five() -> None:
    assert "board_below_size" in _codes(_ttnd(4, 4))
    assert _codes(_ttnd(4, 5)) == []
    assert ("members", "board_too_large") in _refused(_ttnd(4, 6))


def test_ttnd_size_with_five_and_six_villages() -> None:
    assert _codes(_ttnd(5, 5)) == []
    assert ("members", "board_too_large") in _refused(_ttnd(5, 6))
    assert "board_below_size" in _codes(_ttnd(6, 5))
    assert _codes(_ttnd(6, 6)) == []


def test_at_most_two_deputies() -> None:
    assert _codes(_ttnd(5, 5, deputies=2)) == []
    refused = _refused(_ttnd(5, 5, deputies=3))
    assert ("members", "board_too_many_deputies") in refused


def test_gsdtcd_resident_members_at_most_five_and_at_least_five_members() -> None:
    five = [*_members(5), {"name": "Đại diện MTTQ", "origin": "mttq"}]
    assert _codes(_gs(five)) == []
    six = [*_members(6), {"name": "Đại diện MTTQ", "origin": "mttq"}]
    assert ("members", "board_too_many_residents") in _refused(_gs(six))
    assert "board_below_size" in _codes(_gs(_members(4)))
    assert _codes(_gs(_members(5))) == []
    assert ("members", "board_too_many_deputies") in _refused(_gs(_members(5, deputies=3)))


def test_a_gsdtcd_without_a_project_is_refused() -> None:
    assert ("project", "board_without_project") in _refused(_gs(_members(5), project=""))


@pytest.mark.parametrize(
    ("board", "flag", "value", "reason"),
    [
        ("ttnd", "commune_staff", True, "commune_staff"),
        ("ttnd", "permanent_resident", False, "not_resident"),
        ("gsdtcd", "commune_staff", True, "commune_staff"),
        ("gsdtcd", "project_relative", True, "project_relative"),
    ],
)
def test_an_ineligible_member_is_refused(board: str, flag: str, value: bool, reason: str) -> None:
    members = _members(5)
    members[2][flag] = value
    obj = _ttnd(5, 0, members=members) if board == "ttnd" else _gs(members)
    with pytest.raises(ValidationError) as exc:
        board_from_json(obj, TODAY)
    (err,) = exc.value.errors
    assert (err.field, err.code, err.params["reason"]) == (
        "members[2]",
        "member_ineligible",
        reason,
    )
    assert err.params["article"] == ("law_37" if board == "ttnd" else "law_42")


def test_a_relative_of_the_investor_may_sit_on_the_ttnd() -> None:
    members = _members(5)
    members[0]["project_relative"] = True
    assert _codes(_ttnd(5, 0, members=members)) == []


def test_by_election_when_six_months_or_more_are_left() -> None:
    members = _members(5)
    members[4]["left_on"] = "2026-02-01"
    obj = _ttnd(5, 0, members=members, term_end="2026-09-01")
    assert _codes(obj, date(2026, 3, 1)) == ["board_below_size", "board_by_election"]
    assert _codes(obj, date(2026, 3, 2)) == ["board_below_size"]  # 5 months 30 days left


def test_a_member_cites_the_meeting_that_elected_it() -> None:
    members = _members(5)
    members[1]["elected_at"] = "meeting-uuid"
    b = board_from_json(_ttnd(5, 0, members=members), TODAY)
    assert b.members[1].elected_at == "meeting-uuid"
    assert board_from_json(board_to_json(b, TODAY), TODAY) == b


def test_the_investor_is_notified_45_days_before_supervision() -> None:
    obj = _gs(_members(5), supervision_starts_on="2026-06-15")
    assert _codes({**obj, "investor_notified_on": "2026-05-01"}, date(2026, 5, 2)) == []
    late = _codes({**obj, "investor_notified_on": "2026-05-02"}, date(2026, 5, 2))
    assert late == ["investor_notice_late"]
    assert _codes(obj, date(2026, 4, 30)) == []
    assert _codes(obj, date(2026, 5, 1)) == ["investor_notice_late"]
    due = board_due(board_from_json(obj, TODAY), date(2026, 4, 27), WorkCalendar())
    assert [(i.deadline.code, i.deadline.due) for i in due] == [
        ("investor_notice", date(2026, 5, 1))
    ]


def test_two_members_of_one_village_are_warned() -> None:
    members = _members(5)
    members[1]["village"] = "v1"
    assert _codes(_ttnd(5, 0, members=members)) == ["board_village_twice"]
    members[1]["left_on"] = "2026-02-01"  # no longer active
    assert _codes(_ttnd(5, 0, members=members)) == ["board_below_size", "board_by_election"]
