"""Wording of a hương ước / quy ước's warnings (Decree 61/2023/NĐ-CP), Vietnamese and English.

Core gives codes and params (:mod:`desktop.core.convention_warnings`,
:func:`desktop.core.convention_text.text_warnings`); a key ``code:variant`` is chosen
when the params carry ``variant``; ``type=...`` words the convention's type, and
``{type_cap}`` is that word with a capital letter.
"""

from __future__ import annotations

D61_VI, D61_EN = "Nghị định 61/2023/NĐ-CP", "Decree 61/2023/ND-CP"
CIVIL_VI = "Điều 147, Điều 148 Bộ luật Dân sự 2015"
CIVIL_EN = "Civil Code 2015, Arts. 147–148"

_NUMBERING_VI = (
    f"Số thứ tự các điều không liên tục: {{detail}} (Điều 6 {D61_VI}: hương ước, quy ước gồm "
    "các chương, điều, khoản, điểm)"
)
_NUMBERING_EN = (
    f"The articles are not numbered in sequence: {{detail}} ({D61_EN}, Art. 6: a convention "
    "is made of chapters, articles, clauses and points)"
)


def _numbering(vi: str, en: str) -> dict[str, str]:
    return {
        "vi": _NUMBERING_VI.replace("{detail}", vi),
        "en": _NUMBERING_EN.replace("{detail}", en),
    }


def _late(doc_vi: str, doc_en: str, after_vi: str, after_en: str, art: str) -> dict[str, str]:
    return {
        "vi": f"{doc_vi} ngày {{on}}, là ngày làm việc thứ {{wd}} sau {after_vi} {{since}}; thời "
        f"hạn là {{limit}} ngày làm việc (Điều {art} {D61_VI})",
        "en": f"{doc_en} on {{on}}, working day {{wd}} after {after_en} {{since}}; the limit is "
        f"{{limit}} working days ({D61_EN}, Art. {art})",
    }


def _overdue(what_vi: str, what_en: str, art: str) -> dict[str, str]:
    # "quá thời hạn 2 ngày" read as "2 days late" for a step 30 days old: say both.
    return {
        "vi": f"{what_vi} từ ngày {{since}}: đã {{wd}} ngày làm việc, chậm {{late}} ngày làm việc "
        f"so với thời hạn {{limit}} ngày làm việc (Điều {art} {D61_VI})",
        "en": f"{what_en} since {{since}}: {{wd}} working days, {{late}} working days past the "
        f"limit of {{limit}} ({D61_EN}, Art. {art})",
    }


_CONSULTATION_VI = (
    "Dự thảo {type} niêm yết lấy ý kiến từ ngày {start}, {span}; phải niêm yết ít nhất {need} "
    f"ngày (Điều 9 {D61_VI}; cách tính theo {CIVIL_VI})"
)
_CONSULTATION_EN = (
    "The draft {type} was posted for opinions from {start}, {span}; it must stay posted at "
    f"least {{need}} days ({D61_EN}, Art. 9; counted by the {CIVIL_EN})"
)


def _consultation(span_vi: str, span_en: str) -> dict[str, str]:
    return {
        "vi": _CONSULTATION_VI.replace("{span}", span_vi),
        "en": _CONSULTATION_EN.replace("{span}", span_en),
    }


_MTTQ_VI = "cho trưởng thôn và Ban công tác Mặt trận"
_MTTQ_EN = "to the village head and the Front work committee"

CONVENTION_WARNINGS: dict[str, dict[str, str]] = {
    "article_numbering:all": _numbering("thiếu {articles}", "{articles} missing"),
    "article_numbering:more": _numbering("thiếu {articles} ...", "{articles} ... missing"),
    "article_numbering:unordered": _numbering(
        "các điều không theo thứ tự tăng dần", "the articles are not in increasing order"
    ),
    "consultation_short:adopted": _consultation(
        "chỉ {days} ngày trước ngày thông qua {end}",
        "only {days} day(s) before its adoption on {end}",
    ),
    "consultation_short:until": _consultation(
        "đến ngày {end}, chỉ {days} ngày", "to {end}, only {days} day(s)"
    ),
    "dossier_late": _late(
        "Hồ sơ đề nghị công nhận {type} nộp",
        "The recognition dossier of the {type} filed",
        "ngày thông qua",
        "the adoption on",
        "11",
    ),
    "recognition_late": _late(
        "Quyết định công nhận", "Recognition decision", "ngày nộp hồ sơ", "the dossier of", "11"
    ),
    "refusal_late": _late(
        "Văn bản không công nhận",
        "Written refusal of recognition",
        "ngày nộp hồ sơ",
        "the dossier of",
        "11",
    ),
    "distribution_late": _late(
        f"{{type_cap}} được gửi {_MTTQ_VI}",
        f"The {{type}} sent {_MTTQ_EN}",
        "ngày công nhận",
        "the recognition on",
        "18",
    ),
    "dossier_overdue": _overdue(
        "Chưa nộp hồ sơ đề nghị công nhận {type} đã thông qua",
        "The recognition dossier of the adopted {type} not filed",
        "11",
    ),
    "decision_overdue": _overdue(
        "UBND xã chưa công nhận hoặc trả lời không công nhận {type} nộp hồ sơ",
        "The commune UBND has neither recognised nor refused the {type} filed",
        "11",
    ),
    "distribution_overdue": _overdue(
        f"Chưa gửi {{type}} đã công nhận {_MTTQ_VI}",
        f"The recognised {{type}} not sent {_MTTQ_EN}",
        "18",
    ),
    "review_overdue": {
        "vi": "Chưa đánh giá việc thực hiện {type} theo định kỳ hằng năm: kỳ đánh giá ngày "
        f"{{due_on}} đã qua (khoản 4 Điều 15 {D61_VI})",
        "en": "The yearly review of the {type} is overdue: it was due on {due_on} "
        f"({D61_EN}, Art. 15(4))",
    },
    "suspension_expired": {
        "vi": "{type_cap} bị tạm ngưng thực hiện đến ngày {until}, đã quá thời hạn mà chưa được "
        f"tiếp tục thực hiện, sửa đổi hoặc bãi bỏ (Điều 12, Điều 14 {D61_VI})",
        "en": "The {type} was suspended until {until}; that deadline passed and it has not been "
        f"reinstated, amended or abolished ({D61_EN}, Arts. 12 and 14)",
    },
    # Words of param values.
    "type=huong_uoc": {"vi": "hương ước", "en": "village convention (hương ước)"},
    "type=quy_uoc": {"vi": "quy ước", "en": "community convention (quy ước)"},
}
