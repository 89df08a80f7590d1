"""What a commune must disclose (Law 10/2022/QH15 Art. 11) and how (Art. 12(1)).

The catalogue is data, not code (DOMAIN.md: uncertain rules are settings):
the names paraphrase Art. 11 (short for lists, full for documents), and the
posting and broadcasting rules of Art. 13 are fields a maintainer can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Art. 13(2): posted for at least 30 consecutive days (posting day = day 1).
POSTING_DAYS = 30
# Art. 13(3)–(4): broadcast on at least 3 consecutive days.
LOUDSPEAKER_DAYS = 3


@dataclass(frozen=True)
class DisclosureCategory:
    """One content of Law Art. 11.

    Attributes:
        number: the clause of Art. 11 (1–14); the record-JSON ``category``.
        short_vi: short Vietnamese name, for lists and tables.
        name_vi: full Vietnamese name, for documents.
        name_en: English name.
        every_village: posted at the commune UBND/HĐND office AND at the
            community point of every village (Art. 13(2)).
        min_posting_days: the least number of consecutive days on the notice
            board (Art. 13(2)); ``None`` when the Law sets none (items 4, 13
            are permanent; item 14 follows its own law or regulation).
        loudspeaker_days: the least number of consecutive broadcast days when
            the loudspeaker is used (Art. 13(3)–(4)); 0 when the Law sets none.
        permanent: posted permanently and updated when it changes (items 4, 13).
    """

    number: int
    short_vi: str
    name_vi: str
    name_en: str
    every_village: bool = True
    min_posting_days: int | None = POSTING_DAYS
    loudspeaker_days: int = 0
    permanent: bool = False

    def name(self, lang: str = "vi") -> str:
        """The full name in ``lang`` (``vi`` or ``en``)."""
        return self.name_en if lang == "en" else self.name_vi


CATEGORIES: tuple[DisclosureCategory, ...] = (
    DisclosureCategory(
        1,
        "Kế hoạch, kết quả phát triển kinh tế - xã hội",
        "Kế hoạch phát triển kinh tế - xã hội hằng năm và 05 năm của cấp xã; phương án "
        "chuyển dịch cơ cấu kinh tế; kết quả thực hiện kế hoạch",
        "Socio-economic development plans and results",
    ),
    DisclosureCategory(
        2,
        "Ngân sách cấp xã",
        "Dự toán ngân sách, tình hình thực hiện dự toán và quyết toán ngân sách hằng năm "
        "của cấp xã; kết quả thực hiện kiến nghị của cơ quan kiểm toán",
        "Budget estimates, execution reports, final accounts and audit follow-up",
    ),
    DisclosureCategory(
        3,
        "Dự án đầu tư, thu hồi đất, bồi thường, tái định cư",
        "Dự án, công trình đầu tư trên địa bàn; chủ trương, kế hoạch, phương án thu hồi "
        "đất, bồi thường, hỗ trợ, tái định cư; quỹ đất; quy hoạch xây dựng",
        "Investment projects, land recovery, compensation, resettlement, land fund and "
        "construction planning",
    ),
    DisclosureCategory(
        4,
        "Quy chế dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử",
        "Quy chế thực hiện dân chủ ở cơ sở của cấp xã; nhiệm vụ, quyền hạn của cán bộ, "
        "công chức cấp xã; quy tắc ứng xử của cán bộ, công chức",
        "The commune's democracy regulation, staff duties and code of conduct",
        every_village=False,
        min_posting_days=None,
        permanent=True,
    ),
    DisclosureCategory(
        5,
        "Quỹ, tài trợ, đóng góp của Nhân dân",
        "Việc quản lý, sử dụng các quỹ, khoản tài trợ, các khoản huy động, đóng góp của "
        "Nhân dân trên địa bàn",
        "Funds, sponsorship and contributions from residents",
    ),
    DisclosureCategory(
        6,
        "Tài sản công",
        "Việc quản lý, sử dụng tài sản công của cấp xã",
        "Public assets",
    ),
    DisclosureCategory(
        7,
        "Chính sách hỗ trợ, tín dụng, an sinh xã hội",
        "Chính sách hỗ trợ, tín dụng, an sinh xã hội: tiêu chuẩn, đối tượng thụ hưởng và "
        "kết quả thực hiện",
        "Support, credit and social-security policies: criteria, beneficiaries, results",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        8,
        "Cứu trợ thiên tai, dịch bệnh",
        "Việc quản lý, phân bổ, sử dụng các khoản hỗ trợ, ủng hộ, cứu trợ phòng, chống, "
        "khắc phục hậu quả thiên tai, dịch bệnh",
        "Disaster and epidemic relief and donations",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        9,
        "Gọi nhập ngũ, tham gia Công an nhân dân",
        "Danh sách công dân được gọi thực hiện nghĩa vụ quân sự, nghĩa vụ tham gia Công an "
        "nhân dân",
        "Military and police service call-up lists",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        10,
        "Thanh tra, phòng, chống tham nhũng, lấy phiếu tín nhiệm",
        "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; phòng, chống tham "
        "nhũng, tiêu cực; kết quả lấy phiếu tín nhiệm",
        "Inspection and anti-corruption results, confidence votes",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        11,
        "Lấy ý kiến Nhân dân",
        "Nội dung lấy ý kiến Nhân dân (Điều 25 Luật 10/2022/QH15) và kết quả tiếp thu, giải trình",
        "Public consultations (Art. 25) and their results",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        12,
        "Phí, lệ phí",
        "Các khoản phí, lệ phí thu trên địa bàn; mức thu và việc quản lý, sử dụng",
        "Fees and charges collected",
        loudspeaker_days=LOUDSPEAKER_DAYS,
    ),
    DisclosureCategory(
        13,
        "Thủ tục hành chính",
        "Thủ tục hành chính và việc giải quyết thủ tục hành chính thuộc thẩm quyền của cấp xã",
        "Administrative procedures",
        every_village=False,
        min_posting_days=None,
        permanent=True,
    ),
    DisclosureCategory(
        14,
        "Nội dung khác",
        "Nội dung khác theo quy định của pháp luật hoặc quy chế thực hiện dân chủ ở cơ sở "
        "của cấp xã",
        "Anything else required by law or by the commune regulation",
        every_village=False,
        min_posting_days=None,
    ),
)

_BY_NUMBER = {c.number: c for c in CATEGORIES}


def get_category(number: int) -> DisclosureCategory | None:
    """The catalogue entry for clause ``number`` of Art. 11, or None."""
    return _BY_NUMBER.get(number)


class DisclosureForm(StrEnum):
    """Forms of disclosure (Law Art. 12(1)); one disclosure may use several."""

    NOTICE_BOARD = "notice_board"
    PORTAL = "portal"
    LOUDSPEAKER = "loudspeaker"
    VILLAGE_HEAD = "village_head"
    LETTER = "letter"
    DIALOGUE = "dialogue"
    RECEPTION = "reception"
    MASS_ORG = "mass_org"
    SOCIAL_NETWORK = "social_network"
    OTHER = "other"

    def label(self, lang: str = "vi") -> str:
        """How the officer sees the form (``vi`` or ``en``)."""
        vi, en = FORM_LABELS[self]
        return en if lang == "en" else vi


FORM_LABELS: dict[DisclosureForm, tuple[str, str]] = {
    DisclosureForm.NOTICE_BOARD: ("Niêm yết", "Notice board"),
    DisclosureForm.PORTAL: ("Cổng/trang thông tin điện tử", "Web portal"),
    DisclosureForm.LOUDSPEAKER: ("Loa truyền thanh", "Loudspeaker"),
    DisclosureForm.VILLAGE_HEAD: (
        "Qua trưởng thôn, tổ trưởng tổ dân phố",
        "Through the village head",
    ),
    DisclosureForm.LETTER: ("Gửi văn bản", "Letter"),
    DisclosureForm.DIALOGUE: ("Hội nghị, đối thoại", "Conference or dialogue"),
    DisclosureForm.RECEPTION: (
        "Tiếp công dân, họp báo, người phát ngôn",
        "Citizen reception, press, spokesperson",
    ),
    DisclosureForm.MASS_ORG: (
        "Qua Mặt trận Tổ quốc, các tổ chức chính trị - xã hội",
        "Through the Fatherland Front and mass organisations",
    ),
    DisclosureForm.SOCIAL_NETWORK: (
        "Mạng viễn thông, mạng xã hội",
        "Telecoms and social networks",
    ),
    DisclosureForm.OTHER: ("Hình thức khác", "Other"),
}
