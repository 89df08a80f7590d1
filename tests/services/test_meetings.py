"""Meetings against a real SQLite store: thresholds, defaults, refusals, warnings, versions."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from desktop.core.errors import ValidationError
from desktop.core.villages import VillageData
from desktop.core.warning_words import word_rule, word_warning
from desktop.services.container import Services


@pytest.fixture
def village(services: Services, commune: object) -> str:
    return services.villages.add(
        VillageData(
            code="DONG", name="Thôn Đông", households_total=212, households_as_of=date(2026, 1, 1)
        )
    ).uuid


def _meeting(village: str, **kw: Any) -> dict[str, Any]:
    item = {
        "title": "Mức đóng góp làm đường bê tông",
        "matter": "contribution",
        "method": "show_of_hands",
        "votes_for": 142,
        "votes_against": 20,
        "votes_other": 5,
    }
    item.update(kw.pop("item", {}))
    base: dict[str, Any] = {
        "village": village,
        "title": "Hội nghị thôn Đông bàn làm đường",
        "meeting_type": "decision",
        "held_on": "2026-03-10",
        "notice_on": "2026-03-07",
        "households_present": 180,
        "chair": "Trần Văn Hùng",
        "secretary": "Lê Thị Mai",
        "items": [item],
    }
    base.update(kw)
    return base


@pytest.mark.parametrize(("votes", "outcome"), [(141, "failed"), (142, "passed")])
def test_two_thirds_boundary_stored(
    services: Services, village: str, votes: int, outcome: str
) -> None:
    m = services.meetings.add_json(_meeting(village, item={"votes_for": votes}))
    assert m.data.households_total == 212  # defaulted from the village's count
    assert m.results[0].outcome.value == outcome
    assert m.outcome.value == outcome
    assert "212" in word_rule(
        m.results[0].rule_code, m.results[0].rule_params
    ) and "Điều 21" in word_rule(m.results[0].rule_code, m.results[0].rule_params)


def test_households_default_uses_count_in_force_on_meeting_day(
    services: Services, village: str
) -> None:
    services.villages.update(
        village,
        VillageData(
            code="DONG", name="Thôn Đông", households_total=230, households_as_of=date(2026, 6, 1)
        ),
        expected_version=1,
    )
    before = services.meetings.add_json(
        _meeting(village, held_on="2026-05-31", notice_on="2026-05-20")
    )
    after = services.meetings.add_json(
        _meeting(village, held_on="2026-06-01", notice_on="2026-05-20")
    )
    assert (before.data.households_total, after.data.households_total) == (212, 230)


def test_convention_needs_attendance(services: Services, village: str) -> None:
    item = {"matter": "convention", "votes_for": 106, "votes_against": 0, "votes_other": 0}
    failed = services.meetings.add_json(_meeting(village, households_present=106, item=item))
    assert failed.results[0].outcome.value == "failed"
    item["votes_for"] = 107
    passed = services.meetings.add_json(_meeting(village, households_present=107, item=item))
    assert passed.results[0].outcome.value == "passed"
    assert passed.results[0].takes_effect is not None
    assert passed.results[0].takes_effect.value == "on_ubnd_recognition"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"households_present": 213}, "households_present"),
        ({"item": {"votes_for": 170, "votes_against": 11}}, "items[0].votes_for"),
        ({"item": {"votes_for": -1}}, "items[0].votes_for"),
        ({"households_total": 0}, "households_total"),
        ({"item": {"matter": "village_head", "method": "online"}}, "items[0].method"),
    ],
)
def test_refusals_save_nothing(
    services: Services, village: str, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.meetings.add_json(_meeting(village, **change))
    assert field in {e.field for e in info.value.errors}
    assert services.meetings.count() == 0


def test_ballot_only_after_failed_meeting_on_same_matter(services: Services, village: str) -> None:
    ballot_item = {"matter": "convention", "method": "household_ballot", "votes_for": 150}
    ballot = {"papers_issued": 212, "papers_returned": 190}
    with pytest.raises(ValidationError) as info:
        services.meetings.add_json(
            _meeting(village, item=ballot_item, ballot=ballot, households_present=None)
        )
    assert "ballot_needs_failed_meeting" in {e.code for e in info.value.errors}
    # A meeting that PASSED on another matter does not open the way to a ballot.
    other = services.meetings.add_json(_meeting(village))
    with pytest.raises(ValidationError) as info:
        services.meetings.add_json(
            _meeting(
                village,
                held_on="2026-03-20",
                item=ballot_item,
                households_present=None,
                ballot={**ballot, "after_failed_meeting": other.uuid},
            )
        )
    assert [e.code for e in info.value.errors] == ["failed_meeting_matter"]
    failed = services.meetings.add_json(
        _meeting(
            village,
            households_present=100,
            item={"matter": "convention", "votes_for": 90, "votes_against": 5, "votes_other": 0},
        )
    )
    assert failed.outcome.value == "failed"
    # A ballot dated on the meeting's day (or before) cannot be its fallback (D59 Art. 4(1)(b)).
    for held_on in ("2026-03-10", "2026-03-09"):
        with pytest.raises(ValidationError) as info:
            services.meetings.add_json(
                _meeting(
                    village,
                    held_on=held_on,
                    notice_on="2026-03-01",
                    households_present=None,
                    item=ballot_item,
                    ballot={**ballot, "after_failed_meeting": failed.uuid},
                )
            )
        assert [e.code for e in info.value.errors] == ["failed_meeting_not_before"]
    ok = services.meetings.add_json(
        _meeting(
            village,
            held_on="2026-03-20",
            notice_on="2026-03-16",
            households_present=None,
            item=ballot_item,
            ballot={**ballot, "after_failed_meeting": failed.uuid},
        )
    )
    assert ok.results[0].outcome.value == "passed"


def test_warnings_stored_with_record(services: Services, village: str) -> None:
    # Held Friday 2026-02-13; Tết 16–20/02; the 5th working day after is Fri 27/02.
    on_time = services.meetings.add_json(
        _meeting(
            village, held_on="2026-02-13", notice_on="2026-02-12", minutes_sent_on="2026-02-27"
        )
    )
    assert [w.code for w in on_time.warnings] == ["notice_late"]
    late = services.meetings.update_json(
        on_time.uuid, {"minutes_sent_on": "2026-03-02", "notice_on": "2026-02-11", "version": 1}
    )
    assert [w.code for w in late.warnings] == ["minutes_late"]
    assert late.meta.version == 2


def test_local_day_off_moves_the_deadline(services: Services, village: str) -> None:
    services.calendar.add_day_off(date(2026, 3, 11))
    m = services.meetings.add_json(_meeting(village, minutes_sent_on="2026-03-18"))
    assert m.warnings == ()  # 11/3 off: 18/3 is the 5th working day after 10/3
    services.calendar.remove_day_off(date(2026, 3, 11))
    m2 = services.meetings.update_json(m.uuid, {"version": 1})
    assert [w.code for w in m2.warnings] == ["minutes_late"]


def test_meetings_checked_against_journal(services: Services, village: str) -> None:
    m = services.meetings.add_json(_meeting(village))
    assert services.maintenance.check().ok
    path = services.ctx.db.sqlite_path
    assert path is not None
    con = sqlite3.connect(path)
    con.execute("UPDATE meeting_items SET votes_for = 200")
    con.commit()
    con.close()
    problems = services.maintenance.check().problems
    assert [(p.code, p.kind, p.uuid) for p in problems] == [("record_mismatch", "meeting", m.uuid)]


def test_list_filters_in_sql(services: Services, village: str) -> None:
    from desktop.storage.meetings import MeetingQuery

    services.meetings.add_json(_meeting(village, item={"votes_for": 100}))
    services.meetings.add_json(_meeting(village, held_on="2025-12-01", notice_on="2025-11-20"))
    assert services.meetings.count(MeetingQuery(outcome="failed")) == 1
    assert services.meetings.count(MeetingQuery(year=2025)) == 1
    assert services.meetings.years() == [2026, 2025]
    assert [m.data.held_on for m in services.meetings.list()] == [
        date(2026, 3, 10),
        date(2025, 12, 1),
    ]


def test_swapped_working_saturday_counts(services: Services, village: str) -> None:
    # 2026: Saturday 22/08 is a working day (Monday 31/08 off in exchange), from the
    # ``holidays`` package. Held Thu 20/08, the 5th working day after is Wed 26/08.
    on_time = services.meetings.add_json(
        _meeting(
            village, held_on="2026-08-20", notice_on="2026-08-17", minutes_sent_on="2026-08-26"
        )
    )
    assert on_time.warnings == ()
    late = services.meetings.update_json(
        on_time.uuid, {"minutes_sent_on": "2026-08-27", "version": 1}
    )
    assert [w.code for w in late.warnings] == ["minutes_late"]
    assert "ngày làm việc thứ 6" in word_warning("meeting", late.warnings[0])


def test_swapped_day_off_and_national_day_are_closed(services: Services, village: str) -> None:
    # Held Wed 26/08/2026: 27, 28, (31/08 swapped off, 01–02/09 National Day), 03, 04, 07/09.
    m = services.meetings.add_json(
        _meeting(
            village, held_on="2026-08-26", notice_on="2026-08-20", minutes_sent_on="2026-09-07"
        )
    )
    assert m.warnings == ()
    late = services.meetings.update_json(m.uuid, {"minutes_sent_on": "2026-09-08", "version": 1})
    assert [w.code for w in late.warnings] == ["minutes_late"]


def test_local_working_day(services: Services, village: str) -> None:
    cal = services.calendar
    with pytest.raises(ValidationError):
        cal.add_working_day(date(2026, 3, 11))  # a Wednesday is a working day anyway
    # Held Tue 10/03/2026; with Saturday 14/03 worked locally, 16/03 is the 4th wd and
    # 17/03 the 5th.
    cal.add_working_day(date(2026, 3, 14))
    assert cal.working_days() == [date(2026, 3, 14)]
    assert cal.calendar().add_working_days(date(2026, 3, 10), 5) == date(2026, 3, 16)
    cal.remove_working_day(date(2026, 3, 14))
    assert cal.calendar().add_working_days(date(2026, 3, 10), 5) == date(2026, 3, 17)


def test_ballot_may_not_overturn_a_meeting_with_enough_present(
    services: Services, village: str
) -> None:
    # 150 of 212 households present could have elected the head; 90 voted for: failed.
    voted_down = services.meetings.add_json(
        _meeting(
            village,
            households_present=150,
            item={"matter": "village_head", "votes_for": 90, "votes_against": 55},
        )
    )
    assert voted_down.outcome.value == "failed"
    ballot = {"papers_issued": 212, "papers_returned": 190, "after_failed_meeting": voted_down.uuid}
    with pytest.raises(ValidationError) as info:
        services.meetings.add_json(
            _meeting(
                village,
                held_on="2026-03-20",
                households_present=None,
                item={"matter": "village_head", "method": "household_ballot", "votes_for": 150},
                ballot=ballot,
            )
        )
    (error,) = info.value.errors
    assert (error.code, error.params["present"]) == ("failed_meeting_had_quorum", 150)


@pytest.mark.parametrize(("issued", "codes"), [(211, ["ballot_papers_short"]), (212, [])])
def test_papers_short_of_the_households_on_the_day(
    services: Services, village: str, issued: int, codes: list[str]
) -> None:
    # The village had 212 households on 2026-01-01: the default total on the ballot day.
    m = services.meetings.add_json(
        _meeting(
            village,
            households_present=None,
            item={"matter": "other", "method": "household_ballot", "votes_for": 150},
            ballot={"papers_issued": issued, "papers_returned": 190},
        )
    )
    assert [w.code for w in m.warnings] == codes
    with pytest.raises(ValidationError) as info:  # more papers than households: refused
        services.meetings.add_json(
            _meeting(
                village,
                households_present=None,
                item={"matter": "other", "method": "household_ballot", "votes_for": 150},
                ballot={"papers_issued": 213, "papers_returned": 190},
            )
        )
    assert [e.code for e in info.value.errors] == ["issued_gt_total"]
