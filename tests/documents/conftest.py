"""Sample documents shared by the document tests."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.documents.invitation import InvitationData
from desktop.documents.minutes import MinutesData, MinutesItem

RULE_2_3 = "Đạt: 143/212 hộ tán thành ≥ 2/3 tổng số hộ (Điều 21 Luật 10/2022/QH15)"
RULE_HALF = "Không đạt: 98/212 hộ tán thành, chưa quá 1/2 tổng số hộ (Điều 21 Luật 10/2022/QH15)"


def sample_minutes(**changes: object) -> MinutesData:
    """A two-item village meeting; keyword arguments replace fields."""
    data = MinutesData(
        commune_name="xã Tân Phú",
        place_name="Tân Phú",
        village_name="thôn Đông",
        issuer_symbol="TĐ",
        meeting_title="Bàn và quyết định mức đóng góp xây dựng đường bê tông thôn Đông năm 2026",
        type_label="hội nghị thôn",
        held_on=dt.datetime(2026, 1, 5, 19, 30),
        location="Nhà văn hóa thôn Đông",
        chair="Nguyễn Văn Hùng",
        secretary="Trần Thị Lan",
        village_head="Nguyễn Văn Hùng",
        bctmt_head="Lê Văn Đức",
        households_total=212,
        households_present=168,
        items=(
            MinutesItem(
                title="Mức đóng góp 500.000 đồng/hộ để làm đường bê tông liên xóm",
                method_label="Biểu quyết giơ tay",
                votes_for=143,
                votes_against=20,
                votes_other=5,
                outcome_label="Thông qua",
                rule_text=RULE_2_3,
            ),
            MinutesItem(
                title="Thành lập Ban giám sát đầu tư của cộng đồng gồm 05 thành viên",
                method_label="Bỏ phiếu kín",
                votes_for=98,
                votes_against=60,
                votes_other=10,
                outcome_label="Không thông qua",
                rule_text=RULE_HALF,
            ),
        ),
        minutes_text=(
            "Ông Nguyễn Văn Hùng, Trưởng thôn, khai mạc hội nghị và trình bày dự kiến "
            "phương án làm đường bê tông dài 1,2 km, tổng kinh phí dự kiến 850 triệu đồng.\n"
            "Bà Phạm Thị Hoa (xóm Giữa) đề nghị miễn đóng góp cho hộ nghèo, hộ cận nghèo; "
            "hội nghị thống nhất đưa vào phương án.\n"
            "Ông Võ Quang Trường đề nghị công khai danh sách đóng góp tại nhà văn hóa thôn."
        ),
        record_uuid="5f0c7a52-8d7e-4c1b-9a51-2f1e3d4c5b6a",
        version_hash="a1b2c3d4e5f6",
        number=5,
        household_representatives=("Phạm Thị Hoa", "Võ Quang Trường"),
    )
    return data if not changes else MinutesData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


def sample_invitation(**changes: object) -> InvitationData:
    """The invitation to the sample meeting; keyword arguments replace fields."""
    data = InvitationData(
        commune_name="xã Tân Phú",
        place_name="Tân Phú",
        village_name="thôn Đông",
        issuer_symbol="TĐ",
        meeting_title="Bàn và quyết định mức đóng góp xây dựng đường bê tông thôn Đông năm 2026",
        type_label="hội nghị thôn",
        held_on=dt.datetime(2026, 1, 5, 19, 30),
        location="Nhà văn hóa thôn Đông",
        issued_on=dt.date(2026, 1, 2),
        convener="Nguyễn Văn Hùng",
        agenda=(
            "Bàn và quyết định mức đóng góp xây dựng đường bê tông liên xóm",
            "Bầu Ban giám sát đầu tư của cộng đồng",
        ),
        number=3,
        record_uuid="5f0c7a52-8d7e-4c1b-9a51-2f1e3d4c5b6a",
        version_hash="a1b2c3d4e5f6",
    )
    return data if not changes else InvitationData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture
def minutes_data() -> MinutesData:
    return sample_minutes()


@pytest.fixture
def invitation_data() -> InvitationData:
    return sample_invitation()
