"""The reporting board written out: Excel (openpyxl), PDF, JSON and text lines."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

from desktop.documents.sync_docs import board_pdf
from desktop.services.sync_board import Board, BoardRow, Counts, local_time

PDF_HEADER = (
    "Đơn vị (mã)",
    "Gói cuối",
    "Ngày lập",
    "Nhận lúc",
    "Số gói",
    "Gói còn thiếu",
    "Số ngày chưa gửi",
    "Số hội nghị",
    "Nội dung thông qua",
    "Không thông qua",
    "Số việc",
    "Trễ hạn",
    "Niêm yết chưa đủ",
    "Đang hiệu lực",
    "Tạm ngưng",
    "Bãi bỏ",
    "Được thay thế",
    "Khác",
)


# Widths of the columns after the child's name (mm); the name takes what is left.
PDF_WIDTHS_MM = (10, 16, 23, 10, 14, 12, *([11.5] * 11))
PDF_GROUPS = (
    ("Gói dữ liệu", 1, 6),
    ("Hội nghị thôn", 7, 9),
    ("Công khai", 10, 12),
    ("Hương ước, quy ước", 13, 17),
)


def figures(c: Counts) -> list[int]:
    """The board's count columns, in the order every output shows them."""
    return [
        c.meetings,
        c.items_passed,
        c.items_failed,
        c.disclosures,
        c.late,
        c.short_postings,
        c.in_force,
        c.suspended,
        c.abolished,
        c.superseded,
        c.other_conventions,
    ]


def missing_text(row: BoardRow, *, covered: bool = False) -> str:
    """``2, 5``; the streams of successive installation identities separated by ``;``.
    ``covered``: the numbers a later bundle covered instead of those really missing."""
    streams: dict[str, list[int]] = defaultdict(list)
    for inst, seq in row.covered if covered else row.missing:
        streams[inst].append(seq)
    return "; ".join(", ".join(map(str, seqs)) for seqs in streams.values())


BOARD_SHEET = "Bảng theo dõi"
MISSING_SHEET = "Gói còn thiếu"
HEADER = (
    "Mã",
    "Đơn vị",
    "Gói cuối (số)",
    "Ngày lập gói",
    "Thời điểm nhận",
    "Số gói đã nhận",
    "Gói còn thiếu",
    "Số ngày chưa gửi",
    "Quá hạn chưa gửi",
    "Số hội nghị",
    "Nội dung thông qua",
    "Nội dung không thông qua",
    "Số việc công khai",
    "Công khai trễ hạn",
    "Niêm yết chưa đủ",
    "Hương ước đang hiệu lực",
    "Hương ước tạm ngưng",
    "Hương ước bãi bỏ",
    "Hương ước được thay thế",
    "Hương ước khác",
)
WIDTHS = (10, 34, 10, 13, 17, 10, 16, 11, 9, *([12] * 11))
MISSING_HEADER = ("Mã", "Đơn vị", "Số thứ tự gói còn thiếu", "Mã định danh cài đặt")
_SILENT = "F8D7DA"  # the light red of the window's warning rows
_HEAD = "E8E8E8"
# openpyxl is imported when a workbook is written, not when the window starts.


def _header(ws: Worksheet, titles: tuple[str, ...], widths: tuple[int, ...]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(list(titles))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[1].height = 45  # three wrapped lines: Excel does not grow it by itself


def _cell(text: str) -> str:
    """Text fit for a cell: the control characters XML 1.0 (and so openpyxl) refuses, such
    as a name registered before names were cleaned, become spaces."""
    return "".join(" " if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in text)


def write_xlsx(board: Board, path: Path) -> Path:
    """Write ``board`` to ``path`` (replaced whole: a half-written file is never left)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = BOARD_SHEET
    _header(ws, HEADER, WIDTHS)
    ws.freeze_panes = "C2"
    for r in board.rows:
        ws.append(
            [
                _cell(r.code),
                _cell(r.name),
                r.last_seq,
                r.last_bagging_date,
                local_time(r.last_imported_at),
                r.bundles,
                missing_text(r) or None,
                r.days_silent,
                "có" if r.silent else "không",
                *figures(r.counts),
            ]
        )
        row = ws.max_row
        ws.cell(row, 4).number_format = "DD/MM/YYYY"
        ws.cell(row, 5).number_format = "DD/MM/YYYY HH:MM"
        if r.silent:
            for col in (1, 2, 8, 9):
                ws.cell(row, col).fill = PatternFill("solid", fgColor=_SILENT)
    ws.append(
        [
            "Tổng cộng",
            f"{len(board.rows)} đơn vị, {board.silent} chưa gửi dữ liệu "
            f"quá {board.silent_days} ngày",
            None,
            None,
            None,
            board.bundles,
            board.missing,
            None,
            board.silent,
            *figures(board.totals),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)

    gaps = wb.create_sheet(MISSING_SHEET)
    _header(gaps, MISSING_HEADER, (10, 34, 14, 40))
    gaps.freeze_panes = "A2"
    for r in board.rows:
        for inst, seq in r.missing:
            gaps.append([_cell(r.code), _cell(r.name), seq, inst])

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path


def pdf_table(board: Board) -> tuple[list[str], list[list[object]], list[int]]:
    """The board as printed: header, rows with a totals row, and the silent rows' indexes."""
    rows: list[list[object]] = []
    silent: list[int] = []
    for i, r in enumerate(board.rows):
        imported = local_time(r.last_imported_at)
        rows.append(
            [
                f"{r.name} ({r.code})",
                r.last_seq if r.last_seq is not None else "—",
                f"{r.last_bagging_date:%d/%m/%Y}" if r.last_bagging_date else "—",
                f"{imported:%d/%m/%Y %H:%M}" if imported else "—",
                r.bundles,
                missing_text(r) or "—",
                r.days_silent if r.days_silent is not None else "chưa gửi",
                *figures(r.counts),
            ]
        )
        if r.silent:
            silent.append(i)
    rows.append(
        [
            f"Tổng cộng: {len(board.rows)} đơn vị, {board.silent} quá hạn chưa gửi dữ liệu",
            "",
            "",
            "",
            board.bundles,
            board.missing,
            "",
            *figures(board.totals),
        ]
    )
    return list(PDF_HEADER), rows, silent


def board_json(board: Board) -> dict[str, Any]:
    """The board for scripts (``sodanchu board --json``); times in UTC, dates ISO."""

    def counts(c: Counts) -> dict[str, int]:
        return {f.name: getattr(c, f.name) for f in fields(c)} | {"conventions": c.conventions}

    return {
        "today": board.today.isoformat(),
        "silent_days": board.silent_days,
        "receiver": {"code": board.receiver_code, "name": board.receiver_name},
        "children": [
            {
                "code": r.code,
                "name": r.name,
                "role": r.role,
                "bundles": r.bundles,
                "last_seq": r.last_seq,
                "last_bagging_date": r.last_bagging_date.isoformat()
                if r.last_bagging_date
                else None,
                "last_imported_at": r.last_imported_at.isoformat().replace("+00:00", "Z")
                if r.last_imported_at
                else None,
                "missing_seqs": r.missing_seqs,
                "missing": [{"installation_id": i, "seq": s} for i, s in r.missing],
                "covered_seqs": r.covered_seqs,
                "covered": [{"installation_id": i, "seq": s} for i, s in r.covered],
                "days_silent": r.days_silent,
                "silent": r.silent,
                "counts": counts(r.counts),
            }
            for r in board.rows
        ],
        "totals": {
            "children": len(board.rows),
            "bundles": board.bundles,
            "missing": board.missing,
            "covered": sum(len(r.covered) for r in board.rows),
            "silent": board.silent,
            "counts": counts(board.totals),
        },
    }


def civic_text(c: Counts) -> str:
    """Issue 16's counters, when a child sent any (older boards read as before)."""
    parts = [
        (c.consultations, "lấy ý kiến"),
        (c.dialogues, "đối thoại"),
        (c.ttnd_boards, "Ban TTND"),
        (c.gsdtcd_boards, "Ban GSĐTCĐ"),
        (c.ttnd_inspections, "cuộc kiểm tra"),
    ]
    shown = ", ".join(f"{label} {n}" for n, label in parts if n)
    return f"; {shown}" if shown else ""


def board_lines(board: Board) -> list[str]:
    """One line per child and a totals line (``sodanchu board``), in Vietnamese."""
    out = []
    for r in board.rows:
        c = r.counts
        if r.last_seq is None:
            last = "chưa gửi gói nào"
        else:
            last = f"gói {r.last_seq} lập {r.last_bagging_date:%d/%m/%Y}, {r.days_silent} ngày"
        gaps = f"; thiếu gói {missing_text(r)}" if r.missing else ""
        if r.covered:  # never arrived, but a later bundle carried all they held
            gaps += f"; gói {missing_text(r, covered=True)} không đến nhưng đã được gói sau bù đủ"
        mark = "IM LẶNG " if r.silent else ""
        out.append(
            f"{mark}{r.code} {r.name}: {last}{gaps}; {r.bundles} gói; hội nghị {c.meetings} "
            f"(thông qua {c.items_passed}, không thông qua {c.items_failed}); công khai "
            f"{c.disclosures} (trễ {c.late}, niêm yết chưa đủ {c.short_postings}); hương ước "
            f"hiệu lực {c.in_force}, tạm ngưng {c.suspended}, bãi bỏ {c.abolished}, "
            f"thay thế {c.superseded}, khác {c.other_conventions}{civic_text(c)}"
        )
    out.append(
        f"Tổng cộng: {len(board.rows)} đơn vị, {board.silent} chưa gửi dữ liệu quá "
        f"{board.silent_days} ngày, {board.bundles} gói, {board.missing} gói còn thiếu"
    )
    return out


def write_pdf(board: Board, path: Path) -> Path:
    header, rows, silent = pdf_table(board)
    lines = [
        f"Đơn vị tiếp nhận: {board.receiver_name} ({board.receiver_code})",
        f"Ngày lập: {board.today:%d/%m/%Y}. Đơn vị chưa gửi dữ liệu quá {board.silent_days} "
        "ngày (hoặc chưa gửi lần nào) được tô màu.",
    ]
    data = board_pdf(
        "BẢNG THEO DÕI TIẾP NHẬN DỮ LIỆU ĐỒNG BỘ",
        header,
        rows,
        subtitle=lines,
        highlight=silent,
        widths_mm=PDF_WIDTHS_MM,
        groups=PDF_GROUPS,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
