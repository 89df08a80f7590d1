"""Vietnamese people's and places' names for the reference-data generator.

Drawn from a ``random.Random`` the caller seeds: the same seed gives the same names.
Family names come with their rough frequency.
"""

from __future__ import annotations

import random

# Rough frequencies of Vietnamese family names (Nguyễn is about four in ten).
_FAMILY = (
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Trịnh", 1),
    ("Lương", 1),
    ("Mai", 1),
)
_FAMILY_NAMES = tuple(n for n, _ in _FAMILY)
_FAMILY_WEIGHTS = tuple(w for _, w in _FAMILY)
_MIDDLE_MEN = ("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân")
_MIDDLE_WOMEN = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bích")
_GIVEN_MEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Định",
    "Đông",
    "Hải",
    "Hào",
    "Hiếu",
    "Hòa",
    "Hùng",
    "Hưng",
    "Huy",
    "Khánh",
    "Khoa",
    "Kiên",
    "Lâm",
    "Lộc",
    "Long",
    "Lợi",
    "Mạnh",
    "Minh",
    "Nam",
    "Nghĩa",
    "Nhân",
    "Phong",
    "Phúc",
    "Quang",
    "Quân",
    "Sơn",
    "Tài",
    "Tâm",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
]
_GIVEN_WOMEN = [
    "Anh",
    "Ánh",
    "Chi",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hồng",
    "Huệ",
    "Hương",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Mai",
    "Nga",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Sen",
    "Tâm",
    "Thảo",
    "Thu",
    "Thủy",
    "Trang",
    "Trinh",
    "Tuyết",
    "Vân",
    "Xuân",
    "Yến",
]
# Village names ("Thôn Phú Hòa", "Ấp Tân Lập"); "Tổ dân phố số N" needs none.
_PLACE_WORDS = [
    "An Phú",
    "Phú Hòa",
    "Tân Lập",
    "Đông Hòa",
    "Tây Sơn",
    "Bình An",
    "Hòa Bình",
    "Thuận An",
    "Phước Lộc",
    "Thạnh Mỹ",
    "Tân Hiệp",
    "Long Hưng",
    "Mỹ Thành",
    "Trung Hậu",
    "Đồng Tâm",
    "Quyết Tiến",
    "Thống Nhất",
    "Hưng Long",
    "Phú Mỹ",
    "Vĩnh Lộc",
    "Tân Thành",
    "An Hòa",
    "Bình Minh",
    "Đại Đồng",
    "Hợp Thành",
    "Xuân Lộc",
    "Nam Sơn",
    "Bắc Sơn",
    "Cầu Đá",
    "Gò Cát",
    "Bàu Sen",
    "Rạch Gốc",
    "Kênh Đào",
    "Đồng Lớn",
    "Bến Đò",
    "Phú Lợi",
    "Hòa Lạc",
    "Tân Mỹ",
    "Hiệp Phước",
    "Long Thới",
    "Thái Hòa",
    "Minh Khai",
    "Quang Trung",
]


def person(rng: random.Random, woman: bool | None = None) -> str:
    """A full name, family name first; half men and half women unless told."""
    family = rng.choices(_FAMILY_NAMES, _FAMILY_WEIGHTS)[0]
    if woman is None:
        woman = rng.random() >= 0.5
    if not woman:
        return f"{family} {rng.choice(_MIDDLE_MEN)} {rng.choice(_GIVEN_MEN)}"
    return f"{family} {rng.choice(_MIDDLE_WOMEN)} {rng.choice(_GIVEN_WOMEN)}"


def in_text(name: str) -> str:
    """A village's name inside a sentence: "Thôn Phú Hòa" → "thôn Phú Hòa" (only the
    kind of unit loses its capital, never the proper name)."""
    return name[:1].lower() + name[1:]


def place_names(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct place words (numbered once the list runs out)."""
    words = list(_PLACE_WORDS)
    rng.shuffle(words)
    return [
        words[i % len(words)] + ("" if i < len(words) else f" {i // len(words) + 1}")
        for i in range(count)
    ]
