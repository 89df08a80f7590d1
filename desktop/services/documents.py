"""Printing official documents of records (Decree 30 page): minutes, invitations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import FieldError, ValidationError
from desktop.core.meeting_json import StoredMeeting
from desktop.core.villages import Village
from desktop.core.warning_words import word_rule
from desktop.documents.invitation import InvitationData, render_invitation
from desktop.documents.labels import (
    MEETING_TYPE,
    METHOD,
    OUTCOME,
    VILLAGE_HEAD_TITLE,
    VILLAGE_KIND,
    bare_name,
    initials,
    mid_sentence,
)
from desktop.documents.minutes import MinutesData, MinutesItem, render_minutes
from desktop.services.context import StoreContext
from desktop.services.document_files import write_atomic
from desktop.services.meetings import MeetingService
from desktop.services.setup import SetupService
from desktop.services.villages import VillageService
from desktop.storage.numbers import document_number, version_hash


@dataclass(frozen=True)
class _Issue:
    number: int
    version_hash: str


@dataclass(eq=False)
class DocumentService:
    """Builds the documents of stored records and writes them as PDF files."""

    ctx: StoreContext
    setup: SetupService
    villages: VillageService
    meetings: MeetingService

    def _issue(
        self, village: Village, type_code: str, uuid: str, version: int, year: int
    ) -> _Issue:
        """Number the document in the village's register (one transaction)."""
        with self.ctx.db.transaction() as session:
            number = document_number(
                session,
                issuer=f"village:{village.uuid}",
                year=year,
                type_code=type_code,
                record_uuid=uuid,
                now=self.ctx.clock(),
            )
            return _Issue(number, version_hash(session, uuid, version))

    def _names(self, village: Village) -> tuple[str, str, str, str]:
        inst = self.setup.require_installation()
        commune = inst.data.name if inst.data.role.value != "village" else inst.data.parent_name
        kind = VILLAGE_KIND[village.data.village_type.value]
        return mid_sentence(commune), bare_name(commune), mid_sentence(village.data.name), kind

    def _type_label(self, meeting: StoredMeeting, village: Village) -> str:
        kind = VILLAGE_KIND[village.data.village_type.value]
        head = VILLAGE_HEAD_TITLE[village.data.village_type.value].lower()
        return MEETING_TYPE[meeting.data.meeting_type.value].format(kind=kind, head=head)

    def minutes_data(self, uuid: str) -> MinutesData:
        """What the minutes of a meeting print (Law Art. 20 content)."""
        m = self.meetings.get(uuid)
        village = self.villages.get(m.data.village_uuid)
        d = m.data
        assert d.held_on is not None and d.households_total is not None
        present = d.households_present
        if present is None:
            present = d.ballot.papers_returned if d.ballot else 0
        if present > d.households_total:
            raise ValidationError([FieldError("households_present", "present_gt_total")])
        issue = self._issue(village, "BB", m.uuid, m.meta.version, d.held_on.year)
        commune, place, village_name, _kind = self._names(village)
        reps = d.representatives
        return MinutesData(
            commune_name=commune,
            place_name=place,
            village_name=village_name,
            issuer_symbol=initials(village.data.name),
            meeting_title=d.title,
            type_label=self._type_label(m, village),
            held_on=d.held_on,
            location=d.place or "",
            chair=d.chair or "",
            secretary=d.secretary or "",
            village_head=village.data.head_name,
            bctmt_head="",
            households_total=d.households_total,
            households_present=present,
            items=tuple(
                MinutesItem(
                    title=i.title,
                    method_label=METHOD[i.method.value],
                    votes_for=i.votes_for,
                    votes_against=i.votes_against,
                    votes_other=i.votes_other,
                    outcome_label=OUTCOME[r.outcome.value],
                    rule_text=word_rule(r.rule_code, r.rule_params, "vi"),  # documents: Vietnamese
                )
                for i, r in zip(d.items, m.results, strict=True)
            ),
            minutes_text=d.minutes_text,
            record_uuid=m.uuid,
            version_hash=issue.version_hash,
            number=issue.number,
            village_head_title=VILLAGE_HEAD_TITLE[village.data.village_type.value],
            household_representatives=(reps[0] if reps else "", reps[1] if len(reps) > 1 else ""),
        )

    def minutes_pdf(self, uuid: str, out: Path) -> Path:
        """Write the minutes of a meeting to ``out`` (atomically: no half-written file)."""
        data = self.minutes_data(uuid)
        return write_atomic(out, lambda tmp: render_minutes(data, tmp), db=self.ctx.db)

    def invitation_pdf(self, uuid: str, out: Path) -> Path:
        """Write the invitation to a meeting (D59 Mẫu 01) to ``out``."""
        m = self.meetings.get(uuid)
        village = self.villages.get(m.data.village_uuid)
        d = m.data
        assert d.held_on is not None
        issued = d.notice_on or d.held_on
        issue = self._issue(village, "GM", m.uuid, m.meta.version, issued.year)
        commune, place, village_name, _kind = self._names(village)
        data = InvitationData(
            commune_name=commune,
            place_name=place,
            village_name=village_name,
            issuer_symbol=initials(village.data.name),
            meeting_title=d.title,
            type_label=self._type_label(m, village),
            held_on=d.held_on,
            location=d.place or "",
            issued_on=issued,
            convener=d.convened_by or village.data.head_name,
            agenda=tuple(i.title for i in d.items),
            convener_title=VILLAGE_HEAD_TITLE[village.data.village_type.value],
            number=issue.number,
            record_uuid=m.uuid,
            version_hash=issue.version_hash,
        )
        return write_atomic(out, lambda tmp: render_invitation(data, tmp), db=self.ctx.db)
