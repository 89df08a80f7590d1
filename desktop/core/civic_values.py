"""Words for the value codes and kinds of issue 15's and 16's kinds (reception, letter,
case; consultation, dialogue, board, oversight) and the statistics of issue 16 (vi, en,
NFC), in one module: ``desktop.core.value_labels`` joins them to the one catalog. Kind
words follow every kind's codes: ``kind.<name>``, ``kind.<name>.plural``,
``kind.<name>.empty``."""

from __future__ import annotations

Lang = str

KIND_LABELS: dict[str, dict[Lang, str]] = {
    "kind.reception.empty": {
        "vi": "Chưa có buổi tiếp công dân nào.",
        "en": "No reception sessions yet.",
    },
    "kind.letter.empty": {"vi": "Chưa có đơn nào trong sổ.", "en": "No letters registered yet."},
    "kind.case.empty": {"vi": "Chưa có vụ việc nào được thụ lý.", "en": "No cases accepted yet."},
    "kind.reception": {"vi": "Buổi tiếp công dân", "en": "Reception session"},
    "kind.reception.plural": {"vi": "Tiếp công dân", "en": "Citizen reception"},
    "kind.letter": {"vi": "Đơn", "en": "Letter"},
    "kind.letter.plural": {"vi": "Sổ theo dõi đơn", "en": "Register of letters"},
    "kind.case": {"vi": "Vụ việc khiếu nại, tố cáo", "en": "Complaint or denunciation case"},
    "kind.case.plural": {
        "vi": "Giải quyết khiếu nại, tố cáo",
        "en": "Complaints and denunciations",
    },
    "kind.consultation": {"vi": "Lấy ý kiến Nhân dân", "en": "Consultation"},
    "kind.consultation.plural": {"vi": "Lấy ý kiến Nhân dân", "en": "Consultations"},
    "kind.dialogue": {"vi": "Hội nghị đối thoại", "en": "Dialogue"},
    "kind.dialogue.plural": {"vi": "Đối thoại với Nhân dân", "en": "Dialogues"},
    "kind.board": {"vi": "Ban thanh tra, giám sát", "en": "Oversight board"},
    "kind.board.plural": {"vi": "Ban TTND, Ban GSĐTCĐ", "en": "Oversight boards"},
    "kind.oversight": {"vi": "Hoạt động kiểm tra, giám sát", "en": "Inspection or supervision"},
    "kind.oversight.plural": {"vi": "Kiểm tra, giám sát", "en": "Inspections and supervisions"},
    "kind.consultation.empty": {
        "vi": "Chưa có đợt lấy ý kiến Nhân dân nào.",
        "en": "No consultation recorded yet.",
    },
    "kind.dialogue.empty": {
        "vi": "Chưa có hội nghị đối thoại nào.",
        "en": "No dialogue recorded yet.",
    },
    "kind.board.empty": {"vi": "Chưa có ban nào.", "en": "No board recorded yet."},
    "kind.oversight.empty": {
        "vi": "Chưa có hoạt động kiểm tra, giám sát nào.",
        "en": "No inspection or supervision recorded yet.",
    },
}

VALUE_LABELS: dict[str, dict[str, dict[Lang, str]]] = {
    # Reception, letters, cases (issue 15).
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
    # Consultations, dialogues, boards, oversight (issue 16).
    "topic": {
        "1": {
            "vi": "Kế hoạch phát triển kinh tế - xã hội cấp xã",
            "en": "Commune socio-economic plan",
        },
        "2": {"vi": "Quy hoạch, kế hoạch sử dụng đất", "en": "Land-use planning"},
        "3": {"vi": "Bồi thường, hỗ trợ, tái định cư", "en": "Compensation and resettlement"},
        "4": {
            "vi": "Dự án, công trình đầu tư trên địa bàn",
            "en": "Investment projects and public works",
        },
        "5": {
            "vi": "Thành lập, nhập, chia, điều chỉnh địa giới, đặt tên đơn vị hành chính, "
            "thôn, tổ dân phố",
            "en": "Setting up, merging, renaming administrative units and villages",
        },
        "6": {
            "vi": "Dự thảo văn bản, chính sách của chính quyền cấp xã",
            "en": "Drafts of the commune's documents and policies",
        },
        "7": {"vi": "Quy định về thực hiện dân chủ ở cơ sở", "en": "Rules on grassroots democracy"},
        "8": {
            "vi": "Quyết định ảnh hưởng đến quyền, lợi ích của công dân cụ thể",
            "en": "Decisions bearing on named citizens",
        },
        "9": {"vi": "Nội dung khác theo quy định của pháp luật", "en": "Other matters"},
    },
    "consultation_forms": {
        "a": {"vi": "Hội nghị, cuộc họp, đối thoại", "en": "Conferences, meetings, dialogues"},
        "b": {"vi": "Hội nghị thôn, tổ dân phố", "en": "Village meetings"},
        "c": {"vi": "Phát phiếu lấy ý kiến", "en": "Opinion papers"},
        "d": {"vi": "Hòm thư góp ý", "en": "Suggestion box"},
        "dd": {"vi": "Cổng, trang thông tin điện tử", "en": "Portal or website"},
        "e": {"vi": "Viễn thông, mạng xã hội, ứng dụng", "en": "Telecoms, social networks, apps"},
        "g": {
            "vi": "Qua Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
            "en": "Through the Fatherland Front and mass organisations",
        },
        "h": {"vi": "Hình thức khác", "en": "Other form"},
    },
    "status": {
        "planned": {"vi": "Đã lập kế hoạch", "en": "Planned"},
        "plan_sent": {"vi": "Đã gửi kế hoạch", "en": "Plan sent"},
        "open": {"vi": "Đang lấy ý kiến", "en": "Open"},
        "closed": {"vi": "Đã kết thúc lấy ý kiến", "en": "Closed"},
        "synthesised": {"vi": "Đã tổng hợp", "en": "Synthesised"},
        "published": {"vi": "Đã công bố kết quả", "en": "Results published"},
        "reported": {"vi": "Đã báo cáo HĐND", "en": "Reported to the People's Council"},
    },
    "dialogue_kind": {
        "ubnd_residents": {
            "vi": "UBND xã đối thoại với Nhân dân",
            "en": "People's Committee–resident dialogue",
        },
        "leaders": {
            "vi": "Người đứng đầu cấp ủy, chính quyền đối thoại với Nhân dân",
            "en": "Party and government leaders with residents",
        },
    },
    "commitment_state": {
        "open": {"vi": "Đang thực hiện", "en": "Open"},
        "done": {"vi": "Đã hoàn thành", "en": "Done"},
        "done_late": {"vi": "Hoàn thành muộn", "en": "Done late"},
        "overdue": {"vi": "Quá hạn", "en": "Overdue"},
    },
    "board_type": {
        "ttnd": {"vi": "Ban thanh tra nhân dân", "en": "People's Inspection Board"},
        "gsdtcd": {
            "vi": "Ban giám sát đầu tư của cộng đồng",
            "en": "Community Investment Supervision Board",
        },
    },
    "role": {
        "head": {"vi": "Trưởng ban", "en": "Head"},
        "deputy": {"vi": "Phó Trưởng ban", "en": "Deputy head"},
        "member": {"vi": "Thành viên", "en": "Member"},
    },
    "origin": {
        "mttq": {"vi": "Đại diện Ủy ban MTTQ", "en": "Fatherland Front"},
        "ttnd": {"vi": "Đại diện Ban thanh tra nhân dân", "en": "People's Inspection Board"},
        "resident": {"vi": "Người dân", "en": "Resident"},
    },
    "activity": {
        "inspection": {"vi": "Kiểm tra, giám sát (Ban TTND)", "en": "Inspection (Ban TTND)"},
        "supervision": {
            "vi": "Giám sát đầu tư (Ban GSĐTCĐ)",
            "en": "Investment supervision (Ban GSĐTCĐ)",
        },
    },
    "recommendation_state": {
        "drafted": {"vi": "Dự thảo", "en": "Drafted"},
        "countersigned": {"vi": "Đã được MTTQ xác nhận", "en": "Countersigned"},
        "sent": {"vi": "Đã gửi, chờ trả lời", "en": "Sent, awaiting answer"},
        "answered": {"vi": "Đã trả lời đúng hạn", "en": "Answered on time"},
        "answered_late": {"vi": "Trả lời quá hạn", "en": "Answered late"},
        "unanswered": {"vi": "Quá hạn chưa trả lời", "en": "Unanswered, overdue"},
    },
    "period": {
        "quarter": {"vi": "Quý", "en": "Quarter"},
        "half_year": {"vi": "6 tháng", "en": "Half-year"},
        "year": {"vi": "Năm", "en": "Year"},
        "term": {"vi": "Nhiệm kỳ", "en": "Term"},
    },
}

# The §4.10 indicators (CivicStats.counters() keys), as report rows name them.
# The points of Decree 31/2019/NĐ-CP Art. 3(2) that make a denunciation complex.
VALUE_LABELS["d31_criteria"] = {
    code: {"vi": f"Điểm {code} khoản 2 Điều 3 NĐ 31/2019", "en": f"D31 Art. 3(2)({code})"}
    for code in ("a", "b", "c", "d", "dd", "e", "g")
}

STAT_LABELS: dict[str, dict[Lang, str]] = {
    "consultations": {"vi": "Số đợt lấy ý kiến Nhân dân", "en": "Consultations held"},
    "consultation_opinions": {"vi": "Số ý kiến nhận được", "en": "Opinions received"},
    "dialogues": {"vi": "Số hội nghị đối thoại", "en": "Dialogues held"},
    "dialogue_attendance": {"vi": "Số lượt người dự đối thoại", "en": "Dialogue attendance"},
    "ttnd_inspections": {
        "vi": "Số cuộc kiểm tra, giám sát của Ban TTND",
        "en": "Ban TTND inspections",
    },
    "ttnd_cases_verified": {"vi": "Số vụ việc xác minh", "en": "Cases verified"},
    "ttnd_violations": {
        "vi": "Số vi phạm phát hiện (Ban TTND)",
        "en": "Violations found (Ban TTND)",
    },
    "ttnd_recommendations": {
        "vi": "Số kiến nghị của Ban TTND",
        "en": "Ban TTND recommendations made",
    },
    "ttnd_recommendations_answered": {
        "vi": "Số kiến nghị đã được trả lời",
        "en": "Recommendations answered",
    },
    "ttnd_recommendations_on_time": {
        "vi": "Số kiến nghị được trả lời trong 15 ngày",
        "en": "Recommendations answered within 15 days",
    },
    "gsdtcd_boards": {"vi": "Số Ban GSĐTCĐ", "en": "Ban GSĐTCĐ boards"},
    "gsdtcd_projects": {"vi": "Số công trình, dự án được giám sát", "en": "Projects supervised"},
    "gsdtcd_violations": {
        "vi": "Số vi phạm phát hiện (Ban GSĐTCĐ)",
        "en": "Violations found (Ban GSĐTCĐ)",
    },
    "gsdtcd_recommendations": {
        "vi": "Số kiến nghị của Ban GSĐTCĐ",
        "en": "Ban GSĐTCĐ recommendations made",
    },
    "gsdtcd_recommendations_answered": {
        "vi": "Số kiến nghị của Ban GSĐTCĐ đã được trả lời",
        "en": "Ban GSĐTCĐ recommendations answered",
    },
}


def stat_label(key: str, lang: Lang = "vi") -> str:
    """A §4.10 counter's label, including the per-topic, per-form and per-kind ones."""
    if key in STAT_LABELS:
        return STAT_LABELS[key].get(lang) or STAT_LABELS[key]["vi"]
    for prefix, group, head in (
        ("consultation_topic_", "topic", {"vi": "Lấy ý kiến — ", "en": "Consultations — "}),
        ("consultation_form_", "consultation_forms", {"vi": "Hình thức — ", "en": "Form — "}),
        ("dialogues_", "dialogue_kind", {"vi": "Đối thoại — ", "en": "Dialogues — "}),
    ):
        if key.startswith(prefix):
            words = VALUE_LABELS[group].get(key[len(prefix) :])
            if words:
                return head.get(lang, head["vi"]) + (words.get(lang) or words["vi"])
    return key
