"""One label per field in every message (issue 17): no record-JSON key reaches a person."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.errors import FieldError, ValidationError
from desktop.core.field_labels import has_label
from desktop.core.messages import field_label, format_error, format_field_error
from desktop.core.records import meta_from_json

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
# A JSON key as a person must never see it: snake_case, or a list index.
RAW_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b|\[\d+\]")


@pytest.mark.parametrize(
    ("field", "vi", "en"),
    [
        ("households_total", "Tổng số hộ", "Total households"),
        ("items[0].votes_for", "Nội dung 1 — Số hộ tán thành", "Item 1 — Households for"),
        ("items[2]", "Nội dung 3", "Item 3"),
        ("postings[1].removed_on", "Lần niêm yết 2 — Ngày gỡ", "Posting 2 — Removed on"),
        ("ballot.deadline_on", "Hạn thu phiếu", "Return deadline"),
        ("items[0].ballot.deadline_on", "Nội dung 1 — Hạn thu phiếu", "Item 1 — Return deadline"),
        ("events[3].on", "Bước 4 — Ngày", "Step 4 — Date"),
        ("broadcast_days[0]", "Ngày phát loa 1", "Loudspeaker day 1"),
        ("planned", "«planned»", "«planned»"),  # a misspelt key is quoted as typed
    ],
)
def test_labels_of_paths(field: str, vi: str, en: str) -> None:
    assert (field_label(field, "vi"), field_label(field, "en")) == (vi, en)


def test_messages_name_the_field_by_its_label_only() -> None:
    err = FieldError("items[0].votes_for", "min", {"min": 0})
    assert format_field_error(err, "vi") == "Nội dung 1 — Số hộ tán thành: phải từ 0 trở lên"
    assert format_field_error(err, "en") == "Item 1 — Households for: must be at least 0"
    many = ValidationError(
        [FieldError("households_total", "required"), FieldError("postings[0].posted_on", "x")]
    )
    assert not RAW_KEY.search(format_error(many, "vi"))


def _fields_named_in_sources() -> set[str]:
    """Every literal field an error can name: FieldError("x", ...) and reader.text("x")."""
    found: set[str] = set()
    for path in DESKTOP.rglob("*.py"):
        if "/ui/" in path.as_posix():
            continue
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'FieldError\(\s*"([a-z_.\[\]0-9]+)"', text))
        if path.parent.name == "core":  # the record-JSON readers (FieldReader)
            found |= set(re.findall(r'\b[a-z]\.(?:text|integer|day|choice)\(\s*"([a-z_]+)"', text))
        for template in re.findall(r'FieldError\(\s*f"([^"]+)"', text):
            if template.startswith("{"):
                continue  # a prefix from the caller: its keys are found as literals
            found.add(re.sub(r"\{[^}]*\}", "0", template))
    return found


def test_every_field_an_error_can_name_has_a_label() -> None:
    fields = _fields_named_in_sources()
    assert {"households_total", "items[0].votes_for", "village"} <= fields
    missing = sorted(f for f in fields if not has_label(f))
    assert missing == []
    for field in fields:
        for lang in ("vi", "en"):
            assert not RAW_KEY.search(field_label(field, lang)), (field, lang)


def test_a_received_record_with_year_0_is_refused_in_words() -> None:
    obj = {
        "uuid": "u-1",
        "version": 2,
        "created_at": "0000-01-01T00:00:00",
        "updated_at": "2026-03-01T00:00:00",
        "updated_by": "Lan",
        "deleted": False,
    }
    with pytest.raises(ValidationError) as info:
        meta_from_json(obj)
    text = format_error(info.value, "vi")
    assert text.startswith("Thời điểm tạo: «0000-01-01T00:00:00» không phải thời điểm")
    assert "out of range" not in text and "created_at" not in text
    ok = meta_from_json({**obj, "created_at": "2026-02-01T00:00:00"})
    assert (ok.created_at, ok.created_by, ok.version) == (datetime(2026, 2, 1), "Lan", 2)


@pytest.mark.parametrize(
    ("kind", "field", "vi", "en"),
    [
        ("reception", "visits[0].handling", "Lượt tiếp 1 — Kết quả tiếp", "Visit 1 — Handling"),
        ("letter", "handling", "Kết quả xử lý đơn", "Handling"),
        ("convention", "opinions[0].handling", "Ý kiến góp ý 1 — Tiếp thu, giải trình",
         "Opinion 1 — Handling"),
        ("case", "events[1].type", "Bước 2 — Bước", "Step 2 — Step"),
        ("case", "status", "Trạng thái vụ việc", "Case status"),
        ("case", "events", "Các bước giải quyết", "Steps of the case"),
        ("convention", "events", "Các bước", "Steps"),
        ("oversight", "subject", "Đối tượng kiểm tra, giám sát", "Subject inspected"),
        ("case", "subject", "Nội dung khiếu nại, tố cáo", "Subject"),
    ],
)  # fmt: skip
def test_a_key_two_kinds_word_differently_takes_its_kinds_label(
    kind: str, field: str, vi: str, en: str
) -> None:
    """Per-kind label codes (core/field_labels_civic.KIND_LABEL_CODES), in every message."""
    assert (field_label(field, "vi", kind), field_label(field, "en", kind)) == (vi, en)
    err = FieldError(field, "required")
    assert format_field_error(err, "vi", kind).startswith(vi)
