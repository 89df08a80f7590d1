"""The reporting board of the receiving level (BUNDLE.md "The receiving level").

For each registered child: the last bundle received and when, the sequence numbers
missing in each installation identity's stream, how long it has been silent, and what
its records add up to (meetings and decisions by outcome, disclosures posted late or
too briefly, conventions by state). Everything is counted by SQL ``GROUP BY`` over
``imported_bundles`` and ``child_records``, so the board of a province with hundreds
of communes is one pass over each table, not one query per child.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import FieldError, ValidationError
from desktop.services.context import VN_OFFSET_HOURS, StoreContext
from desktop.services.sync_columns import board_kinds, group_counts
from desktop.storage.installation import get_installation, get_setting, set_setting
from desktop.storage.sync_board import (
    child_peers,
    last_bundles,
    missing_bundles,
    record_count_rows,
)
from desktop.storage.sync_store import child_state_digests

SILENT_DAYS_KEY = "sync.silent_days"
# The origin's state digest, kept with the counts of each bundle imported (sync_apply.py).
STATE_KEY = "state_sha256"
DEFAULT_SILENT_DAYS = 45
MIN_SILENT_DAYS, MAX_SILENT_DAYS = 1, 366
if TYPE_CHECKING:
    from desktop.storage.db import StoreSession

_VN = timezone(timedelta(hours=VN_OFFSET_HOURS))


@dataclass(frozen=True)
class Counts:
    """What a child's records (deleted ones left out) add up to."""

    meetings: int = 0
    items_passed: int = 0
    items_failed: int = 0
    disclosures: int = 0
    late: int = 0  # disclosures made or posted after their deadline
    short_postings: int = 0  # disclosures taken down early or missing a posting place
    in_force: int = 0
    suspended: int = 0
    abolished: int = 0
    superseded: int = 0
    other_conventions: int = 0  # still being drafted, adopted, refused, ...
    # Issue 16 (DOMAIN.md §4.10): what the civic kinds' board_counts give per record.
    consultations: int = 0
    dialogues: int = 0
    ttnd_boards: int = 0
    gsdtcd_boards: int = 0
    gsdtcd_projects: int = 0
    ttnd_inspections: int = 0

    @property
    def conventions(self) -> int:
        closed = self.abolished + self.superseded
        return self.in_force + self.suspended + closed + self.other_conventions

    def __add__(self, other: Counts) -> Counts:
        names = [f.name for f in fields(self)]
        return Counts(**{n: getattr(self, n) + getattr(other, n) for n in names})


@dataclass(frozen=True)
class BoardRow:
    """One child on the board; ``last_*`` are None when it never sent anything."""

    code: str
    name: str
    role: str
    bundles: int = 0
    last_seq: int | None = None
    last_bagging_date: date | None = None  # the day the child made it (its own calendar)
    last_imported_at: datetime | None = None  # when it was imported here (aware, UTC)
    # (installation id, seq) never received and whose data is lost: what the child holds here
    # differs from the state its newest bundle declared (BUNDLE.md counts.json).
    missing: tuple[tuple[str, int], ...] = ()
    # (installation id, seq) never received but carried by a later bundle: the state digest
    # of the newest bundle matches what the child holds here, so nothing is lost.
    covered: tuple[tuple[str, int], ...] = ()
    days_silent: int | None = None  # days since the last bundle was made; None: never sent
    silent: bool = True
    counts: Counts = field(default_factory=Counts)

    @property
    def missing_seqs(self) -> list[int]:
        return [seq for _, seq in self.missing]

    @property
    def covered_seqs(self) -> list[int]:
        return [seq for _, seq in self.covered]


@dataclass(frozen=True)
class Board:
    today: date
    silent_days: int
    receiver_name: str
    receiver_code: str
    rows: tuple[BoardRow, ...]

    @property
    def totals(self) -> Counts:
        total = Counts()
        for row in self.rows:
            total = total + row.counts
        return total

    @property
    def bundles(self) -> int:
        return sum(r.bundles for r in self.rows)

    @property
    def missing(self) -> int:
        return sum(len(r.missing) for r in self.rows)

    @property
    def silent(self) -> int:
        return sum(1 for r in self.rows if r.silent)


def validate_silent_days(value: object) -> int:
    """The number of days after which a child counts as silent (1 … 366)."""
    try:
        days = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        days = 0
    if isinstance(value, bool) or not MIN_SILENT_DAYS <= days <= MAX_SILENT_DAYS:
        raise ValidationError(
            [
                FieldError(
                    "silent_days",
                    "range",
                    {"value": value, "min": MIN_SILENT_DAYS, "max": MAX_SILENT_DAYS},
                )
            ]
        )
    return days


def local_time(moment: datetime | None) -> datetime | None:
    """An import time as a Vietnam wall-clock time without zone (for sheets and lists)."""
    return None if moment is None else moment.astimezone(_VN).replace(tzinfo=None)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


class SyncBoardService:
    """Reads the board; keeps the silent-days setting."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    # --- the setting ---------------------------------------------------------------

    def silent_days(self) -> int:
        with self.ctx.db.reading() as session:
            value = get_setting(session, SILENT_DAYS_KEY, DEFAULT_SILENT_DAYS)
        try:
            return validate_silent_days(value)
        except ValidationError:  # a hand-edited value: fall back rather than fail the board
            return DEFAULT_SILENT_DAYS

    def set_silent_days(self, days: object) -> int:
        value = validate_silent_days(days)
        with self.ctx.db.transaction() as session:
            set_setting(session, SILENT_DAYS_KEY, value)
        return value

    # --- the board -----------------------------------------------------------------

    def board(self, today: date | None = None, silent_days: int | str | None = None) -> Board:
        """Every registered child, in code order; ``silent_days`` overrides the setting."""
        today = today or self.ctx.today()
        limit = self.silent_days() if silent_days is None else validate_silent_days(silent_days)
        with self.ctx.db.reading() as session:
            inst = get_installation(session)
            children = child_peers(session)
            bundles, overdue, states = _bundle_facts(session)
            gaps = missing_bundles(session)
            # A gap is covered when the child's records here are the state its newest
            # bundle declared (a later bundle carried them); only children with gaps.
            declared = [c for c in gaps if states.get(c)]
            found = child_state_digests(session, declared)
            whole = {c for c in declared if states[c] == found.get(c)}
            counts = _record_counts(session)
        # Late disclosures: those made late (a warning on the record) and those due and
        # not made yet, as the child's Công khai page said when it made its last bundle.
        for code, n in overdue.items():
            if n:
                counts[code] = counts.get(code, Counts()) + Counts(late=n)
        rows = []
        for code, name, role in children:
            facts = bundles.get(code)
            if facts is None:
                rows.append(BoardRow(code, name, role, counts=counts.get(code, Counts())))
                continue
            number, seq, bagged, imported = facts
            # A bagging date ahead of today (a sender's wrong clock; imports refuse far ones)
            # counts from the day it was imported: the days silent run on, never stand still.
            since = bagged if bagged is None or bagged <= today else imported.date()
            days = max(0, (today - since).days) if since is not None else None
            rows.append(
                BoardRow(
                    code=code,
                    name=name,
                    role=role,
                    bundles=number,
                    last_seq=seq,
                    last_bagging_date=bagged,
                    last_imported_at=imported,
                    missing=() if code in whole else tuple(gaps.get(code, ())),
                    covered=tuple(gaps.get(code, ())) if code in whole else (),
                    days_silent=days,
                    silent=days is None or days > limit,
                    counts=counts.get(code, Counts()),
                )
            )
        return Board(
            today=today,
            silent_days=limit,
            receiver_name=inst.data.name if inst is not None else "",
            receiver_code=inst.data.code if inst is not None else "",
            rows=tuple(rows),
        )

    # --- exports -------------------------------------------------------------------

    def to_xlsx(self, board: Board, path: Path) -> Path:
        """The board as an Excel workbook: the board sheet, then the missing bundles."""
        from desktop.services.sync_board_export import write_xlsx

        return write_xlsx(board, path)

    def to_pdf(self, board: Board, path: Path) -> Path:
        """The board as a landscape PDF table headed by the receiving body's name."""
        from desktop.services.sync_board_export import write_pdf

        return write_pdf(board, path)


def _bundle_facts(
    session: StoreSession,
) -> tuple[dict[str, tuple[int, int, date | None, datetime]], dict[str, int], dict[str, str]]:
    """Per child: (bundles received, last bundle's seq, its bagging date, its import time);
    per child the overdue disclosures its last bundle reported; and the state digest it
    declared (bundles imported before the digest was kept have none).

    The last bundle is the most recently signed one: after a restore the new identity
    numbers again from 1, so the highest number is not always the newest.
    """
    out: dict[str, tuple[int, int, date | None, datetime]] = {}
    overdue: dict[str, int] = {}
    states: dict[str, str] = {}
    for code, seq, bagged, imported, counts, number in last_bundles(session):
        out[code] = (int(number), int(seq), _day(bagged), imported.replace(tzinfo=UTC))
        overdue[code] = _overdue_reported(counts)
        state = _declared_state(counts)
        if state:
            states[code] = state
    return out, overdue, states


def _declared_state(origin_counts: str) -> str:
    try:
        value = json.loads(origin_counts or "{}").get(STATE_KEY, "")
    except (ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


def _overdue_reported(origin_counts: str) -> int:
    """Disclosures the child's own Công khai page showed as Quá hạn (due, nothing disclosed)
    the day it made its last bundle (``counts.json``: ``counts.disclosure.overdue``)."""
    try:
        value = json.loads(origin_counts or "{}").get("disclosure", {}).get("overdue", 0)
    except (ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


# The counters the board adds up; a kind may declare more (the §4.10 figures of reception,
# letters and cases wait for the board's statistics: issue 15, next round).
_COUNTERS = frozenset(f.name for f in fields(Counts))


def _record_counts(session: StoreSession) -> dict[str, Counts]:
    """One GROUP BY over the children's current records (tombstones left out)."""
    rows = record_count_rows(session, board_kinds())
    acc: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code, kind, state, number, passed, failed, late, short in rows:
        # What each kind adds is its declaration's (KindSpec.board_counts); a counter summed
        # per record that no column keeps (an oversight's violations) is not on the board.
        for name, value in group_counts(kind, state, number, (passed, failed, late, short)).items():
            if name in _COUNTERS:  # a counter the board does not show yet is left out
                acc[code][name] += value
    return {code: Counts(**box) for code, box in acc.items()}
