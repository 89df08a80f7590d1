"""``sodanchu add|update|event|show|list KIND`` for every registered kind (CLI.md).

One handler serves every kind: it reads the kind's declaration (``desktop.core.specs``,
registered in ``desktop/services/registry.py``) for its fields, list columns and words, and
calls the kind's generic service. Light on purpose: ``list village`` answers from
``storage/quick.py`` without SQLAlchemy (docs/performance.md "Start-up").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.confidential import strip_confidential
from desktop.core.errors import FieldError, NotFoundError, ValidationError
from desktop.core.field_labels import ITEM_LABELS, field_label
from desktop.core.jsonio import load_record_json
from desktop.core.kinds import FieldSpec, FieldType, KindSpec
from desktop.core.text import iso_day_text
from desktop.core.value_labels import kind_words, unit_words, value_label
from desktop.services.registry import KINDS

if TYPE_CHECKING:
    from desktop.services.container import Services

RECORD_COMMANDS = ("add", "update", "event", "list", "show")
Record = Mapping[str, Any]
TitleOf = Callable[[str, str], str]  # (kind, uuid) -> the record's title, or the uuid


def add_record_commands(sub: Any) -> None:
    """The record verbs, their KIND choices taken from the registry."""
    kinds = KINDS.names
    for name in ("add", "update"):
        cmd = sub.add_parser(name, help=f"{name} a record from JSON")
        cmd.add_argument("kind", choices=kinds)
        if name == "update":
            cmd.add_argument("uuid")
        cmd.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")

    ev = sub.add_parser("event", help="bước của vòng đời / a life-cycle step")
    ev.add_argument("kind", choices=kinds)
    ev.add_argument("uuid")
    ev.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")

    ls = sub.add_parser("list", help="liệt kê / list records")
    ls.add_argument("kind", choices=kinds)
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--village", default="")
    ls.add_argument("--search", default="")
    ls.add_argument("--active", action="store_true", help="only villages still active")
    ls.add_argument(
        "--unit",
        default="",
        metavar="CODE|all",
        help="bản ghi của đơn vị cấp dưới / a unit's records",
    )

    show = sub.add_parser("show", help="xem / show one record")
    show.add_argument("kind", choices=kinds)
    show.add_argument("uuid")
    show.add_argument("--json", action="store_true")


def read_json(source: str) -> dict[str, Any]:
    """Record JSON from a file or stdin (``-``), as bytes: never decoded by the locale."""
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw: bytes | str = stream.read() if stream is not None else sys.stdin.read()
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError:
            raise ValidationError(
                [FieldError("json", "file_unreadable", {"value": source})]
            ) from None
    return load_record_json(raw)


def dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


# --- references typed by code ----------------------------------------------------------
def _by_code(kind: str) -> bool:
    """A kind with a CODE field can be named by its code (a village: ``DONG``)."""
    return kind in KINDS and any(f.type is FieldType.CODE for f in KINDS.get(kind).fields)


def resolve_refs(
    spec: KindSpec, obj: Mapping[str, Any], find: Callable[[str, str], str]
) -> dict[str, Any]:
    """``obj`` with each reference typed by code (``"village": "DONG"``, a posting's village)
    replaced by the uuid ``find(kind, key)`` returns; nested rows too."""

    def fix(fields: Sequence[FieldSpec], value: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(value)
        for f in fields:
            v = out.get(f.key)
            if f.type is FieldType.REF and _by_code(f.ref_kind) and isinstance(v, str) and v:
                out[f.key] = find(f.ref_kind, v)
            elif f.type is FieldType.TABLE and f.columns and isinstance(v, list):
                out[f.key] = [fix(f.columns, x) if isinstance(x, Mapping) else x for x in v]
            elif f.type is FieldType.OBJECT and f.columns and isinstance(v, Mapping):
                out[f.key] = fix(f.columns, v)
        return out

    return fix(spec.fields, obj)


# --- the words of one value ------------------------------------------------------------
_MONTH_DAY = re.compile(r"\d\d-\d\d")  # a yearly day (a convention's review day), "11-18"


def worded(f: FieldSpec, value: Any, lang: str, title_of: TitleOf | None = None) -> str:
    """One value of field ``f`` as the officer reads it; "" when empty."""
    if value is None or value == "" or value == []:
        return ""
    if f.type is FieldType.TABLE and isinstance(value, list):  # how many rows
        return str(len(value))
    if isinstance(value, list) and f.type is not FieldType.NAMES:  # many values, each worded
        one = FieldSpec(f.key, f.type, vocabulary=f.vocabulary_code, choices=f.choices)
        return ", ".join(worded(one, v, lang, title_of) for v in value)
    if f.type is FieldType.CHOICE or f.type is FieldType.BOOL:
        return value_label("bool" if f.type is FieldType.BOOL else f.vocabulary_code, value, lang)
    if f.type is FieldType.DATE:
        return iso_day_text(str(value))  # 10/03/2026 in both languages, as the window
    if f.type is FieldType.NAMES and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if f.type is FieldType.REF and title_of is not None:
        return title_of(f.ref_kind, str(value))
    if isinstance(value, str) and _MONTH_DAY.fullmatch(value):
        return f"{value[3:5]}/{value[0:2]}"  # as the record viewer writes it
    return str(value)


# --- list ------------------------------------------------------------------------------
def _warnings(record: Record, lang: str) -> str:
    n = len(record.get("warnings") or [])
    if not n:
        return ""
    return f"  ⚠ {n} warning(s)" if lang == "en" else f"  ⚠ {n} cảnh báo"


def list_line(spec: KindSpec, record: Record, lang: str) -> str:
    """One record on one line: the declared columns, the warnings count, the uuid."""
    cells: list[str] = []
    for column in spec.columns:
        f = spec.field(column.key) or FieldSpec(column.key)
        value = record.get(column.key)
        if f.type is FieldType.DATE:
            text = str(value) if value else "-"
        else:
            text = worded(f, value, lang)
        if column.mark and record.get(column.mark):  # a deadline passed (ColumnSpec.mark)
            text = f"{text} ⚠"
        if column.unit:
            text = f"{text or 0:>{column.width}} {unit_words(column.unit, lang)}"
        cells.append(f"{text:<{column.width}}")
    return f"{' '.join(cells).rstrip()}{_warnings(record, lang)}  {record.get('uuid', '')}"


def write_list(
    spec: KindSpec, records: Sequence[Record], as_json: bool, lang: str, out: TextIO
) -> None:
    records = [strip_confidential(r, spec) for r in records]  # never in a list (LTCD Art. 3(2))
    if as_json:
        dump(list(records), out)
    elif not records:
        out.write(kind_words(spec.empty, lang) + "\n")
    else:
        out.write("".join(list_line(spec, r, lang) + "\n" for r in records))


UNIT_PAGE = 500


def unit_records(services: Services, kind: str, unit: str) -> list[Record]:
    """The records of ``kind`` received from one registered unit (``all``: every unit, in
    code order), each with its ``unit_code``; read-only snapshots, newest first per unit."""
    codes = [c.code for c in services.sync_import.children()]
    if unit != "all" and unit not in codes:
        choices = ", ".join(["all", *codes])
        raise ValidationError(
            [FieldError("unit", "invalid_choice", {"value": unit, "choices": choices})]
        )
    out: list[Record] = []
    for code in codes if unit == "all" else [unit]:
        offset = 0
        while True:
            page = services.sync_import.child_records(code, kind, offset=offset, limit=UNIT_PAGE)
            out += [{**r, "unit_code": code} for r in page]
            if len(page) < UNIT_PAGE:
                break
            offset += UNIT_PAGE
    return out


def write_unit_list(
    services: Services, spec: KindSpec, unit: str, as_json: bool, lang: str, out: TextIO
) -> None:
    """``list KIND --unit CODE|all``: each line starts with the unit's code."""
    records = unit_records(services, spec.name, unit)
    if as_json:
        dump(records, out)
    elif not records:
        out.write(kind_words(spec.empty, lang) + "\n")
    else:
        out.write("".join(f"{r['unit_code']}  {list_line(spec, r, lang)}\n" for r in records))


# --- show ------------------------------------------------------------------------------
def _row(columns: Sequence[FieldSpec], row: Any, lang: str, title_of: TitleOf | None) -> list[str]:
    if not isinstance(row, Mapping):
        return [str(row)]
    parts = []
    for c in columns:
        text = worded(c, row.get(c.key), lang, title_of)
        if text:
            parts.append(f"{field_label(c.label_code, lang)}: {text}")
    return parts


def _field_lines(f: FieldSpec, value: Any, lang: str, title_of: TitleOf | None) -> Iterable[str]:
    label = field_label(f.label_code, lang)
    if f.key == "warnings":
        for w in value or []:
            if isinstance(w, Mapping):
                yield f"⚠ {w.get('message') or w.get('code')}"
        return
    if f.key == "deadlines" and isinstance(value, list):
        for d in value:
            if isinstance(d, Mapping):
                due = d.get("due")
                text = f"⏱ {d.get('message') or d.get('code')}"
                yield text + (f" → {iso_day_text(str(due))}" if due else "")
        return
    if f.type is FieldType.TABLE and isinstance(value, list):
        if not value:
            return
        yield f"{label}:"
        item = ITEM_LABELS.get(f.key)
        for n, row in enumerate(value, 1):
            yield "  " + ((item.get(lang) or item["vi"]).format(n=n) if item else f"{n}.")
            yield from (f"    {part}" for part in _row(f.columns, row, lang, title_of))
        return
    if f.type is FieldType.OBJECT:
        text = "; ".join(_row(f.columns, value, lang, title_of)) if value else ""
    elif f.type is FieldType.LONG_TEXT and isinstance(value, str) and "\n" in value:
        if value.strip():
            yield f"{label}:"
            yield from (f"  {line}" for line in value.splitlines())
        return
    else:
        text = worded(f, value, lang, title_of)
    if text:
        yield f"{label}: {text}"


def show_lines(
    spec: KindSpec, record: Record, lang: str, title_of: TitleOf | None = None
) -> list[str]:
    """The record as the officer reads it: labels and worded values in ``lang``, the
    computed fields and warnings too; empty fields left out; never a record-JSON key."""
    title = str(record.get(spec.title_field) or "")
    lines = [f"{kind_words(spec.label, lang)}: {title}"]
    shown_refs = {f.label_code for f in spec.fields if f.type is FieldType.REF}
    for f in spec.fields:
        # Confidential fields are shown: ``show`` is the officer on this installation
        # (a denouncer's identity leaves it never, LTCD Art. 3(2): list, search, bundles).
        if f.key == spec.title_field:
            continue
        if f.is_computed and f.type is FieldType.TEXT and f.label_code in shown_refs:
            continue  # the name beside a reference already shown by its name
        lines += _field_lines(f, record.get(f.key), lang, title_of)
    for key in ("uuid", "version", "updated_at", "updated_by"):
        if record.get(key) not in (None, ""):
            value = record[key]
            text = _moment_text(str(value)) if key == "updated_at" else str(value)
            lines.append(f"{field_label(key, lang)}: {text}")
    return lines


def _moment_text(iso: str) -> str:
    """A stored UTC time as the officer reads it: Vietnam time, dd/mm/yyyy hh:mm."""
    from datetime import datetime, timedelta, timezone

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(timezone(timedelta(hours=7))).strftime("%d/%m/%Y %H:%M")


# --- running ---------------------------------------------------------------------------
def _title_of(services: Services) -> TitleOf:
    def title_of(kind: str, uuid: str) -> str:
        if kind not in services.kinds:
            return uuid
        spec = services.kinds.spec(kind)
        try:
            record = services.kinds.service(kind).to_json(services.kinds.service(kind).get(uuid))
        except NotFoundError:
            return uuid
        return str(record.get(spec.title_field) or uuid)

    return title_of


def run_record(args: argparse.Namespace, services: Services, out: TextIO, lang: str) -> int:
    """One record verb on one registered kind."""
    from desktop.core.warning_words import worded_record

    spec = services.kinds.spec(args.kind)
    service = services.kinds.service(args.kind)

    def to_json(record: Any) -> dict[str, Any]:
        """Stored records hold codes and params: warnings and rules worded in ``lang``."""
        return worded_record(spec.name, service.to_json(record), lang)

    def find(kind: str, key: str) -> str:
        return str(services.kinds.service(kind).find(key).uuid)

    cmd = args.command
    if cmd == "add":
        obj = resolve_refs(spec, read_json(args.json_file), find)
        dump(to_json(service.add_json(obj)), out)
    elif cmd == "update":
        obj = resolve_refs(spec, read_json(args.json_file), find)
        dump(to_json(service.update_json(args.uuid, obj)), out)
    elif cmd == "event":
        if not spec.has_events:
            with_events = ", ".join(s.name for s in services.kinds if s.has_events)
            raise ValidationError(
                [FieldError("kind", "invalid_choice", {"value": args.kind, "choices": with_events})]
            )
        record = service.event_json(args.uuid, read_json(args.json_file))
        dump(to_json(record), out)
    elif cmd == "show":
        record = to_json(service.find(args.uuid))
        if args.json:
            dump(record, out)
        else:
            out.write(
                "".join(line + "\n" for line in show_lines(spec, record, lang, _title_of(services)))
            )
    elif args.unit:
        write_unit_list(services, spec, args.unit, args.json, lang, out)
    else:  # list
        village = find("village", args.village) if args.village and spec.village_field else None
        query = service.query(
            search=args.search, village_uuid=village, include_retired=not args.active
        )
        write_list(spec, [to_json(r) for r in service.list(query)], args.json, lang, out)
    return 0
