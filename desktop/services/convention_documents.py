"""Printing a convention's documents (Decree 61 forms on the Decree 30 page)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core.convention_text import parse_text
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionStatus,
    EventType,
    last_event,
    part_marks_on,
    status_on,
)
from desktop.core.errors import FieldError, ValidationError
from desktop.core.meetings import Matter, Method
from desktop.core.warning_words import word_rule
from desktop.documents.convention_docs import (
    AbolitionDecisionData,
    AdoptionMinutesData,
    ConventionInfo,
    ConventionStatisticsData,
    ConventionTextData,
    DocumentRef,
    RecognitionDecisionData,
    RecognitionRequestData,
    StatisticsRow,
    SuspensionDecisionData,
    render_abolition_decision,
    render_adoption_minutes,
    render_convention_statistics,
    render_convention_text,
    render_recognition_decision,
    render_recognition_request,
    render_suspension_decision,
)
from desktop.documents.labels import (
    METHOD,
    OUTCOME,
    VILLAGE_HEAD_TITLE,
    bare_name,
    initials,
    mid_sentence,
)
from desktop.services.context import StoreContext
from desktop.services.conventions import ConventionService
from desktop.services.document_files import write_atomic
from desktop.services.meetings import MeetingService
from desktop.services.setup import SetupService
from desktop.services.villages import VillageService
from desktop.storage.numbers import document_number, version_hash

_LEADING_NUMBER = re.compile(r"^\s*(\d+)")


def _number_of(decision_no: str) -> int | None:
    """``15/QĐ-UBND`` → 15 (the number already given to a decision, if any)."""
    match = _LEADING_NUMBER.match(decision_no or "")
    return int(match.group(1)) if match else None


def _missing(event: str) -> ValidationError:
    return ValidationError([FieldError("events", "event_missing", {"event": event})])


@dataclass(eq=False)
class ConventionDocumentService:
    """Builds the documents of a stored convention and writes them as PDF files."""

    ctx: StoreContext
    setup: SetupService
    villages: VillageService
    meetings: MeetingService
    conventions: ConventionService

    def _info(self, uuid: str) -> tuple[ConventionInfo, str, str]:
        c = self.conventions.get(uuid)
        village = self.villages.get(c.data.village_uuid)
        inst = self.setup.require_installation().data
        commune = inst.name if inst.role.value != "village" else inst.parent_name
        info = ConventionInfo(
            convention_type=c.data.convention_type,
            commune_name=mid_sentence(commune),
            place_name=bare_name(commune),
            village_name=mid_sentence(village.data.name),
            village_symbol=initials(village.data.name),
            village_head_title=VILLAGE_HEAD_TITLE[village.data.village_type.value],
        )
        return info, village.data.head_name, village.uuid

    def _hash(self, uuid: str) -> str:
        with self.ctx.db.reading() as session:
            return version_hash(session, uuid, self.conventions.get(uuid).meta.version)

    def _number(self, issuer: str, year: int, type_code: str, uuid: str) -> int:
        with self.ctx.db.transaction() as session:
            return document_number(
                session,
                issuer=issuer,
                year=year,
                type_code=type_code,
                record_uuid=uuid,
                now=self.ctx.clock(),
            )

    def _event(self, uuid: str, kind: EventType) -> ConventionEvent:
        found = last_event(self.conventions.get(uuid).data, kind)
        if found is None:
            raise _missing(kind.value)
        return found

    def _recognition_ref(self, uuid: str) -> DocumentRef:
        rec = self._event(uuid, EventType.RECOGNIZED)
        return DocumentRef(rec.decision_no, rec.on, signer=rec.signer)

    def text_pdf(self, uuid: str, out: Path, *, on: date | None = None) -> Path:
        """The convention text (the version in force on ``on`` when given)."""
        if on is not None:
            found = self.conventions.in_force_on(uuid, on)
            if found is None:
                raise ValidationError([FieldError("on", "not_in_force", {"on": on.isoformat()})])
            uuid = found.uuid
        c = self.conventions.get(uuid)
        info, head, _ = self._info(uuid)
        adopted = last_event(c.data, EventType.ADOPTED)
        recognized = last_event(c.data, EventType.RECOGNIZED)
        data = ConventionTextData(
            info=info,
            text=parse_text(c.data.text),
            adopted_on=adopted.on if adopted else self.ctx.today(),
            village_head=head,
            recognition=DocumentRef(recognized.decision_no, recognized.on, signer=recognized.signer)
            if recognized
            else None,
            in_force_on=on,
            marks=tuple(part_marks_on(c.data, on)),
            suspended=_whole_suspension(c.data, on),
            record_uuid=uuid,
            version_hash=self._hash(uuid),
        )
        return write_atomic(out, lambda tmp: render_convention_text(data, tmp), db=self.ctx.db)

    def request_pdf(self, uuid: str, out: Path) -> Path:
        """Mẫu 01: the village head's request for recognition (D61 Art. 11)."""
        adopted = self._event(uuid, EventType.ADOPTED)
        info, head, village_uuid = self._info(uuid)
        total, votes, ballot = self._adoption_counts(adopted)
        submitted = last_event(self.conventions.get(uuid).data, EventType.SUBMITTED)
        issued = submitted.on if submitted else self.ctx.today()
        data = RecognitionRequestData(
            info=info,
            issued_on=issued,
            adopted_on=adopted.on,
            households_total=total,
            votes_for=votes,
            village_head=head,
            household_ballot=ballot,
            number=self._number(f"village:{village_uuid}", issued.year, "TTr", uuid),
            record_uuid=uuid,
            version_hash=self._hash(uuid),
        )
        return write_atomic(out, lambda tmp: render_recognition_request(data, tmp), db=self.ctx.db)

    def _adoption_counts(self, adopted: ConventionEvent) -> tuple[int, int, bool]:
        if not adopted.meeting_uuid:
            raise _missing("adopted.meeting")
        m = self.meetings.get(adopted.meeting_uuid)
        for item in m.data.items:
            if item.matter is Matter.CONVENTION:
                ballot = item.method is Method.HOUSEHOLD_BALLOT
                return m.data.households_total or 0, item.votes_for, ballot
        raise _missing("adopted.meeting")

    def adoption_minutes_pdf(self, uuid: str, out: Path) -> Path:
        """Mẫu 02: the minutes of the meeting that adopted the convention (D61 Art. 10)."""
        adopted = self._event(uuid, EventType.ADOPTED)
        if not adopted.meeting_uuid:
            raise _missing("adopted.meeting")
        m = self.meetings.get(adopted.meeting_uuid)
        info, head, village_uuid = self._info(uuid)
        pairs = [
            (i, r)
            for i, r in zip(m.data.items, m.results, strict=True)
            if i.matter is Matter.CONVENTION
        ]
        if not pairs or m.data.held_on is None:
            raise _missing("adopted.meeting")
        item, result = pairs[0]
        ballot = item.method is Method.HOUSEHOLD_BALLOT
        present = (
            m.data.ballot.papers_returned
            if ballot and m.data.ballot
            else m.data.households_present or 0
        )
        reps = m.data.representatives
        data = AdoptionMinutesData(
            info=info,
            held_on=m.data.held_on,
            location=m.data.place or "",
            chair=m.data.chair or "",
            secretary=m.data.secretary or "",
            village_head=head,
            bctmt_head="",
            households_total=m.data.households_total or 0,
            households_present=present,
            method_label=METHOD[item.method.value],
            votes_for=item.votes_for,
            votes_against=item.votes_against,
            votes_other=item.votes_other,
            outcome_label=OUTCOME[result.outcome.value],
            rule_text=word_rule(result.rule_code, result.rule_params, "vi"),
            household_ballot=ballot,
            discussion=m.data.minutes_text,
            number=self._number(f"village:{village_uuid}", m.data.held_on.year, "BB", m.uuid),
            household_representatives=(reps[0] if reps else "", reps[1] if len(reps) > 1 else ""),
            record_uuid=uuid,
            version_hash=self._hash(uuid),
        )
        return write_atomic(out, lambda tmp: render_adoption_minutes(data, tmp), db=self.ctx.db)

    def decision_pdf(self, uuid: str, out: Path, *, kind: str = "recognized") -> Path:
        """Mẫu 03 / 04 / 05: the UBND's decision recognising, suspending or abolishing it."""
        info, _, _ = self._info(uuid)
        commune_issuer = f"commune:{self.setup.require_installation().data.code}"
        if kind == "recognized":
            rec = self._event(uuid, EventType.RECOGNIZED)
            adopted = self._event(uuid, EventType.ADOPTED)
            number = _number_of(rec.decision_no) or self._number(
                commune_issuer, rec.on.year, "QĐ", uuid
            )
            data3 = RecognitionDecisionData(
                info=info,
                issued_on=rec.on,
                adopted_on=adopted.on,
                signer=rec.signer,
                number=number,
                record_uuid=uuid,
                version_hash=self._hash(uuid),
            )
            return write_atomic(
                out, lambda tmp: render_recognition_decision(data3, tmp), db=self.ctx.db
            )
        if kind == "suspended":
            ev = self._event(uuid, EventType.SUSPENDED)
            data4 = SuspensionDecisionData(
                info=info,
                issued_on=ev.on,
                recognition=self._recognition_ref(uuid),
                reason=ev.reason,
                correct_by=ev.until or ev.on,
                part=ev.part,
                signer=ev.signer,
                number=_number_of(ev.decision_no)
                or self._number(commune_issuer, ev.on.year, "QĐ", f"{uuid}:suspended"),
                record_uuid=uuid,
                version_hash=self._hash(uuid),
            )
            return write_atomic(
                out, lambda tmp: render_suspension_decision(data4, tmp), db=self.ctx.db
            )
        if kind == "abolished":
            ev = self._event(uuid, EventType.ABOLISHED)
            data5 = AbolitionDecisionData(
                info=info,
                issued_on=ev.on,
                recognition=self._recognition_ref(uuid),
                reason=ev.reason,
                part=ev.part,
                signer=ev.signer,
                number=_number_of(ev.decision_no)
                or self._number(commune_issuer, ev.on.year, "QĐ", f"{uuid}:abolished"),
                record_uuid=uuid,
                version_hash=self._hash(uuid),
            )
            return write_atomic(
                out, lambda tmp: render_abolition_decision(data5, tmp), db=self.ctx.db
            )
        raise ValidationError(
            [
                FieldError(
                    "kind",
                    "invalid_choice",
                    {"value": kind, "choices": "recognized, suspended, abolished"},
                )
            ]
        )

    def statistics_pdf(self, year: int, out: Path) -> Path:
        """The yearly statistics of Decree 61 Art. 16, one row per village and a total."""
        inst = self.setup.require_installation().data
        rows = []
        for village in self.villages.list():
            from desktop.storage.conventions import ConventionQuery

            ids = self.conventions.ids(
                ConventionQuery(village_uuid=village.uuid, current_only=False)
            )
            from desktop.core.conventions import yearly_statistics

            counts = yearly_statistics([s.data for s in self.conventions.fetch(ids)], year)
            rows.append(StatisticsRow.from_counts(village.data.name, counts))
        data = ConventionStatisticsData(
            commune_name=mid_sentence(inst.name),
            place_name=bare_name(inst.name),
            year=year,
            rows=tuple(rows),
            issued_on=self.ctx.today(),
            recipient=inst.upper_name,
            number=self._number(
                f"commune:{inst.code}", self.ctx.today().year, "BC", f"convention-statistics:{year}"
            ),
        )
        return write_atomic(
            out, lambda tmp: render_convention_statistics(data, tmp), db=self.ctx.db
        )


def _whole_suspension(c: Convention, on: date | None) -> ConventionEvent | None:
    """The suspension of the whole text in effect on ``on`` (now when None), if any."""
    if status_on(c, on) is not ConventionStatus.SUSPENDED:
        return None
    whole = [e for e in c.events if e.type is EventType.SUSPENDED and not e.part.strip()]
    return next((e for e in reversed(whole) if on is None or e.on <= on), None)
