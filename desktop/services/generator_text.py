"""Vietnamese words and texts for the reference-data generator (desktop.services.generator).

Everything is drawn from a ``random.Random`` the caller seeds, so the same seed gives the
same texts. The vocabulary is plain data: sentence templates per meeting matter and per
disclosure category of Law 10/2022/QH15 Art. 11 (names: desktop.services.generator_names).
"""

from __future__ import annotations

import random

from desktop.services import generator_names as names

PROJECTS = (
    "đường bê tông liên thôn",
    "kênh mương nội đồng",
    "nhà văn hóa thôn",
    "cầu dân sinh",
    "hệ thống chiếu sáng công cộng",
    "trường mầm non",
    "trạm y tế xã",
    "bãi tập kết rác thải",
    "sân thể thao",
    "nâng cấp chợ xã",
    "đường giao thông nội đồng",
    "trạm cấp nước sạch",
)


# --- meetings ---------------------------------------------------------------------------
CONTRIBUTION_ITEMS = (
    "Mức đóng góp làm {project}: {amount}.000 đồng/hộ",
    "Chủ trương xây dựng {project}",
    "Phương án huy động ngày công làm {project}",
    "Miễn, giảm đóng góp cho hộ nghèo, hộ cận nghèo khi làm {project}",
)
FUND_ITEMS = (
    "Thành lập quỹ khuyến học thôn",
    "Báo cáo thu, chi quỹ vì người nghèo năm {year}",
    "Mức đóng góp quỹ an ninh trật tự năm {year}: {amount}.000 đồng/hộ",
    "Quản lý, sử dụng quỹ xây dựng nhà văn hóa",
    "Công khai thu, chi quỹ đền ơn đáp nghĩa năm {year}",
)
OTHER_ITEMS = (
    "Kế hoạch tổng vệ sinh đường làng, ngõ xóm",
    "Giờ đổ rác và vị trí điểm tập kết rác thải",
    "Tổ chức lễ mừng thọ cho người cao tuổi năm {year}",
    "Thành lập tổ tự quản về an ninh trật tự",
    "Lắp đặt camera an ninh tại các ngã ba",
    "Kế hoạch trồng cây xanh dọc tuyến đường chính",
    "Tổ chức giải bóng chuyền mừng Xuân {year}",
)
PERIODIC_ITEMS = (
    "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm {year}",
    "Báo cáo hoạt động của Ban công tác Mặt trận năm {year}",
    "Báo cáo của thành viên Ban thanh tra nhân dân năm {year}",
    "Phương hướng, nhiệm vụ năm {next_year}",
)
BOARD_ITEMS = (
    "Bầu thành viên Ban thanh tra nhân dân nhiệm kỳ {year}-{end_year}",
    "Bầu Ban giám sát đầu tư của cộng đồng công trình {project}",
)
_MINUTES = (
    "Trưởng {village} báo cáo nội dung cần bàn và quyết định.",
    "Các đại biểu thảo luận sôi nổi, nhiều ý kiến đóng góp xác đáng.",
    "Đại diện Ban công tác Mặt trận phát biểu thống nhất với phương án được trình bày.",
    "Hộ ông {man} đề nghị làm rõ thời gian thực hiện và cách thức thu.",
    "Bà {woman} đề nghị ưu tiên các hộ có hoàn cảnh khó khăn.",
    "Chủ trì giải đáp ý kiến của các hộ và tổng hợp ý kiến trước khi biểu quyết.",
    "Hội nghị thống nhất giao Ban phát triển thôn theo dõi, giám sát việc thực hiện.",
    "Biên bản được thông qua trước hội nghị, các đại biểu nhất trí.",
    "Hội nghị kết thúc lúc {hour} giờ cùng ngày.",
)


def minutes_text(rng: random.Random, village: str) -> str:
    """A few lines of minutes (Law Art. 20 content)."""
    lines = rng.sample(_MINUTES[:-2], rng.randint(2, 5)) + list(_MINUTES[-2:])
    return "\n".join(
        line.format(
            village=names.in_text(village),
            man=names.person(rng, woman=False),
            woman=names.person(rng, woman=True),
            hour=rng.randint(10, 21),
        )
        for line in lines
    )


# --- disclosures --------------------------------------------------------------------------
DISCLOSURE_TITLES: dict[int, tuple[str, ...]] = {
    1: (
        "Kế hoạch phát triển kinh tế - xã hội năm {year}",
        "Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm {year}",
        "Phương án chuyển đổi cơ cấu cây trồng, vật nuôi năm {year}",
    ),
    2: (
        "Dự toán ngân sách xã năm {year}",
        "Tình hình thực hiện dự toán ngân sách quý {quarter} năm {year}",
        "Quyết toán ngân sách xã năm {prev_year}",
    ),
    3: (
        "Phương án bồi thường, hỗ trợ, tái định cư dự án {project}",
        "Kế hoạch thu hồi đất thực hiện dự án {project}",
        "Quy hoạch xây dựng điểm dân cư {place}",
    ),
    4: (
        "Quy chế thực hiện dân chủ ở cơ sở của xã",
        "Nhiệm vụ, quyền hạn của cán bộ, công chức xã",
        "Quy tắc ứng xử của cán bộ, công chức xã",
    ),
    5: (
        "Kết quả vận động, sử dụng quỹ vì người nghèo năm {year}",
        "Các khoản huy động đóng góp xây dựng {project}",
        "Tài trợ của doanh nghiệp cho {project}",
    ),
    6: (
        "Kế hoạch sử dụng tài sản công năm {year}",
        "Kết quả kiểm kê tài sản công của xã năm {prev_year}",
    ),
    7: (
        "Danh sách hộ nghèo, hộ cận nghèo năm {year}",
        "Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng quý {quarter} năm {year}",
        "Danh sách hộ vay vốn Ngân hàng Chính sách xã hội đợt {quarter} năm {year}",
    ),
    8: (
        "Phân bổ tiền hỗ trợ khắc phục hậu quả bão, lũ năm {year}",
        "Danh sách hộ nhận hỗ trợ do thiên tai đợt {quarter} năm {year}",
    ),
    9: (
        "Danh sách công dân gọi nhập ngũ năm {next_year}",
        "Danh sách công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm {next_year}",
    ),
    10: (
        "Kết luận thanh tra việc quản lý đất công ích năm {year}",
        "Kết quả lấy phiếu tín nhiệm chức danh do HĐND xã bầu năm {year}",
    ),
    11: (
        "Kết quả lấy ý kiến Nhân dân về dự thảo quy hoạch {place}",
        "Kết quả lấy ý kiến Nhân dân về đề án sáp nhập thôn",
    ),
    12: (
        "Mức thu phí, lệ phí áp dụng trên địa bàn xã năm {year}",
        "Kết quả thu phí chợ năm {prev_year}",
    ),
    13: (
        "Thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
        "Danh mục thủ tục hành chính thực hiện tại Bộ phận một cửa",
    ),
    14: (
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}",
        "Kết quả bình xét gia đình văn hóa năm {year}",
    ),
}
SUMMARIES = (
    "Nội dung được niêm yết để Nhân dân biết, theo dõi và giám sát.",
    "Kết quả được tổng hợp từ các thôn, tổ dân phố sau khi rà soát.",
    "Mọi ý kiến phản ánh gửi về Văn phòng UBND xã trong thời gian niêm yết.",
    "Danh sách đã được Ban công tác Mặt trận các thôn thống nhất.",
    "Thực hiện theo quyết định của UBND xã và hướng dẫn của cấp trên.",
)
FEEDBACK = (
    "Đề nghị làm rõ tiêu chí xét chọn trong danh sách.",
    "Gia đình tôi đủ điều kiện nhưng chưa có tên trong danh sách.",
    "Đề nghị niêm yết thêm tại điểm sinh hoạt cộng đồng của xóm.",
    "Số liệu tại thôn tôi chưa khớp với thực tế.",
    "Đề nghị kéo dài thời gian tiếp nhận ý kiến.",
    "Đề nghị công khai chi tiết từng khoản chi.",
)
ANSWERS = (
    "UBND xã đã kiểm tra, bổ sung theo đúng quy định.",
    "Đã giải thích trực tiếp cho người phản ánh, người phản ánh thống nhất.",
    "Trường hợp không đủ điều kiện theo tiêu chí, đã trả lời bằng văn bản.",
    "Đã chỉ đạo thôn rà soát lại và niêm yết bổ sung.",
)

# --- conventions ------------------------------------------------------------------------
_ARTICLES = (
    ("Phạm vi điều chỉnh", "Văn bản này quy định các việc tự quản của cộng đồng dân cư."),
    ("Đối tượng áp dụng", "Hộ gia đình, cá nhân thường trú, tạm trú trên địa bàn."),
    ("Giữ gìn an ninh, trật tự", "Các hộ có trách nhiệm tham gia giữ gìn an ninh, trật tự."),
    ("Vệ sinh môi trường", "Thu gom rác thải đúng nơi, đúng giờ quy định."),
    ("Việc cưới", "Tổ chức việc cưới trang trọng, tiết kiệm, không phô trương."),
    ("Việc tang", "Tổ chức việc tang chu đáo, văn minh, không kéo dài."),
    ("Lễ hội", "Lễ hội truyền thống được tổ chức lành mạnh, an toàn."),
    ("Khuyến học, khuyến tài", "Cộng đồng khen thưởng học sinh giỏi hằng năm."),
    ("Tương thân, tương ái", "Các hộ giúp đỡ nhau khi hoạn nạn, khó khăn."),
    ("Bảo vệ công trình công cộng", "Không lấn chiếm đường làng, kênh mương, đất công."),
    ("Phòng, chống tệ nạn xã hội", "Không tham gia cờ bạc, ma túy, mê tín dị đoan."),
    ("Chăn nuôi gia súc, gia cầm", "Chuồng trại phải cách xa nhà ở và nguồn nước."),
    ("Hòa giải ở cơ sở", "Mâu thuẫn trong cộng đồng được hòa giải kịp thời."),
    ("Xây dựng gia đình văn hóa", "Các hộ đăng ký và phấn đấu đạt gia đình văn hóa."),
)
_CLAUSES = (
    "Mỗi hộ gia đình có trách nhiệm thực hiện đúng quy định tại Điều này",
    "Trưởng {village} phối hợp với Ban công tác Mặt trận theo dõi việc thực hiện",
    "Hộ vi phạm lần đầu được nhắc nhở tại cuộc họp thôn",
    "Kết quả thực hiện được đánh giá tại hội nghị cuối năm",
)
_POINTS = ("Tuyên truyền, vận động các thành viên", "Tham gia các buổi lao động chung")


def convention_text(rng: random.Random, village: str, version: int) -> str:
    """A hương ước / quy ước text of chapters, articles, clauses and points (D61 Art. 6).

    ``version`` changes a few articles, so that comparing versions finds differences."""
    chosen = rng.sample(_ARTICLES[2:], rng.randint(6, len(_ARTICLES) - 2))
    lines = [
        f"Để giữ gìn thuần phong mỹ tục, cộng đồng dân cư {names.in_text(village)} "
        f"thống nhất ban hành văn bản này (lần thứ {version}).",
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
    ]
    number = 0
    for title, body in _ARTICLES[:2]:
        number += 1
        lines += [f"Điều {number}. {title}", body]
    lines += ["Chương II", "NỘI DUNG CỤ THỂ"]
    for title, body in chosen:
        number += 1
        lines += [f"Điều {number}. {title}", f"1. {body}"]
        clauses = rng.sample(_CLAUSES, rng.randint(1, 3))
        for k, clause in enumerate(clauses, start=2):
            lines.append(f"{k}. {clause.format(village=names.in_text(village))}:")
            if rng.random() < 0.4:
                lines += [f"a) {_POINTS[0]};", f"b) {_POINTS[1]}."]
    lines += ["Chương III", "TỔ CHỨC THỰC HIỆN"]
    number += 1
    lines += [
        f"Điều {number}. Hiệu lực thi hành",
        "Văn bản có hiệu lực kể từ ngày Ủy ban nhân dân xã ra quyết định công nhận.",
    ]
    return "\n".join(lines)
