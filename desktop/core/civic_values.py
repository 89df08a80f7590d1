"""Words for the value codes, kinds and statistics of consultations, dialogues, the two
boards and their oversight (vi, en, NFC). Not registered anywhere: the integrator wires it."""

from __future__ import annotations

Lang = str

KIND_LABELS: dict[str, dict[Lang, str]] = {
    "consultation": {"vi": "Lấy ý kiến Nhân dân", "en": "Consultation"},
    "consultation.plural": {"vi": "Lấy ý kiến Nhân dân", "en": "Consultations"},
    "dialogue": {"vi": "Hội nghị đối thoại", "en": "Dialogue"},
    "dialogue.plural": {"vi": "Đối thoại với Nhân dân", "en": "Dialogues"},
    "board": {"vi": "Ban thanh tra, giám sát", "en": "Oversight board"},
    "board.plural": {"vi": "Ban TTND, Ban GSĐTCĐ", "en": "Oversight boards"},
    "oversight": {"vi": "Hoạt động kiểm tra, giám sát", "en": "Inspection or supervision"},
    "oversight.plural": {"vi": "Kiểm tra, giám sát", "en": "Inspections and supervisions"},
    "consultation.empty": {
        "vi": "Chưa có đợt lấy ý kiến Nhân dân nào.",
        "en": "No consultation recorded yet.",
    },
    "dialogue.empty": {
        "vi": "Chưa có hội nghị đối thoại nào.",
        "en": "No dialogue recorded yet.",
    },
    "board.empty": {"vi": "Chưa có ban nào.", "en": "No board recorded yet."},
    "oversight.empty": {
        "vi": "Chưa có hoạt động kiểm tra, giám sát nào.",
        "en": "No inspection or supervision recorded yet.",
    },
}

VALUE_LABELS: dict[str, dict[str, dict[Lang, str]]] = {
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
