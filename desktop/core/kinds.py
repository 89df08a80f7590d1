"""The declaration of a record kind, and the registry that holds the declared kinds.

A kind is declared once (its fields with their type and label, its list columns, what the
search indexes, what the board counts, its JSON codec and its rule module) and registered
in one place, the composition root (``desktop/services/registry.py``). Everything generic —
the command line's ``add|update|show|list|event KIND``, the list page, the read-only record
viewer, search, sync, the journal check and the board's counts — iterates the registry and
reads the declaration; a new kind touches none of them (docs/architecture.md "Adding a record
kind"). The model is Frappe Books' ``schemas/app/*.json``.

Stdlib only: the declaration names labels by code (``desktop.core.field_labels``) and values
by code (``desktop.core.value_labels``); the window and the command line word them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Record = Mapping[str, Any]  # one record's JSON (CLI.md), as stored, sent and shown


class FieldType(StrEnum):
    """How a field's value is read, shown and edited by the generic parts."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # paragraphs
    CODE = "code"  # a short machine-friendly code (village code, unit code)
    DATE = "date"  # ISO day
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"  # one code of ``FieldSpec.choices``, worded by value_labels
    REF = "ref"  # the uuid of another record (``FieldSpec.ref_kind``)
    NAMES = "names"  # a list of short texts (people)
    TABLE = "table"  # a list of objects, each with ``FieldSpec.columns``
    OBJECT = "object"  # one nested object with ``FieldSpec.columns``
    COMPUTED = "computed"  # filled by a rule, never typed (status, outcome, warnings)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind's record JSON.

    Attributes:
        key: the record-JSON key (CLI.md).
        type: how the generic parts treat it.
        required: refused when empty on add (the kind's rules may refuse more).
        label: the code of its label in ``desktop.core.field_labels`` (default: ``key``).
        choices: the value codes of a CHOICE field, in display order.
        ref_kind: the kind a REF field points at.
        columns: the fields of each row of a TABLE, or of an OBJECT.
        confidential: never leaves the officer handling the record — not in lists, search,
            bundles or reports (a denouncer's identity, Law on Denunciations Art. 47).
        summary: shown in the read-only viewer's heading block rather than in the body.
        vocabulary: the code of a CHOICE field's value words in ``desktop.core.value_labels``
            (default: ``key``).
        computed: filled by a rule, never typed (a CHOICE or DATE the rules compute keeps
            its type, so it is still worded and formatted); ``COMPUTED`` fields are always.
        many: the value is a list of values of ``type`` (the forms of a disclosure).
    """

    key: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    label: str = ""
    choices: tuple[str, ...] = ()
    ref_kind: str = ""
    columns: tuple[FieldSpec, ...] = ()
    confidential: bool = False
    summary: bool = False
    vocabulary: str = ""
    computed: bool = False
    many: bool = False

    @property
    def label_code(self) -> str:
        return self.label or self.key

    @property
    def vocabulary_code(self) -> str:
        return self.vocabulary or self.key

    @property
    def is_computed(self) -> bool:
        return self.computed or self.type is FieldType.COMPUTED


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the kind's list (the window's table and ``sodanchu list``).

    ``key`` is a record-JSON key (or a computed one such as ``status``); ``width`` is a hint
    in characters for the command line and in average character widths for the window;
    ``unit`` the code of the word a number is followed by (``households``: "215 hộ"), in
    ``desktop.core.value_labels.UNITS``; ``mark`` a record-JSON key whose truth marks the
    cell "⚠" (``next_deadline_overdue``: the deadline shown has passed); ``computed`` the
    column's value is computed on the day the record is shown (no SQL column holds it), so
    a list ordered by it reads the records of the list and sorts them (small lists only:
    the kinds of issues 15 and 16 hold hundreds of records, not tens of thousands).
    """

    key: str
    label: str = ""
    width: int = 16
    unit: str = ""
    mark: str = ""
    computed: bool = False

    @property
    def label_code(self) -> str:
        return self.label or self.key


SearchText = Callable[[Record], tuple[str, str]]  # record JSON -> (title, body)
BoardCounts = Callable[[Record], Mapping[str, int]]  # record JSON -> counters to add up


@dataclass(frozen=True)
class KindSpec:
    """Everything generic code needs to know about one record kind.

    Attributes:
        name: the CLI name and the ``kind`` of the record JSON (CLI.md KIND).
        label: label code of the kind, singular ("Hội nghị thôn"), in ``field_labels``.
        plural: label code of the kind's list ("Hội nghị, biểu quyết").
        fields: the record JSON's own fields (the common ones of CLI.md are implied).
        columns: the list's columns, in order.
        title_field: the field that names one record.
        day_field: the day that places a record in a period (reports, the receiving level).
        village_field: the field holding the village's uuid, if the record belongs to one.
        state_field: the computed field that says where the record stands (status), if any.
        board_state: the field a received record is grouped by on the receiving board (its
            ``state`` column; default ``state_field``): a meeting's type, a convention's status.
        search_text: (title, body) the search index keeps for a record.
        board_counts: counters a record adds to its unit's figures on the receiving board.
        rules: the dotted name of the core module holding the kind's rules (documentation
            and the architecture test; the write path calls the adapter, which calls them).
        codec: the dotted name of the core module reading and writing its record JSON.
        has_events: the kind has a life cycle driven by ``sodanchu event KIND``.
        mirrored: a village installation's records of this kind are mirrored into the
            commune's lists (village → commune, BUNDLE.md).
        import_order: lower first within one bundle (a convention cites its meeting).
        received_check: the receiving level reads a received snapshot through the kind's
            codec (types, days, counts, the rules the codec applies) before storing it,
            and rejects it when refused; its confidential fields are dropped, never stored
            (BUNDLE.md rule 8; LTCD Art. 3(2)). Off for the first kinds, whose imports the
            benchmark budgets (a codec read costs ~50 µs a record).
        empty: message code shown by an empty list (``desktop.core.value_labels``).
        section: the section of the window that lists the kind as one of its tabs
            (``"citizen"``: reception, letters, cases; ``"civic"``: consultations, dialogues,
            boards, oversight) and whose figures the period reports read; ``""`` for a
            kind with a page of its own. The sections' tabs, the receiving level's report and
            the tests take their kinds from it (:meth:`KindRegistry.in_section`).
    """

    name: str
    label: str
    plural: str
    fields: tuple[FieldSpec, ...]
    columns: tuple[ColumnSpec, ...]
    title_field: str = "title"
    day_field: str = ""
    village_field: str = ""
    state_field: str = ""
    board_state: str = ""
    search_text: SearchText | None = None
    board_counts: BoardCounts | None = None
    rules: str = ""
    codec: str = ""
    has_events: bool = False
    mirrored: bool = False
    import_order: int = 100
    received_check: bool = False
    empty: str = ""
    section: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def field(self, key: str) -> FieldSpec | None:
        """The declared field ``key`` (top level), or None."""
        for f in self.fields:
            if f.key == key:
                return f
        return None

    @property
    def confidential_keys(self) -> frozenset[str]:
        return frozenset(f.key for f in self.fields if f.confidential)


# The next open deadline of a kind with deadlines (desktop.core.next_deadline): a computed
# day the lists show in a column of their own, marked when it has passed.
NEXT_DEADLINE_FIELD = FieldSpec("next_deadline", FieldType.DATE, computed=True)
NEXT_DEADLINE_COLUMN = ColumnSpec(
    "next_deadline", width=13, mark="next_deadline_overdue", computed=True
)


# The computed tail of a kind's fields: its deadlines, each worded at the edge
# (``warning_words.worded_record`` adds its "message"), and its warnings.
DEADLINES_AND_WARNINGS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "deadlines",
        FieldType.TABLE,
        computed=True,
        columns=(FieldSpec("message", FieldType.TEXT, label="deadline_text"),),
    ),
    FieldSpec("warnings", FieldType.COMPUTED),
)


class UnknownKind(KeyError):
    """A kind name no declaration registered."""


class KindRegistry:
    """The registered kinds, in registration order (the order lists and menus show)."""

    def __init__(self, specs: tuple[KindSpec, ...] = ()) -> None:
        self._specs: dict[str, KindSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: KindSpec) -> None:
        if spec.name in self._specs:
            raise ValueError(f"record kind {spec.name!r} registered twice")
        self._specs[spec.name] = spec

    def get(self, name: str) -> KindSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise UnknownKind(name) from None

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[KindSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def in_import_order(self) -> list[KindSpec]:
        """Kinds in the order one bundle's records are applied (references first)."""
        return sorted(self._specs.values(), key=lambda s: s.import_order)

    def in_section(self, *sections: str) -> tuple[str, ...]:
        """The names of the kinds listed in ``sections`` (``KindSpec.section``), in
        registration order; no argument: every kind listed in some section."""
        return tuple(
            s.name
            for s in self._specs.values()
            if s.section and (not sections or s.section in sections)
        )
