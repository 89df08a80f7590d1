"""Use cases for public disclosures (Law Arts. 11–14): record, plan, post, answer feedback."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core.disclosure_json import StoredDisclosure, disclosure_from_json, disclosure_to_json
from desktop.core.disclosures import Attachment, Disclosure, Feedback, quarter_bounds
from desktop.core.specs.disclosure import DISCLOSURE
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.records import Codec, Queries, RecordService
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
from desktop.storage.records import KindAdapter


class DisclosureService(RecordService[Disclosure, StoredDisclosure, DisclosureQuery]):
    """Everything the window and the command line do with disclosures."""

    spec = DISCLOSURE
    queries = Queries(
        DisclosureQuery, disclosure_ids, count_disclosures, fetch_disclosures, get_disclosure
    )
    codec = Codec(disclosure_from_json, disclosure_to_json)

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        super().__init__(ctx)
        self.calendar = calendar
        self.attachments = AttachmentStore(ctx.paths.attachments)

    def adapter(self) -> KindAdapter[Disclosure, Any]:
        return DisclosureAdapter(self.calendar.calendar(), self.ctx.today())

    # --- reading -----------------------------------------------------------------
    def query(self, **criteria: Any) -> DisclosureQuery:
        """A query dated today (views such as "overdue" depend on the day)."""
        return super().query(**{"today": self.ctx.today(), **criteria})

    def to_json(self, stored: StoredDisclosure) -> dict[str, Any]:
        """Record JSON with today's status and day-dependent warnings."""
        return disclosure_to_json(stored, self.ctx.today(), self.calendar.calendar())

    def quarter(self, period: str) -> list[StoredDisclosure]:
        """The disclosures first made known in a quarter such as ``2026Q2`` (Law Art. 13)."""
        start, end = quarter_bounds(period)
        with self.ctx.db.reading() as session:
            ids = disclosures_first_disclosed_between(session, start, end)
            return fetch_disclosures(session, ids)

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
