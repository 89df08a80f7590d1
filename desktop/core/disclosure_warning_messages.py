"""Wording of a disclosure's warnings (Law 10/2022/QH15 Arts. 11–14), Vietnamese and English.

Core gives codes and params (:mod:`desktop.core.disclosures`); a key ``code:variant``
is chosen when the params carry ``variant``, and a key ``param=value`` words a
param's value (``cite=art13_2``, ``where=office``), formatted with the other params.
"""

from __future__ import annotations

LAW_VI, LAW_EN = "Luật 10/2022/QH15", "Law 10/2022/QH15"
OFFICE_VI, OFFICE_EN = "trụ sở HĐND, UBND xã", "the commune People's Council and Committee office"
CIVIL_VI = "Điều 147, Điều 148 Bộ luật Dân sự 2015"
CIVIL_EN = "Civil Code 2015, Arts. 147–148"

_DUE_SECTOR = {
    "vi": f"ngày {{due_on}} theo quy định của pháp luật chuyên ngành (khoản 3 Điều 12 {LAW_VI})",
    "en": f"{{due_on}}, set by the sector law ({LAW_EN}, Art. 12(3))",
}
_DUE_DECIDED = {
    "vi": "ngày {due_on}, tức chậm nhất {limit} ngày làm việc kể từ ngày ban hành {decided_on} "
    f"(khoản 3 Điều 12 {LAW_VI})",
    "en": "{due_on}, at most {limit} working days after the decision of {decided_on} "
    f"({LAW_EN}, Art. 12(3))",
}


def _with_due(vi: str, en: str, due: dict[str, str]) -> dict[str, str]:
    return {"vi": vi + due["vi"], "en": en + due["en"]}


DISCLOSURE_WARNINGS: dict[str, dict[str, str]] = {
    "overdue:sector": _with_due(
        "Chưa công khai; đã quá thời hạn ", "Not disclosed yet; past the deadline of ", _DUE_SECTOR
    ),
    "overdue:decided": _with_due(
        "Chưa công khai; đã quá thời hạn ", "Not disclosed yet; past the deadline of ", _DUE_DECIDED
    ),
    "plan_overdue": {
        "vi": "Chưa công khai; theo kế hoạch phải công khai ngày {planned_on} "
        f"(Điều 14 {LAW_VI})",
        "en": f"Not disclosed yet; the plan said {{planned_on}} ({LAW_EN}, Art. 14)",
    },
    "late:sector": _with_due(
        "Công khai lần đầu ngày {first_on}, quá thời hạn ",
        "First disclosed on {first_on}, past the deadline of ",
        _DUE_SECTOR,
    ),
    "late:decided": _with_due(
        "Công khai lần đầu ngày {first_on}, quá thời hạn ",
        "First disclosed on {first_on}, past the deadline of ",
        _DUE_DECIDED,
    ),
    "removed_early": {
        "vi": "Niêm yết tại {where} từ ngày {start} đến ngày {end}, chỉ {days} ngày; phải niêm "
        "yết ít nhất {need} ngày liên tục, đến hết ngày {until} ({cite}; cách tính theo "
        f"{CIVIL_VI})",
        "en": "Posted at {where} from {start} to {end}, only {days} day(s); it must stay posted "
        f"at least {{need}} consecutive days, to the end of {{until}} ({{cite}}; counted by the "
        f"{CIVIL_EN})",
    },
    "office_missing": {
        "vi": f"Chưa niêm yết tại {OFFICE_VI} ({{cite}})",
        "en": f"Not posted at {OFFICE_EN} ({{cite}})",
    },
    "village_missing": {
        "vi": "Chưa niêm yết tại điểm sinh hoạt cộng đồng của {count} thôn, tổ dân phố: {names}; "
        f"nội dung này phải niêm yết tại {OFFICE_VI} và tại mọi thôn, tổ dân phố ({{cite}})",
        "en": "Not posted at the community meeting place of {count} village(s): {names}; this "
        f"must be posted at {OFFICE_EN} and in every village ({{cite}})",
    },
    "permanent_not_updated": {
        "vi": "Nội dung thay đổi ngày {changed_on} nhưng lần niêm yết gần nhất là ngày "
        "{latest_on}; nội dung công khai thường xuyên phải được niêm yết lại khi có thay đổi "
        f"(Điều 13 {LAW_VI})",
        "en": "The content changed on {changed_on} but the latest posting was on {latest_on}; "
        f"a permanent disclosure is posted again when it changes ({LAW_EN}, Art. 13)",
    },
    "loudspeaker_short": {
        "vi": "Phát trên loa truyền thanh nhiều nhất {longest} ngày liên tục (ngày phát: "
        "{broadcast}); nội dung này phải phát ít nhất {need} ngày liên tục (khoản 3, khoản 4 "
        f"Điều 13 {LAW_VI})",
        "en": "Broadcast on the loudspeakers at most {longest} consecutive day(s) (days: "
        "{broadcast}); this must be broadcast at least {need} consecutive days "
        f"({LAW_EN}, Art. 13(3)–(4))",
    },
    "feedback_unanswered": {
        "vi": "{count} ý kiến phản hồi chưa được trả lời (nhận ngày {days}); ý kiến của Nhân "
        f"dân về nội dung công khai phải được tiếp nhận và trả lời ({LAW_VI})",
        "en": "{count} piece(s) of feedback not answered (received on {days}); the people's "
        f"feedback on a disclosure must be received and answered ({LAW_EN})",
    },
    # Words of param values.
    "cite=art13": {"vi": f"Điều 13 {LAW_VI}", "en": f"{LAW_EN}, Art. 13"},
    "cite=art13_2": {"vi": f"khoản 2 Điều 13 {LAW_VI}", "en": f"{LAW_EN}, Art. 13(2)"},
    "where=office": {"vi": OFFICE_VI, "en": OFFICE_EN},
    "where=village": {
        "vi": "điểm sinh hoạt cộng đồng {place}",
        "en": "the community meeting place of {place}",
    },
    "where=location": {"vi": "{place}", "en": "{place}"},
    "broadcast=": {"vi": "chưa có", "en": "none"},
}
