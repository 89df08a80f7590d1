"""The demo commune's records of issues 15 and 16: reception sessions with their visits,
the register of letters, the cases the chairman accepted, a consultation, the yearly
dialogue, the Ban TTND and its inspection (``sodanchu demo``, the wizard's demo button).

Every record goes through its service's write path (the rules run, the warnings are
computed) and every day counts from the demo's "today" (the installation's calendar for
working days), so the sections show realistic work whatever day the demo is made: a repeat
visit on a matter already received (a visit — lượt — that adds no case — vụ việc), a
complaint accepted and decided, a denunciation whose denouncer stays confidential
(LTCD Art. 3(2)), a dialogue commitment overdue and a recommendation awaiting the UBND's
answer (Law Art. 40(1)(c)), both in the overview's "needs doing today".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.civic import add_months
from desktop.core.workdays import WorkCalendar
from desktop.services.container import Services

CHAIRMAN = "Nguyễn Văn An"  # the chairman who signed the demo convention's recognition
OFFICER = "Trần Thị Ngọc"  # the reception officer
UBND_OFFICE = "Trụ sở Ủy ban nhân dân xã"
TERM_MONTHS = 30  # the village heads' term (two and a half years), the Ban TTND's too


def demo_citizen_records(services: Services) -> None:
    """Reception sessions, letters and cases dated around today (issue 15)."""
    today = services.ctx.today()
    cal = services.calendar.calendar()
    year = today.year
    land, bribe = f"VV-{year}-001", f"VV-{year}-002"

    def wd(days: int, start: date = today) -> str:
        return cal.add_working_days(start, days).isoformat()

    first = cal.add_working_days(today, -30)
    land_letter, bribe_letter = _letters(services, cal, today, first, land, bribe)
    _sessions(services, cal, today, first, land)
    services.cases.add_json(
        {
            "case_type": "complaint",
            "case_id": land,
            "received_day": first.isoformat(),
            "subject": "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
            "person_name": "Phạm Văn Tùng",
            "person_address": "Thôn Đông, xã Tân Phú",
            "person_id_no": "079068001234",
            "signed": True,
            "letter": land_letter,
            "events": [
                {"type": "accepted", "on": wd(4, first), "ref_no": "05/TB-UBND"},
                {"type": "dialogue", "on": wd(14, first), "note": "Đối thoại tại trụ sở xã"},
                {
                    "type": "decided",
                    "on": wd(24, first),
                    "ref_no": "210/QĐ-UBND",
                    "finding": "partly_right",
                },
                {"type": "sent", "on": wd(25, first)},
            ],
        }
    )
    received = cal.add_working_days(today, -12)
    services.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": bribe,
            "received_day": received.isoformat(),
            "subject": "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất đai",
            # The denouncer: kept here for the officer handling the case, never in lists,
            # search, bundles or reports (LTCD Art. 3(2); LTC Art. 47).
            "person_name": "Lê Văn Khải",
            "person_address": "Thôn Tây, xã Tân Phú",
            "signed": True,
            "letter": bribe_letter,
            "notified_on": wd(7, received),
            "events": [{"type": "accepted", "on": wd(6, received), "ref_no": "07/TB-UBND"}],
        }
    )


def _letters(
    services: Services, cal: WorkCalendar, today: date, first: date, land: str, bribe: str
) -> tuple[str, str]:
    """Six letters of the three contents and their outcomes (accepted, guided, forwarded,
    answered, one still to process); the uuids of the two accepted (the cases' letters)."""

    def wd(days: int, start: date) -> str:
        return cal.add_working_days(start, days).isoformat()

    def day(days: int) -> date:
        return cal.add_working_days(today, days)

    letters: list[dict[str, Any]] = [
        {
            "received_day": first.isoformat(),
            "source": "reception",
            "senders": ["Phạm Văn Tùng"],
            "sender_address": "Thôn Đông, xã Tân Phú",
            "signed": True,
            "summary": "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
            "letter_type": "complaint",
            "eligible": True,
            "jurisdiction": "ours",
            "case_id": land,
            "handling": "accepted",
            "handled_on": wd(4, first),
            "letter_no": "05/TB-UBND",
        },
        {
            "received_day": day(-25).isoformat(),
            "source": "post",
            "senders": ["Đỗ Thị Hạnh"],
            "sender_address": "Ấp Phú Hòa, xã Tân Phú",
            "signed": True,
            "summary": "Khiếu nại quyết định xử phạt của Sở Xây dựng về công trình nhà ở",
            "letter_type": "complaint",
            "eligible": True,
            "jurisdiction": "other",
            "case_id": f"VV-{today.year}-003",
            "handling": "guided",
            "handled_on": wd(3, day(-25)),
            "letter_no": "18/UBND-TCD",
            "forwarded_to": "Sở Xây dựng",
        },
        {
            "received_day": day(-20).isoformat(),
            "source": "in_person",
            "senders": ["Trương Văn Sang", "Nguyễn Thị Thắm"],
            "sender_address": "Thôn Nam, xã Tân Phú",
            "signed": True,
            "summary": "Phản ánh tình trạng ô nhiễm từ cơ sở chăn nuôi",
            "letter_type": "petition",
            "eligible": True,
            "jurisdiction": "other",
            "case_id": f"VV-{today.year}-004",
            "handling": "forwarded",
            "handled_on": wd(2, day(-20)),
            "letter_no": "21/PC-UBND",
            "forwarded_to": "Sở Nông nghiệp và Môi trường",
        },
        {
            "received_day": day(-16).isoformat(),
            "source": "online",
            "senders": ["Võ Minh Trí"],
            "sender_address": "Tổ dân phố số 1, xã Tân Phú",
            "signed": True,
            "summary": "Kiến nghị sửa chữa đường bê tông bị hư hỏng",
            "letter_type": "petition",
            "eligible": True,
            "jurisdiction": "ours",
            "handling": "answered",
            "handled_on": wd(6, day(-16)),
            "letter_no": "25/UBND",
        },
        {
            "received_day": day(-12).isoformat(),
            "source": "post",
            "senders": ["Lê Văn Khải"],  # a denouncer: confidential (LTCD Art. 3(2))
            "sender_address": "Thôn Tây, xã Tân Phú",
            "signed": True,
            "summary": "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất đai",
            "letter_type": "denunciation",
            "eligible": True,
            "jurisdiction": "ours",
            "case_id": bribe,
            "handling": "accepted",
            "handled_on": wd(6, day(-12)),
            "letter_no": "07/TB-UBND",
        },
        {
            "received_day": day(-3).isoformat(),
            "source": "front",
            "senders": ["Huỳnh Thị Bích"],
            "sender_address": "Thôn Bắc, xã Tân Phú",
            "signed": True,
            "summary": "Kiến nghị lắp đặt đèn chiếu sáng đường thôn Bắc",
            "letter_type": "petition",
        },
    ]
    uuids = [services.letters.add_json(obj).uuid for obj in letters]
    return uuids[0], uuids[4]


def _sessions(services: Services, cal: WorkCalendar, today: date, first: date, land: str) -> None:
    """Four sessions: the chairman's periodic ones (schedule posted 5 wd ahead, LTCD Art.
    18(2)), the officer's regular one, and the next one announced."""

    def wd(days: int, start: date = today) -> str:
        return cal.add_working_days(start, days).isoformat()

    second = cal.add_working_days(today, -18)
    third = cal.add_working_days(today, -8)
    sessions: list[dict[str, Any]] = [
        {
            "session_on": first.isoformat(),
            "session_kind": "periodic",
            "place": UBND_OFFICE,
            "presided_by": CHAIRMAN,
            "presider_role": "chairman",
            "chairman_in_person": True,
            "staff": [OFFICER],
            "schedule_posted_on": wd(-6, first),
            "visits": [
                {
                    "name": "Phạm Văn Tùng",
                    "address": "Thôn Đông, xã Tân Phú",
                    "id_no": "079068001234",
                    "summary": "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
                    "matter_type": "complaint",
                    "handling": "accepted",
                    "documents_received": "Đơn khiếu nại, bản sao quyết định thu hồi đất",
                    "answered_on": wd(4, first),
                    "case_id": land,
                },
                {
                    "name": "Nguyễn Thị Lệ",
                    "address": "Thôn Tây, xã Tân Phú",
                    "id_no": "079175004321",
                    "summary": "Kiến nghị nạo vét kênh mương nội đồng trước mùa mưa",
                    "matter_type": "petition",
                    "handling": "answered",
                    "answered_on": wd(5, first),
                    "result": "Đã đưa vào kế hoạch nạo vét quý tới",
                },
            ],
        },
        {
            "session_on": second.isoformat(),
            "session_kind": "regular",
            "place": UBND_OFFICE,
            "presided_by": OFFICER,
            "presider_role": "officer",
            "visits": [
                {  # a repeat visit: one more lượt, the same vụ việc
                    "name": "Phạm Văn Tùng",
                    "address": "Thôn Đông, xã Tân Phú",
                    "id_no": "079068001234",
                    "summary": "Hỏi tiến độ giải quyết khiếu nại về thu hồi đất",
                    "matter_type": "complaint",
                    "handling": "answered",
                    "answered_on": wd(1, second),
                    "case_id": land,
                },
                {
                    "name": "Đặng Văn Lộc",
                    "address": "Tổ dân phố số 1, xã Tân Phú",
                    "id_no": "079072009876",
                    "summary": "Khiếu nại quyết định của Tòa án về chia thừa kế",
                    "matter_type": "complaint",
                    "handling": "guided",
                    "handled_to": "Tòa án nhân dân khu vực",
                    "letter_no": "12/HD-TCD",
                },
            ],
        },
        {
            "session_on": third.isoformat(),
            "session_kind": "periodic",
            "place": UBND_OFFICE,
            "presided_by": CHAIRMAN,
            "presider_role": "chairman",
            "chairman_in_person": True,
            "staff": [OFFICER],
            "schedule_posted_on": wd(-7, third),
            "visits": [
                {  # a group of six: two representatives (LTCD Art. 29)
                    "name": "Huỳnh Văn Phúc",
                    "address": "Ấp Phú Hòa, xã Tân Phú",
                    "id_no": "079080005555",
                    "summary": "Phản ánh tiếng ồn của cơ sở sản xuất ban đêm",
                    "matter_type": "petition",
                    "people": 6,
                    "group_representatives": ["Huỳnh Văn Phúc", "Trần Thị Sen"],
                    "handling": "recorded",
                },
            ],
        },
        {
            "session_on": wd(8),
            "session_kind": "periodic",
            "place": UBND_OFFICE,
            "presided_by": CHAIRMAN,
            "presider_role": "chairman",
            "chairman_in_person": True,
            "schedule_posted_on": today.isoformat(),
        },
    ]
    for obj in sessions:
        services.receptions.add_json(obj)


def demo_civic_records(services: Services) -> None:
    """A consultation, the yearly dialogue, the Ban TTND and its inspection (issue 16)."""
    today = services.ctx.today()
    cal = services.calendar.calendar()

    def wd(days: int, start: date = today) -> str:
        return cal.add_working_days(start, days).isoformat()

    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    published = today - timedelta(days=50)
    closes = published + timedelta(days=22)  # at least 20 days (Law Art. 28(2))
    services.consultations.add_json(
        {
            "title": "Lấy ý kiến Nhân dân về đề án sáp nhập thôn Nam và thôn Bắc",
            "topic": "5",
            "consultation_forms": ["b", "c", "dd"],
            "plan_content": "Dự thảo đề án, phương án đặt tên thôn mới",
            "plan_method": "Họp thôn, phát phiếu lấy ý kiến hộ gia đình, cổng thông tin xã",
            "plan_responsible": "Văn phòng - Thống kê xã",
            "plan_sent_on": wd(-4, published),
            "published_on": published.isoformat(),
            "closes_on": closes.isoformat(),
            "opinions": [
                {"channel": "b", "count": 146},
                {"channel": "c", "count": 212},
                {"channel": "dd", "count": 18},
            ],
            "synthesis": "Đa số hộ đồng ý sáp nhập; một số ý kiến đề nghị giữ tên thôn Nam",
            "explanation": "UBND xã tiếp thu, đề xuất tên thôn mới là thôn Nam Bắc",
            "synthesised_on": wd(6, closes),
        }
    )
    held = cal.add_working_days(today, -45)
    services.dialogues.add_json(
        {
            "title": f"Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm {held.year}",
            "dialogue_kind": "ubnd_residents",
            "held_on": held.isoformat(),
            "place": "Hội trường Ủy ban nhân dân xã",
            "chaired_by": [CHAIRMAN],
            "with_mttq": True,
            "attendance": 142,
            "questions": [
                {
                    "asked_by": "Trần Văn Hùng",
                    "question": "Khi nào sửa đường liên thôn Đông – Tây?",
                    "answer": "UBND xã đưa vào kế hoạch đầu tư năm sau",
                    "answered_by": CHAIRMAN,
                },
                {
                    "asked_by": "Lê Thị Hoa",
                    "question": "Đề nghị lắp thêm đèn đường ở xóm dưới",
                    "answer": "Giao thôn khảo sát, báo cáo UBND xã",
                    "answered_by": CHAIRMAN,
                },
                {
                    "asked_by": "Võ Thị Thu",
                    "question": "Cống thoát nước thôn Bắc bị tắc gây ngập",
                    "answer": "Nạo vét trước mùa mưa",
                    "answered_by": CHAIRMAN,
                },
            ],
            "commitments": [
                {
                    "content": "Nạo vét cống thoát nước thôn Bắc",
                    "owner": "Ủy ban nhân dân xã",
                    "due_on": ago(20),
                    "done_on": ago(26),
                },
                {
                    "content": "Công khai danh sách hộ nghèo được hỗ trợ",
                    "owner": "Văn phòng - Thống kê xã",
                    "due_on": ago(3),  # not done: overdue, in "needs doing today"
                },
                {
                    "content": "Lắp đặt đèn chiếu sáng công cộng xóm dưới",
                    "owner": "Ủy ban nhân dân xã",
                    "due_on": (today + timedelta(days=40)).isoformat(),
                },
            ],
            "report_sent_on": wd(5, held),
        }
    )
    _board_and_inspection(services, cal, today)


def _board_and_inspection(services: Services, cal: WorkCalendar, today: date) -> None:
    """The Ban TTND, one member a village (Law Art. 36(1)), and an inspection whose
    recommendation the UBND has yet to answer (15 days, Law Art. 40(1)(c))."""
    term_start = date(today.year - 1, 7, 1)
    members = [
        (v.uuid, name, role)
        for v, (name, role) in zip(
            services.villages.list(),
            (
                ("Nguyễn Văn Bình", "head"),
                ("Trần Thị Cúc", "deputy"),
                ("Lê Văn Dũng", "deputy"),
                ("Phạm Thị Duyên", "member"),
                ("Hoàng Văn Giang", "member"),
                ("Bùi Thị Hằng", "member"),
            ),
            strict=False,
        )
    ]
    term_end = add_months(term_start, TERM_MONTHS) - timedelta(days=1)
    board = services.boards.add_json(
        {
            "title": f"Ban Thanh tra nhân dân xã Tân Phú nhiệm kỳ {term_start.year}–"
            f"{term_end.year}",
            "board_type": "ttnd",
            "established_on": term_start.isoformat(),
            "recognised_on": term_start.isoformat(),
            "term_start": term_start.isoformat(),
            "term_end": term_end.isoformat(),
            "villages_total": len(members),
            "members": [
                {
                    "name": name,
                    "role": role,
                    "village": village,
                    "origin": "resident",
                    "joined_on": term_start.isoformat(),
                }
                for village, name, role in members
            ],
        }
    )
    starts = cal.add_working_days(today, -20)
    ends = starts + timedelta(days=4)
    received = today - timedelta(days=9)
    services.oversights.add_json(
        {
            "title": f"Kiểm tra việc thu, chi các khoản đóng góp năm {starts.year}",
            "board": board.uuid,
            "activity": "inspection",
            "subject": "Ủy ban nhân dân xã",
            "plan_sent_on": cal.add_working_days(starts, -6).isoformat(),  # D59 Art. 14(1)
            "starts_on": starts.isoformat(),
            "ends_on": ends.isoformat(),
            "findings": "Cơ bản thu, chi đúng quy định; còn 2 khoản chi chưa đủ chứng từ",
            "cases_verified": 3,
            "violations": 1,
            "recommendations": [
                {
                    "content": "Đề nghị bổ sung chứng từ 2 khoản chi hỗ trợ làm đường",
                    "countersigned_on": (received - timedelta(days=3)).isoformat(),
                    "sent_on": (received - timedelta(days=1)).isoformat(),
                    "ubnd_received_on": received.isoformat(),
                }
            ],
        }
    )
