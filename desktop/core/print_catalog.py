"""The documents each record kind prints, declared once (issues 15 and 16; DOMAIN.md §4).

The command line (``sodanchu pdf NAME KEY``) and the window's «In giấy tờ…» menu both
iterate :data:`PRINTABLE`; the service that builds each document is keyed by the same
name (:mod:`desktop.services.civic_documents`). Stdlib only, so the command line builds
its choices without loading the storage or ReportLab.

``scope`` says what the key is: ``record`` — a record's uuid; ``visit`` — a reception
session's uuid and the visit's row (``--visit N``, 1-based); ``period`` — a period
(``2026``, ``2026H1``, ``2026Q1``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scope = Literal["record", "visit", "period"]
Lang = str


@dataclass(frozen=True)
class Printable:
    """One document a kind prints.

    Attributes:
        name: the command-line name (``reception-book``).
        kind: the record kind it belongs to.
        scope: what identifies one document (see the module docstring).
        form: the national form it follows (``Mẫu 03 TT04/2021/TT-TTCP``), or ``""`` for
            an editable template of the Decree 30 layout (no national form found, §4).
        vi, en: the document's name in the menu.
    """

    name: str
    kind: str
    scope: Scope
    form: str
    vi: str
    en: str

    def label(self, lang: Lang = "vi") -> str:
        return self.en if lang == "en" else self.vi


TT04 = "Thông tư số 04/2021/TT-TTCP"
TT05 = "Thông tư số 05/2021/TT-TTCP"

PRINTABLE: tuple[Printable, ...] = (
    # Citizen reception (DOMAIN.md §4.1; TT04).
    Printable(
        "reception-book",
        "reception",
        "period",
        f"Mẫu số 03 ban hành kèm theo {TT04}",
        "Sổ tiếp công dân (theo kỳ)",
        "Reception book (for a period)",
    ),
    Printable(
        "reception-receipt",
        "reception",
        "visit",
        f"Mẫu số 02 ban hành kèm theo {TT04}",
        "Giấy biên nhận thông tin, tài liệu",
        "Receipt of documents",
    ),
    Printable(
        "reception-refusal",
        "reception",
        "visit",
        "",
        "Thông báo từ chối tiếp công dân",
        "Refusal of reception notice",
    ),
    Printable(
        "reception-schedule",
        "reception",
        "period",
        "",
        "Thông báo lịch tiếp công dân của Chủ tịch",
        "Chairman's reception schedule",
    ),
    # Letters (§4.2; TT05).
    Printable(
        "letter-register",
        "letter",
        "period",
        "",
        "Sổ theo dõi đơn (theo kỳ)",
        "Register of letters (for a period)",
    ),
    Printable(
        "letter-proposal",
        "letter",
        "record",
        f"Mẫu số 01 ban hành kèm theo {TT05}",
        "Phiếu đề xuất thụ lý đơn",
        "Acceptance proposal",
    ),
    Printable(
        "letter-guidance",
        "letter",
        "record",
        f"Mẫu số 02 ban hành kèm theo {TT05}",
        "Văn bản hướng dẫn",
        "Guidance letter",
    ),
    Printable(
        "letter-forwarding",
        "letter",
        "record",
        f"Mẫu số 03 ban hành kèm theo {TT05}",
        "Phiếu chuyển đơn",
        "Forwarding slip",
    ),
    # Complaints and denunciations (§4.3, §4.4).
    Printable(
        "case-acceptance",
        "case",
        "record",
        "",
        "Thông báo thụ lý / không thụ lý",
        "Acceptance / non-acceptance notice",
    ),
    # The case's steps (§4.3, §4.4): D124 / D31 forms not seen, editable templates; each
    # prints the case's latest step of its type (desktop.documents.case_parts.STEPS).
    Printable(
        "case-dialogue",
        "case",
        "record",
        "",
        "Biên bản đối thoại (khiếu nại)",
        "Dialogue minutes (complaint)",
    ),
    Printable(
        "case-decision",
        "case",
        "record",
        "",
        "Quyết định giải quyết khiếu nại lần đầu",
        "First-instance complaint decision",
    ),
    Printable(
        "case-acceptance-decision",
        "case",
        "record",
        "",
        "Quyết định thụ lý tố cáo",
        "Denunciation acceptance decision",
    ),
    Printable(
        "case-extension",
        "case",
        "record",
        "",
        "Quyết định gia hạn giải quyết tố cáo",
        "Denunciation extension decision",
    ),
    Printable(
        "case-suspension",
        "case",
        "record",
        "",
        "Quyết định tạm đình chỉ giải quyết",
        "Suspension decision",
    ),
    Printable(
        "case-conclusion",
        "case",
        "record",
        "",
        "Kết luận nội dung tố cáo",
        "Denunciation conclusion",
    ),
    # Issue 16 (§4.6–§4.9): no national forms, editable templates.
    Printable(
        "consultation-plan",
        "consultation",
        "record",
        "",
        "Kế hoạch lấy ý kiến Nhân dân",
        "Consultation plan",
    ),
    Printable(
        "consultation-report",
        "consultation",
        "record",
        "",
        "Báo cáo kết quả lấy ý kiến",
        "Consultation results report",
    ),
    Printable(
        "dialogue-minutes",
        "dialogue",
        "record",
        "",
        "Biên bản hội nghị đối thoại",
        "Dialogue minutes",
    ),
    Printable(
        "oversight-plan",
        "oversight",
        "record",
        "",
        "Kế hoạch kiểm tra, giám sát của Ban",
        "Board's plan",
    ),
    Printable(
        "oversight-recommendation",
        "oversight",
        "record",
        "",
        "Văn bản kiến nghị của Ban",
        "Board's recommendation",
    ),
    Printable(
        "oversight-report",
        "oversight",
        "record",
        "",
        "Báo cáo kết quả kiểm tra, giám sát",
        "Board's report",
    ),
)
BY_NAME: dict[str, Printable] = {p.name: p for p in PRINTABLE}


def printable_for(kind: str) -> tuple[Printable, ...]:
    """The documents a record of ``kind`` prints, in menu order."""
    return tuple(p for p in PRINTABLE if p.kind == kind)
