"""The reception, letter and case records: JSON codecs (field-named errors, round trips),
the declarations (every label exists, no confidential text in search), confidentiality
stripping, and a catalog entry for every code the rules raise."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop.core.case_json import case_from_json, case_to_json
from desktop.core.cases import CaseType, EventType
from desktop.core.citizen_deadline_messages import (
    ARTICLES,
    BREACH_MESSAGES,
    DEADLINE_MESSAGES,
    word_deadline,
)
from desktop.core.citizen_jsonio import deadlines_json
from desktop.core.citizen_messages import CITIZEN_ERRORS, CITIZEN_WARNINGS
from desktop.core.civic_values import KIND_LABELS as CITIZEN_EMPTY
from desktop.core.civic_values import VALUE_LABELS as CITIZEN_VALUE_LABELS
from desktop.core.confidential import confidential_paths, strip_confidential
from desktop.core.errors import ValidationError
from desktop.core.field_labels import FIELD_LABELS, ITEM_LABELS, field_label
from desktop.core.kinds import FieldSpec, KindSpec
from desktop.core.letter_json import letter_from_json, letter_to_json
from desktop.core.messages import MESSAGES
from desktop.core.reception import session_deadlines
from desktop.core.reception_json import reception_from_json, reception_to_json
from desktop.core.specs.case import CASE
from desktop.core.specs.letter import LETTER
from desktop.core.specs.reception import RECEPTION
from tests.core.citizen_calendar import CAL

SPECS = (RECEPTION, LETTER, CASE)
CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"
DENOUNCER = "Trần Thị Bí Mật"

RECEPTION_JSON: dict[str, Any] = {
    "session_on": "2026-03-03",
    "session_kind": "periodic",
    "presided_by": "Nguyễn Văn Chủ",
    "presider_role": "chairman",
    "chairman_in_person": True,
    "staff": ["Lê Văn Cán"],
    "visits": [
        {
            "name": DENOUNCER,
            "address": "Thôn Bí Mật",
            "id_no": "079123456789",
            "summary": "Tố cáo cán bộ địa chính thu tiền trái phép",
            "matter_type": "denunciation",
            "people": 1,
            "case_id": "TC-2026-01",
        }
    ],
}
LETTER_JSON: dict[str, Any] = {
    "received_day": "2026-03-04",
    "source": "post",
    "senders": [DENOUNCER],
    "sender_address": "Thôn Bí Mật",
    "signed": True,
    "summary": "Tố cáo cán bộ địa chính",
    "letter_type": "denunciation",
    "jurisdiction": "ours",
    "case_id": "TC-2026-01",
}
CASE_JSON: dict[str, Any] = {
    "case_type": "denunciation",
    "case_id": "TC-2026-01",
    "received_day": "2026-03-04",
    "subject": "Cán bộ địa chính thu tiền trái phép",
    "person_name": DENOUNCER,
    "person_address": "Thôn Bí Mật",
    "criteria": ["a"],
    "complex": True,
    "events": [{"type": "accepted", "on": "2026-03-10", "ref_no": "12/QĐ-UBND"}],
}


def test_codecs_round_trip() -> None:
    s = reception_from_json(RECEPTION_JSON)
    assert s.visits[0].name == DENOUNCER and s.chairman_in_person
    assert reception_from_json(reception_to_json(s)) == s
    x = letter_from_json(LETTER_JSON)
    assert letter_from_json(letter_to_json(x)) == x
    c = case_from_json(CASE_JSON)
    assert c.case_type is CaseType.DENUNCIATION and c.events[0].type is EventType.ACCEPTED
    out = case_to_json(c)
    assert (out["status"], out["accepted_on"], out["settled_on"]) == (
        "accepted",
        "2026-03-10",
        None,
    )
    assert case_from_json(out) == c


def test_update_keeps_absent_fields() -> None:
    c = case_from_json(CASE_JSON)
    updated = case_from_json({"remote_area": True, "remote_reason": "r"}, base=c)
    assert updated == replace(c, remote_area=True, remote_reason="r")


@pytest.mark.parametrize(
    ("read", "obj", "field", "code"),
    [
        (reception_from_json, {"chairman_in_person": "yes"}, "chairman_in_person", "not_bool"),
        (reception_from_json, {"visits": [{"people": "many"}]}, "visits[0].people", "invalid_int"),
        (reception_from_json, {"visits": [{"colour": 1}]}, "visits[0].colour", "unknown_field"),
        (reception_from_json, {"visits": [3]}, "visits[0]", "not_object"),
        (reception_from_json, {"session_kind": "weekly"}, "session_kind", "invalid_choice"),
        (letter_from_json, {"received_day": "3/3/2026"}, "received_day", "invalid_date"),
        (letter_from_json, {"senders": "A"}, "senders", "not_name_list"),
        (case_from_json, {"subject": "x"}, "case_type", "required"),
        (
            case_from_json,
            {"case_type": "complaint", "events": [{"on": "2026-03-03"}]},
            "events[0].type",
            "required",
        ),
        (case_from_json, {"case_type": "complaint", "events": {}}, "events", "not_list"),
    ],
)
def test_codecs_refuse_with_field_named_errors(
    read: Any, obj: dict[str, Any], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        read(obj)
    assert (field, code) in {(e.field, e.code) for e in caught.value.errors}


def _keys(fields: tuple[FieldSpec, ...]) -> set[str]:
    out: set[str] = set()
    for f in fields:
        out |= {f.key, f.label_code} | _keys(f.columns)
    return out


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_label_of_the_declarations_exists_in_vi_and_en(spec: KindSpec) -> None:
    codes = _keys(spec.fields) | {c.label_code for c in spec.columns}
    missing = [c for c in codes if not {"vi", "en"} <= set(FIELD_LABELS.get(c, {}))]
    assert missing == []
    assert {spec.label, spec.plural, spec.empty} <= set(CITIZEN_EMPTY)  # kind.<name>...


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_choice_has_words(spec: KindSpec) -> None:
    def walk(fields: tuple[FieldSpec, ...]) -> None:
        for f in fields:
            if f.type.value == "choice":
                words = CITIZEN_VALUE_LABELS[
                    f.label_code if f.label_code in CITIZEN_VALUE_LABELS else f.key
                ]
                assert set(f.choices) <= set(words), f.key
            walk(f.columns)

    walk(spec.fields)


def test_the_denouncer_is_stripped_and_never_searched() -> None:
    records = {
        "reception": reception_to_json(reception_from_json(RECEPTION_JSON)),
        "letter": letter_to_json(letter_from_json(LETTER_JSON)),
        "case": case_to_json(case_from_json(CASE_JSON)),
    }
    for spec in SPECS:
        record = records[spec.name]
        assert DENOUNCER in json.dumps(record, ensure_ascii=False)  # the officer's own copy
        stripped = strip_confidential(record, spec)
        text = json.dumps(stripped, ensure_ascii=False)
        assert DENOUNCER not in text and "Bí Mật" not in text
        assert spec.search_text is not None and spec.board_counts is not None
        assert "Bí Mật" not in " ".join(spec.search_text(record))
        assert "TC-2026-01" in " ".join(spec.search_text(record))  # the matter stays findable
    assert confidential_paths(RECEPTION) == (
        "visits[].name",
        "visits[].address",
        "visits[].id_no",
        "visits[].group_representatives",
    )
    assert confidential_paths(CASE)[0] == "person_name"
    assert strip_confidential(records["reception"], RECEPTION)["visits"][0]["summary"]


def test_board_counts() -> None:
    record = reception_to_json(reception_from_json(RECEPTION_JSON))
    assert RECEPTION.board_counts is not None
    counts = RECEPTION.board_counts(record)
    assert counts["reception_visits"] == 1 and counts["reception_chairman_sessions"] == 1
    assert CASE.board_counts is not None
    assert CASE.board_counts(case_to_json(case_from_json(CASE_JSON)))["cases_settled"] == 0


def _raised_codes() -> set[str]:
    """Every literal code the citizen rules raise: FieldError(.., "code") and warn("code")."""
    codes: set[str] = set()
    for name in (
        "reception",
        "letters",
        "cases",
        "case_deadlines",
        "chairman_days",
        "citizen_jsonio",
    ):
        src = (CORE / f"{name}.py").read_text(encoding="utf-8")
        codes |= set(re.findall(r'FieldError\(\s*[^,]+,\s*"([a-z_0-9]+)"', src))
        codes |= set(re.findall(r'warn\(\s*"([a-z_0-9]+)"', src))
        codes |= set(re.findall(r'CitizenWarning\("([a-z_0-9]+)"', src))
        codes |= set(re.findall(r'"(chairman_(?:week|month)_short)"', src))
    return codes


def test_every_code_has_its_words() -> None:
    known = set(CITIZEN_ERRORS) | set(CITIZEN_WARNINGS) | set(MESSAGES) | set(BREACH_MESSAGES)
    assert _raised_codes() - known == set()
    for entry in (
        *CITIZEN_ERRORS.values(),
        *CITIZEN_WARNINGS.values(),
        *DEADLINE_MESSAGES.values(),
    ):
        assert set(entry) == {"vi", "en"}
        assert all(unicodedata.is_normalized("NFC", text) for text in entry.values())
    articles_used = set(re.findall(r'"((?:ltcd|ltc|lkn)_[0-9_]+|tt05|d124)"', _all_sources()))
    assert articles_used <= set(ARTICLES)


def _all_sources() -> str:
    return "".join(
        (CORE / f"{n}.py").read_text(encoding="utf-8")
        for n in ("reception", "letters", "case_deadlines", "chairman_days")
    )


def test_item_labels_name_list_entries() -> None:
    assert ITEM_LABELS["visits"]["vi"].format(n=2) == "Lượt tiếp 2"
    assert field_label("visits[1].address") == "Lượt tiếp 2 — Địa chỉ"
    assert field_label("events[0].days", "en") == "Step 1 — Days"


def test_deadlines_as_record_json_and_worded_in_both_languages() -> None:
    s = reception_from_json(RECEPTION_JSON)
    [posting, answer] = session_deadlines(s, CAL)
    assert deadlines_json([posting])[0] == {  # the one shape of every kind (civic's too)
        "code": "schedule_posting",
        "due": "2026-02-24",
        "params": {
            "days": 5,
            "unit": "wd",
            "start": "2026-03-03",
            "article": "ltcd_24",
            "suspended_days": 0,
        },
    }
    assert word_deadline(posting.code, posting.params) == (
        "Hạn niêm yết lịch tiếp công dân: chậm nhất 5 ngày làm việc trước 03/3/2026 "
        "(Điều 24 Luật Tiếp công dân)"
    )
    assert word_deadline(answer.code, answer.params, "en") == (
        "Answer to the citizen: 10 working days from 03/3/2026 (Law on Citizen Reception, Art. 28)"
    )


def test_labels_and_value_words_are_nfc() -> None:
    words = [w for s in SPECS for f in _keys(s.fields) for w in FIELD_LABELS.get(f, {}).values()]
    words += [w for v in CITIZEN_VALUE_LABELS.values() for e in v.values() for w in e.values()]
    words += [w for e in CITIZEN_EMPTY.values() for w in e.values()]
    assert words and all(unicodedata.is_normalized("NFC", w) for w in words)
