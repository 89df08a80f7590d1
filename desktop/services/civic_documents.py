"""Printing the documents of the citizen-reception and civic kinds (issues 15 and 16).

The documents are declared once per kind in :data:`desktop.core.print_catalog.PRINTABLE`;
this service binds each name to what builds it (:data:`_BUILDERS`), so the command line
and the window's print menu iterate the declaration and call :meth:`pdf`.

Every document is built from a *printable copy* of its record
(:func:`desktop.core.confidential.printable_copy`): a denouncer's identity is never on
paper (LTCD Art. 3(2), LTC Art. 47). The commune's documents are numbered in its register
(``commune:<code>``), a board's in its own (``board:<uuid>``), from 01 each calendar year
(D30; DOMAIN.md §6); a reprint keeps its number and date.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.confidential import printable_copy
from desktop.core.errors import FieldError, ValidationError
from desktop.core.print_catalog import BY_NAME, Printable
from desktop.documents import case_parts
from desktop.documents import citizen_parts as cp
from desktop.documents import civic_parts as vp
from desktop.documents.civic_print import CivicDocData, Draft, Issuer, render_civic_document
from desktop.documents.labels import mid_sentence
from desktop.services.context import StoreContext, vietnam_today
from desktop.services.document_files import issuing_commune, write_atomic
from desktop.services.registry import Kinds
from desktop.services.reports import parse_period
from desktop.services.setup import SetupService
from desktop.storage.numbers import document_number, first_issued_at, version_hash

Record = Mapping[str, Any]
# Each document's register entry is keyed by a name-based uuid of (document, key): two
# documents of one record, or of one period, never share a number.
_NAMESPACE = uuidlib.UUID("3c1e9a52-7d4b-5f08-a2e6-1b9d0c4f7e31")
_PERIOD_WORDS = {
    "year": "năm {year}",
    "half": "6 tháng {part_words} năm {year}",
    "quarter": "quý {roman} năm {year}",
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class _Target:
    """What one document is about: its record(s) and the values the parts need."""

    record: Record | None = None
    records: Sequence[Record] = ()
    period: Mapping[str, str] | None = None
    visit: int = 0
    board: Record | None = None
    step: int = 0  # the case event a case document prints (1-based)


def _case_step(draft: Callable[[Record, Record], Draft]) -> Callable[[_Target], Draft]:
    """A case document printed from the case's step (``_target`` found it)."""

    def build(t: _Target) -> Draft:
        record = t.record or {}
        events = record.get("events") or []
        return draft(record, events[t.step - 1])

    return build


_BUILDERS: dict[str, Callable[[_Target], Draft]] = {
    "reception-book": lambda t: cp.reception_book_draft(t.records, t.period or {}),
    "reception-receipt": lambda t: cp.receipt_draft(t.record or {}, t.visit),
    "reception-refusal": lambda t: cp.refusal_draft(t.record or {}, t.visit),
    "reception-schedule": lambda t: cp.schedule_draft(t.records, t.period or {}),
    "letter-register": lambda t: cp.letter_register_draft(t.records, t.period or {}),
    "letter-proposal": lambda t: cp.proposal_draft(t.record or {}),
    "letter-guidance": lambda t: cp.guidance_draft(t.record or {}),
    "letter-forwarding": lambda t: cp.forwarding_draft(t.record or {}),
    "case-acceptance": lambda t: cp.acceptance_draft(t.record or {}),
    **{name: _case_step(draft) for name, draft in case_parts.DRAFTS.items()},
    "consultation-plan": lambda t: vp.consultation_plan_draft(t.record or {}),
    "consultation-report": lambda t: vp.consultation_report_draft(t.record or {}),
    "dialogue-minutes": lambda t: vp.dialogue_minutes_draft(t.record or {}),
    "oversight-plan": lambda t: vp.oversight_plan_draft(t.record or {}, t.board or {}),
    "oversight-recommendation": lambda t: vp.oversight_recommendation_draft(
        t.record or {}, t.board or {}
    ),
    "oversight-report": lambda t: vp.oversight_report_draft(t.record or {}, t.board or {}),
}
# What a record must be for a document to make sense: (field, allowed values) — a refusal
# names the field (one line, exit 2 on the command line).
_NEEDS: dict[str, tuple[str, frozenset[object]]] = {
    "reception-refusal": ("visit_handling", frozenset({"refused"})),
    "letter-proposal": ("jurisdiction", frozenset({"ours"})),
    "letter-forwarding": ("jurisdiction", frozenset({"lower", "other"})),
}
_NEED_KEYS = {"visit_handling": "handling"}


def period_values(key: str) -> dict[str, str]:
    """A period's words and bounds for the templates (``quý I năm 2026``, from, to)."""
    p = parse_period(key)
    words = _PERIOD_WORDS[p.kind].format(
        year=p.year, roman=_ROMAN.get(p.part, ""), part_words="đầu" if p.part == 1 else "cuối"
    )
    return {
        "key": p.key,
        "period": words,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "from": cp.day(p.start.isoformat()),
        "to": cp.day(p.end.isoformat()),
        "year": str(p.year),
    }


@dataclass(eq=False)
class CivicDocumentService:
    """Builds the documents of :data:`PRINTABLE` and writes them as PDF files."""

    ctx: StoreContext
    setup: SetupService
    kinds: Kinds

    def pdf(self, name: str, key: str, out: Path, *, visit: int = 0, signer: str = "") -> Path:
        """Write document ``name`` of record (or period) ``key`` to ``out``, atomically.

        Raises:
            ValidationError: a bad period, a visit that does not exist, a record the
                document does not apply to; nothing is written.
            NotFoundError: no such record.
        """
        data = self.data(name, key, visit=visit, signer=signer)
        return write_atomic(out, lambda tmp: render_civic_document(data, tmp), db=self.ctx.db)

    def data(self, name: str, key: str, *, visit: int = 0, signer: str = "") -> CivicDocData:
        printable = BY_NAME[name]
        target = self._target(printable, key, visit)
        self._check(name, target)
        draft = _BUILDERS[name](target)
        commune, register = issuing_commune(self.setup.require_installation().data, signer)
        values = {
            "commune_name": commune.name,
            "commune_caps": commune.name.upper(),  # a decision's authority line
            "form": printable.form,
            **draft.values,
        }
        issuer = Issuer(commune.issuer_lines, commune.place, "UBND", commune.signer)
        if target.board is not None:
            issuer, register = self._board_issuer(target.board, commune.name, commune.place)
            values["board_title"] = str(target.board.get("title") or "")
        record = target.record
        period_key = (target.period or {}).get("key", key)
        # A case's step is part of the key: a second extension is a second decision.
        doc_key = (
            f"{name}:{key}:{visit or target.step}" if record is not None else f"{name}:{period_key}"
        )
        number, on, digest = self._issue(
            register, draft, str(uuidlib.uuid5(_NAMESPACE, doc_key)), record
        )
        return CivicDocData(
            template=draft.template,
            issuer=issuer,
            type_code=draft.type_code,
            issued_on=on,
            values=values,
            parts=draft.parts,
            form_note=printable.form,
            numbered=draft.numbered,
            landscape=draft.landscape,
            number=number if draft.numbered else None,
            record_uuid=str(record.get("uuid") or "") if record is not None else "",
            version_hash=digest,
            kind=printable.kind,
        )

    # --- what a document is about -----------------------------------------------------
    def _json(self, kind: str, stored: Any) -> dict[str, Any]:
        svc = self.kinds.service(kind)
        return printable_copy(svc.to_json(stored), self.kinds.spec(kind))

    def _target(self, p: Printable, key: str, visit: int) -> _Target:
        if p.scope == "period":
            period = period_values(key)
            return _Target(records=self._in_period(p.kind, period), period=period)
        svc = self.kinds.service(p.kind)
        record = self._json(p.kind, svc.find(key))
        board = None
        if p.name in case_parts.STEPS:
            found = case_parts.step(record, p.name)
            if found is None:  # the case has no such step, or is not that type of case
                raise ValidationError([FieldError("events", "print_no_step")])
            return _Target(record=record, step=found[0])
        if p.kind == "oversight":
            board = self._json("board", self.kinds.service("board").get(str(record["board"])))
        if p.scope == "visit":
            visits = record.get("visits") or []
            if not 1 <= visit <= len(visits):
                raise ValidationError(
                    [FieldError("visit", "print_no_visit", {"value": visit, "count": len(visits)})]
                )
        return _Target(record=record, visit=visit, board=board)

    def _in_period(self, kind: str, period: Mapping[str, str]) -> list[Record]:
        svc = self.kinds.service(kind)
        spec = self.kinds.spec(kind)
        first, last = period["start"], period["end"]
        out: list[Record] = []
        for stored in svc.list(svc.query(year=int(period["year"]), descending=False)):
            record = self._json(kind, stored)
            on = str(record.get(spec.day_field) or "")
            if not record.get("deleted") and first <= on <= last:
                out.append(record)
        return out

    def _check(self, name: str, target: _Target) -> None:
        need = _NEEDS.get(name)
        if need is None or target.record is None:
            return
        field, allowed = need
        obj: Record = target.record
        if target.visit:
            obj = (target.record.get("visits") or [])[target.visit - 1]
        value = obj.get(_NEED_KEYS.get(field, field))
        if value not in allowed:
            raise ValidationError([FieldError(field, "print_not_applicable", {"value": value})])

    def applies(self, name: str, record: Record | None) -> bool:
        """Document ``name`` prints for ``record`` (the window greys the others): the same
        checks :meth:`pdf` refuses with. A period's document always applies; a visit's is
        checked once the visit is chosen."""
        p = BY_NAME[name]
        if p.scope == "period":
            return True
        if record is None:
            return False
        if name in case_parts.STEPS:
            return case_parts.step(record, name) is not None
        if p.scope == "visit":
            return True
        try:
            self._check(name, _Target(record=record))
        except ValidationError:
            return False
        return True

    # --- issuer and numbering ----------------------------------------------------------
    def _board_issuer(self, board: Record, commune: str, place: str) -> tuple[Issuer, str]:
        """A board issues its own documents (D59 Arts. 14, 18) under the commune's MTTQ."""
        name = cp.label("board_type", board.get("board_type")) or str(board.get("title"))
        symbol = "BTTND" if board.get("board_type") == "ttnd" else "BGSĐTCĐ"
        head = next(
            (
                str(m.get("name"))
                for m in board.get("members") or []
                if m.get("role") == "head" and not m.get("left_on")
            ),
            "",
        )
        lines = (f"UBMTTQ Việt Nam {commune}", mid_sentence(name).capitalize())
        return Issuer(lines, place, symbol, head), f"board:{board.get('uuid')}"

    def _issue(
        self, register: str, draft: Draft, key: str, record: Record | None
    ) -> tuple[int | None, dt.date, str]:
        """The number (kept on reprint), the date and the record version's journal hash."""
        type_code = draft.type_code or "CV"
        with self.ctx.db.transaction() as session:
            number = None
            if draft.numbered:
                number = document_number(
                    session,
                    issuer=register,
                    year=(draft.on or self.ctx.today()).year,
                    type_code=type_code,
                    record_uuid=key,
                    now=self.ctx.clock(),
                )
            on = draft.on
            if on is None and draft.numbered:
                issued = first_issued_at(session, record_uuid=key, type_code=type_code)
                on = vietnam_today(lambda: issued)
            digest = ""
            if record is not None:
                digest = version_hash(session, str(record["uuid"]), int(record["version"]))
        return number, on or self.ctx.today(), digest
