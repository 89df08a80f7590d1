"""Wording of every code of the consultation, dialogue, board and oversight rules (vi, en).

Not registered anywhere yet: the integrator wires :data:`CIVIC_REFUSALS` into the field-error
catalog and maps :class:`desktop.core.civic.Warn` and :class:`desktop.core.civic.Deadline`
onto the edge's warnings through :func:`format_civic`. Params coded in core are expanded
here: ``article`` (an article code), ``reason`` (why a member is ineligible), ``other`` (a
field key, worded by its label) and ISO days (shown ``05/03/2026`` in both languages).
Every template is NFC.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.core.field_labels import field_label

Lang = str

LAW = "Luật 10/2022/QH15"
D59 = "Nghị định 59/2023/NĐ-CP"

ARTICLES: dict[str, dict[Lang, str]] = {
    "law_25": {"vi": f"Điều 25 {LAW}", "en": "Law 10/2022/QH15, Art. 25"},
    "law_26": {"vi": f"khoản 1 Điều 26 {LAW}", "en": "Law 10/2022/QH15, Art. 26(1)"},
    "law_28_1": {"vi": f"khoản 1 Điều 28 {LAW}", "en": "Law 10/2022/QH15, Art. 28(1)"},
    "law_28_2": {"vi": f"khoản 2 Điều 28 {LAW}", "en": "Law 10/2022/QH15, Art. 28(2)"},
    "law_28_5": {"vi": f"khoản 5 Điều 28 {LAW}", "en": "Law 10/2022/QH15, Art. 28(5)"},
    "law_32": {"vi": f"Điều 32 {LAW}", "en": "Law 10/2022/QH15, Art. 32"},
    "law_36": {"vi": f"Điều 36 {LAW}", "en": "Law 10/2022/QH15, Art. 36"},
    "law_37": {"vi": f"Điều 37 {LAW}", "en": "Law 10/2022/QH15, Art. 37"},
    "law_40_1c": {
        "vi": f"điểm c khoản 1 Điều 40 {LAW}",
        "en": "Law 10/2022/QH15, Art. 40(1)(c)",
    },
    "law_40_2d": {
        "vi": f"điểm d khoản 2 Điều 40 {LAW}",
        "en": "Law 10/2022/QH15, Art. 40(2)(d)",
    },
    "law_41": {"vi": f"Điều 41 {LAW}", "en": "Law 10/2022/QH15, Art. 41"},
    "law_42": {"vi": f"Điều 42 {LAW}", "en": "Law 10/2022/QH15, Art. 42"},
    "law_45_1b": {
        "vi": f"điểm b khoản 1 Điều 45 {LAW}",
        "en": "Law 10/2022/QH15, Art. 45(1)(b)",
    },
    "law_45_1d": {
        "vi": f"điểm d khoản 1 Điều 45 {LAW}",
        "en": "Law 10/2022/QH15, Art. 45(1)(d)",
    },
    "law_45_2c": {
        "vi": f"điểm c khoản 2 Điều 45 {LAW}",
        "en": "Law 10/2022/QH15, Art. 45(2)(c)",
    },
    "d59_13": {"vi": f"Điều 13 {D59}", "en": "Decree 59/2023/NĐ-CP, Art. 13"},
    "d59_14_1": {"vi": f"khoản 1 Điều 14 {D59}", "en": "Decree 59/2023/NĐ-CP, Art. 14(1)"},
    "d59_17": {"vi": f"Điều 17 {D59}", "en": "Decree 59/2023/NĐ-CP, Art. 17"},
    "blds_148": {"vi": "Điều 148 Bộ luật Dân sự 2015", "en": "Civil Code 2015, Art. 148"},
}

INELIGIBLE: dict[str, dict[Lang, str]] = {
    "not_resident": {"vi": "không thường trú tại địa bàn", "en": "not a permanent resident"},
    "commune_staff": {
        "vi": "là cán bộ, công chức hoặc người hoạt động không chuyên trách ở cấp xã, thôn",
        "en": "is commune staff or a non-specialised worker of the commune or a village",
    },
    "project_relative": {
        "vi": "có người thân là người quyết định đầu tư, chủ đầu tư, nhà thầu hoặc giám sát",
        "en": "is a relative of the decision-maker, investor, contractor or supervisor",
    },
}

# Refusals (FieldError codes): {label} is the field's label.
CIVIC_REFUSALS: dict[str, dict[Lang, str]] = {
    "consultation_no_form": {
        "vi": "{label}: phải chọn ít nhất một hình thức lấy ý kiến ({article})",
        "en": "{label}: choose at least one form of consultation ({article})",
    },
    "consultation_closes_before_opens": {
        "vi": "{label}: ngày kết thúc lấy ý kiến không được trước ngày bắt đầu",
        "en": "{label}: the consultation cannot close before it opens",
    },
    "sector_reason_required": {
        "vi": "{label}: phải ghi luật chuyên ngành quy định thời hạn lấy ý kiến khác",
        "en": "{label}: name the sector law that sets another consultation period",
    },
    "channel_twice": {
        "vi": "{label}: hình thức này đã được nhập ở dòng khác",
        "en": "{label}: this channel is already entered on another row",
    },
    "must_not_precede": {
        "vi": "{label}: không được trước {other}",
        "en": "{label}: must not be before {other}",
    },
    "not_bool": {"vi": "{label}: phải là có hoặc không", "en": "{label}: must be yes or no"},
    "board_without_project": {
        "vi": "{label}: Ban giám sát đầu tư của cộng đồng phải gắn với một chương trình, "
        "dự án ({article})",
        "en": "{label}: a community investment supervision board needs its programme "
        "or project ({article})",
    },
    "member_ineligible": {
        "vi": "{label}: {name} không đủ điều kiện làm thành viên vì {reason} ({article})",
        "en": "{label}: {name} cannot be a member: {reason} ({article})",
    },
    "board_too_many_heads": {
        "vi": "{label}: ban chỉ có một Trưởng ban; đang có {count}",
        "en": "{label}: a board has one head; {count} entered",
    },
    "board_too_many_deputies": {
        "vi": "{label}: có {count} Phó Trưởng ban; tối đa {max} ({article})",
        "en": "{label}: {count} deputy heads; at most {max} ({article})",
    },
    "board_too_large": {
        "vi": "{label}: có {count} thành viên; Ban thanh tra nhân dân có đúng {size} "
        "thành viên (mỗi thôn, tổ dân phố một người, ít nhất 5) ({article})",
        "en": "{label}: {count} members; the People's Inspection Board has exactly {size} "
        "(one per village, at least 5) ({article})",
    },
    "board_too_many_residents": {
        "vi": "{label}: có {count} thành viên là người dân; tối đa {max} ({article})",
        "en": "{label}: {count} resident members; at most {max} ({article})",
    },
    "recommendation_not_countersigned": {
        "vi": "{label}: kiến nghị phải được Ủy ban Mặt trận Tổ quốc ký xác nhận trước khi "
        "gửi ({article})",
        "en": "{label}: a recommendation is countersigned by the Fatherland Front before "
        "it is sent ({article})",
    },
    "recommendation_not_sent": {
        "vi": "{label}: kiến nghị chưa được gửi",
        "en": "{label}: the recommendation has not been sent",
    },
}

# Warnings (Warn codes).
CIVIC_WARNINGS: dict[str, dict[Lang, str]] = {
    "consultation_short": {
        "vi": "Thời gian lấy ý kiến {days} ngày, ít hơn {required} ngày; sớm nhất được kết "
        "thúc ngày {earliest} ({article}{sector})",
        "en": "Consultation open {days} days, fewer than {required}; it may close on "
        "{earliest} at the earliest ({article}{sector})",
    },
    "consultation_plan_not_sent": {
        "vi": "Kế hoạch lấy ý kiến chưa gửi Thường trực HĐND và Ủy ban MTTQ xã ({article})",
        "en": "The consultation plan was not sent to the People's Council and the "
        "Fatherland Front ({article})",
    },
    "consultation_plan_late": {
        "vi": "Kế hoạch lấy ý kiến gửi HĐND và Ủy ban MTTQ ngày {sent}, sau ngày bắt đầu "
        "lấy ý kiến {opened} ({article})",
        "en": "The consultation plan went to the People's Council and the Fatherland Front "
        "on {sent}, after the consultation opened on {opened} ({article})",
    },
    "consultation_no_disclosure": {
        "vi": "Kết quả lấy ý kiến đã công bố nhưng chưa gắn với bản ghi công khai nội dung {item}",
        "en": "The results are published but not linked to a disclosure of item {item}",
    },
    "commitment_overdue": {
        "vi": "Cam kết {index} «{content}» ({owner}) quá hạn từ {due} ({article})",
        "en": "Commitment {index} '{content}' ({owner}) overdue since {due} ({article})",
    },
    "dialogue_without_mttq": {
        "vi": "Hội nghị đối thoại không ghi phối hợp với Ủy ban MTTQ xã ({article})",
        "en": "The dialogue is not recorded as organised with the Fatherland Front ({article})",
    },
    "dialogue_year_missing": {
        "vi": "Năm {year} chưa tổ chức hội nghị đối thoại giữa UBND xã với Nhân dân "
        "(hạn theo dõi {by}; {article})",
        "en": "No People's Committee–resident dialogue held in {year} by {by} ({article})",
    },
    "board_below_size": {
        "vi": "Ban có {count} thành viên đang hoạt động, ít hơn {size} ({article})",
        "en": "The board has {count} active members, fewer than {size} ({article})",
    },
    "board_village_twice": {
        "vi": "Có {count} thành viên cùng một thôn, tổ dân phố; mỗi thôn, tổ dân phố một "
        "thành viên ({article})",
        "en": "{count} members from the same village; one member per village ({article})",
    },
    "board_by_election": {
        "vi": "Thiếu {vacancies} thành viên, nhiệm kỳ còn đến {term_end} (từ 6 tháng trở "
        "lên): phải bầu bổ sung ({article})",
        "en": "{vacancies} seat(s) vacant with the term running to {term_end} (6 months or "
        "more): a by-election is due ({article})",
    },
    "investor_notice_late": {
        "vi": "Chưa thông báo hoặc thông báo muộn cho chủ đầu tư: phải trước ngày bắt đầu "
        "giám sát {starts} ít nhất {days} ngày, tức chậm nhất {due} ({article})",
        "en": "The investor was not notified in time: at least {days} days before "
        "supervision starts on {starts}, i.e. by {due} ({article})",
    },
    "plan_late": {
        "vi": "Kế hoạch kiểm tra gửi ngày {sent}, muộn hơn hạn {due} (ít nhất {wd} ngày "
        "làm việc trước ngày bắt đầu {starts}; {article})",
        "en": "The inspection plan was sent on {sent}, after {due} (at least {wd} working "
        "days before it starts on {starts}; {article})",
    },
    "plan_missing": {
        "vi": "Chưa ghi ngày gửi kế hoạch kiểm tra; hạn là {due} ({article})",
        "en": "No day recorded for sending the inspection plan; it was due by {due} ({article})",
    },
    "answer_late": {
        "vi": "Kiến nghị {index}: UBND trả lời ngày {answered}, quá hạn {days} ngày kể từ "
        "ngày nhận {received} (hạn {due}; {article})",
        "en": "Recommendation {index}: answered on {answered}, after the {days} days from "
        "receipt on {received} (due {due}; {article})",
    },
    "answer_missing": {
        "vi": "Kiến nghị {index}: UBND chưa trả lời; hạn {days} ngày kể từ ngày nhận "
        "{received} là {due} ({article})",
        "en": "Recommendation {index}: no answer yet; due {due}, {days} days from receipt "
        "on {received} ({article})",
    },
}

# Deadlines (Deadline codes), for "needs doing today" and the record's deadlines list.
CIVIC_DEADLINES: dict[str, dict[Lang, str]] = {
    "consultation_closes": {
        "vi": "Kết thúc lấy ý kiến ngày {due} ({article})",
        "en": "Consultation closes on {due} ({article})",
    },
    "commitment_due": {
        "vi": "Cam kết {index} «{content}» ({owner}) đến hạn {due}",
        "en": "Commitment {index} '{content}' ({owner}) due {due}",
    },
    "plan_notice": {
        "vi": "Gửi kế hoạch kiểm tra chậm nhất ngày {due} ({article})",
        "en": "Send the inspection plan by {due} ({article})",
    },
    "answer_due": {
        "vi": "Hạn UBND trả lời kiến nghị {index}: {due} ({days} ngày kể từ {received}; {article})",
        "en": "The People's Committee answers recommendation {index} by {due} ({days} days "
        "from {received}; {article})",
    },
    "investor_notice": {
        "vi": "Thông báo cho chủ đầu tư chậm nhất ngày {due} ({article})",
        "en": "Notify the investor by {due} ({article})",
    },
}

_DATE_KEYS = frozenset(
    {"due", "earliest", "sent", "opened", "by", "term_end", "starts", "answered", "received"}
)


def _day(value: Any) -> Any:
    if isinstance(value, str):
        try:
            d = date.fromisoformat(value)
        except ValueError:
            return value
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return value


def civic_params(params: Mapping[str, Any], lang: Lang = "vi") -> dict[str, Any]:
    """Params as a person reads them: articles, reasons and fields worded, days dd/mm/yyyy."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if key == "article" and isinstance(value, str) and value in ARTICLES:
            out[key] = ARTICLES[value].get(lang) or ARTICLES[value]["vi"]
        elif key == "reason" and isinstance(value, str) and value in INELIGIBLE:
            out[key] = INELIGIBLE[value].get(lang) or INELIGIBLE[value]["vi"]
        elif key == "other" and isinstance(value, str):
            out[key] = field_label(value, lang)
        elif key in _DATE_KEYS:
            out[key] = _day(value)
        else:
            out[key] = value
    reason = params.get("sector_reason")
    out["sector"] = f"; {reason}" if reason else ""
    return out


def format_civic(code: str, params: Mapping[str, Any], lang: Lang = "vi", label: str = "") -> str:
    """One warning, deadline or refusal in words (``label`` names a refused field)."""
    for catalog in (CIVIC_WARNINGS, CIVIC_DEADLINES, CIVIC_REFUSALS):
        entry = catalog.get(code)
        if entry:
            template = entry.get(lang) or entry["vi"]
            return template.format(**civic_params(params, lang), label=label)
    return code
