"""Reference data for issue 15: reception sessions with their visits, the register of
letters, and the complaints and denunciations the chairman accepted.

Proportions follow the district report the issue quotes (a district of Quảng Nam,
2015–2020): about one letter in thirteen is a complaint in the commune's jurisdiction,
almost all of those are settled (98,55%), and some people come back on a matter already
received (a visit — lượt — that adds no case — vụ việc). Every record obeys the core rules
(a periodic session presided by the chairman in person, its schedule posted 5 working days
ahead; answers, processing, acceptance and decisions within their deadlines; a case's
events in their order), because the services refuse anything else. Recent records stay
open, as they would be on the day the data ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.core.cases import Case, CaseEvent, CaseType, EventType, Finding
from desktop.core.citizen_common import L136_FROM
from desktop.core.letters import Jurisdiction, Letter, LetterHandling, LetterSource, LetterType
from desktop.core.reception import (
    SMALL_GROUP_MAX,
    MatterType,
    PresiderRole,
    ReceptionSession,
    SessionKind,
    Visit,
    VisitHandling,
)
from desktop.services import generator_names as names
from desktop.services.generator_records import DAY, Gen, GenVillage

# Shares of the letters by content and, for each, in the commune's jurisdiction: about
# 0.30 × 0.26 ≈ 1 in 13 letters is a complaint the chairman resolves.
COMPLAINT_SHARE = 0.30
DENUNCIATION_SHARE = 0.08
COMPLAINT_OURS = 0.26
DENUNCIATION_OURS = 0.40
REPEAT_VISIT = 0.15  # a visit on a matter already received
GROUP_VISIT = 0.03  # five or more people on one matter (LTCD Art. 29)
COMPLEX = 0.12  # complaints declared complex: 45 days (LKN Art. 28)
SETTLED = 0.985  # cases older than their deadline settled; the rest terminated

SUBJECTS = {
    LetterType.COMPLAINT: (
        "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
        "Khiếu nại việc xác định mức hỗ trợ khi giải phóng mặt bằng",
        "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
        "Khiếu nại việc không cấp giấy xác nhận hộ nghèo",
        "Khiếu nại quyết định cưỡng chế tháo dỡ công trình",
    ),
    LetterType.DENUNCIATION: (
        "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất đai",
        "Tố cáo việc thu sai các khoản đóng góp ở thôn",
        "Tố cáo việc lấn chiếm đất công để xây dựng",
    ),
    LetterType.PETITION: (
        "Kiến nghị sửa chữa đường bê tông bị hư hỏng",
        "Phản ánh tình trạng ô nhiễm từ cơ sở chăn nuôi",
        "Kiến nghị lắp đặt đèn chiếu sáng đường thôn",
        "Phản ánh việc nạo vét kênh mương chậm",
        "Kiến nghị giải quyết tranh chấp ranh giới đất giữa hai hộ",
        "Phản ánh tiếng ồn của cơ sở sản xuất ban đêm",
    ),
}
MATTER_OF = {
    LetterType.COMPLAINT: MatterType.COMPLAINT,
    LetterType.DENUNCIATION: MatterType.DENUNCIATION,
    LetterType.PETITION: MatterType.PETITION,
}
OTHER_BODIES = (
    "Ủy ban nhân dân tỉnh",
    "Thanh tra tỉnh",
    "Sở Tài nguyên và Môi trường",
    "Công an xã",
    "Tòa án nhân dân khu vực",
)


@dataclass
class CitizenData:
    sessions: list[tuple[str, ReceptionSession]] = field(default_factory=list)
    letters: list[tuple[str, Letter]] = field(default_factory=list)
    cases: list[tuple[str, Case]] = field(default_factory=list)

    @property
    def visits(self) -> int:
        return sum(len(s.visits) for _, s in self.sessions)


def citizen_records(
    g: Gen, villages: list[GenVillage], sessions: int, visits: int, letters: int
) -> CitizenData:
    """``letters`` letters with the cases they open, and ``sessions`` reception sessions
    sharing ``visits`` visits, some of them on the letters' matters."""
    out = CitizenData()
    matters: list[tuple[str, LetterType, date]] = []  # (case id, type, first day)
    for i, day in enumerate(sorted(g.day_between(g.start, g.end) for _ in range(letters))):
        day = g.working(day)
        letter, case = _letter(g, villages, day, f"VV-{day.year}-{i + 1:04d}")
        out.letters.append((g.uuid(), letter))
        matters.append((letter.case_id, letter.letter_type or LetterType.PETITION, day))
        if case is not None:
            case = replace(case, letter=out.letters[-1][0])
            out.cases.append((g.uuid(), case))
    out.sessions = _sessions(g, villages, sessions, visits, matters)
    return out


def _letter(
    g: Gen, villages: list[GenVillage], day: date, case_id: str
) -> tuple[Letter, Case | None]:
    roll = g.rng.random()
    if roll < COMPLAINT_SHARE:
        kind = LetterType.COMPLAINT
        ours = g.rng.random() < COMPLAINT_OURS
    elif roll < COMPLAINT_SHARE + DENUNCIATION_SHARE:
        kind = LetterType.DENUNCIATION
        ours = g.rng.random() < DENUNCIATION_OURS
    else:
        kind = LetterType.PETITION
        ours = g.rng.random() < 0.8
    village = g.rng.choice(villages)
    sender = names.person(g.rng)
    handled = g.wd(day, g.rng.randint(1, 5))  # TT05; acceptance within 10 days (LKN Art. 27)
    handling, forwarded_to = _handling(g, kind, ours)
    open_now = handled > g.end
    letter = Letter(
        received_day=day,
        source=g.rng.choice(list(LetterSource)),
        senders=(sender,),
        sender_address=names.in_text(village.name),
        signed=True,
        summary=g.rng.choice(SUBJECTS[kind]),
        letter_type=kind,
        eligible=True,
        jurisdiction=Jurisdiction.OURS
        if ours
        else g.rng.choice([Jurisdiction.LOWER, Jurisdiction.OTHER]),
        case_id=case_id,
        handling=LetterHandling.PENDING if open_now else handling,
        handled_on=None if open_now else handled,
        letter_no="" if open_now else f"{g.rng.randint(1, 300):02d}/UBND",
        forwarded_to="" if open_now else forwarded_to,
    )
    accepted = handling is LetterHandling.ACCEPTED and not open_now
    case = _case(g, kind, day, handled, case_id, sender, village) if accepted else None
    return letter, case


def _handling(g: Gen, kind: LetterType, ours: bool) -> tuple[LetterHandling, str]:
    if kind is LetterType.PETITION:
        if ours:
            return LetterHandling.ANSWERED, ""
        return LetterHandling.FORWARDED, g.rng.choice(OTHER_BODIES)
    if ours:
        return LetterHandling.ACCEPTED, ""
    if kind is LetterType.DENUNCIATION:
        return LetterHandling.FORWARDED, g.rng.choice(OTHER_BODIES)  # LTC Art. 24(2)
    return LetterHandling.GUIDED, g.rng.choice(OTHER_BODIES)


def _case(
    g: Gen,
    kind: LetterType,
    received: date,
    accepted: date,
    case_id: str,
    person: str,
    village: GenVillage,
) -> Case:
    complaint = kind is LetterType.COMPLAINT
    complex_case = complaint and g.rng.random() < COMPLEX
    base = Case(
        CaseType.COMPLAINT if complaint else CaseType.DENUNCIATION,
        case_id=case_id,
        received_day=received,
        subject=g.rng.choice(SUBJECTS[kind]),
        person_name=person,  # confidential: never leaves the commune (LTCD Art. 3(2))
        person_address=names.in_text(village.name),
        complex=complex_case,
        complex_reason="Nhiều nội dung, cần xác minh tại nhiều nơi" if complex_case else "",
    )
    events = [CaseEvent(EventType.ACCEPTED, accepted, ref_no=f"{g.rng.randint(1, 200):02d}/TB")]
    if complex_case and g.wd(accepted, 3) <= g.end:  # 45 days (LKN Art. 28)
        events.append(CaseEvent(EventType.EXTENDED, g.wd(accepted, 3)))
    limit = 45 if complex_case else 30
    decided = g.working(accepted + g.rng.randint(12, limit - 6) * DAY)
    if decided > g.end:  # still being resolved on the data's last day
        return replace(base, events=tuple(events))
    if g.rng.random() > SETTLED and (not complaint or decided >= L136_FROM):
        # Suspended, then terminated (LTC Art. 34; for complaints LKN Art. 11a, Law 136).
        sent = g.wd(decided, 2)
        events.append(CaseEvent(EventType.SUSPENDED, decided, sent_on=sent))
        if g.wd(decided, 5) <= g.end:
            events.append(CaseEvent(EventType.TERMINATED, g.wd(decided, 5)))
        return replace(base, events=tuple(events))
    step = EventType.DECIDED if complaint else EventType.CONCLUDED
    finding = g.rng.choice(list(Finding))
    events.append(CaseEvent(step, decided, ref_no=g.decision_no(decided), finding=finding))
    sent = g.wd(decided, g.rng.randint(1, 3))  # LKN Art. 32; LTC Art. 35(3)
    if sent <= g.end:
        events.append(CaseEvent(EventType.SENT, sent))
        disclosed = max(g.wd(decided, g.rng.randint(2, 7)), sent)  # D124; LTC Art. 40(1)
        if disclosed <= g.end:
            events.append(CaseEvent(EventType.DISCLOSED, disclosed))
            if disclosed + 20 * DAY <= g.end:
                events.append(CaseEvent(EventType.CLOSED, disclosed + 20 * DAY))
    case = replace(base, events=tuple(events))
    if complaint:
        return case
    handled = g.wd(decided, g.rng.randint(1, 7))  # LTC Art. 36(1)
    return replace(
        case,
        notified_on=g.wd(accepted, g.rng.randint(1, 5)),  # LTC Art. 29(3)
        conclusion_handled_on=handled if handled <= g.end else None,
    )


def _sessions(
    g: Gen,
    villages: list[GenVillage],
    count: int,
    visits: int,
    matters: list[tuple[str, LetterType, date]],
) -> list[tuple[str, ReceptionSession]]:
    """Two periodic sessions of the chairman a month (LTCD Art. 15 asks at least one a
    month), the rest regular sessions of the reception officer."""
    days: list[tuple[date, SessionKind]] = []
    month = date(g.start.year, g.start.month, 1)
    while month <= g.end and len(days) < count // 2:
        for d in (g.rng.randint(3, 12), g.rng.randint(15, 26)):
            day = g.working(month.replace(day=d))
            if g.start <= day <= g.end:
                days.append((day, SessionKind.PERIODIC))
        month = (month + 32 * DAY).replace(day=1)
    while len(days) < count:
        days.append((g.working(g.day_between(g.start, g.end)), SessionKind.REGULAR))
    days = sorted(days[:count])
    per = [0] * len(days)
    for _ in range(visits if days else 0):
        per[g.rng.randrange(len(days))] += 1
    out: list[tuple[str, ReceptionSession]] = []
    for (day, kind), n in zip(days, per, strict=True):
        periodic = kind is SessionKind.PERIODIC
        own = [m for m in matters if m[2] <= day]
        out.append(
            (
                g.uuid(),
                ReceptionSession(
                    session_on=day,
                    kind=kind,
                    place="Trụ sở Ủy ban nhân dân xã",
                    presided_by=g.chairman if periodic else "Cán bộ tiếp công dân",
                    presider_role=PresiderRole.CHAIRMAN if periodic else PresiderRole.OFFICER,
                    chairman_in_person=periodic,
                    schedule_posted_on=g.wd(day, -g.rng.randint(5, 9)) if periodic else None,
                    visits=tuple(_visit(g, villages, day, own) for _ in range(n)),
                ),
            )
        )
    return out


def _visit(
    g: Gen, villages: list[GenVillage], day: date, matters: list[tuple[str, LetterType, date]]
) -> Visit:
    village = g.rng.choice(villages)
    repeat = matters and g.rng.random() < REPEAT_VISIT
    if repeat:
        case_id, kind, _first = g.rng.choice(matters[-60:])
    else:
        case_id, kind = (
            "",
            g.rng.choice(
                [LetterType.PETITION] * 6 + [LetterType.COMPLAINT] * 3 + [LetterType.DENUNCIATION]
            ),
        )
    people = 1
    reps: tuple[str, ...] = ()
    if g.rng.random() < GROUP_VISIT:
        people = g.rng.randint(5, 14)
        reps = tuple(names.person(g.rng) for _ in range(2 if people <= SMALL_GROUP_MAX else 3))
    answer = g.wd(day, g.rng.randint(2, 9))  # within the 10 working days (LTCD Art. 28)
    if kind is LetterType.PETITION or repeat:
        handling, handled_to = VisitHandling.ANSWERED, ""
    elif g.rng.random() < 0.5:
        handling, handled_to = VisitHandling.GUIDED, g.rng.choice(OTHER_BODIES)
    else:
        handling, handled_to = VisitHandling.ACCEPTED, ""
    needs_answer = handling is not VisitHandling.GUIDED
    return Visit(
        name=names.person(g.rng),
        address=names.in_text(village.name),
        id_no=f"0{g.rng.randint(10**10, 10**11 - 1)}",
        summary=g.rng.choice(SUBJECTS[kind]),
        matter_type=MATTER_OF[kind],
        people=people,
        group_representatives=reps,
        handling=handling,
        handled_to=handled_to,
        answered_on=answer if needs_answer and answer <= g.end else None,
        case_id=case_id,
    )
