"""Hương ước record JSON (CLI.md ``convention``) and the wording of refusals."""

from __future__ import annotations

import inspect
import re
import unicodedata
from datetime import date
from typing import Any

import pytest

from desktop.core import convention_events
from desktop.core.convention_events import TransitionRefused, apply_event
from desktop.core.convention_json import (
    convention_from_json,
    convention_json_fields,
    event_from_json,
    event_to_json,
)
from desktop.core.convention_messages import (
    CONVENTION_MESSAGES,
    EVENT_LABELS,
    STATUS_LABELS,
    format_transition,
)
from desktop.core.conventions import (
    ConventionEvent,
    ConventionStatus,
    ConventionType,
    EventType,
    Opinion,
    status,
)
from desktop.core.errors import FieldError, ValidationError
from tests.core.convention_samples import MEETING, TEXT, VILLAGE, build, convention, event

E = EventType


def record(**changes: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "village": VILLAGE,
        "convention_type": "huong_uoc",
        "title": unicodedata.normalize("NFD", "Hương ước thôn Đông Hòa"),
        "text": TEXT,
        "drafting_team": ["Nguyễn Văn An", " Lò Thị Hoa ", ""],
        "proposer": "Nhóm hộ dân xóm Đông",
        "citizen_initiative": True,
        "review_day": "01-15",
        "events": [
            {
                "type": "proposed",
                "on": "2026-01-05",
                "households_supporting": 22,
                "households_total": 212,
            },
            {
                "type": "consultation",
                "on": "2026-02-02",
                "until": "2026-03-10",
                "opinions": [
                    {
                        "sender": "Ông Lò Văn Sơn",
                        "content": "Giảm số mâm cỗ trong đám cưới",
                        "handling": "Tiếp thu, sửa Điều 2",
                    }
                ],
            },
        ],
    }
    obj.update(changes)
    return obj


def errors_of(obj: dict[str, Any]) -> list[FieldError]:
    with pytest.raises(ValidationError) as info:
        convention_from_json(obj)
    return list(info.value.errors)


def test_read_a_convention() -> None:
    c = convention_from_json(record())
    assert c.title == "Hương ước thôn Đông Hòa" and unicodedata.is_normalized("NFC", c.title)
    assert c.convention_type is ConventionType.HUONG_UOC
    assert c.drafting_team == ("Nguyễn Văn An", "Lò Thị Hoa")
    assert c.citizen_initiative and c.review_day == (1, 15)
    assert c.events[0] == ConventionEvent(
        E.PROPOSED, date(2026, 1, 5), households_supporting=22, households_total=212
    )
    assert c.events[1].until == date(2026, 3, 10)
    assert c.events[1].opinions == (
        Opinion("Ông Lò Văn Sơn", "Giảm số mâm cỗ trong đám cưới", "Tiếp thu, sửa Điều 2"),
    )


def test_every_problem_is_reported_at_once() -> None:
    obj = record(
        foo=1,
        convention_type="le_lang",
        review_day="18/11",
        citizen_initiative="yes",
        events=[
            {"type": "adopted", "meeting": MEETING, "bar": 2},
            {"type": "approved", "on": "2026-13-01", "households_total": -1},
            {"type": "consultation", "on": "2026-02-02", "opinions": [{"sender": "A"}]},
            "proposed",
        ],
    )
    assert {(e.field, e.code) for e in errors_of(obj)} == {
        ("foo", "unknown_field"),
        ("convention_type", "invalid_choice"),
        ("review_day", "invalid_review_day"),
        ("citizen_initiative", "invalid_choice"),
        ("events[0].bar", "unknown_field"),
        ("events[0].on", "required"),
        ("events[1].type", "invalid_choice"),
        ("events[1].on", "invalid_date"),
        ("events[1].households_total", "min"),
        ("events[2].opinions[0].content", "required"),
        ("events[3]", "not_object"),
    }


def test_computed_fields_are_ignored_and_update_keeps_the_rest() -> None:
    base = convention_from_json(record())
    obj: dict[str, Any] = {"title": "Hương ước (sửa đổi)", "status": "in_force", "warnings": []}
    obj |= {"effective_from": "2020-01-01", "next_review_on": None, "allowed_events": []}
    updated = convention_from_json(obj, base)
    assert updated.title.endswith("(sửa đổi)")
    assert (updated.text, updated.events, updated.review_day) == (
        base.text,
        base.events,
        base.review_day,
    )


def test_articles_given_instead_of_the_text() -> None:
    obj = record(
        preamble="QUY ƯỚC\nTỔ DÂN PHỐ 3",
        convention_type="quy_uoc",
        articles=[
            {"number": 1, "title": "Mục đích", "chapter": "Chương I", "chapter_title": "CHUNG"},
            {
                "number": 2,
                "title": "Giờ giấc",
                "text": "1. Giữ trật tự sau 22 giờ.",
                "chapter": "I",
            },
            {"number": 3, "title": "Hiệu lực", "chapter": "II"},
        ],
    )
    del obj["text"]
    c = convention_from_json(obj)
    assert c.text == (
        "QUY ƯỚC\nTỔ DÂN PHỐ 3\n\nChương I\nCHUNG\n\nĐiều 1. Mục đích\n\n"
        "Điều 2. Giờ giấc\n1. Giữ trật tự sau 22 giờ.\n\nChương II\n\nĐiều 3. Hiệu lực"
    )
    fields = convention_json_fields(c)
    assert fields["preamble"] == "QUY ƯỚC\nTỔ DÂN PHỐ 3"
    assert fields["articles"][1] == {
        "number": 2,
        "title": "Giờ giấc",
        "text": "1. Giữ trật tự sau 22 giờ.",
        "chapter": "Chương I",
        "chapter_title": "CHUNG",
    }


def test_article_bodies_must_not_hold_another_heading() -> None:
    obj = record(articles=[{"number": 1, "title": "A", "text": "Điều 2. B"}, {"number": 0}])
    del obj["text"]
    assert errors_of(obj) == [FieldError("articles[1].number", "min", {"min": 1})]
    obj["articles"] = [{"number": 1, "title": "A", "text": "Điều 2. B"}]
    assert errors_of(obj) == [FieldError("articles", "article_heading_in_body")]


def test_json_fields_with_computed_status_and_round_trip() -> None:
    c = build(E.DISTRIBUTED)
    fields = convention_json_fields(c)
    assert fields["status"] == "in_force"
    assert fields["effective_from"] == "2026-03-23"
    assert fields["next_review_on"] == "2026-11-18"
    assert fields["allowed_events"] == ["abolished", "distributed", "reviewed", "suspended"]
    assert fields["review_day"] == "11-18"
    assert fields["events"][3]["meeting"] == MEETING
    assert [a["number"] for a in fields["articles"]] == [1, 2]
    assert convention_from_json(fields) == c  # output read back: computed fields ignored
    fresh = convention_json_fields(convention())
    assert (fresh["status"], fresh["effective_from"], fresh["allowed_events"]) == (
        None,
        None,
        ["proposed"],
    )


def test_event_from_json() -> None:
    e = event_from_json(
        {"type": "suspended", "on": "2026-05-04", "until": "2026-07-03", "part": "Điều 2"}
        | {"reason": "Trái luật", "decision_no": "15/QĐ-UBND", "signer": "Trần Văn Bình"}
    )
    assert e == ConventionEvent(
        E.SUSPENDED,
        date(2026, 5, 4),
        until=date(2026, 7, 3),
        decision_no="15/QĐ-UBND",
        signer="Trần Văn Bình",
        reason="Trái luật",
        part="Điều 2",
    )
    assert event_from_json(event_to_json(e)) == e
    with pytest.raises(ValidationError) as info:
        event_from_json({"type": "recognised", "successor": 5})
    assert {(x.field, x.code) for x in info.value.errors} == {
        ("type", "invalid_choice"),
        ("on", "required"),
        ("successor", "not_text"),
    }


# --- wording --------------------------------------------------------------------------------


def test_refusal_worded_in_vietnamese_and_english() -> None:
    with pytest.raises(TransitionRefused) as info:
        apply_event(build(E.ADOPTED), event(E.RECOGNIZED, date(2026, 3, 20)))
    err = info.value
    assert format_transition(err.code, err.params) == (
        "Không thể ghi «Công nhận»: hương ước chưa được nộp hồ sơ đề nghị công nhận "
        "(Điều 11 Nghị định 61/2023/NĐ-CP)"
    )
    assert format_transition(err.code, err.params, "en") == (
        "Cannot record 'Recognised': the village convention (hương ước) has not been "
        "submitted for recognition (Decree 61/2023/ND-CP, Art. 11)"
    )
    with pytest.raises(TransitionRefused) as info:
        apply_event(build(E.DRAFTING), event(E.SUBMITTED, date(2026, 3, 20)))
    assert format_transition(info.value.code, info.value.params) == (
        "Không thể ghi «Nộp hồ sơ đề nghị công nhận»: hương ước chưa được thông qua "
        "(Điều 10, Điều 11 Nghị định 61/2023/NĐ-CP)"
    )


def test_date_refusal_names_the_previous_step() -> None:
    with pytest.raises(TransitionRefused) as info:
        apply_event(build(E.SUBMITTED), event(E.RECOGNIZED, date(2026, 3, 17)))
    assert format_transition(info.value.code, info.value.params) == (
        "Không thể ghi «Công nhận»: ngày 17/03/2026 trước ngày của bước trước «Nộp hồ sơ "
        "đề nghị công nhận» (18/03/2026)"
    )


def _codes_in_source() -> set[str]:
    source = inspect.getsource(convention_events)
    raised = re.findall(r'TransitionRefused\(\s*"([a-z_]+)"', source)
    returned = re.findall(r'return "([a-z_]+)"', source)
    chosen = re.findall(r'code = "([a-z_]+)" if .* else "([a-z_]+)"', source)
    return {*raised, *returned, *(c for pair in chosen for c in pair)}


ALL_PARAMS = {
    "event": "adopted",
    "status": "consultation",
    "convention_type": "quy_uoc",
    "previous_event": "consultation",
    "on": "01/02/2026",
    "superseded_on": "12/10/2026",
    "previous": "02/02/2026",
    "until": "01/01/2026",
    "held_on": "03/02/2026",
    "supporting": 21,
    "total": 212,
    "needed": 22,
    "number": 2,
    "meeting": MEETING,
}


def test_every_refusal_code_has_both_wordings() -> None:
    codes = _codes_in_source()
    assert len(codes) >= 30 and "not_adopted" in codes and "text_missing" in codes
    for code in codes:
        entry = CONVENTION_MESSAGES[code]
        for lang in ("vi", "en"):
            text = format_transition(code, ALL_PARAMS, lang)
            assert text != code and "{" not in text, (code, lang)
            assert unicodedata.is_normalized("NFC", entry[lang])
        assert format_transition(code, ALL_PARAMS).startswith("Không thể ghi «Thông qua»: ")


def test_field_error_codes_are_worded() -> None:
    for code in ("no_articles", "duplicate_article", "invalid_review_day"):
        text = CONVENTION_MESSAGES[code]["vi"].format(field="Nội dung (text)", number=2, value="x")
        assert text.startswith("Nội dung (text): ")
    assert CONVENTION_MESSAGES["article_heading_in_body"]["en"].format(field="articles")


def test_labels_cover_every_event_and_status() -> None:
    assert set(EVENT_LABELS) == {e.value for e in EventType}
    assert set(STATUS_LABELS) == {"", *(s.value for s in ConventionStatus)}
    assert status(convention()) is None
