"""The change announcement and its publisher (desktop/core/changes.py)."""

from __future__ import annotations

import logging

import pytest

from desktop.core.changes import (
    BACKUPS,
    RECORD_KINDS,
    SETTINGS,
    SYNC_STATE,
    ChangePublisher,
    OpChanges,
)


def test_touches_by_kind_and_by_flag() -> None:
    meeting = OpChanges.of("meeting")
    assert meeting.touches({"meeting", "village"})
    assert not meeting.touches({"convention", SETTINGS})
    assert OpChanges(settings=True).touches({SETTINGS})
    assert not OpChanges(settings=True).touches({"meeting"})
    assert OpChanges(sync_state=True).touches({SYNC_STATE})
    assert OpChanges(backups=True).touches({BACKUPS})
    assert OpChanges.all().touches({"meeting"}) and OpChanges.all().touches(set())


def test_merged_announcements_keep_every_part() -> None:
    merged = OpChanges.of("meeting") | OpChanges(sync_state=True) | OpChanges.of("village")
    assert merged.kinds == {"meeting", "village"} and merged.sync_state
    assert not merged.settings and not merged.everything
    assert OpChanges().empty and not merged.empty


def test_publisher_calls_subscribers_until_unsubscribed() -> None:
    publisher = ChangePublisher()
    heard: list[OpChanges] = []
    stop = publisher.subscribe(heard.append)
    publisher.publish(OpChanges.of("meeting"))
    publisher.publish(OpChanges())  # empty: nothing to say
    stop()
    publisher.publish(OpChanges.of("village"))
    assert heard == [OpChanges.of("meeting")]


def test_a_failing_subscriber_does_not_silence_the_others(
    caplog: pytest.LogCaptureFixture,
) -> None:
    publisher = ChangePublisher()
    heard: list[OpChanges] = []

    def deaf(_changes: OpChanges) -> None:
        raise RuntimeError("boom")

    publisher.subscribe(deaf)
    publisher.subscribe(heard.append)
    with caplog.at_level(logging.ERROR, logger="desktop.core.changes"):
        publisher.publish(OpChanges.all())
    assert heard == [OpChanges.all()]
    assert "change subscriber failed" in caplog.text


def test_record_kinds_are_every_kind_of_record() -> None:
    from desktop.core.records import RecordKind

    assert {k.value for k in RecordKind} == RECORD_KINDS


def test_every_record_kind_is_followed_by_the_pages_of_all_kinds() -> None:
    """The overview, reports and sync pages show RECORD_KINDS: a new RecordKind member
    must reach them without a hand-kept list (review of issue 12)."""
    from desktop.core.records import RecordKind

    assert {k.value for k in RecordKind} == RECORD_KINDS
