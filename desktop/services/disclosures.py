"""Use cases for public disclosures (Law Arts. 11–14): record, plan, post, answer feedback."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core.disclosure_json import StoredDisclosure, disclosure_from_json, disclosure_to_json
from desktop.core.disclosures import Attachment, Disclosure, Feedback, quarter_bounds
from desktop.core.errors import NotFoundError
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.storage.attachments import AttachmentStore
from desktop.storage.disclosures import (
    DisclosureAdapter,
    DisclosureQuery,
    count_disclosures,
    disclosure_ids,
    disclosures_first_disclosed_between,
    fetch_disclosures,
    get_disclosure,
)
from desktop.storage.records import RecordWriter


class DisclosureService:
    """Everything the window and the command line do with disclosures."""

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        self.ctx = ctx
        self.calendar = calendar
        self.attachments = AttachmentStore(ctx.paths.attachments)

    def _writer(self) -> RecordWriter[Disclosure, Any]:
        return RecordWriter(
            DisclosureAdapter(self.calendar.calendar(), self.ctx.today()),
            actor=self.ctx.actor(),
            origin_code=self.ctx.origin_code(),
            clock=self.ctx.clock,
        )

    # --- reading -----------------------------------------------------------------
    def query(self, **kw: Any) -> DisclosureQuery:
        """A query dated today (views such as "overdue" depend on the day)."""
        return DisclosureQuery(today=self.ctx.today(), **kw)

    def ids(self, query: DisclosureQuery | None = None) -> list[str]:
        with self.ctx.db.reading() as session:
            return disclosure_ids(session, query or self.query())

    def count(self, query: DisclosureQuery | None = None) -> int:
        with self.ctx.db.reading() as session:
            return count_disclosures(session, query or self.query())

    def fetch(self, uuids: Sequence[str]) -> list[StoredDisclosure]:
        with self.ctx.db.reading() as session:
            return fetch_disclosures(session, uuids)

    def get(self, uuid: str) -> StoredDisclosure:
        with self.ctx.db.reading() as session:
            found = get_disclosure(session, uuid)
        if found is None:
            raise NotFoundError("disclosure", uuid)
        return found

    def to_json(self, stored: StoredDisclosure) -> dict[str, Any]:
        """Record JSON with today's status and day-dependent warnings."""
        return disclosure_to_json(stored, self.ctx.today(), self.calendar.calendar())

    def quarter(self, period: str) -> list[StoredDisclosure]:
        """The disclosures first made known in a quarter such as ``2026Q2`` (Law Art. 13)."""
        start, end = quarter_bounds(period)
        with self.ctx.db.reading() as session:
            ids = disclosures_first_disclosed_between(session, start, end)
            return fetch_disclosures(session, ids)

    def list(self, query: DisclosureQuery | None = None) -> list[StoredDisclosure]:
        return self.fetch(self.ids(query))

    # --- writing -----------------------------------------------------------------
    def add(self, data: Disclosure) -> StoredDisclosure:
        with self.ctx.db.transaction() as session:
            uuid = self._writer().create(session, data).uuid
        return self.get(uuid)

    def add_many(self, batch: Sequence[tuple[str | None, Disclosure]]) -> Sequence[str]:
        """Store many disclosures in ONE transaction (generated data, bulk entry): the same
        write path, checks, journal and change log as :meth:`add`, one commit.
        Each pair is (uuid or None for a fresh one, content); returns the uuids."""
        writer = self._writer()
        with self.ctx.db.transaction() as session:
            return [writer.create(session, data, uuid=uuid).uuid for uuid, data in batch]

    def update(
        self, uuid: str, data: Disclosure, *, expected_version: int | None = None
    ) -> StoredDisclosure:
        with self.ctx.db.transaction() as session:
            self._writer().update(session, uuid, data, expected_version=expected_version)
        return self.get(uuid)

    def add_json(self, obj: Mapping[str, Any]) -> StoredDisclosure:
        return self.add(disclosure_from_json(obj))

    def update_json(self, uuid: str, obj: Mapping[str, Any]) -> StoredDisclosure:
        current = self.get(uuid)
        expected = obj.get("version")
        version = expected if isinstance(expected, int) and not isinstance(expected, bool) else None
        return self.update(
            uuid, disclosure_from_json(obj, base=current.data), expected_version=version
        )

    def add_feedback(self, uuid: str, feedback: Feedback) -> StoredDisclosure:
        """Record a resident's feedback (or its answer) on a disclosure: one action."""
        current = self.get(uuid)
        data = replace(current.data, feedback=(*current.data.feedback, feedback))
        return self.update(uuid, data, expected_version=current.meta.version)

    def answer_feedback(self, uuid: str, index: int, feedback: Feedback) -> StoredDisclosure:
        current = self.get(uuid)
        items = list(current.data.feedback)
        items[index] = feedback
        return self.update(
            uuid,
            replace(current.data, feedback=tuple(items)),
            expected_version=current.meta.version,
        )

    def attach(self, uuid: str, source: Path) -> StoredDisclosure:
        """Store a photo or scan as evidence (once, by its hash) and link it to the record."""
        current = self.get(uuid)
        stored = self.attachments.add_file(source, field="attachments")
        media_type = mimetypes.guess_type(source.name)[0]
        if any(a.sha256 == stored.sha256 for a in current.data.attachments):
            return current
        att = Attachment(stored.sha256, source.name, stored.size, media_type)
        data = replace(current.data, attachments=(*current.data.attachments, att))
        return self.update(uuid, data, expected_version=current.meta.version)
