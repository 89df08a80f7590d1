"""One stored record of each issue 15 / 16 kind, for the document tests."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.container import Services

DENOUNCER = "Trịnh Quang Bảo Ngọc"  # distinctive: must appear in no PDF
COMPLAINANT = "Nguyễn Văn An"
TUESDAY = "2026-03-03"


@dataclass(frozen=True)
class Samples:
    reception: str
    letter: str
    denunciation_letter: str
    case: str
    denunciation_case: str
    consultation: str
    dialogue: str
    board: str
    oversight: str
    decided_case: str = ""  # a complaint through dialogue to its decision
    concluded_case: str = ""  # a complex denunciation extended, suspended, concluded


def _stepped_cases(s: Services) -> tuple[str, str]:
    """A complaint and a denunciation with every step a case document prints."""
    complaint = s.cases.add_json(
        {
            "case_type": "complaint",
            "case_id": "KN-02",
            "received_day": TUESDAY,
            "subject": "Khiếu nại việc thu phí chợ",
            "person_name": COMPLAINANT,
            "person_address": "Thôn Đông",
            "signed": True,
        }
    )
    for event in (
        {"type": "accepted", "on": "2026-03-05"},
        {"type": "dialogue", "on": "2026-03-20", "note": "hai bên thống nhất mức phí"},
        {
            "type": "decided",
            "on": "2026-03-27",
            "finding": "partly_right",
            "note": "hoàn trả phần phí thu vượt",
        },
    ):
        s.cases.event_json(complaint.uuid, event)
    denunciation = s.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": "TC-02",
            "received_day": TUESDAY,
            "subject": "Tố cáo cán bộ tư pháp gây khó khăn",
            "person_name": DENOUNCER,
            "person_address": "Thôn Tây",
            "signed": True,
            "complex": True,
            "criteria": ["a"],
        }
    )
    for event in (
        {"type": "accepted", "on": "2026-03-06"},
        {"type": "extended", "on": "2026-04-03", "days": 30, "note": "cần xác minh nhiều nơi"},
        {"type": "suspended", "on": "2026-04-10", "note": "chờ kết quả giám định"},
        {"type": "resumed", "on": "2026-04-20"},
        {"type": "concluded", "on": "2026-05-04", "finding": "wrong"},
    ):
        s.cases.event_json(denunciation.uuid, event)
    return complaint.uuid, denunciation.uuid


def make_samples(s: Services) -> Samples:
    visits = [
        {
            "name": COMPLAINANT,
            "address": "Thôn Đông",
            "summary": "Khiếu nại thu hồi đất",
            "matter_type": "complaint",
            "people": 1,
            "handling": "accepted",
            "case_id": "KN-01",
            "documents_received": "Quyết định số 15/QĐ-UBND (bản sao)",
        },
        {
            "name": DENOUNCER,
            "address": "Thôn Tây",
            "summary": "Tố cáo cán bộ địa chính",
            "matter_type": "denunciation",
            "people": 1,
            "handling": "accepted",
            "case_id": "TC-01",
        },
        {
            "name": "Lê Văn Bình",
            "address": "Thôn Bắc",
            "summary": "Đã được trả lời bằng văn bản",
            "matter_type": "complaint",
            "people": 1,
            "handling": "refused",
            "refusal_ground": "settled",
        },
    ]
    reception = s.receptions.add_json(
        {
            "session_on": TUESDAY,
            "session_kind": "periodic",
            "presided_by": "Lê Thị Hoa",
            "presider_role": "chairman",
            "chairman_in_person": True,
            "place": "Trụ sở UBND xã",
            "schedule_posted_on": "2026-02-20",
            "visits": visits,
        }
    )
    letter = s.letters.add_json(
        {
            "received_day": TUESDAY,
            "letter_type": "complaint",
            "signed": True,
            "senders": [COMPLAINANT],
            "sender_address": "Thôn Đông",
            "summary": "Khiếu nại quyết định thu hồi đất",
            "eligible": True,
            "jurisdiction": "ours",
            "case_id": "KN-01",
            "source": "post",
        }
    )
    denunciation = s.letters.add_json(
        {
            "received_day": TUESDAY,
            "letter_type": "denunciation",
            "signed": True,
            "senders": [DENOUNCER],
            "sender_address": "Thôn Tây",
            "summary": "Tố cáo cán bộ huyện",
            "eligible": True,
            "jurisdiction": "other",
            "forwarded_to": "Thanh tra tỉnh",
            "handling": "forwarded",
            "handled_on": "2026-03-05",
        }
    )
    case = s.cases.add_json(
        {
            "case_type": "complaint",
            "case_id": "KN-01",
            "received_day": TUESDAY,
            "subject": "Khiếu nại quyết định thu hồi đất số 15/QĐ-UBND",
            "person_name": COMPLAINANT,
            "person_address": "Thôn Đông",
            "signed": True,
        }
    )
    s.cases.event_json(case.uuid, {"type": "accepted", "on": "2026-03-05"})
    denounced = s.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": "TC-01",
            "received_day": TUESDAY,
            "subject": "Tố cáo cán bộ địa chính nhận tiền",
            "person_name": DENOUNCER,
            "person_address": "Thôn Tây",
            "signed": True,
        }
    )
    s.cases.event_json(denounced.uuid, {"type": "accepted", "on": "2026-03-06"})
    consultation = s.consultations.add_json(
        {
            "title": "Lấy ý kiến về dự án đường liên thôn",
            "topic": "4",
            "consultation_forms": ["b", "c"],
            "plan_sent_on": "2026-02-25",
            "published_on": "2026-03-02",
            "closes_on": "2026-03-22",
            "opinions": [{"channel": "b", "count": 120}, {"channel": "c", "count": 35}],
        }
    )
    dialogue = s.dialogues.add_json(
        {
            "title": "Đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026",
            "dialogue_kind": "ubnd_residents",
            "held_on": "2026-06-10",
            "commitments": [
                {"content": "Sửa đường thôn Đông", "owner": "UBND xã", "due_on": "2026-07-10"}
            ],
        }
    )
    board = s.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd", "villages_total": 5})
    oversight = s.oversights.add_json(
        {
            "title": "Kiểm tra việc thu quỹ",
            "board": board.uuid,
            "activity": "inspection",
            "recommendations": [{"content": "Công khai sổ thu quỹ"}],
        }
    )
    return Samples(
        reception.uuid,
        letter.uuid,
        denunciation.uuid,
        case.uuid,
        denounced.uuid,
        consultation.uuid,
        dialogue.uuid,
        board.uuid,
        oversight.uuid,
        *_stepped_cases(s),
    )


def step_case(x: Samples, name: str) -> str | None:
    """The sample case a case-step document prints from (None: not a step document)."""
    if name in ("case-dialogue", "case-decision"):
        return x.decided_case
    if name.startswith("case-") and name != "case-acceptance":
        return x.concluded_case
    return None
