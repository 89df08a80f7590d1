"""What the issue 15 documents print (DOMAIN.md §4.1–§4.4), built from record JSON.

Each ``*_draft`` takes the JSON of a record (``RecordService.to_json``) already stripped of
its confidential fields, the person added back only where
:func:`desktop.core.confidential.identity_printable` allows it (the service does both), and
returns a :class:`~desktop.documents.civic_print.Draft`. Books are A4 landscape tables with
the TT04 Mẫu 03 columns; the wording lives in ``resources/templates/civic_*_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.citizen_common import L136_FROM
from desktop.core.text import day_text
from desktop.core.value_labels import value_label
from desktop.core.warning_words import worded_record
from desktop.documents.civic_print import LANDSCAPE_TEXT_MM, Draft
from desktop.documents.model import BodyTable

Record = Mapping[str, Any]
BLANK_DAY = "....../....../......"  # a day to write by hand
_YES_NO: dict[object, str] = {True: "Có", False: "Không"}
HIDDEN = "(Thông tin được giữ bí mật - khoản 2 Điều 3 Luật Tiếp công dân)"


def day(value: object, blank: str = "") -> str:
    """An ISO day of the JSON as ``05/03/2026`` (blank when none)."""
    if not value:
        return blank
    return day_text(dt.date.fromisoformat(str(value)))


def iso(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def label(vocabulary: str, value: object, blank: str = "") -> str:
    return value_label(vocabulary, value) if value not in (None, "") else blank


def deadline_words(kind: str, record: Record, code: str) -> str:
    """The first computed deadline ``code`` in words with its article and its day
    (``Hạn trả lời công dân: 10 ngày làm việc kể từ 03/03/2026 (Điều 28 ...), đến hết
    ngày 17/03/2026``); empty when the record has none."""
    for d in worded_record(kind, record).get("deadlines") or []:
        if isinstance(d, Mapping) and d.get("code") == code:
            due = day(d.get("due"))
            return f"{d['message']}, đến hết ngày {due}" if due else str(d["message"])
    return ""


def person(row: Record, name: str, address: str = "", id_no: str = "") -> str:
    """The person as printed: name, address and ID, or :data:`HIDDEN` when the service
    removed the name (a denouncer's identity, LTCD Art. 3(2))."""
    if not row.get(name):
        return HIDDEN
    value = row[name]
    text = ", ".join(value) if isinstance(value, list) else str(value)
    extra = [str(row.get(k) or "") for k in (address, id_no) if k]
    return "; ".join(x for x in (text, *extra) if x)


def _visit_rows(sessions: Sequence[Record]) -> list[tuple[str, Record]]:
    out = []
    for s in sorted(sessions, key=lambda r: str(r.get("session_on") or "")):
        for v in s.get("visits") or []:
            out.append((str(v.get("on") or s.get("session_on") or ""), v))
    return out


def reception_book_draft(sessions: Sequence[Record], period: Mapping[str, str]) -> Draft:
    """Sổ tiếp công dân (TT04 Mẫu 03) for a period: one row per visit, A4 landscape."""
    rows = []
    people = 0
    for no, (on, v) in enumerate(_visit_rows(sessions), start=1):
        people += int(v.get("people") or 0)
        matter = label("matter_type", v.get("matter_type"))
        if int(v.get("people") or 0) > 1:
            matter += f" ({v['people']} người)"
        handling = "; ".join(
            x
            for x in (
                label("visit_handling", v.get("handling")),
                str(v.get("handled_to") or ""),
                f"Văn bản số {v['letter_no']}" if v.get("letter_no") else "",
            )
            if x
        )
        rows.append(
            (
                str(no),
                day(on),
                person(v, "name", "address", "id_no"),
                str(v.get("summary") or ""),
                matter,
                str(v.get("decided_by") or ""),
                handling,
                str(v.get("result") or ""),
                str(v.get("note") or ""),
            )
        )
    table = BodyTable(
        (
            "STT",
            "Ngày tiếp",
            "Họ và tên, địa chỉ, số định danh cá nhân",
            "Nội dung vụ việc",
            "Phân loại đơn, số người",
            "Cơ quan đã giải quyết",
            "Hướng dẫn, chuyển đơn, theo dõi",
            "Theo dõi kết quả",
            "Ghi chú",
        ),
        tuple(rows),
        widths=(0.6, 1.25, 2.2, 2.5, 1.3, 1.3, 1.8, 1.3, 0.9),
        align=("center", "center", "left", "left", "left", "left", "left", "left", "left"),
        width_mm=LANDSCAPE_TEXT_MM,
        font_size=10,
    )
    values = {**period, "visits": str(len(rows)), "people": str(people)}
    parts = ("opening", table, "totals") if rows else ("opening", "empty")
    return Draft("civic_reception_book_vi.txt", "", None, values, parts, False, True)


def _visit(session: Record, seq: int) -> Record:
    return (session.get("visits") or [])[seq - 1]  # type: ignore[no-any-return]


def _visit_values(session: Record, seq: int) -> dict[str, str]:
    v = _visit(session, seq)
    return {
        "session_on": day(v.get("on") or session.get("session_on")),
        "place": str(session.get("place") or ""),
        "presided_by": str(session.get("presided_by") or ""),
        "person": person(v, "name", "address", "id_no"),
        "summary": str(v.get("summary") or ""),
        "matter": label("matter_type", v.get("matter_type"), "chưa phân loại"),
        "documents": str(v.get("documents_received") or "").strip(),
        "ground": label("refusal_ground", v.get("refusal_ground")),
        "answer_deadline": deadline_words("reception", session, "visit_answer"),
    }


def receipt_draft(session: Record, seq: int) -> Draft:
    """Giấy biên nhận thông tin, tài liệu, bằng chứng (TT04 Mẫu 02) of one visit."""
    values = _visit_values(session, seq)
    parts: list[str] = ["body", "documents" if values["documents"] else "no_documents"]
    if values["answer_deadline"]:
        parts.append("deadline")
    on = iso(_visit(session, seq).get("on") or session.get("session_on"))
    return Draft("civic_reception_receipt_vi.txt", "", on, values, tuple(parts), False)


def refusal_draft(session: Record, seq: int) -> Draft:
    """Thông báo từ chối tiếp công dân (LTCD Art. 9(3); TT04) of a refused visit."""
    values = _visit_values(session, seq)
    on = iso(_visit(session, seq).get("on") or session.get("session_on"))
    return Draft("civic_reception_refusal_vi.txt", "TB", on, values, ("body",))


def schedule_draft(sessions: Sequence[Record], period: Mapping[str, str]) -> Draft:
    """Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND (LTCD Arts. 15(2), 24(2))."""
    chosen = sorted(
        (
            s
            for s in sessions
            if s.get("session_kind") == "periodic" and s.get("presider_role") == "chairman"
        ),
        key=lambda r: str(r.get("session_on") or ""),
    )
    rows = tuple(
        (
            str(no),
            day(s.get("session_on")),
            str(s.get("presided_by") or ""),
            str(s.get("place") or ""),
            day(s.get("postponed_from")),
        )
        for no, s in enumerate(chosen, start=1)
    )
    table = BodyTable(
        ("STT", "Ngày tiếp", "Người chủ trì", "Địa điểm", "Dời từ ngày"),
        rows,
        widths=(0.6, 1.4, 2.2, 2.6, 1.4),
        align=("center", "center", "left", "left", "center"),
    )
    rule = "rule_weekly" if dt.date.fromisoformat(period["start"]) < L136_FROM else "rule_monthly"
    parts = ("opening", table, rule, "closing") if rows else ("opening", "empty", rule, "closing")
    return Draft("civic_reception_schedule_vi.txt", "TB", None, dict(period), parts)


def letter_register_draft(letters: Sequence[Record], period: Mapping[str, str]) -> Draft:
    """Sổ theo dõi đơn (TT05) for a period, A4 landscape."""
    rows = []
    for no, r in enumerate(sorted(letters, key=lambda x: str(x.get("received_day"))), start=1):
        handling = "; ".join(
            x
            for x in (
                label("letter_handling", r.get("handling")),
                str(r.get("forwarded_to") or ""),
                f"Văn bản số {r['letter_no']}" if r.get("letter_no") else "",
            )
            if x
        )
        rows.append(
            (
                str(no),
                day(r.get("received_day")),
                label("source", r.get("source")),
                person(r, "senders", "sender_address"),
                str(r.get("summary") or ""),
                label("letter_type", r.get("letter_type")),
                _YES_NO.get(r.get("eligible"), ""),
                label("jurisdiction", r.get("jurisdiction")),
                handling,
                day(r.get("handled_on")),
            )
        )
    table = BodyTable(
        (
            "STT",
            "Ngày nhận",
            "Nguồn đơn",
            "Người gửi, địa chỉ",
            "Nội dung đơn",
            "Phân loại",
            "Đủ điều kiện xử lý",
            "Thẩm quyền",
            "Hướng xử lý",
            "Ngày xử lý",
        ),
        tuple(rows),
        widths=(0.6, 1.25, 1.2, 2.0, 2.5, 1.1, 1.0, 1.1, 1.9, 1.25),
        align=("center", "center", *("left",) * 7, "center"),
        width_mm=LANDSCAPE_TEXT_MM,
        font_size=10,
    )
    values = {**period, "letters": str(len(rows))}
    parts = ("opening", table, "totals") if rows else ("opening", "empty")
    return Draft("civic_letter_register_vi.txt", "", None, values, parts, False, True)


def _letter_values(r: Record) -> dict[str, str]:
    return {
        "received_day": day(r.get("received_day")),
        "source": label("source", r.get("source"), "không rõ"),
        "person": person(r, "senders", "sender_address"),
        "addressee": ", ".join(r["senders"]) if r.get("senders") else "Người gửi đơn",
        "summary": str(r.get("summary") or ""),
        "letter_type": label("letter_type", r.get("letter_type")).lower(),
        "forwarded_to": str(r.get("forwarded_to") or "cơ quan có thẩm quyền"),
        "processing": deadline_words("letter", r, "letter_processing"),
        "forwarding": deadline_words("letter", r, "letter_forwarding"),
    }


def proposal_draft(r: Record) -> Draft:
    """Phiếu đề xuất thụ lý đơn (TT05 Mẫu 01): unnumbered, to the chairman."""
    values = _letter_values(r)
    section = "denunciation" if r.get("letter_type") == "denunciation" else "complaint"
    return Draft(
        "civic_letter_proposal_vi.txt",
        "",
        iso(r.get("handled_on")),
        values,
        ("body", section, "deadline"),
        numbered=False,
    )


def guidance_draft(r: Record) -> Draft:
    """Văn bản hướng dẫn (TT05 Mẫu 02), a letter numbered ``Số: 05/UBND``."""
    section = "not_ours" if r.get("jurisdiction") != "ours" else "incomplete"
    return Draft(
        "civic_letter_guidance_vi.txt",
        "",
        iso(r.get("handled_on")),
        _letter_values(r),
        ("body", section, "closing"),
    )


def forwarding_draft(r: Record) -> Draft:
    """Phiếu chuyển đơn (TT05 Mẫu 03; LTC Art. 24(2), TT05 Art. 14(1)), type PC."""
    values = _letter_values(r)
    parts = ["body", "denunciation" if r.get("letter_type") == "denunciation" else "other"]
    if values["forwarding"]:
        parts.append("deadline")
    return Draft(
        "civic_letter_forwarding_vi.txt", "PC", iso(r.get("handled_on")), values, tuple(parts)
    )


def acceptance_draft(case: Record) -> Draft:
    """Thông báo thụ lý / không thụ lý (LKN Art. 27; LTC Art. 29(3)), type TB."""
    denunciation = case.get("case_type") == "denunciation"
    accepted = bool(case.get("accepted_on"))
    resolution = "denunciation_resolution" if denunciation else "complaint_resolution"
    values = {
        "case_kind": "tố cáo" if denunciation else "khiếu nại",
        "decision": "thụ lý" if accepted else "không thụ lý",
        "addressee": str(case.get("person_name") or ("Người tố cáo" if denunciation else "")),
        "person": person(case, "person_name", "person_address"),
        "received_day": day(case.get("received_day")),
        "accepted_on": day(case.get("accepted_on")),
        "subject": str(case.get("subject") or ""),
        "article": "Điều 29 Luật Tố cáo" if denunciation else "Điều 27 Luật Khiếu nại",
        "resolution": deadline_words("case", case, resolution),
    }
    if accepted:
        parts: tuple[str, ...] = (
            ("accepted", "resolution") if values["resolution"] else ("accepted",)
        )
        on = iso(case.get("accepted_on"))
    else:
        parts, on = ("not_accepted",), None
    return Draft("civic_case_acceptance_vi.txt", "TB", on, values, parts)
