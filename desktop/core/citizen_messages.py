"""Wording of the reception, letter and case refusals and warnings (vi, en; NFC).

- :data:`CITIZEN_ERRORS`: the :class:`~desktop.core.errors.FieldError` codes of
  :mod:`desktop.core.reception`, :mod:`~desktop.core.letters`, :mod:`~desktop.core.cases`
  and the codecs, as templates over ``{label}`` (the field's label) and the error's params.
- :data:`CITIZEN_WARNINGS`: the warning codes other than a deadline's breach (those are in
  :mod:`desktop.core.citizen_deadline_messages`); :func:`word_warning` words any of them.
Not registered anywhere: the integrator wires it into the one catalog (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.citizen_deadline_messages import visit_words, word_breach, word_params

Lang = str

CITIZEN_ERRORS: dict[str, dict[Lang, str]] = {
    "not_bool": {
        "vi": "{label}: phải là có (true) hoặc không (false)",
        "en": "{label}: must be true or false",
    },
    "deputy_counted_as_chairman": {
        "vi": (
            "{label}: buổi tiếp không do Chủ tịch UBND chủ trì không được tính là Chủ tịch "
            "trực tiếp tiếp công dân (Điều 15 Luật Tiếp công dân không quy định ủy quyền)"
        ),
        "en": (
            "{label}: a session the chairman did not preside cannot count as the chairman's "
            "own reception (Law on Citizen Reception, Art. 15 provides no delegation)"
        ),
    },
    "online_before_l136": {
        "vi": (
            "{label}: tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/7/2026 (Điều 3a Luật Tiếp "
            "công dân, bổ sung bởi Luật số 136/2025/QH15)"
        ),
        "en": (
            "{label}: online reception applies only from 1 July 2026 (Law on Citizen "
            "Reception, Art. 3a, added by Law 136/2025/QH15)"
        ),
    },
    "representatives_gt_people": {
        "vi": (
            "{label}: số người đại diện ({representatives}) nhiều hơn số người cùng nội dung "
            "({people}) (Điều 29 Luật Tiếp công dân)"
        ),
        "en": (
            "{label}: more representatives ({representatives}) than people on the matter "
            "({people}) (Law on Citizen Reception, Art. 29)"
        ),
    },
    "refusal_without_ground": {
        "vi": (
            "{label}: từ chối tiếp công dân phải nêu một trong các căn cứ của Điều 9 Luật Tiếp "
            "công dân"
        ),
        "en": (
            "{label}: a refusal must state one of the grounds of the Law on Citizen "
            "Reception, Art. 9"
        ),
    },
    "ground_without_refusal": {
        "vi": "{label}: chỉ ghi căn cứ từ chối khi lượt tiếp bị từ chối",
        "en": "{label}: a refusal ground goes only with a refused visit",
    },
    "answer_before_visit": {
        "vi": "{label}: ngày trả lời trước ngày tiếp công dân",
        "en": "{label}: the answer is dated before the visit",
    },
    "unsigned_complaint_accepted": {
        "vi": (
            "{label}: không thụ lý đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu "
            "nại (khoản 5 Điều 11 Luật Khiếu nại)"
        ),
        "en": (
            "{label}: a complaint without the complainant's signature or fingerprint is not "
            "accepted (Law on Complaints, Art. 11(5))"
        ),
    },
    "handled_before_received": {
        "vi": "{label}: ngày xử lý trước ngày nhận đơn",
        "en": "{label}: handled before the letter was received",
    },
    "second_forwarding": {
        "vi": (
            "{label}: nội dung vụ việc {case_id} đã được chuyển đơn một lần; không chuyển lần "
            "thứ hai (khoản 1 Điều 14 Thông tư 05/2021/TT-TTCP)"
        ),
        "en": (
            "{label}: matter {case_id} was already forwarded once; it is not forwarded again "
            "(Circular 05/2021/TT-TTCP, Art. 14(1))"
        ),
    },
    "complex_without_reason": {
        "vi": "{label}: vụ việc phức tạp phải ghi rõ lý do (Điều 28 Luật Khiếu nại)",
        "en": "{label}: a complex case states its reason (Law on Complaints, Art. 28)",
    },
    "remote_without_reason": {
        "vi": "{label}: phải ghi rõ căn cứ xác định vùng sâu, vùng xa",
        "en": "{label}: state why the case counts as a remote area",
    },
    "unknown_criterion": {
        "vi": (
            "{label}: «{value}» không phải một tiêu chí của khoản 2 Điều 3 Nghị định "
            "31/2019/NĐ-CP (a, b, c, d, dd (đ), e, g)"
        ),
        "en": (
            "{label}: '{value}' is not a criterion of Decree 31/2019/ND-CP, Art. 3(2) "
            "(a, b, c, d, dd, e, g)"
        ),
    },
    "criteria_too_few": {
        "vi": (
            "{label}: cần ít nhất {needed} tiêu chí của khoản 2 Điều 3 Nghị định 31/2019/NĐ-CP, "
            "mới ghi {met}"
        ),
        "en": (
            "{label}: needs at least {needed} criteria of Decree 31/2019/ND-CP, Art. 3(2); "
            "{met} recorded"
        ),
    },
    "resolution_days_without_flag": {
        "vi": (
            "{label}: thời hạn {days} ngày vượt quá {allowed} ngày được phép; thời hạn 45, 60 "
            "ngày chỉ áp dụng cho vụ việc phức tạp hoặc ở vùng sâu, vùng xa "
            "(Điều 28 Luật Khiếu nại)"
        ),
        "en": (
            "{label}: {days} days exceed the {allowed} allowed; 45 or 60 days need the complex "
            "or remote-area flag (Law on Complaints, Art. 28)"
        ),
    },
    "event_not_for_type": {
        "vi": (
            "{label}: bước này không áp dụng cho loại vụ việc này (đối thoại, quyết định giải "
            "quyết: khiếu nại; kết luận nội dung: tố cáo)"
        ),
        "en": (
            "{label}: this step does not apply to this kind of case (dialogue and decision: "
            "complaints; conclusion: denunciations)"
        ),
    },
    "print_no_step": {
        "vi": (
            "{label}: vụ việc chưa ghi bước mà giấy tờ này in, hoặc giấy tờ này không dùng "
            "cho loại vụ việc này"
        ),
        "en": "{label}: the case has no step this document prints, or it is not for this case type",
    },
    "event_not_allowed": {
        "vi": "{label}: bước này không thể ghi ở trạng thái hiện tại của vụ việc",
        "en": "{label}: this step cannot be recorded in the case's present state",
    },
    "accepted_before_received": {
        "vi": "{label}: ngày thụ lý trước ngày nhận đơn",
        "en": "{label}: accepted before the letter was received",
    },
    "decision_before_acceptance": {
        "vi": (
            "{label}: quyết định giải quyết (kết luận) mang ngày trước ngày thụ lý {accepted} "
            "(Điều 27, 28 Luật Khiếu nại; Điều 29, 30 Luật Tố cáo)"
        ),
        "en": (
            "{label}: the decision (conclusion) is dated before the acceptance on {accepted} "
            "(Law on Complaints, Arts. 27-28; Law on Denunciations, Arts. 29-30)"
        ),
    },
    "event_before_previous": {
        "vi": "{label}: ngày của bước này trước ngày của bước trước",
        "en": "{label}: this step is dated before the previous one",
    },
    "extension_without_complex": {
        "vi": (
            "{label}: chỉ kéo dài thời hạn giải quyết khiếu nại khi vụ việc được đánh dấu phức "
            "tạp, có lý do (Điều 28 Luật Khiếu nại)"
        ),
        "en": (
            "{label}: a complaint's time limit is extended only for a case flagged complex, "
            "with its reason (Law on Complaints, Art. 28)"
        ),
    },
    "extension_beyond_criteria": {
        "vi": (
            "{label}: vượt số lần gia hạn được phép ({allowed}) theo {met} tiêu chí đã ghi "
            "(Điều 30 Luật Tố cáo; khoản 2 Điều 3 Nghị định 31/2019/NĐ-CP)"
        ),
        "en": (
            "{label}: more extensions than the {allowed} the {met} recorded criteria allow "
            "(Law on Denunciations, Art. 30; Decree 31/2019/ND-CP, Art. 3(2))"
        ),
    },
    "extension_too_long": {
        "vi": "{label}: mỗi lần gia hạn từ 1 đến {max} ngày (Điều 30 Luật Tố cáo)",
        "en": "{label}: each extension is 1 to {max} days (Law on Denunciations, Art. 30)",
    },
}

CITIZEN_WARNINGS: dict[str, dict[Lang, str]] = {
    "periodic_not_by_chairman": {
        "vi": (
            "Buổi tiếp định kỳ không do Chủ tịch UBND trực tiếp chủ trì: không tính vào số ngày "
            "tiếp công dân định kỳ của Chủ tịch (Điều 15 Luật Tiếp công dân)"
        ),
        "en": (
            "A periodic session the chairman did not preside in person does not count towards "
            "the chairman's reception days (Law on Citizen Reception, Art. 15)"
        ),
    },
    "schedule_posting_missing": {
        "vi": (
            "Chưa ghi ngày niêm yết lịch tiếp công dân của Chủ tịch; phải niêm yết chậm nhất "
            "ngày {due} ({article})"
        ),
        "en": "The chairman's reception schedule has no posting day; post it by {due} ({article})",
    },
    "representatives_count": visit_words(
        {
            "vi": (
                "{people} người cùng nội dung cử {representatives} người đại "
                "diện; phải từ {low} đến {high} người (Điều 29 Luật Tiếp công dân)"
            ),
            "en": (
                "{people} people on one matter have {representatives} "
                "representatives; {low} to {high} are required (Law on Citizen Reception, Art. 29)"
            ),
        }
    ),
    "visit_id_missing": visit_words(
        {
            "vi": (
                "chưa ghi số định danh cá nhân (căn cước, hộ chiếu), bắt buộc "
                "từ ngày {since} (Luật số 136/2025/QH15)"
            ),
            "en": "no personal ID number, required from {since} (Law 136/2025/QH15)",
        }
    ),
    "mixed_matter": visit_words(
        {
            "vi": (
                "nội dung gồm nhiều loại — hướng dẫn tách thành từng đơn riêng "
                "(khoản 3 Điều 25 Luật Tiếp công dân)"
            ),
            "en": (
                "a mixed matter is split into separate letters (Law on Citizen "
                "Reception, Art. 25(3))"
            ),
        }
    ),
    "anonymous_denunciation_accepted": {
        "vi": "Đơn tố cáo nặc danh, mạo danh không được thụ lý (Điều 25 Luật Tố cáo)",
        "en": (
            "An anonymous or false-name denunciation is not accepted (Law on Denunciations, "
            "Art. 25)"
        ),
    },
    "complaint_step_before_l136": {
        "vi": (
            "Ngày {on}: tạm đình chỉ, đình chỉ giải quyết khiếu nại chỉ áp dụng từ ngày "
            "01/7/2026 (Điều 11a Luật Khiếu nại, bổ sung bởi Luật số 136/2025/QH15); thời gian "
            "trước ngày đó vẫn tính vào thời hạn giải quyết"
        ),
        "en": (
            "{on}: suspending or terminating a complaint applies only from 1 July 2026 (Law on "
            "Complaints, Art. 11a, added by Law 136/2025/QH15); earlier time still counts"
        ),
    },
    "chairman_week_short": {
        "vi": (
            "Tuần {first}–{last}: Chủ tịch UBND trực tiếp tiếp công dân định kỳ {held}/{required} "
            "ngày (điểm d khoản 2 Điều 15 Luật Tiếp công dân)"
        ),
        "en": (
            "Week {first}–{last}: the chairman held {held} of {required} periodic reception "
            "days (Law on Citizen Reception, Art. 15(2)(d))"
        ),
    },
    "chairman_month_short": {
        "vi": (
            "Tháng {first}–{last}: Chủ tịch UBND trực tiếp tiếp công dân định kỳ "
            "{held}/{required} ngày (Điều 15 Luật Tiếp công dân, sửa đổi bởi Luật số 136/2025/QH15)"
        ),
        "en": (
            "Month {first}–{last}: the chairman held {held} of {required} periodic reception "
            "days (Law on Citizen Reception, Art. 15, amended by Law 136/2025/QH15)"
        ),
    },
}


def word_warning(code: str, params: Mapping[str, Any], lang: Lang = "vi") -> str:
    """Any reception, letter or case warning in words (a deadline's breach included)."""
    breach = word_breach(code, params, lang)
    if breach is not None:
        return breach
    entry = CITIZEN_WARNINGS[code]
    return (entry.get(lang) or entry["vi"]).format(**word_params(params, lang))


def word_error(code: str, label: str, params: Mapping[str, Any], lang: Lang = "vi") -> str:
    """A refusal in words, the field named by ``label``."""
    entry = CITIZEN_ERRORS[code]
    return (entry.get(lang) or entry["vi"]).format(label=label, **word_params(params, lang))
