"""Words for the value codes of the reception, letter and case kinds (vi, en; NFC), keyed
by field then code, and the empty-list messages the declarations name. Not registered
anywhere: the integrator merges them into ``desktop.core.value_labels`` (issue 12)."""

from __future__ import annotations

Lang = str

CITIZEN_VALUE_LABELS: dict[str, dict[str, dict[Lang, str]]] = {
    "session_kind": {
        "regular": {"vi": "Thường xuyên", "en": "Regular"},
        "periodic": {"vi": "Định kỳ", "en": "Periodic"},
        "ad_hoc": {"vi": "Đột xuất", "en": "Ad hoc"},
    },
    "form": {
        "in_person": {"vi": "Trực tiếp", "en": "In person"},
        "online": {"vi": "Trực tuyến", "en": "Online"},
    },
    "presider_role": {
        "chairman": {"vi": "Chủ tịch UBND", "en": "Chairman"},
        "vice_chairman": {"vi": "Phó Chủ tịch UBND", "en": "Vice-chairman"},
        "officer": {"vi": "Công chức tiếp công dân", "en": "Reception officer"},
        "other": {"vi": "Khác", "en": "Other"},
    },
    "matter_type": {
        "complaint": {"vi": "Khiếu nại", "en": "Complaint"},
        "denunciation": {"vi": "Tố cáo", "en": "Denunciation"},
        "petition": {"vi": "Kiến nghị, phản ánh", "en": "Petition or feedback"},
        "mixed": {"vi": "Nhiều nội dung", "en": "Mixed"},
    },
    "visit_handling": {
        "recorded": {"vi": "Đã ghi sổ", "en": "Recorded"},
        "refused": {"vi": "Từ chối tiếp", "en": "Refused"},
        "guided": {"vi": "Hướng dẫn", "en": "Guided"},
        "accepted": {"vi": "Tiếp nhận để xử lý", "en": "Accepted for handling"},
        "forwarded": {"vi": "Chuyển đơn", "en": "Forwarded"},
        "answered": {"vi": "Đã trả lời", "en": "Answered"},
        "closed": {"vi": "Đã kết thúc", "en": "Closed"},
    },
    "refusal_ground": {
        "incapable": {
            "vi": "Say rượu, dùng chất kích thích, mất năng lực hành vi (khoản 1 Điều 9)",
            "en": "Intoxicated or mentally incapable (Art. 9(1))",
        },
        "disorderly": {
            "vi": "Đe dọa, xúc phạm, vi phạm nội quy (khoản 2 Điều 9)",
            "en": "Threats, insults, breach of the rules (Art. 9(2))",
        },
        "settled": {
            "vi": "Vụ việc đã giải quyết đúng, đã xem xét, trả lời (khoản 3 Điều 9)",
            "en": "Settled correctly, reviewed and answered (Art. 9(3))",
        },
        "other_legal": {
            "vi": "Trường hợp khác theo pháp luật (khoản 4 Điều 9)",
            "en": "Other legal ground (Art. 9(4))",
        },
    },
    "source": {
        "post": {"vi": "Bưu chính", "en": "Post"},
        "in_person": {"vi": "Trực tiếp, hòm thư", "en": "In person or letter box"},
        "reception": {"vi": "Qua tiếp công dân", "en": "At a reception"},
        "deputy": {"vi": "Đại biểu dân cử, Ban tiếp công dân chuyển", "en": "From a deputy"},
        "front": {"vi": "Mặt trận Tổ quốc chuyển", "en": "From the Fatherland Front"},
        "press": {"vi": "Báo chí chuyển", "en": "From the press"},
        "leader": {"vi": "Lãnh đạo chuyển", "en": "From a leader"},
        "online": {"vi": "Trực tuyến", "en": "Online"},
    },
    "letter_type": {
        "complaint": {"vi": "Khiếu nại", "en": "Complaint"},
        "denunciation": {"vi": "Tố cáo", "en": "Denunciation"},
        "petition": {"vi": "Kiến nghị, phản ánh", "en": "Petition or feedback"},
    },
    "jurisdiction": {
        "ours": {"vi": "Thuộc thẩm quyền", "en": "Ours"},
        "lower": {"vi": "Cơ quan cấp dưới", "en": "A lower body"},
        "other": {"vi": "Cơ quan khác", "en": "Another body"},
    },
    "letter_handling": {
        "pending": {"vi": "Chưa xử lý", "en": "Pending"},
        "proposed": {"vi": "Đề xuất thụ lý", "en": "Acceptance proposed"},
        "accepted": {"vi": "Đã thụ lý", "en": "Accepted"},
        "guided": {"vi": "Hướng dẫn", "en": "Guided"},
        "forwarded": {"vi": "Chuyển đơn", "en": "Forwarded"},
        "filed": {"vi": "Lưu đơn", "en": "Filed"},
        "not_processed": {"vi": "Không xử lý", "en": "Not processed"},
        "answered": {"vi": "Đã trả lời", "en": "Answered"},
    },
    "case_type": {
        "complaint": {"vi": "Khiếu nại", "en": "Complaint"},
        "denunciation": {"vi": "Tố cáo", "en": "Denunciation"},
    },
    "event_type": {
        "accepted": {"vi": "Thụ lý", "en": "Accepted"},
        "extended": {"vi": "Gia hạn", "en": "Extended"},
        "suspended": {"vi": "Tạm đình chỉ", "en": "Suspended"},
        "resumed": {"vi": "Tiếp tục giải quyết", "en": "Resumed"},
        "dialogue": {"vi": "Đối thoại", "en": "Dialogue"},
        "decided": {"vi": "Quyết định giải quyết", "en": "Decided"},
        "concluded": {"vi": "Kết luận nội dung tố cáo", "en": "Concluded"},
        "sent": {"vi": "Gửi quyết định, kết luận", "en": "Sent"},
        "disclosed": {"vi": "Công khai", "en": "Disclosed"},
        "closed": {"vi": "Kết thúc hồ sơ", "en": "Closed"},
        "terminated": {"vi": "Đình chỉ", "en": "Terminated"},
    },
    "case_status": {
        "accepted": {"vi": "Đã thụ lý", "en": "Accepted"},
        "verifying": {"vi": "Đang xác minh", "en": "Verifying"},
        "suspended": {"vi": "Tạm đình chỉ", "en": "Suspended"},
        "dialogue": {"vi": "Đã đối thoại", "en": "Dialogue held"},
        "decided": {"vi": "Đã giải quyết", "en": "Decided"},
        "sent": {"vi": "Đã gửi", "en": "Sent"},
        "disclosed": {"vi": "Đã công khai", "en": "Disclosed"},
        "closed": {"vi": "Kết thúc", "en": "Closed"},
        "terminated": {"vi": "Đình chỉ", "en": "Terminated"},
    },
    "finding": {
        "right": {"vi": "Đúng", "en": "Right"},
        "partly_right": {"vi": "Đúng một phần", "en": "Partly right"},
        "wrong": {"vi": "Sai", "en": "Wrong"},
    },
}

# The points of Decree 31/2019/NĐ-CP Art. 3(2) that make a denunciation complex.
CITIZEN_VALUE_LABELS["d31_criteria"] = {
    code: {"vi": f"Điểm {code} khoản 2 Điều 3 NĐ 31/2019", "en": f"D31 Art. 3(2)({code})"}
    for code in ("a", "b", "c", "d", "dd", "e", "g")
}

CITIZEN_EMPTY: dict[str, dict[Lang, str]] = {
    "reception_empty": {
        "vi": "Chưa có buổi tiếp công dân nào.",
        "en": "No reception sessions yet.",
    },
    "letter_empty": {"vi": "Chưa có đơn nào trong sổ.", "en": "No letters registered yet."},
    "case_empty": {"vi": "Chưa có vụ việc nào được thụ lý.", "en": "No cases accepted yet."},
    "reception_kind": {"vi": "Buổi tiếp công dân", "en": "Reception session"},
    "reception_plural": {"vi": "Tiếp công dân", "en": "Citizen reception"},
    "letter_kind": {"vi": "Đơn", "en": "Letter"},
    "letter_plural": {"vi": "Sổ theo dõi đơn", "en": "Register of letters"},
    "case_kind": {"vi": "Vụ việc khiếu nại, tố cáo", "en": "Complaint or denunciation case"},
    "case_plural": {"vi": "Giải quyết khiếu nại, tố cáo", "en": "Complaints and denunciations"},
}
