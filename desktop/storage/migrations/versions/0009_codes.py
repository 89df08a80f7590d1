"""Warnings and vote-rule explanations stored as codes and params, not Vietnamese sentences

Revision ID: 0009_codes
Revises: 0008_trust

Until 0008 a stored warning was ``{"code", "message"}`` with the message worded in
Vietnamese by core, and a meeting item kept its rule explanation as text (``rule``).
From here rows hold ``{"code", "params"}`` and ``meeting_items.rule_params``; the
window, the CLI and the documents word them in the person's language.

The old messages were made by fixed templates (the code of 0008), so their params are
read back from the text with the patterns below, frozen here as history. A text no
pattern matches keeps its code with no params (shown by its code). The audit journal
is not touched: it is hash-chained; ``check`` treats warnings as rule-computed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0009_codes"
down_revision = "0008_trust"
branch_labels = None
depends_on = None

D = r"(\d{2}/\d{2}/\d{4})"
N = r"(\d+)"
Params = dict[str, str | int]
Reader = Callable[[re.Match[str]], Params]


def _day(text: str) -> str:
    day, month, year = text.split("/")
    return f"{year}-{month}-{day}"


def _days(text: str) -> str:
    """``06/04/2026, 07/04/2026`` as ISO days; "chưa có" (none) as ``""``."""
    return ", ".join(_day(x) for x in re.findall(r"\d{2}/\d{2}/\d{4}", text))


def _cite(text: str) -> str:
    return "art13_2" if text.startswith("khoản 2") else "art13"


_LATE = rf"ngày {D}, là ngày làm việc thứ {N} sau (?:{{after}}) {D}; thời hạn là {N} ngày"


def _late(after: str) -> str:
    return _LATE.replace("{after}", after)


def _late_params(m: re.Match[str]) -> Params:
    return {"on": _day(m[1]), "wd": int(m[2]), "since": _day(m[3]), "limit": int(m[4])}


MEETING: dict[str, list[tuple[str, Reader]]] = {
    "notice_late": [
        (
            rf"Giấy mời gửi ngày {D}, chỉ {N} ngày trước ngày họp {D}; phải gửi trước ít nhất "
            rf"{N} ngày \(Điều (\d+) ",
            lambda m: {
                "notice_on": _day(m[1]),
                "days": int(m[2]),
                "held_on": _day(m[3]),
                "need": int(m[4]),
                "variant": "periodic" if m[5] == "33" else "meeting",
            },
        )
    ],
    "ballot_notice_late": [
        (
            rf"Thông báo phát phiếu lấy ý kiến ngày {D}, chỉ {N} ngày trước ngày phát phiếu "
            rf"{D}; phải thông báo trước ít nhất {N} ngày",
            lambda m: {
                "announced_on": _day(m[1]),
                "days": int(m[2]),
                "held_on": _day(m[3]),
                "need": int(m[4]),
            },
        )
    ],
    "ballot_papers_short": [
        (
            rf"Phát {N} phiếu lấy ý kiến cho {N} hộ gia đình, thiếu {N} phiếu",
            lambda m: {"issued": int(m[1]), "total": int(m[2]), "missing": int(m[3])},
        )
    ],
    "minutes_late": [
        (
            "Biên bản gửi UBND và Ủy ban MTTQ xã " + _late("ngày họp"),
            lambda m: {**_late_params(m), "variant": "meeting"},
        ),
        (
            "Biên bản gửi UBND và Ủy ban MTTQ xã " + _late("hạn thu phiếu"),
            lambda m: {**_late_params(m), "variant": "ballot"},
        ),
    ],
    "recognition_late": [("Quyết định công nhận " + _late("ngày gửi biên bản"), _late_params)],
    "refusal_late": [("Văn bản từ chối công nhận " + _late("ngày gửi biên bản"), _late_params)],
    "counting_board_size": [
        (
            rf"Ban kiểm phiếu có {N} người; phải từ {N} đến {N} người",
            lambda m: {"board": int(m[1]), "low": int(m[2]), "high": int(m[3])},
        )
    ],
    "witnesses_count": [
        (
            rf"Có {N} người chứng kiến kiểm phiếu; phải là {N} đại diện",
            lambda m: {"count": int(m[1]), "need": int(m[2])},
        )
    ],
}

_TYPE = "(hương ước|quy ước|Hương ước|Quy ước)"


def _articles(m: re.Match[str]) -> Params:
    numbers = ",".join(re.findall(r"\d+", m[1]))
    return {"articles": numbers, "variant": "more" if m[2] else "all"}


CONVENTION: dict[str, list[tuple[str, Reader]]] = {
    "article_numbering": [
        (r"Số thứ tự các điều không liên tục: thiếu ((?:Điều \d+(?:, )?)+)( \.\.\.)? \(", _articles),
        (
            r"Số thứ tự các điều không liên tục: các điều không theo thứ tự tăng dần",
            lambda m: {"variant": "unordered"},
        ),
    ],
    "consultation_short": [
        (
            rf"Dự thảo {_TYPE} niêm yết lấy ý kiến từ ngày {D}, chỉ {N} ngày trước ngày thông "
            rf"qua {D}; phải niêm yết ít nhất {N} ngày",
            lambda m: {
                "start": _day(m[2]),
                "days": int(m[3]),
                "end": _day(m[4]),
                "need": int(m[5]),
                "variant": "adopted",
            },
        ),
        (
            rf"Dự thảo {_TYPE} niêm yết lấy ý kiến từ ngày {D}, đến ngày {D}, chỉ {N} ngày; "
            rf"phải niêm yết ít nhất {N} ngày",
            lambda m: {
                "start": _day(m[2]),
                "end": _day(m[3]),
                "days": int(m[4]),
                "need": int(m[5]),
                "variant": "until",
            },
        ),
    ],
    "dossier_late": [
        (
            rf"Hồ sơ đề nghị công nhận {_TYPE} nộp " + _late("ngày thông qua"),
            lambda m: _late_params(_Shift(m)),
        )
    ],
    "recognition_late": [("Quyết định công nhận " + _late("ngày nộp hồ sơ"), _late_params)],
    "refusal_late": [("Văn bản không công nhận " + _late("ngày nộp hồ sơ"), _late_params)],
    "distribution_late": [
        (
            rf"{_TYPE} được gửi cho trưởng thôn và Ban công tác Mặt trận " + _late("ngày công nhận"),
            lambda m: _late_params(_Shift(m)),
        )
    ],
}


class _Shift:
    """A match read one group further (the convention's type comes first)."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def __getitem__(self, i: int) -> str:
        return self.m[i + 1]


_DUE = (
    rf"ngày {D}(?: theo quy định của pháp luật chuyên ngành|, tức chậm nhất {N} ngày làm việc "
    rf"kể từ ngày ban hành {D}) \(khoản 3 Điều 12"
)
_CITE = r"\(((?:khoản 2 )?Điều 13) "


def _late_disclosure(m: re.Match[str]) -> Params:
    out: Params = {"first_on": _day(m[1]), "due_on": _day(m[2]), "variant": "sector"}
    if m[3] is not None:
        out.update({"limit": int(m[3]), "decided_on": _day(m[4]), "variant": "decided"})
    return out


def _place(text: str) -> Params:
    if text == "trụ sở HĐND, UBND xã":
        return {"where": "office"}
    village = "điểm sinh hoạt cộng đồng "
    if text.startswith(village):
        return {"where": "village", "place": text[len(village) :]}
    return {"where": "location", "place": text}


DISCLOSURE: dict[str, list[tuple[str, Reader]]] = {
    "late": [(rf"Công khai lần đầu ngày {D}, quá thời hạn " + _DUE, _late_disclosure)],
    "removed_early": [
        (
            rf"Niêm yết tại (.+) từ ngày {D} đến ngày {D}, chỉ {N} ngày; phải niêm yết ít nhất "
            rf"{N} ngày liên tục, đến hết ngày {D} " + _CITE,
            lambda m: {
                **_place(m[1]),
                "start": _day(m[2]),
                "end": _day(m[3]),
                "days": int(m[4]),
                "need": int(m[5]),
                "until": _day(m[6]),
                "cite": _cite(m[7]),
            },
        )
    ],
    "office_missing": [
        (r"Chưa niêm yết tại trụ sở HĐND, UBND xã " + _CITE, lambda m: {"cite": _cite(m[1])})
    ],
    "village_missing": [
        (
            rf"Chưa niêm yết tại điểm sinh hoạt cộng đồng của {N} thôn, tổ dân phố: (.*?); nội "
            r"dung này phải niêm yết tại trụ sở HĐND, UBND xã và tại mọi thôn, tổ dân phố " + _CITE,
            lambda m: {"count": int(m[1]), "names": m[2], "cite": _cite(m[3])},
        )
    ],
    "permanent_not_updated": [
        (
            rf"Nội dung thay đổi ngày {D} nhưng lần niêm yết gần nhất là ngày {D};",
            lambda m: {"changed_on": _day(m[1]), "latest_on": _day(m[2])},
        )
    ],
    "loudspeaker_short": [
        (
            rf"Phát trên loa truyền thanh nhiều nhất {N} ngày liên tục \(ngày phát: (.*?)\); nội "
            rf"dung này phải phát ít nhất {N} ngày",
            lambda m: {"longest": int(m[1]), "broadcast": _days(m[2]), "need": int(m[3])},
        )
    ],
    "feedback_unanswered": [
        (
            rf"{N} ý kiến phản hồi chưa được trả lời \(nhận ngày (.*?)\);",
            lambda m: {"count": int(m[1]), "days": _days(m[2])},
        )
    ],
}


def coded(
    warnings_json: str, patterns: dict[str, list[tuple[str, Reader]]], extra: Params
) -> str:
    """A row's stored warnings with each old message read back into params."""
    out = []
    for w in json.loads(warnings_json):
        if "message" not in w:
            out.append(w)  # already coded
            continue
        code, message = str(w.get("code", "")), str(w.get("message", ""))
        params: Params = {}
        for pattern, read in patterns.get(code, []):
            m = re.match(pattern, message)
            if m is not None:
                params = {**extra, **read(m)}
                break
        out.append({"code": code, "params": params})
    return json.dumps(out, ensure_ascii=False)


def _recode(table: str, patterns: dict[str, list[tuple[str, Reader]]], typed: bool) -> None:
    conn = op.get_bind()
    columns = "uuid, warnings" + (", convention_type" if typed else "")
    rows = conn.execute(sa.text(f"SELECT {columns} FROM {table} WHERE warnings LIKE '%message%'"))
    for row in rows.fetchall():
        extra: Params = {"type": row[2]} if typed else {}
        conn.execute(
            sa.text(f"UPDATE {table} SET warnings = :w WHERE uuid = :u"),
            {"w": coded(row[1], patterns, extra), "u": row[0]},
        )


def _rule_params() -> None:
    """Each item's rule numbers, from the item and its meeting (Law 10/2022/QH15 Art. 21)."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT i.id, i.matter, i.method, i.votes_for, i.outcome, i.rule_code, "
            "m.households_total, m.households_present, m.ballot_papers_returned "
            "FROM meeting_items i JOIN meetings m ON m.uuid = i.meeting_uuid"
        )
    ).fetchall()
    for item_id, matter, method, votes, outcome, code, total, present, returned in rows:
        if method == "household_ballot" and returned is not None:
            present = returned
        convention = matter == "convention" and code == "majority_of_total"
        params = {
            "votes": votes,
            "total": total or 0,
            "present": present or 0,
            "variant": f"{outcome}_convention" if convention else outcome,
        }
        conn.execute(
            sa.text("UPDATE meeting_items SET rule_params = :p WHERE id = :i"),
            {"p": json.dumps(params), "i": item_id},
        )


def upgrade() -> None:
    with op.batch_alter_table("meeting_items") as batch:
        batch.add_column(sa.Column("rule_params", sa.Text(), nullable=False, server_default="{}"))
    _rule_params()
    with op.batch_alter_table("meeting_items") as batch:
        batch.drop_column("rule")
    _recode("meetings", MEETING, typed=False)
    _recode("conventions", CONVENTION, typed=True)
    _recode("disclosures", DISCLOSURE, typed=False)


def downgrade() -> None:
    # The sentences are not rebuilt: an older version shows the codes it cannot word.
    with op.batch_alter_table("meeting_items") as batch:
        batch.add_column(sa.Column("rule", sa.Text(), nullable=False, server_default=""))
        batch.drop_column("rule_params")
