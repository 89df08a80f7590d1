"""The ``sodanchu`` command line (CLI.md): the same services as the window.

Exit codes: 0 success; 2 bad input or a refused action, with one line on
stderr naming the field and the rule, nothing changed; 1 internal error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from desktop import __version__
from desktop.cli_sync import SYNC_COMMANDS, add_sync_commands, run_sync
from desktop.core.errors import DomainError, FieldError, ValidationError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.jsonio import load_record_json
from desktop.core.messages import format_error, format_problem
from desktop.core.sync_messages import format_sync_problem
from desktop.core.villages import Village, village_to_json
from desktop.storage.paths import resolve_data_dir

if TYPE_CHECKING:  # each command imports what it uses (docs/performance.md "Start-up")
    from desktop.core.convention_json import StoredConvention
    from desktop.core.disclosure_json import StoredDisclosure
    from desktop.core.meeting_json import StoredMeeting
    from desktop.services.container import Services
    from desktop.services.search import SearchHit

log = logging.getLogger(__name__)
KINDS = ("village", "meeting", "convention", "disclosure")
PDF_DOCUMENTS = (
    "minutes",
    "invitation",
    "notice",
    "end-of-posting",
    "disclosure-list",
    "convention",
    "convention-request",
    "convention-minutes",
    "convention-decision",
    "convention-suspension",
    "convention-abolition",
    "convention-stats",
    "report",
)
AVAILABLE_KINDS = ("village", "meeting", "disclosure", "convention")
GuiRunner = Callable[[argparse.Namespace], int]


class CliArgumentError(Exception):
    """argparse found the command line malformed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliArgumentError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sodanchu", description="Sổ Dân Chủ — sổ theo dõi thực hiện dân chủ ở cơ sở")
    p.add_argument("--version", action="version", version=f"sodanchu {__version__}")
    p.add_argument("--data-dir", help="thư mục dữ liệu / data folder (or SODANCHU_DATA_DIR)")
    p.add_argument("--db-url", help="SQLAlchemy URL replacing the SQLite file (receiving level)")
    p.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ thông báo / message language")
    p.add_argument("--user", help="người thực hiện / who acts (default: the officer set up)")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="thiết lập / set up an installation")
    init.add_argument("--role", choices=[r.value for r in Role], default="commune")
    init.add_argument("--code", default="")
    init.add_argument("--name", default="")
    init.add_argument("--province-code", default="")
    init.add_argument("--province-name", default="")
    init.add_argument("--upper-name", default="")
    init.add_argument("--upper-code", default="")
    init.add_argument("--upper-kind", choices=[k.value for k in UpperKind], default="province")
    init.add_argument("--village-code", default="")
    init.add_argument("--parent-code", default="")
    init.add_argument("--parent-name", default="")
    init.add_argument("--officer", default="")
    init.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="dữ liệu mẫu / sample data")
    demo.add_argument("--scale", choices=("small", "commune-10y"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    for name in ("add", "update"):
        cmd = sub.add_parser(name, help=f"{name} a record from JSON")
        cmd.add_argument("kind", choices=KINDS)
        if name == "update":
            cmd.add_argument("uuid")
        cmd.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")

    ev = sub.add_parser("event", help="bước của vòng đời / a life-cycle step")
    ev.add_argument("kind", choices=KINDS)
    ev.add_argument("uuid")
    ev.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")

    ls = sub.add_parser("list", help="liệt kê / list records")
    ls.add_argument("kind", choices=KINDS)
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--village", default="")
    ls.add_argument("--search", default="")
    ls.add_argument("--active", action="store_true", help="only villages still active")

    show = sub.add_parser("show", help="xem / show one record")
    show.add_argument("kind", choices=KINDS)
    show.add_argument("uuid")
    show.add_argument("--json", action="store_true")

    pdf = sub.add_parser("pdf", help="in văn bản / print an official document")
    pdf.add_argument("document", choices=PDF_DOCUMENTS)
    pdf.add_argument("key", metavar="UUID|PERIOD")
    pdf.add_argument("--out", required=True)
    pdf.add_argument("--on", help="convention: the text in force on this date (YYYY-MM-DD)")

    find = sub.add_parser("search", help="tìm trong mọi bản ghi / search all records")
    find.add_argument("text")
    find.add_argument("--json", action="store_true")

    check = sub.add_parser("check", help="kiểm tra toàn vẹn / integrity and audit-chain check")
    check.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", help="sao lưu / back up the store")
    backup.add_argument("--out")

    board = sub.add_parser("board", help="bảng theo dõi đơn vị cấp dưới / receiving board")
    board.add_argument("--json", action="store_true")
    board.add_argument("--xlsx", metavar="FILE", help="also write an Excel workbook")
    board.add_argument("--pdf", metavar="FILE", help="also write a PDF")
    board.add_argument("--silent-days", metavar="N", help="this run only (default: settings)")
    add_sync_commands(sub)
    return p


def message_lang(args: argparse.Namespace | None) -> str:
    if args is not None and getattr(args, "lang", None):
        return str(args.lang)
    lang = os.environ.get("LANG", "") or os.environ.get("LC_ALL", "")
    return "en" if lang.lower().startswith("en") else "vi"


def _read_json(source: str) -> dict[str, Any]:
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


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    """A search result; spans are [start, end) offsets of the words found, for highlighting."""
    return {
        "kind": hit.kind,
        "uuid": hit.uuid,
        "title": hit.title,
        "snippet": hit.snippet,
        "title_spans": [list(s) for s in hit.title_spans],
        "snippet_spans": [list(s) for s in hit.snippet_spans],
    }


def _require_kind(kind: str) -> None:
    if kind not in AVAILABLE_KINDS:
        raise ValidationError(
            [
                FieldError(
                    "kind", "invalid_choice", {"value": kind, "choices": ", ".join(AVAILABLE_KINDS)}
                )
            ]
        )


def _village_line(v: Village) -> str:
    d = v.data
    status = "" if d.retired_on is None else f"  (thôi hoạt động {d.retired_on.isoformat()})"
    as_of = d.households_as_of.isoformat() if d.households_as_of else "-"
    return (
        f"{d.code:<8} {d.name:<28} {d.households_total or 0:>6} hộ ({as_of})  "
        f"{d.head_name}{status}  {v.uuid}"
    )


class _VillageHandler:
    empty = "Chưa có thôn/tổ dân phố nào"
    to_json = staticmethod(village_to_json)
    line = staticmethod(_village_line)

    def __init__(self, services: Services) -> None:
        self.s = services.villages

    def add(self, obj: dict[str, Any]) -> Village:
        return self.s.add_json(obj)

    def update(self, key: str, obj: dict[str, Any]) -> Village:
        return self.s.update_json(key, obj)

    def get(self, key: str) -> Village:
        return self.s.find(key)

    def list(self, args: argparse.Namespace) -> list[Village]:
        from desktop.storage.villages import VillageQuery

        return self.s.list(VillageQuery(search=args.search, include_retired=not args.active))


class _MeetingHandler:
    empty = "Chưa có hội nghị nào"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.s = services.meetings

    def add(self, obj: dict[str, Any]) -> StoredMeeting:
        if isinstance(obj.get("village"), str) and obj["village"]:
            obj = {**obj, "village": self.services.villages.find(obj["village"]).uuid}
        return self.s.add_json(obj)

    def update(self, key: str, obj: dict[str, Any]) -> StoredMeeting:
        return self.s.update_json(key, obj)

    def get(self, key: str) -> StoredMeeting:
        return self.s.get(key)

    def list(self, args: argparse.Namespace) -> list[StoredMeeting]:
        from desktop.storage.meetings import MeetingQuery

        village = self.services.villages.find(args.village).uuid if args.village else None
        return self.s.list(MeetingQuery(village_uuid=village, search=args.search))

    def to_json(self, record: StoredMeeting) -> dict[str, Any]:
        from desktop.core.meeting_json import meeting_to_json

        return meeting_to_json(record)

    def line(self, m: StoredMeeting) -> str:
        held = m.data.held_on.isoformat() if m.data.held_on else "-"
        outcome = {"passed": "Đạt", "failed": "Không đạt", "mixed": "Đạt một phần", "none": "-"}[
            m.outcome.value
        ]
        warn = f"  ⚠ {len(m.warnings)} cảnh báo" if m.warnings else ""
        return f"{held}  {m.village_name:<20} {m.data.title:<40} {outcome}{warn}  {m.uuid}"


class _DisclosureHandler:
    empty = "Chưa có nội dung công khai nào"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.s = services.disclosures

    def _villages(self, obj: dict[str, Any]) -> dict[str, Any]:
        """Postings may name their village by code on the command line."""
        postings = obj.get("postings")
        if not isinstance(postings, list):
            return obj
        fixed = []
        for p in postings:
            if isinstance(p, dict) and isinstance(p.get("village"), str) and p["village"]:
                p = {**p, "village": self.services.villages.find(p["village"]).uuid}
            fixed.append(p)
        return {**obj, "postings": fixed}

    def add(self, obj: dict[str, Any]) -> StoredDisclosure:
        return self.s.add_json(self._villages(obj))

    def update(self, key: str, obj: dict[str, Any]) -> StoredDisclosure:
        return self.s.update_json(key, self._villages(obj))

    def get(self, key: str) -> StoredDisclosure:
        return self.s.get(key)

    def list(self, args: argparse.Namespace) -> list[StoredDisclosure]:
        return self.s.list(self.s.query(search=args.search))

    def to_json(self, record: StoredDisclosure) -> dict[str, Any]:
        return self.s.to_json(record)

    def line(self, d: StoredDisclosure) -> str:
        rec = self.s.to_json(d)
        status = {
            "planned": "Kế hoạch",
            "posted": "Đang niêm yết",
            "completed": "Hoàn thành",
            "overdue": "Quá hạn",
        }.get(rec.get("status", ""), "")
        decided = d.data.decided_on.isoformat() if d.data.decided_on else "-"
        warn = f"  ⚠ {len(rec['warnings'])} cảnh báo" if rec["warnings"] else ""
        return f"{decided}  mục {d.data.category:<2} {d.data.title:<44} {status}{warn}  {d.uuid}"


class _ConventionHandler:
    empty = "Chưa có hương ước, quy ước nào"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.s = services.conventions

    def add(self, obj: dict[str, Any]) -> StoredConvention:
        if isinstance(obj.get("village"), str) and obj["village"]:
            obj = {**obj, "village": self.services.villages.find(obj["village"]).uuid}
        return self.s.add_json(obj)

    def update(self, key: str, obj: dict[str, Any]) -> StoredConvention:
        return self.s.update_json(key, obj)

    def event(self, key: str, obj: dict[str, Any]) -> StoredConvention:
        return self.s.event_json(key, obj)

    def get(self, key: str) -> StoredConvention:
        return self.s.get(key)

    def list(self, args: argparse.Namespace) -> list[StoredConvention]:
        from desktop.storage.conventions import ConventionQuery

        village = self.services.villages.find(args.village).uuid if args.village else None
        return self.s.list(ConventionQuery(village_uuid=village, search=args.search))

    def to_json(self, record: StoredConvention) -> dict[str, Any]:
        return self.s.to_json(record)

    def line(self, c: StoredConvention) -> str:
        rec = self.s.to_json(c)
        warn = f"  ⚠ {len(rec['warnings'])} cảnh báo" if rec["warnings"] else ""
        return (
            f"{c.village_name:<20} {c.data.title:<44} {rec['status'] or '-':<12} "
            f"{rec['effective_from'] or '':<10}{warn}  {c.uuid}"
        )


_HANDLERS: dict[str, Any] = {
    "convention": _ConventionHandler,
    "village": _VillageHandler,
    "meeting": _MeetingHandler,
    "disclosure": _DisclosureHandler,
}


def _board(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from desktop.services.sync_board_export import board_json, board_lines

    board = services.sync_board.board(silent_days=args.silent_days)
    written = [
        write(board, Path(file))
        for file, write in (
            (args.xlsx, services.sync_board.to_xlsx),
            (args.pdf, services.sync_board.to_pdf),
        )
        if file
    ]
    if args.json:
        _dump(board_json(board), out)
        return 0
    if not board.rows:
        out.write("Chưa có đơn vị cấp dưới nào được đăng ký (sodanchu register-child)\n")
    else:
        out.write("".join(line + "\n" for line in board_lines(board)))
    out.write("".join(f"Đã ghi: {path}\n" for path in written))
    return 0


def _pdf(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = Path(args.out)
    key, doc = args.key, args.document
    conv = services.convention_documents
    if doc == "minutes":
        services.documents.minutes_pdf(key, target)
    elif doc == "invitation":
        services.documents.invitation_pdf(key, target)
    elif doc == "notice":
        services.disclosure_documents.notice_pdf(key, target)
    elif doc == "end-of-posting":
        services.disclosure_documents.end_of_posting_pdf(key, target)
    elif doc == "disclosure-list":
        services.disclosure_documents.quarter_list_pdf(key, target)
    elif doc == "convention":
        on = _parse_day("on", args.on) if args.on else None
        conv.text_pdf(key, target, on=on)
    elif doc == "convention-request":
        conv.request_pdf(key, target)
    elif doc == "convention-minutes":
        conv.adoption_minutes_pdf(key, target)
    elif doc in ("convention-decision", "convention-suspension", "convention-abolition"):
        kind = {
            "convention-decision": "recognized",
            "convention-suspension": "suspended",
            "convention-abolition": "abolished",
        }[doc]
        conv.decision_pdf(key, target, kind=kind)
    elif doc == "report":
        services.reports.report_pdf(key, target)
    else:  # convention-stats YEAR
        if not key.isdigit() or len(key) != 4:
            raise ValidationError([FieldError("year", "invalid_int", {"value": key})])
        conv.statistics_pdf(int(key), target)
    out.write(f"{target}\n")
    return 0


def _parse_day(field: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError([FieldError(field, "invalid_date", {"value": value})]) from None


def _demo_progress(stage: str, done: int, total: int) -> None:
    sys.stderr.write(f"\r{stage}: {done}/{total}   ")
    if done == total:
        sys.stderr.write("\n")


def _run(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    cmd = args.command
    if cmd == "init":
        code = args.village_code if args.role == "village" else args.code
        data = InstallationData(
            role=Role(args.role),
            code=code,
            name=args.name,
            province_code=args.province_code,
            province_name=args.province_name,
            parent_code=args.parent_code,
            parent_name=args.parent_name,
            upper_code=args.upper_code,
            upper_name=args.upper_name,
            upper_kind=UpperKind(args.upper_kind),
            officer_name=args.officer,
        )
        inst = services.setup.initialize(data)
        if args.json:
            _dump(
                {
                    "installation_id": inst.installation_id,
                    "role": inst.data.role.value,
                    "code": inst.data.code,
                    "name": inst.data.name,
                },
                out,
            )
        else:
            out.write(f"Đã thiết lập: {inst.data.name} ({inst.data.code})\n")
        return 0
    if cmd == "demo":
        from desktop.services.demo import make_demo

        big = args.scale != "small"  # the generated scales take a while: show progress
        result = make_demo(
            services, scale=args.scale, seed=args.seed, progress=_demo_progress if big else None
        )
        out.write(f"Đã tạo dữ liệu mẫu: {result.villages} thôn/tổ dân phố\n")
        if result.generated is not None:
            g = result.generated
            out.write(
                f"{g.meetings} cuộc họp ({g.vote_items} nội dung biểu quyết), "
                f"{g.conventions} phiên bản hương ước/quy ước, {g.disclosures} nội dung công "
                f"khai ({g.postings} lần niêm yết, {g.feedback} ý kiến), "
                f"{g.attachments} tệp đính kèm\n"
            )
        return 0
    if cmd == "check":
        from desktop.services.maintenance import report_json

        report = services.maintenance.check()
        if args.json:
            out.write(report_json(report) + "\n")
        elif report.ok:
            out.write(
                f"OK: {report.journal_entries} mục nhật ký, {report.records_checked} bản ghi, "
                "chuỗi băm nguyên vẹn\n"
            )
        else:
            lang = message_lang(args)
            for line in report.integrity:
                out.write(f"LỖI integrity_check: {line}\n")
            for p in report.problems:
                text = format_problem(p.code, lang, entry_id=p.entry_id, kind=p.kind, uuid=p.uuid)
                out.write(f"LỖI {p.code}: {text}\n")
        return 0 if report.ok else 1
    if cmd == "backup":
        path = services.maintenance.backup(Path(args.out) if args.out else None)
        out.write(f"{path}\n")
        return 0
    services.setup.require_installation()
    if cmd == "search":
        hits = services.search.search(args.text)
        if args.json:
            _dump([_hit_json(h) for h in hits], out)
        elif not hits:
            out.write("Không tìm thấy bản ghi nào\n")
        else:
            for h in hits:
                out.write(f"{h.kind:<10} {h.title:<50} {h.uuid}\n")
                if h.snippet:
                    out.write(f"{'':<10} {h.snippet}\n")
        return 0
    if cmd == "pdf":
        return _pdf(args, services, out)
    if cmd == "board":
        return _board(args, services, out)
    if cmd in SYNC_COMMANDS:
        return run_sync(args, services, out, message_lang(args))
    _require_kind(args.kind)
    handler = _Worded(_HANDLERS[args.kind](services), args.kind, message_lang(args))
    if cmd == "add":
        _dump(handler.to_json(handler.add(_read_json(args.json_file))), out)
    elif cmd == "update":
        _dump(handler.to_json(handler.update(args.uuid, _read_json(args.json_file))), out)
    elif cmd == "event":
        if not hasattr(handler, "event"):
            raise ValidationError(
                [
                    FieldError(
                        "kind", "invalid_choice", {"value": args.kind, "choices": "convention"}
                    )
                ]
            )
        _dump(handler.to_json(handler.event(args.uuid, _read_json(args.json_file))), out)
    elif cmd == "show":
        record = handler.get(args.uuid)
        if args.json:
            _dump(handler.to_json(record), out)
        else:
            for key, value in handler.to_json(record).items():
                out.write(f"{key}: {value}\n")
    elif cmd == "list":
        _write_list(handler.list(args), args.json, handler, out)
    return 0


class _Worded:
    """A kind's handler whose record JSON has its warnings and rules worded in the
    person's language (``--lang``/LANG): stored records hold codes and params only."""

    def __init__(self, handler: Any, kind: str, lang: str) -> None:
        self._handler, self._kind, self._lang = handler, kind, lang

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handler, name)

    def to_json(self, record: Any) -> dict[str, Any]:
        from desktop.core.warning_words import worded_record

        return worded_record(self._kind, self._handler.to_json(record), self._lang)


def _write_list(items: Sequence[Any], as_json: bool, handler: Any, out: TextIO) -> None:
    if as_json:
        _dump([handler.to_json(r) for r in items], out)
    elif not items:
        out.write(handler.empty + "\n")
    else:
        for r in items:
            out.write(handler.line(r) + "\n")


def _quick_list(args: argparse.Namespace, data_dir: Path, out: TextIO) -> int | None:
    """``list village`` read straight from a SQLite store at head (storage/quick.py), in a
    fraction of the time SQLAlchemy takes to import; None: take the full path, which
    migrates, checks and words every error as usual."""
    if args.command != "list" or args.kind != "village" or args.db_url:
        return None
    import sqlite3

    from desktop.storage import quick
    from desktop.storage.paths import DataPaths

    try:
        with quick.reading(DataPaths(data_dir).database) as conn:
            if conn is None or quick.installation_name(conn) is None:
                return None
            items = quick.villages(conn, search=args.search, include_retired=not args.active)
    except sqlite3.Error:
        log.warning("quick village list failed; reading through the services", exc_info=True)
        return None
    _write_list(items, args.json, _VillageHandler, out)
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiRunner | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command; with no command, open the window through ``gui``."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CliArgumentError as exc:
        err.write(f"sodanchu: lỗi tham số / bad argument: {exc}\n")
        return 2
    lang = message_lang(args)
    if args.command is None:
        if gui is None:
            parser.print_help(out)
            return 0
        return gui(args)
    data_dir = resolve_data_dir(args.data_dir)
    from desktop.logsetup import setup_logging

    services: Services | None = None
    log_file: Path | None = None
    try:  # logging too: a data "folder" that is a file or read-only fails right here
        log_file = setup_logging(data_dir / "logs", verbose=args.verbose)
        quick = _quick_list(args, data_dir, out)
        if quick is not None:
            return quick
        from desktop.services.container import build_services
        from desktop.services.context import open_store

        services = build_services(open_store(data_dir, db_url=args.db_url, actor=args.user))
        return _run(args, services, out)
    except DomainError as exc:
        err.write(f"sodanchu: {format_error(exc, lang, getattr(args, 'kind', None) or '')}\n")
        for problem in getattr(exc, "problems", ()):
            err.write(f"  - {format_sync_problem(problem.code, problem.params, lang)}\n")
        return 2
    except Exception as exc:
        from desktop.storage.faults import environment_fault
        from desktop.storage.paths import DB_FILENAME

        database = None if args.db_url else data_dir / DB_FILENAME
        fault = environment_fault(exc, data_dir, database)
        if fault is not None:  # the disk, the folder or a lock: one line, exit 2
            log.warning("%s refused: %s", args.command, fault.code, exc_info=True)
            err.write(f"sodanchu: {format_error(fault, lang)}\n")
            return 2
        log.exception("internal error in %s", args.command)
        where = log_file or "stderr"
        err.write(f"sodanchu: lỗi nội bộ / internal error; xem nhật ký / see the log: {where}\n")
        return 1
    finally:
        if services is not None:
            try:
                services.close()
            except Exception:  # closing must not hide the command's outcome
                log.warning("closing the store failed", exc_info=True)
