"""Message templates for the :class:`~desktop.core.errors.FieldError` codes of meetings.

Each code maps to ``{"vi": ..., "en": ...}`` :meth:`str.format` templates using
``{field}`` (the record-JSON field path) and the error's params.
"""

from __future__ import annotations

MEETING_MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "vi": "{field}: bắt buộc phải nhập.",
        "en": "{field}: is required.",
    },
    "min": {
        "vi": "{field}: phải từ {min} trở lên.",
        "en": "{field}: must be at least {min}.",
    },
    "present_gt_total": {
        "vi": "{field}: số hộ dự họp ({present}) lớn hơn tổng số hộ ({total}).",
        "en": "{field}: households present ({present}) exceed the total households ({total}).",
    },
    "votes_gt_present": {
        "vi": (
            "{field}: tổng số phiếu tán thành, không tán thành và ý kiến khác ({votes}) "
            "lớn hơn số hộ dự họp ({present})."
        ),
        "en": (
            "{field}: votes for, against and other ({votes}) exceed households present ({present})."
        ),
    },
    "votes_gt_returned": {
        "vi": (
            "{field}: tổng số phiếu tán thành, không tán thành và ý kiến khác ({votes}) "
            "lớn hơn số phiếu thu về ({returned})."
        ),
        "en": (
            "{field}: votes for, against and other ({votes}) exceed ballot papers returned "
            "({returned})."
        ),
    },
    "votes_gt_total": {
        "vi": "{field}: tổng số ý kiến ({votes}) lớn hơn tổng số hộ ({total}).",
        "en": "{field}: votes ({votes}) exceed the total households ({total}).",
    },
    "returned_gt_issued": {
        "vi": "{field}: số phiếu thu về ({returned}) lớn hơn số phiếu phát ra ({issued}).",
        "en": "{field}: ballot papers returned ({returned}) exceed papers issued ({issued}).",
    },
    "issued_gt_total": {
        "vi": (
            "{field}: số phiếu phát ra ({issued}) lớn hơn tổng số hộ ({total}); mỗi hộ "
            "một phiếu (Điều 4 Nghị định 59/2023/NĐ-CP)."
        ),
        "en": (
            "{field}: ballot papers issued ({issued}) exceed the total households ({total}); "
            "one paper per household (Decree 59/2023/ND-CP, Art. 4)."
        ),
    },
    "online_not_allowed": {
        "vi": (
            "{field}: chỉ được biểu quyết trực tuyến đối với các việc khác thuộc nội dung tự "
            "quản (khoản 6 Điều 15); nội dung này phải đưa ra hội nghị hoặc phát phiếu lấy ý "
            "kiến hộ gia đình (Điều 17 Luật 10/2022/QH15)."
        ),
        "en": (
            "{field}: online voting is allowed only for other self-management matters "
            "(Art. 15(6)); this matter goes to a meeting or a household ballot "
            "(Law 10/2022/QH15, Art. 17)."
        ),
    },
    "ballot_needs_failed_meeting": {
        "vi": (
            "{field}: hương ước, quy ước, bầu hoặc miễn nhiệm trưởng thôn, thành viên Ban "
            "thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng phải đưa ra hội nghị; chỉ "
            "phát phiếu lấy ý kiến hộ gia đình sau một hội nghị không đạt (Điều 17 Luật "
            "10/2022/QH15)."
        ),
        "en": (
            "{field}: conventions, the village head and the community boards must go to a "
            "meeting; a household ballot only after a meeting that did not reach the "
            "threshold (Law 10/2022/QH15, Art. 17)."
        ),
    },
    "must_not_precede": {
        "vi": "{field}: không được trước {other}.",
        "en": "{field}: must not be before {other}.",
    },
    "must_not_follow": {
        "vi": "{field}: không được sau {other}.",
        "en": "{field}: must not be after {other}.",
    },
    "conflict": {
        "vi": "{field}: không thể vừa có {field} vừa có {other}.",
        "en": "{field}: cannot be set together with {other}.",
    },
    "wrong_recognizer": {
        "vi": (
            "{field}: cơ quan công nhận phải là {expected} (UBND xã công nhận hương ước, "
            "quy ước, trưởng thôn; Ủy ban MTTQ xã công nhận các ban; Điều 21 Luật "
            "10/2022/QH15)."
        ),
        "en": (
            "{field}: the recognising body must be {expected} (the commune UBND for "
            "conventions and the village head, the MTTQ for the boards; Law 10/2022/QH15, "
            "Art. 21)."
        ),
    },
}
