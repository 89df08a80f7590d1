"""Printing the official documents of public disclosures (Law 10/2022/QH15 Arts. 11–14).

The notice of posting (TB), the minutes closing a posting (BB) and the
quarterly list (TB), issued by the commune UBND and numbered in the commune's
register (``commune:<code>``, from 01 each calendar year, DOMAIN.md §6). A
document keeps its number when printed again.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.disclosure_catalog import DisclosureCategory, DisclosureForm, get_category
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import (
    Disclosure,
    Posting,
    first_disclosed_on,
    posting_until,
    quarter_bounds,
)
from desktop.core.errors import NotFoundError
from desktop.core.periods import period_end
from desktop.core.posting_verdicts import place_verdicts
from desktop.documents.disclosure_docs import Commune, DisclosedContent, PostingPlace
from desktop.documents.disclosure_end import EndOfPostingData, FeedbackEntry, render_end_of_posting
from desktop.documents.disclosure_notice import NoticeData, render_notice
from desktop.documents.disclosure_quarter import QuarterListData, QuarterRow, render_quarter_list
from desktop.documents.labels import mid_sentence
from desktop.services.context import StoreContext, vietnam_today
from desktop.services.disclosures import DisclosureService
from desktop.services.document_files import issuing_commune, write_atomic
from desktop.services.setup import SetupService
from desktop.services.villages import VillageService
from desktop.storage.disclosures import active_villages
from desktop.storage.numbers import document_number, first_issued_at, version_hash

_DAY = dt.timedelta(days=1)
# The quarterly list has no record of its own: its register entry is keyed by
# a name-based uuid of the commune and the quarter.
_QUARTER_NAMESPACE = uuidlib.UUID("6f1d7c3e-2b8a-5e41-9c0d-4a7b3e2f1d60")
# Forms printed in their own sentences of the notice, not in the list of others.
_OWN_SENTENCE = (DisclosureForm.NOTICE_BOARD, DisclosureForm.LOUDSPEAKER)


@dataclass(frozen=True)
class _Issue:
    number: int
    version_hash: str
    on: dt.date


@dataclass(eq=False)
class DisclosureDocumentService:
    """Builds the documents of stored disclosures and writes them as PDF files."""

    ctx: StoreContext
    setup: SetupService
    villages: VillageService
    disclosures: DisclosureService

    # --- identity and numbering -------------------------------------------------------
    def _commune(self, signer: str) -> tuple[Commune, str]:
        """The issuing commune and its register (``commune:<code>``)."""
        return issuing_commune(self.setup.require_installation().data, signer)

    def _issue(
        self, issuer: str, type_code: str, record_uuid: str, on: dt.date | None, version: int = 0
    ) -> _Issue:
        """Number a document in the commune's register (one transaction).

        ``on`` is the document's date; when the record fixes none, the day of
        first issue is used, so a reprint keeps its date and its number.
        """
        with self.ctx.db.transaction() as session:
            number = document_number(
                session,
                issuer=issuer,
                year=(on or self.ctx.today()).year,
                type_code=type_code,
                record_uuid=record_uuid,
                now=self.ctx.clock(),
            )
            if on is None:
                issued = first_issued_at(session, record_uuid=record_uuid, type_code=type_code)
                on = vietnam_today(lambda: issued)
            digest = version_hash(session, record_uuid, version) if version else ""
        return _Issue(number, digest, on)

    # --- what the documents print -----------------------------------------------------
    def _village(self, uuid: str, cache: dict[str, str]) -> str:
        """A village's name mid-sentence (``thôn Đông``), retired ones included."""
        if uuid not in cache:
            try:
                cache[uuid] = mid_sentence(self.villages.get(uuid).data.name)
            except NotFoundError:
                cache[uuid] = uuid
        return cache[uuid]

    def _active(self) -> list[tuple[str, str]]:
        with self.ctx.db.reading() as session:
            return [(u, mid_sentence(n)) for u, n in active_villages(session)]

    def _required_places(
        self, cat: DisclosureCategory, places: list[tuple[str | None, PostingPlace]]
    ) -> list[PostingPlace]:
        """The places recorded, completed with the places the Law requires (Art. 13(2)):
        the commune office, and for items 1–3 and 5–12 every active village; the
        office first, then the villages in code order."""
        out = [p for key, p in places if key is None]
        if not out and (cat.every_village or cat.permanent or not places):
            out.append(PostingPlace(""))
        seen = {key for key, _ in places}
        active = self._active() if cat.every_village else []
        for uuid, name in active:
            out += [p for key, p in places if key == uuid]
            if uuid not in seen:
                out.append(PostingPlace("", name))
        listed = {uuid for uuid, _ in active}
        out += [p for key, p in places if key is not None and key not in listed]
        return out

    def _content(self, d: Disclosure) -> tuple[DisclosureCategory, DisclosedContent]:
        cat = get_category(d.category)
        if cat is None:  # refused on save; kept for records written by other versions
            raise ValueError(f"unknown disclosure category {d.category}")
        content = DisclosedContent(
            category_no=cat.number,
            category_name=cat.name_vi,
            category_short=cat.short_vi,
            title=d.title,
            summary=d.summary,
            decision_no=d.decision_no,
            decided_on=d.decided_on,
            min_days=cat.min_posting_days,
            permanent=cat.permanent,
            responsible=d.responsible,
        )
        return cat, content

    def notice_data(self, uuid: str, *, signer: str = "") -> NoticeData:
        """What the notice of posting of a disclosure prints (and its TB number)."""
        stored = self.disclosures.get(uuid)
        d = stored.data
        cat, content = self._content(d)
        commune, issuer = self._commune(signer)
        first = _first_posted(d.postings)
        issue = self._issue(issuer, "TB", stored.uuid, first or d.planned_on, stored.meta.version)
        starts = first or d.planned_on or issue.on
        until = posting_until(d)
        if until is None and first is None and cat.min_posting_days and not cat.permanent:
            until = period_end(starts, cat.min_posting_days)  # planned posting
        names: dict[str, str] = {}
        places: list[tuple[str | None, PostingPlace]] = []
        for p in sorted(d.postings, key=lambda x: x.posted_on or dt.date.max):
            key = p.village_uuid
            village = self._village(key, names) if key else ""
            if any(k == key and (key or q.place == p.location) for k, q in places):
                continue  # the same place again (a worn notice replaced)
            places.append((key, PostingPlace(p.location, village, p.posted_on)))
        others = [f for f in d.forms if f not in _OWN_SENTENCE]
        if d.portal_url:
            others = [f for f in others if f is not DisclosureForm.PORTAL]
        return NoticeData(
            commune=commune,
            content=content,
            places=tuple(self._required_places(cat, places)),
            issued_on=issue.on,
            starts_on=starts,
            until=None if cat.permanent else until,
            loudspeaker=DisclosureForm.LOUDSPEAKER in d.forms,
            loudspeaker_days=cat.loudspeaker_days,
            broadcast_days=d.broadcast_days,
            portal_url=d.portal_url,
            other_forms=tuple(f.label("vi") for f in others),
            number=issue.number,
            record_uuid=stored.uuid,
            version_hash=issue.version_hash,
        )

    def end_of_posting_data(self, uuid: str, *, signer: str = "") -> EndOfPostingData:
        """What the minutes closing the posting of a disclosure print (and their BB number).

        Dated the last removal day when every notice is down, else the day of
        first issue (a notice still up is counted up to that day).
        """
        stored = self.disclosures.get(uuid)
        d = stored.data
        cat, content = self._content(d)
        commune, issuer = self._commune(signer)
        posted = [p for p in d.postings if p.posted_on is not None]
        done = bool(posted) and all(p.removed_on is not None for p in posted)
        last = max((p.removed_on for p in posted if p.removed_on), default=None)
        issue = self._issue(issuer, "BB", stored.uuid, last if done else None, stored.meta.version)
        names: dict[str, str] = {}
        places: list[tuple[str | None, PostingPlace]] = []
        # Core's verdict per place (Law Art. 13(2)): each place printed with its decisive
        # stretch, which the minutes judge with the same core function.
        for v in place_verdicts(d.postings, cat, issue.on):
            key, s = v.village_uuid, v.stretch
            village = self._village(key, names) if key else ""
            start, end = (s.start, s.end) if s else (None, None)
            places.append((key, PostingPlace(v.location, village, start, end)))
        inst = self.setup.require_installation().data
        return EndOfPostingData(
            commune=commune,
            content=content,
            places=tuple(self._required_places(cat, places)),
            issued_on=issue.on,
            starts_on=_first_posted(d.postings),
            until=None if cat.permanent else posting_until(d),
            feedback=tuple(
                FeedbackEntry(
                    f.received_on, f.sender or "", f.content, f.answered_on, f.answer or ""
                )
                for f in d.feedback
            ),
            front_signs=any(p.village_uuid is not None for p in posted),
            recorder=inst.officer_name,
            number=issue.number,
            record_uuid=stored.uuid,
            version_hash=issue.version_hash,
        )

    def quarter_list_data(self, period: str, *, signer: str = "") -> QuarterListData:
        """What the quarterly list (Law Art. 13) of ``period`` (``2026Q2``) prints.

        Raises:
            ValidationError: ``period`` is not a quarter (field ``period``).
        """
        start, end = quarter_bounds(period)
        quarter = (start.month - 1) // 3 + 1
        found = self.disclosures.quarter(period)
        commune, issuer = self._commune(signer)
        key = uuidlib.uuid5(_QUARTER_NAMESPACE, f"{issuer}:{start.year}Q{quarter}")
        issue = self._issue(issuer, "TB", str(key), None)
        return QuarterListData(
            commune=commune,
            year=start.year,
            quarter=quarter,
            starts_on=start,
            ends_on=end,
            rows=tuple(_quarter_row(s) for s in found),
            issued_on=issue.on,
            number=issue.number,
        )

    # --- files --------------------------------------------------------------------------
    def notice_pdf(self, uuid: str, out: Path, *, signer: str = "") -> Path:
        """Write the notice of posting of a disclosure to ``out`` (atomically)."""
        data = self.notice_data(uuid, signer=signer)
        return write_atomic(out, lambda tmp: render_notice(data, tmp), db=self.ctx.db)

    def end_of_posting_pdf(self, uuid: str, out: Path, *, signer: str = "") -> Path:
        """Write the minutes closing the posting of a disclosure to ``out`` (atomically)."""
        data = self.end_of_posting_data(uuid, signer=signer)
        return write_atomic(out, lambda tmp: render_end_of_posting(data, tmp), db=self.ctx.db)

    def quarter_list_pdf(self, period: str, out: Path, *, signer: str = "") -> Path:
        """Write the quarterly list of ``period`` to ``out`` (atomically).

        Raises:
            ValidationError: a bad period; nothing is written.
        """
        data = self.quarter_list_data(period, signer=signer)
        return write_atomic(out, lambda tmp: render_quarter_list(data, tmp), db=self.ctx.db)


def _first_posted(postings: Sequence[Posting]) -> dt.date | None:
    return min((p.posted_on for p in postings if p.posted_on is not None), default=None)


def _quarter_row(stored: StoredDisclosure) -> QuarterRow:
    d = stored.data
    cat = get_category(d.category)
    first = first_disclosed_on(d)
    assert first is not None  # in the quarter: disclosed
    return QuarterRow(
        category_no=d.category,
        category_short=cat.short_vi if cat else str(d.category),
        title=d.title,
        forms=tuple(f.label("vi") for f in d.forms),
        first_on=first,
        posted_on=_first_posted(d.postings),
        until=posting_until(d),
        permanent=bool(cat and cat.permanent),
    )
