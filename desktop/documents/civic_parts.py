"""What the issue 16 documents print (DOMAIN.md §4.6–§4.9), built from record JSON: the
consultation plan (KH) and its results report (BC), the dialogue minutes with their
commitments (BB), a board's plan (KH), recommendation (a letter) and report (BC). No
national forms exist for them (§4.9): the wording is the editable templates'
``resources/templates/civic_*_vi.txt``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.documents.citizen_parts import BLANK_DAY, day, deadline_words, iso, label
from desktop.documents.civic_print import Draft
from desktop.documents.disclosure_docs import mid_title
from desktop.documents.model import Align, BodyTable

Record = Mapping[str, Any]


def _rows(record: Record, key: str) -> list[Mapping[str, Any]]:
    return [r for r in record.get(key) or [] if isinstance(r, Mapping)]


def _consultation_values(c: Record) -> dict[str, str]:
    forms = [label("consultation_forms", f) for f in c.get("consultation_forms") or []]
    return {
        "title": str(c.get("title") or ""),
        "title_mid": mid_title(str(c.get("title") or "")),
        "topic_no": str(c.get("topic") or ""),
        "topic": label("topic", c.get("topic")),
        "forms": "; ".join(f for f in forms if f) or "(chưa chọn)",
        "plan_content": str(c.get("plan_content") or "").strip() or str(c.get("title") or ""),
        "plan_method": str(c.get("plan_method") or "").strip() or "(chưa ghi)",
        "plan_timeline": str(c.get("plan_timeline") or "").strip() or "(chưa ghi)",
        "plan_responsible": str(c.get("plan_responsible") or "").strip() or "(chưa ghi)",
        "plan_sent_on": day(c.get("plan_sent_on"), BLANK_DAY),
        "published_on": day(c.get("published_on"), BLANK_DAY),
        "closes_on": day(c.get("closes_on"), BLANK_DAY),
        "closes": deadline_words("consultation", c, "consultation_closes"),
        "opinions_total": str(c.get("opinions_total") or 0),
        "synthesis": str(c.get("synthesis") or "").strip() or "(chưa tổng hợp)",
        "explanation": str(c.get("explanation") or "").strip() or "(không có)",
        "results_published_on": day(c.get("results_published_on"), BLANK_DAY),
        "hdnd_session": str(c.get("hdnd_session") or "").strip() or "(chưa báo cáo)",
    }


def consultation_plan_draft(c: Record) -> Draft:
    """Kế hoạch lấy ý kiến Nhân dân (Law Art. 28(1)): content, forms, timeline, who."""
    values = _consultation_values(c)
    parts = ["purpose", "content", "forms", "timeline"]
    if values["closes"]:
        parts.append("closes")
    parts.append("organisation")
    return Draft(
        "civic_consultation_plan_vi.txt", "KH", iso(c.get("plan_sent_on")), values, tuple(parts)
    )


def consultation_report_draft(c: Record) -> Draft:
    """Báo cáo kết quả lấy ý kiến (Law Art. 28(3),(5)): opinions by channel, synthesis."""
    values = _consultation_values(c)
    opinions = _rows(c, "opinions")
    rows = [
        (str(n), label("consultation_forms", o.get("channel")), str(o.get("count") or 0))
        for n, o in enumerate(opinions, start=1)
    ]
    rows.append(("", "Tổng cộng", values["opinions_total"]))
    table = BodyTable(
        ("STT", "Hình thức tiếp nhận", "Số ý kiến"),
        tuple(rows),
        widths=(0.6, 4.0, 1.4),
        align=("center", "left", "right"),
    )
    on = iso(c.get("synthesised_on")) or iso(c.get("results_published_on"))
    parts = ("conduct", "opinions", table, "synthesis", "explanation", "publication")
    return Draft("civic_consultation_report_vi.txt", "BC", on, values, parts)


def dialogue_minutes_draft(d: Record) -> Draft:
    """Biên bản hội nghị đối thoại (Law Art. 32): who, questions, answers, commitments."""
    chairs = [str(x) for x in d.get("chaired_by") or []]
    values = {
        "title": str(d.get("title") or ""),
        "dialogue_kind": label("dialogue_kind", d.get("dialogue_kind")),
        "held_on": day(d.get("held_on"), BLANK_DAY),
        "place": str(d.get("place") or "").strip() or "(chưa ghi)",
        "chaired_by": ", ".join(chairs) or "(chưa ghi)",
        "attendance": str(d.get("attendance") or "......"),
        "mttq": "có" if d.get("with_mttq") else "không có",
    }
    questions = _rows(d, "questions")
    commitments = _rows(d, "commitments")
    parts: list[str | BodyTable] = ["opening"]
    if questions:
        parts.append("questions")
        parts.append(
            BodyTable(
                ("STT", "Người nêu", "Ý kiến, kiến nghị", "Nội dung trả lời"),
                tuple(
                    (
                        str(n),
                        str(q.get("asked_by") or ""),
                        str(q.get("question") or ""),
                        " - ".join(
                            x
                            for x in (str(q.get("answer") or ""), str(q.get("answered_by") or ""))
                            if x
                        ),
                    )
                    for n, q in enumerate(questions, start=1)
                ),
                widths=(0.5, 1.3, 2.6, 2.6),
                align=("center", "left", "left", "left"),
            )
        )
    else:
        parts.append("no_questions")
    if commitments:
        parts.append("commitments")
        parts.append(
            BodyTable(
                ("STT", "Nội dung cam kết", "Người, đơn vị thực hiện", "Hạn", "Tình trạng"),
                tuple(
                    (
                        str(n),
                        str(c.get("content") or ""),
                        str(c.get("owner") or ""),
                        day(c.get("due_on")),
                        label("commitment_state", c.get("state")),
                    )
                    for n, c in enumerate(commitments, start=1)
                ),
                widths=(0.5, 2.8, 1.6, 1.1, 1.2),
                align=("center", "left", "left", "center", "left"),
            )
        )
    parts.append("closing")
    values["chair"] = chairs[0] if chairs else ""
    return Draft("civic_dialogue_minutes_vi.txt", "BB", iso(d.get("held_on")), values, tuple(parts))


def _oversight_values(o: Record, board: Record) -> dict[str, str]:
    return {
        "title": str(o.get("title") or ""),
        "title_mid": mid_title(str(o.get("title") or "")),
        "board_name": label("board_type", board.get("board_type")) or str(board.get("title")),
        "subject": str(o.get("subject") or "").strip() or "(chưa ghi)",
        "starts_on": day(o.get("starts_on"), BLANK_DAY),
        "ends_on": day(o.get("ends_on"), BLANK_DAY),
        "plan_sent_on": day(o.get("plan_sent_on"), BLANK_DAY),
        "findings": str(o.get("findings") or "").strip() or "(chưa ghi)",
        "cases_verified": str(o.get("cases_verified") or 0),
        "violations": str(o.get("violations") or 0),
        "article": "Điều 40" if board.get("board_type") != "gsdtcd" else "Điều 45",
        "project": str(board.get("project") or ""),
    }


def oversight_plan_draft(o: Record, board: Record) -> Draft:
    """Kế hoạch kiểm tra, giám sát (D59 Art. 14(1): sent 5 wd before it starts)."""
    values = _oversight_values(o, board)
    return Draft(
        "civic_oversight_plan_vi.txt",
        "KH",
        iso(o.get("plan_sent_on")),
        values,
        ("purpose", "content", "timeline", "organisation"),
    )


def _recommendation_table(o: Record, with_state: bool) -> BodyTable:
    recs = _rows(o, "recommendations")
    header: tuple[str, ...] = ("STT", "Nội dung kiến nghị")
    if with_state:
        header += ("Tình trạng", "Trả lời của UBND")
    rows = []
    for n, r in enumerate(recs, start=1):
        row: tuple[str, ...] = (str(n), str(r.get("content") or ""))
        if with_state:
            answer = " ".join(
                x for x in (day(r.get("answered_on")), str(r.get("answer") or "")) if x
            )
            row += (label("recommendation_state", r.get("state")), answer)
        rows.append(row)
    widths = (0.5, 3.0, 1.4, 2.2) if with_state else (0.5, 6.0)
    align: tuple[Align, ...] = ("center", "left", "left", "left")
    return BodyTable(header, tuple(rows), widths=widths, align=align[: len(header)])


def oversight_recommendation_draft(o: Record, board: Record) -> Draft:
    """Văn bản kiến nghị (Law Art. 40(2)(d), 45(1)(d): countersigned by the MTTQ; the
    UBND answers within 15 days, Arts. 40(1)(c), 45(2)(c)); a letter ``Số: 05/BTTND``."""
    values = _oversight_values(o, board)
    on = next(
        (
            iso(r.get("countersigned_on"))
            for r in _rows(o, "recommendations")
            if r.get("countersigned_on")
        ),
        None,
    )
    parts = ("opening", _recommendation_table(o, False), "answer")
    return Draft("civic_oversight_recommendation_vi.txt", "", on, values, parts)


def oversight_report_draft(o: Record, board: Record) -> Draft:
    """Báo cáo kết quả kiểm tra, giám sát to the MTTQ (D59 Arts. 14(3), 18(3))."""
    values = _oversight_values(o, board)
    parts: list[str | BodyTable] = ["conduct", "findings", "figures"]
    if _rows(o, "recommendations"):
        parts += ["recommendations", _recommendation_table(o, True)]
    return Draft("civic_oversight_report_vi.txt", "BC", iso(o.get("ends_on")), values, tuple(parts))
