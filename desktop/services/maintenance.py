"""Integrity checks and backups (``sodanchu check`` / ``backup``)."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.civic_records import CIVIC_COMPUTED, CIVIC_ROW_COMPUTED
from desktop.core.disclosure_json import DISCLOSURE_COMPUTED
from desktop.core.errors import SetupError
from desktop.services.context import StoreContext
from desktop.services.registry import Kinds
from desktop.storage.integrity import journal_size, record_problems, sqlite_problems
from desktop.storage.journal import ChainProblem, canonical_json, verify_chain
from desktop.storage.migrate import sqlite_copy
from desktop.storage.sync_audit import audit_problems

log = logging.getLogger(__name__)

# Fields computed from a rule, not recorded by anyone: a rule corrected in a later
# version (e.g. the day counting of desktop.core.periods) changes them without a write.
# Warnings too: stored as codes since 0009_codes, while older journal entries hold them
# worded in Vietnamese (the journal is never rewritten).
# Fields computed from the day or the calendar, not recorded: reception, letter and case
# deadlines (issue 15) and issue 16's states, counts and deadlines.
_RULE_COMPUTED = frozenset(
    (*DISCLOSURE_COMPUTED, *CIVIC_COMPUTED, "warnings", "deadlines", "on_time")
)
# A row's state computed on the day (a commitment, a recommendation).
_ROW_COMPUTED = {"commitments": CIVIC_ROW_COMPUTED, "recommendations": CIVIC_ROW_COMPUTED}
# An item's rule explanation: text before 0009_codes, numbers since (meeting items).
_ITEM_COMPUTED = frozenset(("rule", "rule_params"))


def _recorded(snapshot: dict[str, Any]) -> str:
    """The snapshot's recorded part, as canonical JSON text."""
    out = {k: v for k, v in snapshot.items() if k not in _RULE_COMPUTED}
    for key, skip in _ROW_COMPUTED.items():
        if isinstance(out.get(key), list):
            out[key] = [
                {k: v for k, v in r.items() if k not in skip} if isinstance(r, dict) else r
                for r in out[key]
            ]
    if isinstance(out.get("items"), list):
        out["items"] = [
            {k: v for k, v in i.items() if k not in _ITEM_COMPUTED} if isinstance(i, dict) else i
            for i in out["items"]
        ]
    return canonical_json(out)


@dataclass
class CheckReport:
    """What ``check`` found; ``ok`` when nothing."""

    integrity: list[str] = field(default_factory=list)
    problems: list[ChainProblem] = field(default_factory=list)
    journal_entries: int = 0
    records_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.problems


class MaintenanceService:
    """Checks the store and copies it."""

    def __init__(self, ctx: StoreContext, kinds: Kinds) -> None:
        self.ctx = ctx
        self.kinds = kinds

    def check(self) -> CheckReport:
        """SQLite integrity, the journal's hash chain, every record against its journal, and
        the sync tables, change log, installation row and signed journal heads (issue 13)."""
        report = CheckReport()
        # The write-path adapters of every registered kind (made before reading: an
        # adapter may read the settings in its own session).
        adapters = [self.kinds.service(spec.name).adapter() for spec in self.kinds]
        with self.ctx.db.reading() as session:
            if self.ctx.db.is_sqlite:
                report.integrity = sqlite_problems(session)
            report.problems.extend(verify_chain(session))
            report.journal_entries = journal_size(session)
            for adapter in adapters:
                checked, problems = record_problems(session, adapter, _recorded)
                report.records_checked += checked
                report.problems.extend(problems)
            from desktop.services.sync_columns import extract_columns

            report.problems.extend(audit_problems(session, extract_columns))
        return report

    def backup(self, out: Path | None = None) -> Path:
        """A consistent copy of the SQLite store (default: ``backups/`` in the data dir)."""
        source = self.ctx.db.sqlite_path
        if source is None:
            raise SetupError("backup_sqlite_only")
        if out is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            out = self.ctx.paths.backups / f"sodanchu-{stamp}.sqlite3"
        elif out.exists() or out.is_symlink():
            # Never over an earlier backup, nor a device or a link (--out /dev/full as root
            # would replace the device by a regular file).
            raise SetupError("backup_out_exists", path=str(out))
        try:
            sqlite_copy(source, out)
        except (OSError, sqlite3.Error):  # a read-only folder, a full disk or USB stick
            log.exception("backup not written to %s", out)
            raise SetupError("backup_write_failed", path=str(out.parent)) from None
        return out


def problem_text(problem: ChainProblem, lang: str = "vi") -> str:
    from desktop.core.messages import format_problem

    return format_problem(
        problem.code, lang, entry_id=problem.entry_id, kind=problem.kind, uuid=problem.uuid
    )


def report_json(report: CheckReport) -> str:
    """The check report as JSON text (``check --json``)."""
    return json.dumps(
        {
            "ok": report.ok,
            "integrity": report.integrity,
            "journal_entries": report.journal_entries,
            "records_checked": report.records_checked,
            "problems": [
                {"code": p.code, "entry_id": p.entry_id, "kind": p.kind, "uuid": p.uuid}
                for p in report.problems
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
