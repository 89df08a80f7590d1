"""Conventions against a real store: life cycle with a real adoption meeting, versions."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from desktop.core.convention_events import TransitionRefused
from desktop.core.messages import format_error
from desktop.core.villages import VillageData
from desktop.services.container import Services

TEXT_V1 = """Căn cứ Nghị định 61/2023/NĐ-CP, cộng đồng thôn Đông thống nhất:
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Hương ước này quy định việc giữ gìn vệ sinh chung.
Điều 2. Đối tượng áp dụng
1. Mọi hộ gia đình trong thôn.
2. Người tạm trú.
Chương II
NỘI DUNG
Điều 3. Vệ sinh môi trường
a) Không đổ rác ra đường;
b) Thu gom rác đúng giờ.
"""


@pytest.fixture
def village(services: Services, commune: object) -> str:
    return services.villages.add(
        VillageData(
            code="DONG", name="Thôn Đông", households_total=212, households_as_of=date(2026, 1, 1)
        )
    ).uuid


def _meeting(services: Services, village: str, present: int, votes: int, on: str) -> str:
    return services.meetings.add_json(
        {
            "village": village,
            "title": "Họp thông qua hương ước",
            "meeting_type": "convention",
            "held_on": on,
            "notice_on": "2026-02-20",
            "households_present": present,
            "items": [
                {
                    "title": "Thông qua hương ước",
                    "matter": "convention",
                    "method": "show_of_hands",
                    "votes_for": votes,
                }
            ],
        }
    ).uuid


def _draft(services: Services, village: str, **kw: Any) -> str:
    body: dict[str, Any] = {
        "village": village,
        "convention_type": "huong_uoc",
        "title": "Hương ước thôn Đông",
        "text": TEXT_V1,
        "events": [
            {"type": "proposed", "on": "2026-01-05"},
            {"type": "drafting", "on": "2026-01-10"},
            {"type": "consultation", "on": "2026-01-20"},
        ],
    }
    body.update(kw)
    return services.conventions.add_json(body).uuid


def test_failed_vote_cannot_adopt(services: Services, village: str) -> None:
    cid = _draft(services, village)
    failed = _meeting(services, village, present=106, votes=106, on="2026-02-25")
    with pytest.raises(TransitionRefused) as info:
        services.conventions.event_json(
            cid, {"type": "adopted", "on": "2026-02-25", "meeting": failed}
        )
    assert info.value.code == "meeting_not_passed"
    assert "thông qua" in format_error(info.value, "vi")
    assert services.conventions.get(cid).meta.version == 1  # nothing saved


def test_life_cycle_to_in_force_and_new_version(services: Services, village: str) -> None:
    cid = _draft(services, village)
    passed = _meeting(services, village, present=150, votes=140, on="2026-02-25")
    c = services.conventions
    c.event_json(cid, {"type": "adopted", "on": "2026-02-25", "meeting": passed})
    with pytest.raises(TransitionRefused) as info:
        c.event_json(cid, {"type": "recognized", "on": "2026-03-04", "decision_no": "12/QĐ-UBND"})
    assert info.value.code == "not_submitted"
    c.event_json(cid, {"type": "submitted", "on": "2026-03-02"})
    rec = c.event_json(cid, {"type": "recognized", "on": "2026-03-06", "decision_no": "12/QĐ-UBND"})
    js = c.to_json(rec)
    assert js["status"] == "in_force" and js["effective_from"] == "2026-03-06"
    assert js["next_review_on"] == "2026-11-18"
    # Amendment: a new version, adopted and recognised, supersedes the old one.
    v2 = c.new_version(cid)
    new_text = TEXT_V1.replace("Thu gom rác đúng giờ.", "Thu gom rác vào 17 giờ hằng ngày.")
    new_text += "Điều 4. Khen thưởng\nHộ thực hiện tốt được biểu dương.\n"
    c.update_json(
        v2.uuid,
        {
            "text": new_text,
            "events": [
                {"type": "proposed", "on": "2026-08-01"},
                {"type": "drafting", "on": "2026-08-02"},
                {"type": "consultation", "on": "2026-08-03"},
            ],
            "version": 1,
        },
    )
    passed2 = _meeting(services, village, present=160, votes=150, on="2026-09-10")
    for ev in (
        {"type": "adopted", "on": "2026-09-10", "meeting": passed2},
        {"type": "submitted", "on": "2026-09-11"},
        {"type": "recognized", "on": "2026-09-15", "decision_no": "40/QĐ-UBND"},
    ):
        c.event_json(v2.uuid, ev)
    assert c.get(cid).data.events[-1].type.value == "superseded"
    assert [s.uuid for s in c.versions(v2.uuid)] == [cid, v2.uuid]
    assert c.in_force_on(v2.uuid, date(2026, 6, 1)).uuid == cid  # type: ignore[union-attr]
    assert c.in_force_on(cid, date(2026, 10, 1)).uuid == v2.uuid  # type: ignore[union-attr]
    changes = {ch.number: ch.status.value for ch in c.compare(cid, v2.uuid)}
    assert changes == {1: "unchanged", 2: "unchanged", 3: "changed", 4: "added"}
    stats = c.statistics(2026)
    assert stats["recognized"] == 2 and stats["superseded"] == 1
    from desktop.storage.conventions import ConventionQuery

    assert [s.uuid for s in c.list(ConventionQuery())] == [v2.uuid]  # superseded hidden
    assert services.maintenance.check().ok


def test_citizen_initiative_share(services: Services, village: str) -> None:
    with pytest.raises(TransitionRefused):
        services.conventions.add_json(
            {
                "village": village,
                "convention_type": "quy_uoc",
                "title": "Quy ước",
                "citizen_initiative": True,
                "events": [
                    {
                        "type": "proposed",
                        "on": "2026-01-05",
                        "households_supporting": 21,
                        "households_total": 212,
                    }
                ],
            }
        )
    assert services.conventions.count() == 0


def test_edit_around_write_path_detected(services: Services, village: str) -> None:
    cid = _draft(services, village)
    path = services.ctx.db.sqlite_path
    assert path is not None
    con = sqlite3.connect(path)
    con.execute("UPDATE conventions SET text = 'sửa lén'")
    con.commit()
    con.close()
    assert [(p.code, p.uuid) for p in services.maintenance.check().problems] == [
        ("record_mismatch", cid)
    ]


def _prepare(services: Services, uuid: str) -> None:
    """A new version drafted and posted for opinions in August 2026."""
    c = services.conventions
    events = [
        {"type": "proposed", "on": "2026-08-01"},
        {"type": "drafting", "on": "2026-08-02"},
        {"type": "consultation", "on": "2026-08-03"},
    ]
    c.update_json(uuid, {"events": events, "version": c.get(uuid).meta.version})


def _recognise(services: Services, village: str, uuid: str, day: int, decision: str) -> None:
    """Adopted, submitted and recognised on ``day`` October 2026."""
    on = f"2026-10-{day:02d}"
    passed = _meeting(services, village, present=160, votes=150, on=on)
    for ev in (
        {"type": "adopted", "on": on, "meeting": passed},
        {"type": "submitted", "on": on},
        {"type": "recognized", "on": on, "decision_no": decision},
    ):
        services.conventions.event_json(uuid, ev)


def test_only_one_version_in_force(services: Services, village: str) -> None:
    """Two drafts amend the same text; once one is recognised, the other may not be
    recognised as a replacement of the superseded text (D61 Art. 13): refused, and it is
    re-based on the version in force."""
    from desktop.core.errors import ValidationError

    c = services.conventions
    first = _draft(services, village)
    _prepare(services, first)
    _recognise(services, village, first, 5, "1/QĐ-UBND")
    second, third = c.new_version(first).uuid, c.new_version(first).uuid
    _prepare(services, second)
    _prepare(services, third)
    _recognise(services, village, second, 12, "2/QĐ-UBND")
    assert c.get(first).data.events[-1].type.value == "superseded"
    with pytest.raises(ValidationError) as info:
        _recognise(services, village, third, 20, "3/QĐ-UBND")
    (error,) = info.value.errors
    assert (error.code, error.field) == ("supersedes_superseded", "supersedes")
    assert "12/10/2026" in format_error(info.value, "vi")
    assert c.to_json(c.get(third))["status"] == "consultation"  # nothing saved
    in_force = [s.uuid for s in c.list(_all_versions()) if c.to_json(s)["status"] == "in_force"]
    assert in_force == [second]
    # A new version naming the superseded text is refused from the start.
    with pytest.raises(ValidationError) as refused:
        _draft(services, village, supersedes=first)
    assert [e.code for e in refused.value.errors] == ["supersedes_superseded"]
    # Re-based on the version in force, the recognition supersedes it: still one in force.
    c.update_json(third, {"supersedes": second, "version": c.get(third).meta.version})
    _recognise(services, village, third, 20, "3/QĐ-UBND")
    statuses = {s.uuid: c.to_json(s)["status"] for s in c.list(_all_versions())}
    assert statuses == {first: "superseded", second: "superseded", third: "in_force"}
    assert [s.uuid for s in c.versions(third)] == [first, second, third]
    assert services.maintenance.check().ok


def _all_versions() -> Any:
    from desktop.storage.conventions import ConventionQuery

    return ConventionQuery(current_only=False)
