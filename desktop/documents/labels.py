"""Vietnamese words for the enum values printed in documents (documents are always Vietnamese)."""

from __future__ import annotations

import re

METHOD = {
    "show_of_hands": "Biểu quyết giơ tay",
    "secret_ballot": "Bỏ phiếu kín",
    "household_ballot": "Phát phiếu lấy ý kiến hộ gia đình",
    "online": "Biểu quyết trực tuyến",
}
OUTCOME = {"passed": "Thông qua", "failed": "Không thông qua"}
VILLAGE_HEAD_TITLE = {
    "thon": "Trưởng thôn",
    "to_dan_pho": "Tổ trưởng tổ dân phố",
    "ap": "Trưởng ấp",
    "ban": "Trưởng bản",
    "khu_pho": "Trưởng khu phố",
    "other": "Trưởng thôn",
}
VILLAGE_KIND = {
    "thon": "thôn",
    "to_dan_pho": "tổ dân phố",
    "ap": "ấp",
    "ban": "bản",
    "khu_pho": "khu phố",
    "other": "thôn",
}
MEETING_TYPE = {
    "decision": "hội nghị {kind}",
    "periodic": "hội nghị {kind} thường niên",
    "head_election": "hội nghị bầu {head}",
    "head_dismissal": "hội nghị miễn nhiệm {head}",
    "board_election": (
        "hội nghị bầu thành viên Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng"
    ),
    "convention": "hội nghị {kind} bàn và quyết định hương ước, quy ước",
    "other": "hội nghị {kind}",
}
_UNIT_PREFIX = re.compile(
    r"^(xã|phường|đặc khu|thị trấn|thôn|tổ dân phố|ấp|bản|khu phố|làng|xóm|buôn|sóc|tổ)\b",
    re.IGNORECASE,
)


BLANK_PLACE = 60  # dots left for a place written by hand
BLANK_NAME = 35  # dots left for a person's name written by hand


def filled(value: str | None, width: int = BLANK_NAME) -> str:
    """The value, or a dotted line to fill in by hand: a printed form never reads
    "Địa điểm: ." when the field was left empty."""
    text = (value or "").strip()
    return text if text else "." * width


def mid_sentence(name: str) -> str:
    """``Xã Tân Phú`` → ``xã Tân Phú``: a unit's kind is lower-case inside a sentence."""
    match = _UNIT_PREFIX.match(name)
    if not match:
        return name
    return match.group(1).lower() + name[match.end() :]


def bare_name(name: str) -> str:
    """``Xã Tân Phú`` → ``Tân Phú`` (the place of the date line)."""
    match = _UNIT_PREFIX.match(name)
    return name[match.end() :].strip() if match else name


def initials(name: str) -> str:
    """The issuer's abbreviation in a document number: ``Thôn Đông`` → ``TĐ``."""
    return "".join(word[0].upper() for word in name.split() if word and word[0].isalnum())
