"""The yearly dialogue and its commitments (Law 10/2022/QH15 Art. 32; DOMAIN.md §4.7)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.core.civic import CivicSettings
from desktop.core.civic_due import dialogue_due
from desktop.core.dialogue import Dialogue, DialogueKind, yearly_dialogue_warning
from desktop.core.dialogue_json import dialogue_from_json, dialogue_to_json
from desktop.core.errors import ValidationError
from desktop.core.workdays import WorkCalendar

CAL = WorkCalendar()


def _json(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Hội nghị đối thoại giữa UBND xã với Nhân dân năm 2026",
        "dialogue_kind": "ubnd_residents",
        "held_on": "2026-06-10",
        "place": "Hội trường UBND xã",
        "chaired_by": ["Nguyễn Văn An"],
        "attendance": 135,
        "questions": [{"asked_by": "Ông Bình", "question": "Đường thôn 3?", "answer": "Quý III"}],
        "commitments": [
            {"content": "Sửa đường thôn 3", "owner": "Phó Chủ tịch UBND", "due_on": "2026-07-15"},
            {"content": "Lắp đèn đường", "owner": "Công chức địa chính", "due_on": "2026-08-01"},
            {"content": "Nạo vét kênh", "owner": "Trưởng thôn 2", "due_on": "2026-09-30"},
        ],
    }
    base.update(extra)
    return base


def _warns(d: Dialogue, today: date) -> list[str]:
    return [w["code"] for w in dialogue_to_json(d, today)["warnings"]]


def test_three_commitments_followed_to_done_one_overdue_the_day_after_it_was_due() -> None:
    d = dialogue_from_json(_json())
    assert _warns(d, date(2026, 7, 15)) == []  # its due day: not yet overdue
    out = dialogue_to_json(d, date(2026, 7, 16))
    assert [w["code"] for w in out["warnings"]] == ["commitment_overdue"]
    assert out["warnings"][0]["params"]["index"] == 1
    assert [c["state"] for c in out["commitments"]] == ["overdue", "open", "open"]
    assert out["commitments_overdue"] == 1

    done = _json()
    for c, day in zip(done["commitments"], ("2026-07-20", "2026-07-30", "2026-09-30"), strict=True):
        c["done_on"] = day
    d = dialogue_from_json(done, base=d)
    out = dialogue_to_json(d, date(2026, 10, 1))
    assert out["warnings"] == []
    assert [c["state"] for c in out["commitments"]] == ["done_late", "done", "done"]
    assert out["commitments_open"] == 0
    assert out["deadlines"] == []


def test_commitments_due_and_overdue_in_needs_doing_today() -> None:
    d = dialogue_from_json(_json())
    items = dialogue_due(d, date(2026, 7, 27), CAL)  # 5 wd ahead: 3/8
    assert [(i.deadline.due, i.overdue) for i in items] == [
        (date(2026, 7, 15), True),
        (date(2026, 8, 1), False),
    ]


def test_impossible_dialogues_are_refused() -> None:
    def refused(obj: dict[str, Any]) -> list[tuple[str, str]]:
        with pytest.raises(ValidationError) as exc:
            dialogue_from_json(obj)
        return [(e.field, e.code) for e in exc.value.errors]

    assert ("held_on", "required") in refused(_json(held_on=None))
    assert ("attendance", "min") in refused(_json(attendance=-1))
    bad = _json(commitments=[{"content": "X", "due_on": "2026-06-09"}])
    assert ("commitments[0].owner", "required") in refused(bad)
    assert ("commitments[0].due_on", "must_not_precede") in refused(bad)
    assert ("with_mttq", "not_bool") in refused(_json(with_mttq="yes"))


def test_no_yearly_dialogue_by_the_set_day_is_warned() -> None:
    leaders = Dialogue("Bí thư đối thoại", DialogueKind.LEADERS, held_on=date(2026, 5, 1))
    assert yearly_dialogue_warning([leaders], 2026, date(2026, 11, 30)) is None
    w = yearly_dialogue_warning([leaders], 2026, date(2026, 12, 1))
    assert w is not None and w.code == "dialogue_year_missing"
    assert w.params["by"] == "2026-12-01"
    held = dialogue_from_json(_json())
    assert yearly_dialogue_warning([held], 2026, date(2026, 12, 1)) is None
    last_year = dialogue_from_json(_json(held_on="2025-06-10", commitments=[]))
    assert yearly_dialogue_warning([last_year], 2026, date(2026, 12, 31)) is not None
    earlier = CivicSettings(dialogue_by_month=10, dialogue_by_day=15)
    assert yearly_dialogue_warning([], 2026, date(2026, 10, 15), earlier) is not None
    assert yearly_dialogue_warning([], 2026, date(2026, 10, 14), earlier) is None


def test_json_round_trip() -> None:
    d = dialogue_from_json(_json())
    assert dialogue_from_json(dialogue_to_json(d, date(2026, 7, 1))) == d
