"""A list page's fetch runs a fixed number of queries, not one per record (no N+1)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import event

from desktop.services.container import Services
from desktop.services.generator import SCALES, generate


def test_fetching_a_page_of_meetings_takes_two_queries(services: Services) -> None:
    small = replace(SCALES["commune-10y"].times(0.01), attachments=0)
    generate(services, small, seed=1)
    ids = services.meetings.ids()
    assert len(ids) >= 30
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    engine = services.ctx.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        fetched = services.meetings.fetch(ids[:30])
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [m.uuid for m in fetched] == ids[:30]
    assert all(m.data.items and len(m.results) == len(m.data.items) for m in fetched)
    assert all(m.village_name for m in fetched)
    assert len(statements) <= 2, statements
