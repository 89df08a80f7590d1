"""Meeting invitation (GM) on the Decree 30 page."""

from __future__ import annotations

import io

from desktop.documents.invitation import InvitationData, build_invitation, render_invitation
from tests.documents.conftest import sample_invitation
from tests.documents.pdftext import flat_text


def render(data: InvitationData) -> bytes:
    out = io.BytesIO()
    render_invitation(data, out, invariant=True)
    return out.getvalue()


def test_invitation_prints_header_time_place_and_agenda(invitation_data: InvitationData) -> None:
    text = flat_text(render(invitation_data))
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 03/GM-TĐ",
        "Tân Phú, ngày 02 tháng 01 năm 2026",
        "GIẤY MỜI",
        "Dự hội nghị thôn",
        "Thôn Đông trân trọng kính mời",
        "vào hồi 19 giờ 30 phút, ngày 05 tháng 01 năm 2026",
        "Nhà văn hóa thôn Đông",
        "- Bàn và quyết định mức đóng góp xây dựng đường bê tông liên xóm;",
        "- Bầu Ban giám sát đầu tư của cộng đồng.",
        "TRƯỞNG THÔN",
        "Nguyễn Văn Hùng",
        "Nơi nhận:",
        "Mã đối chiếu hồ sơ",
    ):
        assert expected in text, expected


def test_blank_invitee_leaves_a_line_and_a_name_is_printed() -> None:
    assert "Kính gửi: Ông/Bà ....." in flat_text(render(sample_invitation()))
    named = flat_text(render(sample_invitation(invitee="Phạm Thị Hoa")))
    assert "Kính gửi: Ông/Bà Phạm Thị Hoa" in named


def test_single_signer_sits_right_with_recipients(invitation_data: InvitationData) -> None:
    doc = build_invitation(invitation_data)
    assert doc.type_code == "GM"
    assert len(doc.signatures) == 1 and len(doc.signatures[0]) == 1
    assert doc.recipients[-1] == "Lưu: thôn Đông."


def test_no_qr_without_a_record() -> None:
    data = sample_invitation(record_uuid="")
    assert build_invitation(data).qr_payload is None
    assert "Mã đối chiếu hồ sơ" not in flat_text(render(data))


def test_empty_place_prints_a_dotted_line() -> None:
    text = flat_text(render(sample_invitation(location="")))
    assert "Địa điểm: " + "." * 60 + "." in text
