"""Every code of the issue-16 rules is worded in Vietnamese and English (NFC), every
declared field has a label, every choice a word, every counter a row name."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.board_json import board_from_json, board_to_json
from desktop.core.civic_messages import (
    ARTICLES,
    CIVIC_DEADLINES,
    CIVIC_REFUSALS,
    CIVIC_WARNINGS,
    format_civic,
)
from desktop.core.civic_stats import civic_stats
from desktop.core.civic_values import KIND_LABELS, VALUE_LABELS, stat_label
from desktop.core.consultation import ConsultationForm, ConsultationTopic
from desktop.core.consultation_json import consultation_from_json, consultation_to_json
from desktop.core.dialogue import yearly_dialogue_warning
from desktop.core.dialogue_json import dialogue_from_json, dialogue_to_json
from desktop.core.field_labels import has_label
from desktop.core.kinds import FieldSpec, FieldType, KindRegistry
from desktop.core.messages import MESSAGES
from desktop.core.oversight_json import oversight_from_json, oversight_to_json
from desktop.core.specs.board import BOARD
from desktop.core.specs.consultation import CONSULTATION
from desktop.core.specs.dialogue import DIALOGUE
from desktop.core.specs.oversight import OVERSIGHT
from desktop.core.workdays import WorkCalendar

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"
MODULES = ("civic", "consultation", "dialogue", "oversight_board", "oversight")
SPECS = (CONSULTATION, DIALOGUE, BOARD, OVERSIGHT)


def _source_codes(call: str) -> set[str]:
    pattern = re.compile(rf"\b{call}\(\s*[^,()]+,\s*\"([a-z_0-9]+)\"")
    pattern_first = re.compile(rf"\b{call}\(\s*\"([a-z_0-9]+)\"")
    out: set[str] = set()
    for name in MODULES:
        text = (CORE / f"{name}.py").read_text(encoding="utf-8")
        if call == "refuse":
            out |= set(pattern.findall(text))
        else:
            out |= set(pattern_first.findall(text))
    return out


def test_every_code_the_rules_use_is_worded() -> None:
    warns = _source_codes("warn")
    refusals = _source_codes("refuse")
    deadlines = _source_codes("deadline")
    assert {"consultation_short", "answer_late", "board_below_size"} <= warns
    assert {"member_ineligible", "board_without_project"} <= refusals
    assert warns <= set(CIVIC_WARNINGS)
    assert deadlines <= set(CIVIC_DEADLINES)
    assert refusals <= set(CIVIC_REFUSALS) | set(MESSAGES)


@pytest.mark.parametrize(
    "catalog", [CIVIC_WARNINGS, CIVIC_DEADLINES, CIVIC_REFUSALS, ARTICLES, KIND_LABELS]
)
def test_both_languages_nfc(catalog: dict[str, dict[str, str]]) -> None:
    for code, words in catalog.items():
        assert set(words) == {"vi", "en"}, code
        for text in words.values():
            assert text and unicodedata.normalize("NFC", text) == text, code


def _all_warnings() -> list[dict[str, Any]]:
    cal = WorkCalendar()
    today = date(2026, 12, 20)
    c = consultation_from_json(
        {
            "title": "X",
            "consultation_forms": ["a"],
            "published_on": "2026-03-02",
            "closes_on": "2026-03-10",
            "synthesised_on": "2026-03-11",
            "results_published_on": "2026-03-12",
            "sector_days": 15,
            "sector_reason": "Luật Y",
        }
    )
    d = dialogue_from_json(
        {
            "title": "Đ",
            "held_on": "2026-06-01",
            "with_mttq": False,
            "commitments": [{"content": "C", "owner": "O", "due_on": "2026-07-01"}],
        }
    )
    members = [{"name": f"TV {i}", "village": "v1" if i < 2 else ""} for i in range(4)]
    members.append({"name": "TV 5", "left_on": "2026-12-01"})
    b1 = board_from_json(
        {
            "title": "B",
            "board_type": "ttnd",
            "villages_total": 5,
            "term_end": "2028-01-01",
            "members": members,
        },
        today,
    )
    b2 = board_from_json(
        {
            "title": "G",
            "board_type": "gsdtcd",
            "project": "P",
            "supervision_starts_on": "2027-01-15",
            "members": members,
        },
        today,
    )
    rec = {"content": "K", "countersigned_on": "2026-03-01", "sent_on": "2026-03-02"}
    o = oversight_from_json(
        {
            "title": "O",
            "board": "b",
            "plan_sent_on": "2026-02-27",
            "starts_on": "2026-03-02",
            "recommendations": [{**rec, "answered_on": "2026-04-01"}, rec],
        }
    )
    o2 = oversight_from_json({"title": "O2", "board": "b", "starts_on": "2026-03-02"})
    out: list[dict[str, Any]] = []
    out += consultation_to_json(c, today)["warnings"]
    out += consultation_to_json(consultation_from_json({"published_on": "2026-03-01"}, c), today)[
        "warnings"
    ]
    out += consultation_to_json(consultation_from_json({"plan_sent_on": "2026-03-05"}, c), today)[
        "warnings"
    ]
    out += dialogue_to_json(d, today)["warnings"]
    yearly = yearly_dialogue_warning([], 2026, today)
    assert yearly is not None
    out.append(yearly.to_json())
    out += board_to_json(b1, today)["warnings"] + board_to_json(b2, today)["warnings"]
    out += oversight_to_json(o, today, cal)["warnings"]
    out += oversight_to_json(o2, today, cal)["warnings"]
    for obj in (
        consultation_to_json(c, date(2026, 3, 5)),
        dialogue_to_json(d, today),
        board_to_json(b2, today),
        oversight_to_json(o2, date(2026, 2, 1), cal),
        oversight_to_json(o, today, cal),
    ):
        out += obj["deadlines"]
    return out


def test_every_warning_and_deadline_is_worded_without_a_placeholder_left() -> None:
    found = _all_warnings()
    codes = {w["code"] for w in found}
    assert set(CIVIC_WARNINGS) <= codes, set(CIVIC_WARNINGS) - codes
    assert set(CIVIC_DEADLINES) <= codes, set(CIVIC_DEADLINES) - codes
    for w in found:
        for lang in ("vi", "en"):
            params = {**w["params"], **({"due": w["due"]} if "due" in w else {})}
            text = format_civic(w["code"], params, lang)
            assert "{" not in text and "_" not in text, text
            assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    sample = format_civic(
        "answer_late",
        {
            "index": 1,
            "answered": "2026-03-18",
            "due": "2026-03-17",
            "days": 15,
            "received": "2026-03-02",
            "article": "law_40_1c",
        },
    )
    assert sample == (
        "Kiến nghị 1: UBND trả lời ngày 18/03/2026, quá hạn 15 ngày kể từ ngày nhận "
        "02/03/2026 (hạn 17/03/2026; điểm c khoản 1 Điều 40 Luật 10/2022/QH15)"
    )


def test_a_refusal_is_worded_with_its_label_and_reason() -> None:
    text = format_civic(
        "member_ineligible",
        {"name": "Lê Văn C", "reason": "commune_staff", "article": "law_37"},
        "vi",
        label="Thành viên 3",
    )
    assert text.startswith("Thành viên 3: Lê Văn C không đủ điều kiện")
    assert "Điều 37 Luật 10/2022/QH15" in text


def _fields(fields: tuple[FieldSpec, ...]) -> list[FieldSpec]:
    out: list[FieldSpec] = []
    for f in fields:
        out.append(f)
        out += _fields(f.columns)
    return out


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_declared_field_and_column_has_a_label(spec: Any) -> None:
    for f in _fields(spec.fields):
        assert has_label(f.label_code), (spec.name, f.key)
    for col in spec.columns:
        assert has_label(col.label_code), (spec.name, col.key)
        assert col.key in {f.key for f in spec.fields}, col.key
    assert spec.label in KIND_LABELS and spec.plural in KIND_LABELS and spec.empty in KIND_LABELS


_GROUPS = {"channel": "consultation_forms", "state": None}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_choice_has_words(spec: Any) -> None:
    for f in _fields(spec.fields):
        if not f.choices:
            continue
        group = _GROUPS.get(f.key, f.key)
        if group is None:  # computed states: commitment_state / recommendation_state
            group = "commitment_state" if spec.name == "dialogue" else "recommendation_state"
        words = VALUE_LABELS[group]
        for value in f.choices:
            assert set(words[value]) == {"vi", "en"}, (spec.name, f.key, value)


def test_every_counter_has_a_row_name() -> None:
    s = civic_stats(date(2026, 1, 1), date(2026, 12, 31), WorkCalendar())
    keys = set(s.counters())
    keys |= {f"consultation_topic_{t.value}" for t in ConsultationTopic}
    keys |= {f"consultation_form_{f.value}" for f in ConsultationForm}
    keys |= {"dialogues_ubnd_residents", "dialogues_leaders"}
    for key in keys:
        assert stat_label(key, "vi") != key and stat_label(key, "en") != key, key


def test_the_kinds_register_and_a_board_comes_before_its_oversight() -> None:
    registry = KindRegistry(SPECS)
    order = [s.name for s in registry.in_import_order()]
    assert order.index("board") < order.index("oversight")
    assert CONSULTATION.field("disclosure") is not None
    assert CONSULTATION.field("disclosure").ref_kind == "disclosure"  # type: ignore[union-attr]
    assert BOARD.has_events is False and CONSULTATION.has_events
    assert all(s.rules.startswith("desktop.core.") for s in SPECS)
    assert FieldType.COMPUTED in {f.type for f in OVERSIGHT.fields}


@pytest.mark.parametrize("spec", [CONSULTATION, OVERSIGHT], ids=lambda s: s.name)
def test_every_event_sets_a_declared_day(spec: Any) -> None:
    assert spec.has_events
    for field in spec.extra["events"].values():
        f = spec.field(field)
        assert f is not None and f.type is FieldType.DATE, field
    for table, column in spec.extra.get("row_events", {}).values():
        columns = {c.key: c for c in spec.field(table).columns}
        assert columns[column].type is FieldType.DATE, column
