"""The ``sodanchu`` command line (CLI.md): the same services as the window.

Exit codes: 0 success; 2 bad input or a refused action, with one line on
stderr naming the field and the rule, nothing changed; 1 internal error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from desktop import __version__
from desktop.cli_pdf import add_pdf_command, add_report_command, run_pdf, run_report
from desktop.cli_records import add_record_commands, dump, run_record, write_list
from desktop.cli_sync import SYNC_COMMANDS, add_sync_commands, run_sync
from desktop.core.errors import DomainError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.messages import format_error, format_problem
from desktop.core.sync_messages import format_sync_problem
from desktop.core.villages import VillageData, village_to_json
from desktop.services.registry import KINDS
from desktop.storage.paths import resolve_data_dir

if TYPE_CHECKING:  # each command imports what it uses (docs/performance.md "Start-up")
    from desktop.services.container import Services
    from desktop.services.search import SearchHit

log = logging.getLogger(__name__)
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
    init.add_argument("--households", type=int, default=None)
    init.add_argument("--parent-code", default="")
    init.add_argument("--parent-name", default="")
    init.add_argument("--officer", default="")
    init.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="dữ liệu mẫu / sample data")
    demo.add_argument("--scale", choices=("small", "commune-10y"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    add_record_commands(sub)

    add_pdf_command(sub)

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
    add_report_command(sub)
    add_sync_commands(sub)
    return p


def message_lang(args: argparse.Namespace | None) -> str:
    if args is not None and getattr(args, "lang", None):
        return str(args.lang)
    lang = os.environ.get("LANG", "") or os.environ.get("LC_ALL", "")
    return "en" if lang.lower().startswith("en") else "vi"


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    """A search result; spans are [start, end) offsets of the words found, for highlighting."""
    return {
        "kind": hit.kind,
        "uuid": hit.uuid,
        "title": hit.title,
        "snippet": hit.snippet,
        "title_spans": [list(s) for s in hit.title_spans],
        "snippet_spans": [list(s) for s in hit.snippet_spans],
    } | ({"unit_code": hit.unit_code, "unit_name": hit.unit_name} if hit.unit_code else {})


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
        dump(board_json(board), out)
        return 0
    if not board.rows:
        out.write("Chưa có đơn vị cấp dưới nào được đăng ký (sodanchu register-child)\n")
    else:
        out.write("".join(line + "\n" for line in board_lines(board)))
    out.write("".join(f"Đã ghi: {path}\n" for path in written))
    return 0


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
        village = None
        if data.role is Role.VILLAGE:  # its own village, set up with it (one transaction)
            village = VillageData(
                code=code, name=args.name, head_name=args.officer, households_total=args.households
            )
        inst = services.setup.initialize(data, village)
        if args.json:
            dump(
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
            dump([_hit_json(h) for h in hits], out)
        elif not hits:
            out.write("Không tìm thấy bản ghi nào\n")
        else:
            for h in hits:
                unit = f"{h.unit_code} {h.unit_name}: " if h.unit_code else ""
                out.write(f"{h.kind:<10} {unit}{h.title:<50} {h.uuid}\n")
                if h.snippet:
                    out.write(f"{'':<10} {h.snippet}\n")
        return 0
    if cmd == "pdf":
        return run_pdf(args, services, out)
    if cmd == "board":
        return _board(args, services, out)
    if cmd == "report":
        return run_report(args, services, out)
    if cmd in SYNC_COMMANDS:
        return run_sync(args, services, out, message_lang(args))
    return run_record(args, services, out, message_lang(args))


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
    records = [village_to_json(v) for v in items]
    write_list(KINDS.get("village"), records, args.json, message_lang(args), out)
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
