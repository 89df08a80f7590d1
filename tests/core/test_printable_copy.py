"""What a printed document may hold of a confidential field (LTCD Art. 3(2), LTC Art. 47):
the person behind a complaint or a petition, never a denouncer's, a mixed or an
unclassified matter's — at the top level and in a table's rows."""

from __future__ import annotations

import pytest

from desktop.core.confidential import identity_printable, printable_copy, strip_confidential
from desktop.core.specs.case import CASE
from desktop.core.specs.letter import LETTER
from desktop.core.specs.reception import RECEPTION


@pytest.mark.parametrize(
    ("matter", "printed"),
    [
        ("complaint", True),
        ("petition", True),
        ("denunciation", False),
        ("mixed", False),
        (None, False),
        ("", False),
    ],
)
def test_identity_printable_at_each_matter_type(matter: object, printed: bool) -> None:
    assert identity_printable(matter) is printed


def test_a_reception_keeps_the_complainant_and_drops_the_denouncer() -> None:
    record = {
        "session_on": "2026-03-03",
        "visits": [
            {"name": "An", "address": "Đông", "matter_type": "complaint", "summary": "Đất"},
            {"name": "Ngọc", "address": "Tây", "matter_type": "denunciation", "summary": "Cán bộ"},
            {"name": "Bình", "address": "Bắc", "summary": "Chưa phân loại"},
        ],
    }
    visits = printable_copy(record, RECEPTION)["visits"]
    assert visits[0]["name"] == "An" and visits[0]["address"] == "Đông"
    assert "name" not in visits[1] and "address" not in visits[1]
    assert "name" not in visits[2]
    assert [v["summary"] for v in visits] == ["Đất", "Cán bộ", "Chưa phân loại"]
    # Lists, bundles and reports still strip every visitor.
    assert all("name" not in v for v in strip_confidential(record, RECEPTION)["visits"])


def test_a_letter_and_a_case_of_a_denunciation_print_no_person() -> None:
    letter = {"letter_type": "denunciation", "senders": ["Ngọc"], "sender_address": "Tây"}
    assert "senders" not in printable_copy(letter, LETTER)
    assert printable_copy({**letter, "letter_type": "complaint"}, LETTER)["senders"] == ["Ngọc"]
    case = {"case_type": "denunciation", "person_name": "Ngọc", "person_id_no": "0012"}
    assert "person_name" not in printable_copy(case, CASE)
    assert "person_id_no" not in printable_copy(case, CASE)
    assert printable_copy({**case, "case_type": "complaint"}, CASE)["person_name"] == "Ngọc"
