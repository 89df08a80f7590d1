"""Message templates for the :class:`~desktop.core.errors.FieldError` codes of disclosures.

Each code maps to ``{"vi": ..., "en": ...}`` :meth:`str.format` templates using
``{field}`` (the record-JSON field path) and the error's params. The reading
codes (``invalid_date``, ``unknown_field`` ...) are worded in
:mod:`desktop.core.messages`.
"""

from __future__ import annotations

DISCLOSURE_MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "vi": "{field}: bắt buộc phải nhập.",
        "en": "{field}: is required.",
    },
    "min": {
        "vi": "{field}: phải lớn hơn hoặc bằng {min}.",
        "en": "{field}: must be at least {min}.",
    },
    "not_in_future": {
        "vi": "{field}: không được là ngày trong tương lai.",
        "en": "{field}: cannot be a future date.",
    },
    "must_not_precede": {
        "vi": "{field}: không được trước {other}.",
        "en": "{field}: must not be before {other}.",
    },
    "invalid_category": {
        "vi": (
            "{field}: «{value}» không phải nội dung công khai; chọn từ 1 đến 14 theo Điều 11 "
            "Luật 10/2022/QH15."
        ),
        "en": (
            "{field}: '{value}' is not a disclosure content; choose 1 to 14 "
            "(Law 10/2022/QH15, Art. 11)."
        ),
    },
    "before_decision": {
        "vi": (
            "{field}: không thể công khai trước ngày ban hành văn bản được công khai "
            "({decided_on})."
        ),
        "en": "{field}: cannot disclose before the decision being disclosed ({decided_on}).",
    },
    "posting_overlap": {
        "vi": (
            "{field}: trùng thời gian với lần niêm yết {other} tại cùng thôn, tổ dân phố; "
            "hãy ghi ngày gỡ của lần trước hoặc sửa lần niêm yết đó."
        ),
        "en": (
            "{field}: overlaps {other} at the same village; give the earlier posting's "
            "removal day or edit that posting."
        ),
    },
    "duplicate_day": {
        "vi": "{field}: ngày phát {day} đã được nhập.",
        "en": "{field}: broadcast day {day} is already listed.",
    },
    "form_missing": {
        "vi": (
            "{field}: phải có hình thức «{form}» vì đã nhập {source} (khoản 1 Điều 12 Luật "
            "10/2022/QH15)."
        ),
        "en": (
            "{field}: must include '{form}' since {source} is given (Law 10/2022/QH15, Art. 12(1))."
        ),
    },
    "invalid_url": {
        "vi": "{field}: địa chỉ trang thông tin phải bắt đầu bằng http:// hoặc https://.",
        "en": "{field}: the portal address must start with http:// or https://.",
    },
    "permanent_only": {
        "vi": (
            "{field}: chỉ dùng cho nội dung công khai thường xuyên (khoản 4 và khoản 13 Điều 11 "
            "Luật 10/2022/QH15)."
        ),
        "en": (
            "{field}: only for contents disclosed permanently (Law 10/2022/QH15, "
            "Art. 11(4) and (13))."
        ),
    },
    "invalid_sha256": {
        "vi": "{field}: phải là mã SHA-256 gồm 64 ký tự 0–9, a–f.",
        "en": "{field}: must be a SHA-256 digest of 64 characters 0–9, a–f.",
    },
    "invalid_period": {
        "vi": "{field}: «{value}» không phải quý dạng 2026Q2.",
        "en": "{field}: '{value}' is not a quarter of the form 2026Q2.",
    },
}
