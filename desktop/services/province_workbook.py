"""The receiving level's period report as an Excel workbook (openpyxl; issue 14): a sheet
per section, a row per unit (its code first), a totals row last; the first sheet names
the units and says which have not reported for the period. Headings are the printed
report's (the period report's template), so the workbook and the PDF say the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.conventions import ConventionStatus
from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
from desktop.documents.period_citizen import (
    CITIZEN_SECTIONS,
    indicator_keys,
    indicator_labels,
    indicators,
)
from desktop.documents.period_report import (
    CONVENTION_EVENTS,
    DECISION_MATTERS,
    MEETING_FORMS,
    DisclosureItemCounts,
    MeetingFormCounts,
    PeriodFigures,
)
from desktop.documents.province_report import ProvinceFigures, UnitFigures, province_template
from desktop.documents.templates import DocumentTemplate

Cell = int | str
Columns = tuple[tuple[str, ...], Callable[[PeriodFigures], list[Cell]]]
UNITS_SHEET = "Đơn vị"
TOTAL = "Tổng cộng"
_HEAD = "E8E8E8"
_SILENT = "F8D7DA"  # the light red of the window's warning rows


def _disclosures(tpl: DocumentTemplate) -> Columns:
    none = DisclosureItemCounts()
    heads = ["Số nội dung", "Chậm", "Quá hạn chưa công khai", "Niêm yết chưa đủ", "Lượt niêm yết"]
    heads += [f"Khoản {c.number}: {c.short_vi}" for c in CATEGORIES]
    heads += [f"Hình thức: {form.label('vi')}" for form in DisclosureForm]

    def row(f: PeriodFigures) -> list[Cell]:
        d = f.disclosures.values()
        out: list[Cell] = [
            sum(x.disclosed for x in d),
            sum(x.late for x in d),
            sum(x.overdue for x in d),
            sum(x.short for x in d),
            f.postings,
        ]
        out += [f.disclosures.get(c.number, none).disclosed for c in CATEGORIES]
        return out + [f.forms.get(form.value, 0) for form in DisclosureForm]

    return tuple(heads), row


def _meetings(tpl: DocumentTemplate) -> Columns:
    forms = tpl.lines("meeting_forms", {})
    matters = tpl.lines("matters", {})
    heads = [f"{name}: {what}" for name in forms for what in ("số cuộc", "biên bản gửi chậm")]
    heads += [f"{m}: {what}" for m in matters for what in ("thông qua", "không thông qua")]

    def row(f: PeriodFigures) -> list[Cell]:
        out: list[Cell] = []
        for form in MEETING_FORMS:
            m = f.meetings.get(form, MeetingFormCounts())
            out += [m.held, m.minutes_late]
        for matter in DECISION_MATTERS:
            out += list(f.decided(matter.value))
        return out

    return tuple(heads), row


def _conventions(tpl: DocumentTemplate) -> Columns:
    """D61 Art. 16: recognised, not recognised, amended or replaced, suspended, abolished
    in the period; then the state of each on the last day."""
    events = tpl.lines("convention_events", {})
    states = tpl.lines("convention_states", {})
    heads = (*events, *(f"Tình trạng: {s}" for s in states))

    def row(f: PeriodFigures) -> list[Cell]:
        out: list[Cell] = [f.convention_events.get(k, 0) for k in CONVENTION_EVENTS]
        return out + [f.convention_states.get(s.value, 0) for s in ConventionStatus]

    return heads, row


def _feedback(tpl: DocumentTemplate) -> Columns:
    def row(f: PeriodFigures) -> list[Cell]:
        return [f.feedback.received, f.feedback.answered, f.feedback.unanswered]

    return ("Ý kiến tiếp nhận", "Đã trả lời", "Chưa trả lời"), row


def _citizen(section: str) -> Callable[[DocumentTemplate], Columns]:
    def columns(tpl: DocumentTemplate) -> Columns:
        labels = indicator_labels(tpl)
        heads = tuple(labels[k] for k in indicator_keys(section))

        def row(f: PeriodFigures) -> list[Cell]:
            return [v for _, v in indicators(section, f.citizen)]

        return heads, row

    return columns


SHEETS: tuple[tuple[str, Callable[[DocumentTemplate], Columns]], ...] = (
    ("Công khai", _disclosures),
    ("Hội nghị, quyết định", _meetings),
    ("Hương ước, quy ước", _conventions),
    ("Ý kiến phản ánh", _feedback),
    *zip(
        ("Tiếp công dân", "Đơn thư", "Khiếu nại, tố cáo", "Lấy ý kiến, đối thoại, giám sát"),
        (_citizen(s) for s in CITIZEN_SECTIONS),
        strict=True,
    ),
)


def _cell(text: str) -> str:
    """Text fit for a cell (XML 1.0 refuses control characters)."""
    return "".join(" " if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in text)


def _sheet(wb: object, title: str, heads: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)  # type: ignore[attr-defined]
    ws.append(["Mã", "Đơn vị", *heads])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 60
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 30
    for i in range(3, len(heads) + 3):
        ws.column_dimensions[get_column_letter(i)].width = 14
    for row in rows:
        ws.append([_cell(v) if isinstance(v, str) else v for v in row])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "C2"


def write_workbook(figures: ProvinceFigures, path: Path) -> Path:
    """Write the workbook to ``path`` (the caller writes through a temporary name)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    tpl = province_template()
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    units = [
        [u.code, u.name, u.last_bundle_on.isoformat() if u.last_bundle_on else "", _said(u)]
        for u in figures.units
    ]
    silent = len(figures.silent)
    units.append(["", TOTAL, "", f"{len(figures.units) - silent}/{len(figures.units)} đã gửi"])
    _sheet(wb, UNITS_SHEET, ("Ngày lập gói gần nhất", f"Kỳ {figures.period.key}"), units)
    ws = wb[UNITS_SHEET]
    for n, u in enumerate(figures.units, start=2):
        if not u.reported:
            for cell in ws[n]:
                cell.fill = PatternFill("solid", fgColor=_SILENT)
    for title, columns in SHEETS:
        heads, row = columns(tpl)
        rows = [[u.code, u.name, *row(u.figures)] for u in figures.units]
        rows.append(["", TOTAL, *row(figures.total)])
        _sheet(wb, title, heads, rows)
    wb.save(path)
    return path


def _said(u: UnitFigures) -> str:
    return "Đã gửi" if u.reported else "Chưa gửi dữ liệu cho kỳ này"
