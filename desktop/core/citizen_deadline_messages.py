"""Wording of the reception, letter and case deadlines and of their breaches (vi, en; NFC).

A deadline is stored as a code and the rule's params (:class:`~desktop.core.citizen_common.
Deadline`): ``{"days": 10, "unit": "days", "start": "2026-03-03", "article": "lkn_27"}``
is worded "Hạn thụ lý: 10 ngày kể từ 03/3/2026 (Điều 27 Luật Khiếu nại)". A breach is
``<deadline>_late`` (done after the due day) or ``<deadline>_overdue`` (not done).
Not registered anywhere: the integrator wires it into the one catalog (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.core.citizen_common import vi_day

Lang = str

ARTICLES: dict[str, dict[Lang, str]] = {
    "ltcd_15": {"vi": "Điều 15 Luật Tiếp công dân", "en": "Law on Citizen Reception, Art. 15"},
    "ltcd_24": {
        "vi": "Điều 24 Luật Tiếp công dân",
        "en": "Law on Citizen Reception, Art. 24",
    },
    "ltcd_27_2": {
        "vi": "khoản 2 Điều 27 Luật Tiếp công dân",
        "en": "Law on Citizen Reception, Art. 27(2)",
    },
    "ltcd_28": {"vi": "Điều 28 Luật Tiếp công dân", "en": "Law on Citizen Reception, Art. 28"},
    "tt05": {"vi": "Thông tư 05/2021/TT-TTCP", "en": "Circular 05/2021/TT-TTCP"},
    "ltc_24_1": {
        "vi": "khoản 1 Điều 24 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 24(1)",
    },
    "ltc_24_2": {
        "vi": "khoản 2 Điều 24 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 24(2)",
    },
    "ltc_29_3": {
        "vi": "khoản 3 Điều 29 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 29(3)",
    },
    "ltc_30": {"vi": "Điều 30 Luật Tố cáo", "en": "Law on Denunciations, Art. 30"},
    "ltc_35_3": {
        "vi": "khoản 3 Điều 35 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 35(3)",
    },
    "ltc_40_1": {
        "vi": "khoản 1 Điều 40 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 40(1)",
    },
    "ltc_34_4": {
        "vi": "khoản 4 Điều 34 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 34(4)",
    },
    "ltc_36_1": {
        "vi": "khoản 1 Điều 36 Luật Tố cáo",
        "en": "Law on Denunciations, Art. 36(1)",
    },
    "lkn_9": {"vi": "Điều 9 Luật Khiếu nại", "en": "Law on Complaints, Art. 9"},
    "law_35": {
        "vi": "Điều 35 Luật Thực hiện dân chủ ở cơ sở",
        "en": "Law on Grassroots Democracy, Art. 35",
    },
    "lkn_27": {"vi": "Điều 27 Luật Khiếu nại", "en": "Law on Complaints, Art. 27"},
    "lkn_28": {"vi": "Điều 28 Luật Khiếu nại", "en": "Law on Complaints, Art. 28"},
    "lkn_32": {"vi": "Điều 32 Luật Khiếu nại", "en": "Law on Complaints, Art. 32"},
    "lkn_33": {"vi": "Điều 33 Luật Khiếu nại", "en": "Law on Complaints, Art. 33"},
    "d124": {"vi": "Nghị định 124/2020/NĐ-CP", "en": "Decree 124/2020/ND-CP"},
}

UNITS: dict[str, dict[Lang, str]] = {
    "days": {"vi": "ngày", "en": "days"},
    "wd": {"vi": "ngày làm việc", "en": "working days"},
}

# "{days} {unit} kể từ {start}": the start day is the event's, not counted (BLDS Art. 147).
_FROM = {
    "vi": "{days} {unit} kể từ {start} ({article})",
    "en": "{days} {unit} from {start} ({article})",
}
_BEFORE = {
    "vi": "chậm nhất {days} {unit} trước {start} ({article})",
    "en": "at least {days} {unit} before {start} ({article})",
}
_NAMES: dict[str, dict[Lang, str]] = {
    "schedule_posting": {
        "vi": "Hạn niêm yết lịch tiếp công dân",
        "en": "Reception schedule posted",
    },
    "visit_answer": {"vi": "Hạn trả lời công dân", "en": "Answer to the citizen"},
    "letter_processing": {"vi": "Hạn xử lý đơn", "en": "Letter processed"},
    "denunciation_classification": {
        "vi": "Hạn phân loại, xử lý đơn tố cáo",
        "en": "Denunciation classified",
    },
    "letter_forwarding": {"vi": "Hạn chuyển đơn tố cáo", "en": "Denunciation forwarded"},
    "complaint_acceptance": {"vi": "Hạn thụ lý", "en": "Acceptance"},
    "denunciation_notification": {
        "vi": "Hạn thông báo thụ lý tố cáo",
        "en": "Acceptance notified",
    },
    "complaint_resolution": {"vi": "Hạn giải quyết khiếu nại", "en": "Complaint resolved"},
    "denunciation_resolution": {"vi": "Hạn giải quyết tố cáo", "en": "Denunciation resolved"},
    "decision_sent": {"vi": "Hạn gửi quyết định giải quyết", "en": "Decision sent"},
    "complaint_disclosure": {
        "vi": "Hạn công khai quyết định giải quyết khiếu nại",
        "en": "Complaint decision disclosed",
    },
    "second_complaint": {
        "vi": "Thời hạn khiếu nại lần hai",
        "en": "Second complaint may be lodged",
    },
    "conclusion_sent": {"vi": "Hạn gửi kết luận nội dung tố cáo", "en": "Conclusion sent"},
    "denunciation_disclosure": {
        "vi": "Hạn công khai kết luận nội dung tố cáo",
        "en": "Conclusion disclosed",
    },
    "suspension_sent": {
        "vi": "Hạn gửi quyết định tạm đình chỉ giải quyết tố cáo",
        "en": "Suspension decision sent",
    },
    "conclusion_handling": {
        "vi": "Hạn xử lý tố cáo sau khi có kết luận",
        "en": "Conclusion acted upon",
    },
    "complaint_limitation": {"vi": "Thời hiệu khiếu nại", "en": "Time limit to complain"},
    "petition_answer": {"vi": "Hạn trả lời kiến nghị, phản ánh", "en": "Petition answered"},
    "deputy_report": {
        "vi": "Hạn báo cáo kết quả cho đại biểu đã chuyển đơn",
        "en": "Result reported to the forwarding deputy",
    },
}
_BEFORE_CODES = frozenset({"schedule_posting"})


def _template(code: str, lang: Lang) -> str:
    tail = _BEFORE if code in _BEFORE_CODES else _FROM
    return f"{_NAMES[code][lang]}: {tail[lang]}"


# Every deadline code with its article: "Hạn thụ lý: {days} {unit} kể từ {start} ({article})".
DEADLINE_MESSAGES: dict[str, dict[Lang, str]] = {
    code: {lang: _template(code, lang) for lang in ("vi", "en")} for code in _NAMES
}
# THE words that say which visit of a reception session a sentence is about: its warnings,
# its breaches and its answer deadlines ("Lượt tiếp 2: Hạn trả lời công dân: …").
VISIT_PREFIX: dict[Lang, str] = {"vi": "Lượt tiếp {visit}: ", "en": "Visit {visit}: "}


def visit_words(text: Mapping[Lang, str]) -> dict[Lang, str]:
    """``text`` said of one visit: the :data:`VISIT_PREFIX` before each language's words."""
    return {lang: VISIT_PREFIX[lang] + t for lang, t in text.items()}


# A deadline of one visit (its params carry ``visit`` and ``variant="visit"``, Deadline.visit)
# is worded by the ``code:visit`` key; a deadline without a visit (an older snapshot) by
# the code's own.
VISIT_DEADLINE_MESSAGES: dict[str, dict[Lang, str]] = {
    f"{code}:visit": visit_words(DEADLINE_MESSAGES[code]) for code in _NAMES
}
_LATE = {
    "vi": "{deadline} — thực hiện ngày {done}, sau hạn {due}",
    "en": "{deadline} — done on {done}, after the due day {due}",
}
_OVERDUE = {
    "vi": "{deadline} — đã quá hạn {due} mà chưa thực hiện",
    "en": "{deadline} — not done, overdue since {due}",
}
# The breach of every deadline: ``<code>_late`` and ``<code>_overdue``.
BREACH_MESSAGES: dict[str, dict[Lang, str]] = {
    **{f"{code}_late": dict(_LATE) for code in _NAMES},
    **{f"{code}_overdue": dict(_OVERDUE) for code in _NAMES},
}


def _day(value: Any) -> str:
    if isinstance(value, date):
        return vi_day(value)
    if isinstance(value, str):
        try:
            return vi_day(date.fromisoformat(value))
        except ValueError:
            return value
    return "" if value is None else str(value)


def _pick(entry: Mapping[Lang, str], lang: Lang) -> str:
    return entry.get(lang) or entry["vi"]


def word_params(params: Mapping[str, Any], lang: Lang = "vi") -> dict[str, Any]:
    """Params as a person reads them: days as "03/3/2026", the unit and article worded."""
    out = dict(params)
    for key in ("start", "due", "done", "on", "since", "first", "last", "accepted", "previous"):
        if key in out:
            out[key] = _day(out[key])
    if "unit" in out and out["unit"] in UNITS:
        out["unit"] = _pick(UNITS[out["unit"]], lang)
    if "article" in out and out["article"] in ARTICLES:
        out["article"] = _pick(ARTICLES[out["article"]], lang)
    return out


def word_deadline(code: str, params: Mapping[str, Any], lang: Lang = "vi") -> str:
    """ "Hạn thụ lý: 10 ngày kể từ 03/3/2026 (Điều 27 Luật Khiếu nại)"."""
    return _pick(DEADLINE_MESSAGES[code], lang).format(**word_params(params, lang))


def word_breach(code: str, params: Mapping[str, Any], lang: Lang = "vi") -> str | None:
    """A ``<deadline>_late`` / ``<deadline>_overdue`` warning worded; None for another code."""
    entry = BREACH_MESSAGES.get(code)
    if entry is None:
        return None
    base = code.rsplit("_", 1)[0]
    words = word_params(params, lang)
    text = _pick(entry, lang).format(deadline=word_deadline(base, params, lang), **words)
    if "visit" in params:
        text = _pick(VISIT_PREFIX, lang).format(visit=params["visit"]) + text
    return text


def _with_visit(code: str, text: Mapping[Lang, str]) -> dict[Lang, str]:
    return visit_words(text) if code.startswith("visit_") else dict(text)


def _breach(code: str, entry: Mapping[Lang, str]) -> dict[Lang, str]:
    return _with_visit(
        code, {lang: entry[lang].replace("{deadline}", _template(code, lang)) for lang in entry}
    )


# The same words as one table of the catalog (kind, code) for the reception, letter and
# case kinds (desktop.core.messages.CATALOG): each deadline, each breach with its deadline
# spelled out, and the words of a param's value (``article=lkn_27``, ``unit=wd``), which
# the catalog substitutes (desktop.core.warning_words.word).
CATALOG_WORDS: dict[str, dict[Lang, str]] = {
    **DEADLINE_MESSAGES,
    **VISIT_DEADLINE_MESSAGES,
    **{f"{code}_late": _breach(code, _LATE) for code in _NAMES},
    **{f"{code}_overdue": _breach(code, _OVERDUE) for code in _NAMES},
    **{f"article={code}": dict(words) for code, words in ARTICLES.items()},
    **{f"unit={code}": dict(words) for code, words in UNITS.items()},
}
