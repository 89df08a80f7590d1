"""Sync commands of the command line (CLI.md): export, verify, import, keys, remarks, restore.

Kept beside :mod:`desktop.cli` so that module stays readable; the same services as the window.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.errors import FieldError, ValidationError
from desktop.core.sync_messages import format_sync_problem
from desktop.core.sync_rejections import rejection_reason

if TYPE_CHECKING:  # imported when a sync command runs (cryptography: docs/performance.md)
    from desktop.services.container import Services
    from desktop.services.sync_import import ImportOutcome

SYNC_COMMANDS = (
    "export",
    "verify",
    "import",
    "register-child",
    "register-parent",
    "key",
    "remark",
    "restore",
)
STATUS_WORDS = {
    "imported": "đã nhập",
    "dry_run": "chạy thử (chưa ghi gì)",
    "already_imported": "đã nhập trước đây, không có gì thay đổi",
    "refused": "bị từ chối, không có gì thay đổi",
    "receipt": "biên nhận đã ghi nhận",
}
COUNT_WORDS = {
    "new": "mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "conflict": "xung đột",
    "rejected": "từ chối",
}
# The record counts of a backup's preview (services.restore.COUNTED).
BACKUP_COUNT_WORDS = {
    "villages": "thôn/tổ dân phố",
    "meetings": "hội nghị",
    "conventions": "hương ước/quy ước",
    "disclosures": "nội dung công khai",
}


def add_sync_commands(sub: Any) -> None:
    """Add the sync subcommands to the parser's subparsers."""
    exp = sub.add_parser("export", help="xuất gói dữ liệu / write a sync bundle")
    exp.add_argument("--out", required=True, help="a folder, or a .zip file name")
    exp.add_argument("--full", action="store_true", help="toàn bộ dữ liệu / everything")
    exp.add_argument("--split-mb", type=int, default=0, help="chia phần / parts of N MB")
    exp.add_argument("--test", action="store_true", help="Record-Status: TEST")
    exp.add_argument(
        "--confirm-new-identity",
        action="store_true",
        help="xác nhận định danh mới sau khôi phục/sao chép / confirm a new identity",
    )
    exp.add_argument("--json", action="store_true")

    ver = sub.add_parser("verify", help="kiểm tra gói hoặc biên nhận / check without importing")
    ver.add_argument("files", nargs="+")
    ver.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help="nhập gói của cấp dưới hoặc biên nhận của cấp trên")
    imp.add_argument("files", nargs="+")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--receipts-dir")
    imp.add_argument("--json", action="store_true")

    reg = sub.add_parser("register-child", help="đăng ký khóa của đơn vị cấp dưới")
    reg.add_argument("--code", default="")
    reg.add_argument("--name", default="")
    reg.add_argument("--key", required=True, metavar="FILE")
    reg.add_argument("--replace", action="store_true", help="thay khóa / re-key")
    reg.add_argument(
        "--relays",
        help="mã các thôn mà xã này chuyển tiếp, cách nhau bởi dấu phẩy (mặc định: theo tệp "
        "đăng ký) / village codes this commune relays, comma separated",
    )

    par = sub.add_parser("register-parent", help="đăng ký khóa của cấp trên (biên nhận)")
    par.add_argument("--key", required=True, metavar="FILE")

    key = sub.add_parser("key", help="khóa của máy này / this installation's key")
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    key_export = key_sub.add_parser("export", help="tệp đăng ký khóa (.json) hoặc phiếu (.pdf)")
    key_export.add_argument("--out", required=True)
    key_sub.add_parser("show", help="dấu vân tay / fingerprint")
    key_new = key_sub.add_parser(
        "new", help="tạo khóa mới khi khóa cũ bị mất (phải đăng ký lại với cấp trên)"
    )
    key_new.add_argument(
        "--confirm", action="store_true", help="xác nhận tạo khóa mới / confirm a new key"
    )

    res = sub.add_parser("restore", help="khôi phục từ bản sao lưu / restore a backup")
    res.add_argument("file")
    res.add_argument(
        "--confirm-other-unit",
        action="store_true",
        help="khôi phục cả bản sao lưu của đơn vị khác / restore another unit's backup",
    )

    rem = sub.add_parser("remark", help="ghi chú cho bản ghi của cấp dưới (gửi kèm biên nhận)")
    rem.add_argument("uuid")
    rem.add_argument("text")


def _outcome_json(o: ImportOutcome, lang: str) -> dict[str, Any]:
    return {
        "files": [str(f) for f in o.files],
        "bundle_id": o.bundle_id,
        "child_code": o.child_code,
        "seq": o.seq,
        "status": o.status,
        "counts": o.counts,
        "details": o.details,
        "problems": [
            {
                "code": p.code,
                "file": p.where,
                "message": format_sync_problem(p.code, p.params, lang),
            }
            for p in o.problems
        ],
        "missing_seqs": o.missing_seqs,
        "receipt": str(o.receipt) if o.receipt else None,
        "complete": o.complete,
    }


def _write_outcome(o: ImportOutcome, out: TextIO, lang: str) -> None:
    names = ", ".join(f.name for f in o.files)
    head = f"{names}: {STATUS_WORDS.get(o.status, o.status)}"
    if o.child_code:
        head += f" — đơn vị {o.child_code}, gói số {o.seq}"
    out.write(head + "\n")
    if o.status in ("imported", "dry_run", "already_imported"):
        out.write("  " + ", ".join(f"{COUNT_WORDS[k]} {v}" for k, v in o.counts.items()) + "\n")
    for d in o.details:
        if d.get("reason") != "older":
            reason = rejection_reason(d, lang)
            out.write(f"  - bản ghi {d['uuid']} phiên bản {d['version']}: {reason}\n")
    for p in o.problems:
        where = f"[{p.where}] " if p.where and len(o.files) > 1 else ""
        out.write(f"  - {where}{format_sync_problem(p.code, p.params, lang)}\n")
    if o.missing_seqs:
        seqs = ", ".join(map(str, o.missing_seqs))
        out.write(f"  Cảnh báo: còn thiếu gói số {seqs} của đơn vị {o.child_code}\n")
    if o.complete is False:
        out.write(
            "  Dữ liệu của đơn vị chưa đầy đủ so với số liệu tại đơn vị (chờ các gói còn thiếu)\n"
        )
    if o.receipt:
        out.write(f"  Biên nhận: {o.receipt}\n")


def run_sync(args: argparse.Namespace, services: Services, out: TextIO, lang: str) -> int:
    """Run one sync command; returns the exit code (2 when any file was refused)."""
    cmd = args.command
    if cmd == "export":
        if args.split_mb < 0:
            raise ValidationError([FieldError("split_mb", "min", {"min": 0})])
        if args.confirm_new_identity and services.sync.identity_problem() is not None:
            inst = services.sync.confirm_new_identity()
            out.write(f"Đã nhận định danh mới: {inst.installation_id}\n")
        result = services.sync.export(
            Path(args.out),
            full=args.full,
            split_bytes=args.split_mb * 1024 * 1024 or None,
            record_status="TEST" if args.test else "NEW",
        )
        if args.json:
            body = {
                "files": [str(f) for f in result.files],
                "bundle_id": result.bundle_id,
                "seq": result.seq,
                "records": result.records,
                "attachments": result.attachments,
                "full": result.full,
            }
            out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        else:
            for f in result.files:
                out.write(f"{f}\n")
            if args.test:  # checks the path only: no number is used, nothing acknowledged
                out.write(f"Gói THỬ (không dùng số gói, số {result.seq} vẫn để cho gói thật): ")
            else:
                out.write(f"Gói số {result.seq}: ")
            out.write(f"{result.records} bản ghi, ")
            out.write(f"{result.attachments} tệp đính kèm\n")
        return 0
    if cmd in ("verify", "import"):
        paths = [Path(f) for f in args.files]
        if cmd == "verify":
            outcomes = services.sync_import.verify(paths)
        else:
            outcomes = services.sync_import.import_files(
                paths,
                dry_run=args.dry_run,
                receipts_dir=Path(args.receipts_dir) if args.receipts_dir else None,
            )
        if args.json:
            body_list = [_outcome_json(o, lang) for o in outcomes]
            out.write(json.dumps(body_list, ensure_ascii=False, indent=2) + "\n")
        else:
            for o in outcomes:
                _write_outcome(o, out, lang)
        return 2 if any(o.status == "refused" for o in outcomes) else 0
    if cmd == "register-child":
        relays = None
        if args.relays is not None:
            relays = [c.strip() for c in args.relays.split(",") if c.strip()]
        child = services.sync_import.register_child(
            Path(args.key), code=args.code, name=args.name, replace=args.replace, relays=relays
        )
        out.write(f"Đã đăng ký {child.name} ({child.code}), khóa {child.fingerprint}\n")
        if child.relays:
            out.write(f"  Được chuyển tiếp dữ liệu của các thôn: {', '.join(child.relays)}\n")
        return 0
    if cmd == "register-parent":
        info = services.sync.register_parent(Path(args.key))
        out.write(
            f"Đã đăng ký khóa cấp trên {info.fingerprint}\n"
            "  Đối chiếu dấu vân tay này với phiếu đăng ký khóa của cấp trên trước khi nhập "
            "biên nhận\n"
        )
        return 0
    if cmd == "key":
        if args.key_command == "show":
            info = services.sync.ensure_keys()
            out.write(f"Key-Id {info.key_id}\nDấu vân tay: {info.fingerprint}\n")
            return 0
        if args.key_command == "new":
            if not args.confirm:
                raise ValidationError([FieldError("confirm", "required")])
            info = services.sync.new_key()
            out.write(
                f"Đã tạo khóa mới Key-Id {info.key_id}\nDấu vân tay: {info.fingerprint}\n"
                "Gửi tệp đăng ký khóa mới cho cấp trên (sodanchu key export --out khoa.json)\n"
            )
            return 0
        target = Path(args.out)
        if target.suffix.lower() == ".pdf":
            services.sync.registration_sheet(target)
        else:
            services.sync.export_key(target)
        out.write(f"{target}\n")
        return 0
    if cmd == "restore":
        restored = services.backups.restore(
            Path(args.file), confirm_other_unit=args.confirm_other_unit
        )
        p = restored.preview
        counts = ", ".join(f"{v} {BACKUP_COUNT_WORDS.get(k, k)}" for k, v in p.counts.items())
        out.write(f"Bản sao lưu của {p.unit_name} ({p.unit_code}), lược đồ {p.schema}: {counts}\n")
        if p.other_unit:
            out.write(
                f"CẢNH BÁO: đã thay dữ liệu của {p.current_name} ({p.current_code}) bằng dữ "
                f"liệu của {p.unit_name} ({p.unit_code})\n"
            )
        out.write(
            f"Đã khôi phục từ {args.file}. Dữ liệu trước khi khôi phục được giữ tại "
            f"{restored.saved}\n"
        )
        if services.sync.identity_problem() is not None:
            out.write(
                "Máy này đã gửi gói dữ liệu sau thời điểm sao lưu: lần xuất gói tới sẽ hỏi "
                "xác nhận định danh mới (sodanchu export --confirm-new-identity)\n"
            )
        return 0
    if cmd == "remark":
        services.sync_import.add_remark(args.uuid, args.text)
        out.write("Đã ghi; ý kiến được gửi kèm biên nhận tiếp theo cho đơn vị\n")
        return 0
    raise ValueError(cmd)
