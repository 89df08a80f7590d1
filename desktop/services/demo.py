"""Sample data for trying the app (``sodanchu demo`` and the wizard's demo button)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.changes import OpChanges
from desktop.core.errors import SetupError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services
from desktop.services.demo_citizen import demo_citizen_records, demo_civic_records
from desktop.services.generator import SCALES, Generated, Progress, generate

DEMO_COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="25222",
    name="Xã Tân Phú",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
    upper_kind=UpperKind.PROVINCE,
    officer_name="Nguyễn Thị Lan",
)

_VILLAGES = (
    ("DONG", "Thôn Đông", VillageType.THON, "Trần Văn Hùng"),
    ("TAY", "Thôn Tây", VillageType.THON, "Lê Thị Hoa"),
    ("NAM", "Thôn Nam", VillageType.THON, "Phạm Văn Minh"),
    ("BAC", "Thôn Bắc", VillageType.THON, "Võ Thị Thu"),
    ("TDP1", "Tổ dân phố số 1", VillageType.TO_DAN_PHO, "Đặng Quốc Bảo"),
    ("AP3", "Ấp Phú Hòa", VillageType.AP, "Huỳnh Văn Lợi"),
)


@dataclass(frozen=True)
class DemoResult:
    villages: int
    generated: Generated | None = None


def make_demo(
    services: Services,
    *,
    scale: str = "small",
    seed: int = 1,
    scale_factor: float = 1.0,
    progress: Progress | None = None,
) -> DemoResult:
    """Set up a sample commune in an empty store: a few records ("small"), or the
    generated reference data of BUDGETS.md (``commune-10y``, times ``scale_factor``).

    Raises:
        SetupError: the scale is unknown, or the store already holds an installation
            or records.
    """
    if scale != "small" and scale not in SCALES:
        raise SetupError("demo_scale_unavailable", scale=scale)
    if services.setup.is_initialized() or services.villages.count() > 0:
        raise SetupError("data_dir_not_empty")
    if scale in SCALES:
        size = SCALES[scale] if scale_factor == 1.0 else SCALES[scale].times(scale_factor)
        made = generate(services, size, seed=seed, progress=progress)
        services.settings.mark_sample()
        services.ctx.announce(OpChanges.all())  # a whole store built: every view reads again
        return DemoResult(villages=made.villages, generated=made)
    rng = random.Random(seed)
    services.setup.initialize(DEMO_COMMUNE)
    for code, name, vtype, head in _VILLAGES:
        services.villages.add(
            VillageData(
                code=code,
                name=name,
                village_type=vtype,
                head_name=head,
                households_total=rng.randint(90, 260),
                households_as_of=date(2026, 1, 1),
            )
        )
    _demo_records(services)
    demo_citizen_records(services)
    demo_civic_records(services)
    services.settings.mark_sample()
    services.ctx.announce(OpChanges.all())  # a whole store built: every view reads again
    return DemoResult(villages=len(_VILLAGES))


def _demo_records(services: Services) -> None:
    """A few meetings, a convention and disclosures dated around today, so every page shows
    something realistic (passed and failed votes, a posting running, one overdue)."""
    today = services.ctx.today()
    cal = services.calendar.calendar()
    dong = services.villages.find("DONG")
    total = dong.data.households_total or 1
    held = cal.add_working_days(today, -40)
    passed = services.meetings.add_json(
        {
            "village": dong.uuid,
            "title": "Bàn và quyết định mức đóng góp làm đường bê tông",
            "meeting_type": "decision",
            "held_on": held.isoformat(),
            "notice_on": (held - timedelta(days=3)).isoformat(),
            "place": "Nhà văn hóa thôn Đông",
            "convened_by": dong.data.head_name,
            "chair": dong.data.head_name,
            "secretary": "Lê Thị Mai",
            "households_present": total - 10,
            "minutes_sent_on": cal.add_working_days(held, 3).isoformat(),
            "minutes_text": "Trưởng thôn trình bày phương án làm đường bê tông dài 1,2 km.\n"
            "Hội nghị thống nhất miễn đóng góp cho hộ nghèo.",
            "items": [
                {
                    "title": "Mức đóng góp 500.000 đồng/hộ",
                    "matter": "contribution",
                    "method": "show_of_hands",
                    "votes_for": total * 2 // 3 + 2,
                    "votes_against": 5,
                    "votes_other": 1,
                }
            ],
        }
    )
    convention_meeting = services.meetings.add_json(
        {
            "village": dong.uuid,
            "title": "Thông qua Hương ước thôn Đông",
            "meeting_type": "convention",
            "held_on": cal.add_working_days(held, 5).isoformat(),
            "notice_on": (held + timedelta(days=1)).isoformat(),
            "chair": dong.data.head_name,
            "households_present": total - 20,
            "items": [
                {
                    "title": "Thông qua Hương ước thôn Đông",
                    "matter": "convention",
                    "method": "show_of_hands",
                    "votes_for": total // 2 + 5,
                }
            ],
        }
    )
    tay = services.villages.find("TAY")
    services.meetings.add_json(
        {
            "village": tay.uuid,
            "title": "Bàn thành lập quỹ khuyến học",
            "meeting_type": "decision",
            "held_on": cal.add_working_days(today, -8).isoformat(),
            "households_present": 120,
            "notice_on": cal.add_working_days(today, -9).isoformat(),
            "items": [
                {
                    "title": "Thành lập quỹ khuyến học thôn Tây",
                    "matter": "fund_management",
                    "method": "show_of_hands",
                    "votes_for": 100,
                    "votes_against": 15,
                }
            ],
        }
    )
    adopted_on = convention_meeting.data.held_on or today
    services.conventions.add_json(
        {
            "village": dong.uuid,
            "convention_type": "huong_uoc",
            "title": "Hương ước thôn Đông",
            "text": _DEMO_CONVENTION,
            "events": [
                {"type": "proposed", "on": (adopted_on - timedelta(days=60)).isoformat()},
                {"type": "drafting", "on": (adopted_on - timedelta(days=50)).isoformat()},
                {"type": "consultation", "on": (adopted_on - timedelta(days=35)).isoformat()},
                {
                    "type": "adopted",
                    "on": adopted_on.isoformat(),
                    "meeting": convention_meeting.uuid,
                },
                {"type": "submitted", "on": cal.add_working_days(adopted_on, 2).isoformat()},
                {
                    "type": "recognized",
                    "on": cal.add_working_days(adopted_on, 5).isoformat(),
                    "decision_no": "15/QĐ-UBND",
                    "signer": "Nguyễn Văn An",
                },
            ],
        }
    )
    del passed
    decided = cal.add_working_days(today, -6)
    posted = cal.add_working_days(decided, 2)
    services.disclosures.add_json(
        {
            "category": 7,
            "title": "Danh sách hộ nghèo, hộ cận nghèo năm 2026",
            "summary": "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm.",
            "decision_no": "120/QĐ-UBND",
            "decided_on": decided.isoformat(),
            "forms": ["notice_board", "loudspeaker"],
            "postings": [{"location": "Trụ sở UBND xã", "posted_on": posted.isoformat()}]
            + [
                {
                    "location": f"Nhà văn hóa {v.data.name}",
                    "village": v.uuid,
                    "posted_on": posted.isoformat(),
                }
                for v in services.villages.list()
                if v.data.code != "AP3"
            ],
            "broadcast_days": [
                posted.isoformat(),
                (posted + timedelta(days=1)).isoformat(),
                (posted + timedelta(days=2)).isoformat(),
            ],
        }
    )
    services.disclosures.add_json(
        {
            "category": 2,
            "title": "Dự toán ngân sách xã năm 2027",
            "decided_on": cal.add_working_days(today, -9).isoformat(),
            "forms": ["notice_board"],
        }
    )
    services.disclosures.add_json(
        {
            "category": 13,
            "title": "Thủ tục hành chính thuộc thẩm quyền của UBND xã",
            "decided_on": (today - timedelta(days=200)).isoformat(),
            "forms": ["notice_board", "portal"],
            "postings": [
                {
                    "location": "Bộ phận một cửa",
                    "posted_on": (today - timedelta(days=198)).isoformat(),
                }
            ],
            "portal_url": "https://tanphu.gov.vn/thu-tuc",
        }
    )


_DEMO_CONVENTION = """Để giữ gìn thuần phong mỹ tục, xây dựng nếp sống văn minh, cộng đồng dân cư
thôn Đông thống nhất ban hành Hương ước như sau:
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Hương ước này quy định về giữ gìn an ninh trật tự, vệ sinh môi trường và nếp sống văn hóa.
Điều 2. Đối tượng áp dụng
1. Hộ gia đình, cá nhân thường trú tại thôn Đông.
2. Người tạm trú trên địa bàn thôn.
Chương II
NỘI DUNG CỤ THỂ
Điều 3. Giữ gìn vệ sinh môi trường
1. Mỗi hộ gia đình có trách nhiệm:
a) Thu gom rác thải đúng nơi quy định;
b) Không đổ rác, nước thải ra đường làng.
2. Tổng vệ sinh đường làng vào sáng chủ nhật cuối tháng.
Điều 4. Việc cưới, việc tang
Tổ chức việc cưới, việc tang trang trọng, tiết kiệm, không phô trương.
"""
