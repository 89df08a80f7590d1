"""Reference data for issue 16: consultations of residents, the yearly dialogue and the
leaders' dialogues with their commitments, a Ban TTND a term and a Ban GSĐTCĐ a project,
and the boards' inspections and supervisions.

Every record obeys the core rules (DOMAIN.md §4.6–§4.9): a consultation open at least 20
days after its plan went to the HĐND and the MTTQ (Law Art. 28), one UBND–resident
dialogue a year (Art. 32), a Ban TTND of one member a village elected at the village's
meeting where the app has it (Art. 36; D59 Art. 13), a Ban GSĐTCĐ of five with the
investor notified 45 days ahead (Art. 45(1)(b)), plans sent 5 working days ahead (D59
Art. 14(1)), recommendations countersigned by the MTTQ and mostly answered within 15
days (Arts. 40(1)(c), 45(2)(c)) — a few late, as the reports say.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.core.civic import add_months
from desktop.core.consultation import Consultation, ConsultationForm, ConsultationTopic, Opinions
from desktop.core.dialogue import Commitment, Dialogue, DialogueKind, Question
from desktop.core.disclosures import Disclosure
from desktop.core.meetings import Meeting, MeetingType
from desktop.core.oversight import Activity, BoardReport, Oversight, Recommendation, ReportPeriod
from desktop.core.oversight_board import Board, BoardMember, BoardType, MemberOrigin, MemberRole
from desktop.services import generator_names as names
from desktop.services import generator_text as words
from desktop.services.generator_records import DAY, Gen, GenVillage

TERM_MONTHS = 30  # the village heads' term (two and a half years), the Ban TTND's too
LATE_ANSWER = 0.1  # recommendations the UBND answers after the 15 days
RESULTS_ITEM = 11  # the disclosure item that publishes a consultation's results

CONSULTATION_TITLES = (
    "Lấy ý kiến Nhân dân về dự thảo quy hoạch sử dụng đất",
    "Lấy ý kiến về chủ trương đầu tư xây dựng nhà văn hóa xã",
    "Lấy ý kiến về đề án sáp nhập thôn",
    "Lấy ý kiến về kế hoạch phát triển kinh tế - xã hội",
    "Lấy ý kiến về phương án đền bù, hỗ trợ giải phóng mặt bằng",
)
QUESTIONS = (
    ("Khi nào sửa đường liên thôn?", "UBND xã đưa vào kế hoạch đầu tư năm sau"),
    ("Tiền đền bù đất làm đường được trả khi nào?", "Chi trả xong trong quý tới"),
    ("Đề nghị lắp thêm đèn đường ở xóm dưới", "Giao thôn khảo sát, báo cáo UBND xã"),
    ("Cống thoát nước bị tắc gây ngập", "Nạo vét trước mùa mưa"),
)
COMMITMENTS = (
    "Sửa chữa đường bê tông liên thôn",
    "Nạo vét kênh mương nội đồng",
    "Lắp đặt đèn chiếu sáng công cộng",
    "Công khai danh sách hộ nghèo được hỗ trợ",
    "Giải quyết dứt điểm tranh chấp ranh giới đất",
)


@dataclass
class CivicData:
    consultations: list[tuple[str, Consultation]] = field(default_factory=list)
    dialogues: list[tuple[str, Dialogue]] = field(default_factory=list)
    boards: list[tuple[str, Board]] = field(default_factory=list)
    oversights: list[tuple[str, Oversight]] = field(default_factory=list)


def civic_records(
    g: Gen,
    villages: list[GenVillage],
    meetings: list[tuple[str, Meeting]],
    disclosures: list[tuple[str, Disclosure]],
    *,
    consultations: int,
    leader_dialogues: int,
    projects: int,
    oversights: int,
) -> CivicData:
    out = CivicData()
    results = sorted(
        (d.decided_on, uuid)
        for uuid, d in disclosures
        if d.category == RESULTS_ITEM and d.decided_on
    )
    for _ in range(consultations):
        out.consultations.append((g.uuid(), _consultation(g, results)))
    for year in range(g.start.year, g.end.year + 1):
        held = g.working(date(year, g.rng.randint(6, 10), g.rng.randint(1, 28)))
        if g.start <= held <= g.end:
            out.dialogues.append((g.uuid(), _dialogue(g, held, DialogueKind.UBND_RESIDENTS)))
    for _ in range(leader_dialogues):
        held = g.working(g.day_between(g.start, g.end))
        out.dialogues.append((g.uuid(), _dialogue(g, held, DialogueKind.LEADERS)))
    out.dialogues.sort(key=lambda ud: (ud[1].held_on or g.end, ud[0]))
    out.boards = _ttnd_boards(g, villages, meetings)
    for _ in range(projects):
        out.boards.append((g.uuid(), _gsdtcd(g, villages)))
    for _ in range(oversights):
        board_uuid, board = g.rng.choice(out.boards)
        made = _oversight(g, board_uuid, board)
        if made is not None:
            out.oversights.append((g.uuid(), made))
    return out


def _consultation(g: Gen, results: list[tuple[date, str]]) -> Consultation:
    published = g.working(g.day_between(g.start, g.end))
    closes = published + g.rng.randint(20, 30) * DAY  # at least 20 days (Law Art. 28(2))
    forms = tuple(sorted(g.rng.sample(list(ConsultationForm), g.rng.randint(1, 3))))
    base = Consultation(
        title=g.rng.choice(CONSULTATION_TITLES),
        topic=g.rng.choice(list(ConsultationTopic)),
        forms=forms,
        plan_content="Nội dung, hình thức, thời gian lấy ý kiến",
        plan_responsible="Văn phòng - Thống kê xã",
        plan_sent_on=g.wd(published, -g.rng.randint(2, 8)),  # Law Art. 28(1)
        published_on=published,
        closes_on=closes,
    )
    if closes >= g.end:
        return base  # still open on the data's last day
    synthesised = g.wd(closes, g.rng.randint(2, 10))
    opinions = tuple(Opinions(f, g.rng.randint(5, 400)) for f in forms)
    after = [(d, u) for d, u in results if d >= synthesised]
    if synthesised > g.end:
        return replace(base, opinions=opinions)
    done = replace(
        base,
        opinions=opinions,
        synthesis="Đa số ý kiến đồng ý với dự thảo; một số ý kiến đề nghị bổ sung",
        explanation="UBND xã tiếp thu, giải trình các ý kiến tại báo cáo tổng hợp",
        synthesised_on=synthesised,
    )
    if not after or after[0][0] > g.end:
        return done  # the results not published yet (no item-11 disclosure to link)
    published_on, disclosure = after[0]
    return replace(
        done,
        results_published_on=published_on,
        disclosure_uuid=disclosure,
        hdnd_session=f"Kỳ họp thường lệ cuối năm {published_on.year}",
        reported_on=published_on,
        mttq_sent_on=published_on,
    )


def _dialogue(g: Gen, held: date, kind: DialogueKind) -> Dialogue:
    ubnd = kind is DialogueKind.UBND_RESIDENTS
    questions = tuple(
        Question(names.person(g.rng), q, a, g.chairman)
        for q, a in g.rng.sample(QUESTIONS, g.rng.randint(2, 4))
    )
    commitments = []
    for content in g.rng.sample(COMMITMENTS, 3):
        due = held + g.rng.randint(30, 180) * DAY
        done = due - g.rng.randint(-20, 25) * DAY  # a few done late
        commitments.append(
            Commitment(
                content=content,
                owner="Ủy ban nhân dân xã",
                due_on=due,
                done_on=max(done, held) if max(done, held) <= g.end else None,
            )
        )
    return Dialogue(
        title=f"Hội nghị đối thoại năm {held.year}"
        if ubnd
        else f"Đối thoại của Bí thư Đảng ủy với Nhân dân năm {held.year}",
        dialogue_kind=kind,
        held_on=held,
        place="Hội trường Ủy ban nhân dân xã",
        chaired_by=(g.chairman,),
        with_mttq=True,
        attendance=g.rng.randint(60, 250),
        questions=questions,
        commitments=tuple(commitments),
        report_sent_on=g.wd(held, 5) if g.wd(held, 5) <= g.end else None,
    )


def _ttnd_boards(
    g: Gen, villages: list[GenVillage], meetings: list[tuple[str, Meeting]]
) -> list[tuple[str, Board]]:
    """A Ban TTND a term, one member a village (Law Art. 36(1)): the one elected at the
    village's board election of the term where there is one."""
    elections: dict[str, list[tuple[date, str]]] = {}
    for uuid, m in meetings:
        if m.meeting_type is MeetingType.BOARD_ELECTION and m.held_on is not None:
            elections.setdefault(m.village_uuid, []).append((m.held_on, uuid))
    out: list[tuple[str, Board]] = []
    start = g.start
    while start <= g.end:
        end = add_months(start, TERM_MONTHS) - DAY
        members = []
        seats: list[GenVillage | None] = [*villages, *[None] * (5 - len(villages))]  # ≥ 5
        for i, v in enumerate(seats):
            held = [e for e in elections.get(v.uuid if v else "", []) if start <= e[0] <= end]
            role = MemberRole.HEAD if i == 0 else MemberRole.DEPUTY if i < 3 else MemberRole.MEMBER
            members.append(
                BoardMember(
                    name=names.person(g.rng),
                    role=role,
                    village_uuid=v.uuid if v else "",
                    origin=MemberOrigin.RESIDENT,
                    elected_at=held[0][1] if held else "",
                    joined_on=held[0][0] if held else start,
                    left_on=end if end <= g.end else None,
                )
            )
        out.append(
            (
                g.uuid(),
                Board(
                    title=f"Ban Thanh tra nhân dân xã nhiệm kỳ {start.year}–{end.year}",
                    board_type=BoardType.TTND,
                    established_on=start,
                    recognised_on=start,
                    term_start=start,
                    term_end=end,
                    villages_total=len(villages),
                    dissolved_on=end if end <= g.end else None,
                    members=tuple(members),
                ),
            )
        )
        start = end + DAY
    return out


def _gsdtcd(g: Gen, villages: list[GenVillage]) -> Board:
    """A Ban GSĐTCĐ for one project: five members, two of the MTTQ and three residents."""
    starts = g.working(g.day_between(g.start + 60 * DAY, g.end))
    notified = starts - g.rng.randint(46, 60) * DAY  # at least 45 days (Law Art. 45(1)(b))
    ends = starts + g.rng.randint(120, 400) * DAY
    village = g.rng.choice(villages)
    project = f"{g.rng.choice(words.PROJECTS).capitalize()} {names.in_text(village.name)}"
    members = tuple(
        BoardMember(
            name=names.person(g.rng),
            role=MemberRole.HEAD if i == 0 else MemberRole.DEPUTY if i == 1 else MemberRole.MEMBER,
            village_uuid=village.uuid,
            origin=MemberOrigin.MTTQ if i < 2 else MemberOrigin.RESIDENT,
            joined_on=notified,
            left_on=ends if ends <= g.end else None,
        )
        for i in range(5)
    )
    return Board(
        title=f"Ban Giám sát đầu tư của cộng đồng — {project}",
        board_type=BoardType.GSDTCD,
        established_on=notified,
        recognised_on=notified,
        project=project,
        investor="Ủy ban nhân dân xã",
        investor_notified_on=notified,
        supervision_starts_on=starts,
        dissolved_on=ends if ends <= g.end else None,
        members=members,
    )


def _oversight(g: Gen, board_uuid: str, board: Board) -> Oversight | None:
    """An inspection of the Ban TTND or a supervision of the Ban GSĐTCĐ, within its life."""
    first = board.supervision_starts_on or board.term_start or g.start
    last = min(board.dissolved_on or g.end, g.end)
    if first >= last:
        return None
    starts = g.working(g.day_between(first, last))
    ttnd = board.board_type is BoardType.TTND
    ends = min(starts + g.rng.randint(3, 20) * DAY, g.end)
    recommendations = []
    for _ in range(g.rng.randint(0, 3)):
        countersigned = ends + g.rng.randint(1, 10) * DAY
        sent = countersigned + g.rng.randint(0, 3) * DAY
        received = sent + g.rng.randint(0, 2) * DAY
        late = g.rng.random() < LATE_ANSWER
        answered = received + (g.rng.randint(17, 30) if late else g.rng.randint(2, 14)) * DAY
        if countersigned > g.end:
            break
        recommendations.append(
            Recommendation(
                content=g.rng.choice(words.FEEDBACK),
                countersigned_on=countersigned,
                sent_on=sent if sent <= g.end else None,
                received_on=received if received <= g.end else None,
                answered_on=answered if answered <= g.end else None,
                answer="UBND xã tiếp thu, chỉ đạo khắc phục" if answered <= g.end else "",
            )
        )
    quarter_end = add_months(date(starts.year, (starts.month - 1) // 3 * 3 + 1, 1), 3) - DAY
    report_sent = quarter_end + g.rng.randint(3, 10) * DAY
    reports = (
        (BoardReport(ReportPeriod.QUARTER, quarter_end, report_sent),)
        if report_sent <= g.end
        else ()
    )
    return Oversight(
        title=("Kiểm tra việc thu, chi các khoản đóng góp" if ttnd else "Giám sát thi công")
        + f" năm {starts.year}",
        board_uuid=board_uuid,
        activity=Activity.INSPECTION if ttnd else Activity.SUPERVISION,
        subject="Ủy ban nhân dân xã" if ttnd else board.project,
        plan_sent_on=g.wd(starts, -g.rng.randint(5, 8)),  # D59 Art. 14(1)
        starts_on=starts,
        ends_on=ends,
        findings="Cơ bản thực hiện đúng quy định; còn một số tồn tại cần khắc phục",
        cases_verified=g.rng.randint(1, 6),
        violations=g.rng.randint(0, 2),
        recommendations=tuple(recommendations),
        reports=reports,
    )
