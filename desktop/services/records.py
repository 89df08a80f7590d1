"""The use cases every record kind shares: read, list, add, update, from and to JSON.

One generic service, parameterised by the kind's write-path adapter (storage), its storage
queries and its JSON codec (core). A kind's service derives from it and adds only what is
its own (a convention's life-cycle steps, a disclosure's feedback); the window and the
command line call the same method names for every kind (docs/architecture.md "Adding a
record kind").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from desktop.core.errors import NotFoundError
from desktop.core.kinds import KindSpec
from desktop.services.context import StoreContext
from desktop.storage.records import KindAdapter, RecordWriter

D = TypeVar("D")  # what an officer enters (Meeting, VillageData, ...)
S = TypeVar("S")  # a stored record (StoredMeeting, Village, ...)
Q = TypeVar("Q")  # the kind's list query (MeetingQuery, ...)

PICK_LIMIT = 50  # a picker lists no more: the officer types on to narrow them
Reader = Any  # an open reading session, handed from the context to the storage queries


@dataclass(frozen=True)
class Queries(Generic[S, Q]):
    """A kind's storage queries (``desktop/storage/<kind>.py``)."""

    query: type[Q]
    ids: Callable[[Reader, Q], list[str]]
    count: Callable[[Reader, Q], int]
    fetch: Callable[[Reader, Sequence[str]], list[S]]
    get: Callable[[Reader, str], S | None]
    years: Callable[[Reader], list[int]] | None = None


@dataclass(frozen=True)
class Codec(Generic[D, S]):
    """A kind's record JSON (CLI.md): ``read(obj, base)`` and ``write(stored)``."""

    read: Callable[..., D]
    write: Callable[[S], dict[str, Any]]


def expected_version(obj: Mapping[str, Any]) -> int | None:
    """The ``version`` a JSON update names (optimistic locking), if it names one."""
    value = obj.get("version")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class RecordService(Generic[D, S, Q]):
    """Everything the window and the command line do with records of one kind.

    A subclass sets :attr:`spec`, :attr:`queries`, :attr:`codec` and :meth:`adapter`; it may
    override :meth:`prepare` (defaults filled before validation, rules replayed) and
    :meth:`after_write` (what the same transaction does next).
    """

    spec: KindSpec
    queries: Queries[S, Q]
    codec: Codec[D, S]

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    # --- the write path ------------------------------------------------------------
    def adapter(self) -> KindAdapter[D, Any]:
        """The kind's write-path adapter for today (its rules may depend on the day)."""
        raise NotImplementedError

    def writer(
        self, *, actor: str | None = None, origin_code: str | None = None
    ) -> RecordWriter[D, Any]:
        """The write path for this kind, as the acting officer of this installation (or as
        ``actor`` of ``origin_code``: a record written with the installation being set up)."""
        return RecordWriter(
            self.adapter(),
            actor=self.ctx.actor() if actor is None else actor,
            origin_code=self.ctx.origin_code() if origin_code is None else origin_code,
            clock=self.ctx.clock,
        )

    def prepare(self, session: Reader, data: D) -> D:
        """The content as it will be validated and stored (defaults, replayed rules)."""
        return data

    def after_write(self, session: Reader, uuid: str, data: D) -> None:
        """What follows a write in the same transaction (nothing, for most kinds)."""

    def check_received(self, session: Reader, data: D) -> D:
        """A record received from a village passes the rules of one typed here (the write
        path validates it too); a kind whose rules replay a history overrides this."""
        return data

    # --- reading ---------------------------------------------------------------------
    def query(self, **criteria: Any) -> Q:
        """The kind's list query from the criteria it knows (others are ignored)."""
        known = {f.name for f in fields(self.queries.query)}  # type: ignore[arg-type]
        return self.queries.query(**{k: v for k, v in criteria.items() if k in known})

    def years(self) -> list[int]:
        if self.queries.years is None:
            return []
        with self.ctx.db.reading() as session:
            return self.queries.years(session)

    def ids(self, query: Q | None = None) -> list[str]:
        with self.ctx.db.reading() as session:
            return self.queries.ids(session, query if query is not None else self.query())

    def count(self, query: Q | None = None) -> int:
        with self.ctx.db.reading() as session:
            return self.queries.count(session, query if query is not None else self.query())

    def ids_by(self, query: Q, key: str, *, descending: bool = False) -> list[str]:
        """The ids of ``query`` ordered by ``key`` of their record JSON — a value computed
        on the day (``ColumnSpec.computed``: the next deadline), which no SQL column holds.
        Reads every record of the query: for kinds of hundreds of records. Records without
        a value come last, in the query's order."""
        ids = self.ids(query)
        place = {uuid: i for i, uuid in enumerate(ids)}
        stored = self.fetch(ids)
        keys = [self.key_of(s) for s in stored]
        values = dict(zip(keys, self.column_values(stored, key), strict=True))
        valued = [u for u in ids if values.get(u) not in (None, "")]
        valued.sort(key=lambda u: (str(values[u]), place[u]), reverse=descending)
        return valued + [u for u in ids if values.get(u) in (None, "")]

    def column_values(self, stored: Sequence[S], key: str) -> list[Any]:
        """``key`` of each record's JSON (a computed column, for ordering); a kind whose
        JSON costs more than the one value computes it directly."""
        return [self.to_json(s).get(key) for s in stored]

    def fetch(self, uuids: Sequence[str]) -> list[S]:
        with self.ctx.db.reading() as session:
            return self.queries.fetch(session, uuids)

    def list(self, query: Q | None = None) -> list[S]:
        return self.fetch(self.ids(query))

    def get(self, uuid: str) -> S:
        with self.ctx.db.reading() as session:
            found = self.queries.get(session, uuid)
        if found is None:
            raise NotFoundError(self.spec.name, uuid)
        return found

    def pick_ids(self, typed: str = "", limit: int = PICK_LIMIT) -> Sequence[str]:
        """What a reference picker offers (the form's REF fields): the uuids of the records
        holding every word typed — folded, accents optional, as the list's search
        (``search`` of the kind's query) — newest first, at most ``limit``; nothing typed:
        the newest. Only records of this kind, never a deleted one."""
        with self.ctx.db.reading() as session:
            return self.queries.ids(session, self.query(search=typed))[: max(limit, 0)]

    def records_json(self, uuids: Sequence[str]) -> Sequence[dict[str, Any]]:
        """The record JSON of ``uuids``, in their order (those the store holds)."""
        return [self.to_json(stored) for stored in self.fetch(uuids)]

    def find(self, key: str) -> S:
        """A record by the key an officer types (its uuid; a village also by its code)."""
        return self.get(key)

    def to_json(self, stored: S) -> dict[str, Any]:
        """The record JSON of CLI.md, computed fields included."""
        return self.codec.write(stored)

    # --- writing ---------------------------------------------------------------------
    def add(self, data: D) -> S:
        with self.ctx.db.transaction() as session:
            uuid = self.create_in(session, self.writer(), data)
        return self.get(uuid)

    def create_in(
        self, session: Reader, writer: RecordWriter[D, Any], data: D, uuid: str | None = None
    ) -> str:
        """Store ``data`` inside a transaction the caller holds (the same defaults, write
        path and follow-up as :meth:`add`); returns its uuid. The set-up writes a village
        installation's own village with the installation, in one transaction."""
        checked = self.prepare(session, data)
        created: str = writer.create(session, checked, uuid=uuid).uuid
        self.after_write(session, created, checked)
        return created

    def add_many(self, batch: Sequence[tuple[str | None, D]]) -> Sequence[str]:
        """Store many records in ONE transaction (generated data, bulk entry), in order:
        the same write path, checks, journal and change log as :meth:`add`, one commit.
        Each pair is (uuid or None for a fresh one, content); returns the uuids."""
        writer = self.writer()
        out: list[str] = []
        with self.ctx.db.transaction() as session:
            for uuid, data in batch:
                out.append(self.create_in(session, writer, data, uuid))
        return out

    def update(self, uuid: str, data: D, *, expected_version: int | None = None) -> S:
        with self.ctx.db.transaction() as session:
            checked = self.prepare(session, data)
            self.writer().update(session, uuid, checked, expected_version=expected_version)
            self.after_write(session, uuid, checked)
        return self.get(uuid)

    def add_json(self, obj: Mapping[str, Any]) -> S:
        return self.add(self.codec.read(obj))

    def update_json(self, uuid: str, obj: Mapping[str, Any]) -> S:
        current = self.find(uuid)
        key = self.key_of(current)
        data = self.codec.read(obj, base=self.data_of(current))
        return self.update(key, data, expected_version=expected_version(obj))

    def event_json(self, uuid: str, obj: Mapping[str, Any]) -> S:
        """One life-cycle step (``sodanchu event KIND``) of a kind that has them
        (``KindSpec.has_events``); the command line refuses the others before."""
        raise NotImplementedError(f"{self.spec.name} records have no life-cycle steps")

    def preview_json(self, data: D) -> dict[str, Any] | None:
        """What the rules would compute for unsaved content (its deadlines and warnings
        today), for a form to show as it is typed; None when the kind cannot tell."""
        return None

    def key_of(self, stored: S) -> str:
        return str(getattr(stored, "uuid"))  # noqa: B009 - every stored record has one

    def data_of(self, stored: S) -> D:
        data: D = getattr(stored, "data")  # noqa: B009 - every stored record has one
        return data
