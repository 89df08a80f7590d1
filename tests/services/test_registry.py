"""The kind registry: every kind registered once, every label and value worded, the
search text each kind declares equal to what the index kept before the declarations."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pytest

from desktop.core.field_labels import FIELD_LABELS, field_label
from desktop.core.kinds import FieldSpec, FieldType, KindRegistry, UnknownKind
from desktop.core.records import RecordKind
from desktop.core.value_labels import has_kind_words, has_value_label, kind_words, value_label
from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.services.registry import KINDS


def _walk(fields: Iterable[FieldSpec]) -> Iterator[FieldSpec]:
    for f in fields:
        yield f
        yield from _walk(f.columns)


def test_every_record_kind_is_registered_once() -> None:
    assert set(KINDS.names) == {k.value for k in RecordKind}
    assert len(KINDS) == len(RecordKind)
    with pytest.raises(ValueError, match="twice"):
        KindRegistry((*KINDS, KINDS.get("meeting")))
    with pytest.raises(UnknownKind):
        KINDS.get("petition")


def test_import_order_puts_references_first() -> None:
    order = [s.name for s in KINDS.in_import_order()]
    assert order.index("village") < order.index("meeting") < order.index("convention")
    assert [s.name for s in KINDS if s.mirrored] == ["meeting", "convention"]
    assert [s.name for s in KINDS if s.has_events] == [
        "convention",
        "case",
        "consultation",
        "oversight",
    ]
    assert order.index("board") < order.index("oversight")
    assert all(s.village_field for s in KINDS if s.mirrored)  # mirrored into its village


@pytest.mark.parametrize("name", KINDS.names)
def test_every_label_and_value_is_worded_in_both_languages(name: str) -> None:
    spec = KINDS.get(name)
    for code in (spec.label, spec.plural, spec.empty):
        assert has_kind_words(code), code
        assert kind_words(code, "vi") != kind_words(code, "en")
    for f in _walk(spec.fields):
        assert f.label_code in FIELD_LABELS, f"{name}.{f.key}: label {f.label_code!r} missing"
        assert set(FIELD_LABELS[f.label_code]) >= {"vi", "en"}
        assert (f.type is FieldType.CHOICE) == bool(f.choices), f"{name}.{f.key}"
        assert (f.type in (FieldType.TABLE, FieldType.OBJECT)) == bool(f.columns), f.key
        for value in f.choices:
            assert has_value_label(f.vocabulary_code, value), f"{f.vocabulary_code}: {value}"
        if f.type is FieldType.REF:
            assert f.ref_kind in KINDS, f.key
    for column in spec.columns:
        assert column.label_code in FIELD_LABELS, f"{name} column {column.key}"
    keys = {f.key for f in spec.fields}
    for special in (spec.title_field, spec.day_field, spec.village_field, spec.state_field):
        assert not special or special in keys, special
    assert spec.search_text is not None and spec.board_counts is not None
    assert spec.rules.startswith("desktop.core.") and spec.codec.startswith("desktop.core.")


def test_value_words_follow_the_language() -> None:
    assert value_label("method", "show_of_hands", "vi") == "Giơ tay"
    assert value_label("method", "show_of_hands", "en") == "Show of hands"
    assert value_label("disclosure_category", 7, "vi").startswith("7. ")
    assert value_label("method", "carrier_pigeon") == "carrier_pigeon"  # unknown: as typed
    assert field_label("households_history", "en") == "Household count history"


# --- search text: the extractors storage/search_index.py had before the declarations ----
def _join(parts: Iterable[object]) -> str:
    return "\n".join(str(p) for p in parts if isinstance(p, str) and p.strip())


def _old_village(r: Mapping[str, Any]) -> tuple[str, str]:
    return str(r.get("name") or ""), _join([r.get("code"), r.get("head_name")])


def _old_meeting(r: Mapping[str, Any]) -> tuple[str, str]:
    items = [i.get("title") for i in r.get("items") or [] if isinstance(i, Mapping)]
    people = [r.get(k) for k in ("chair", "secretary", "convened_by")]
    minutes = [r.get("minutes_text"), r.get("refusal_reason")]
    return str(r.get("title") or ""), _join(
        [r.get("village_name"), r.get("place"), *items, *people, *minutes]
    )


def _old_convention(r: Mapping[str, Any]) -> tuple[str, str]:
    body = r.get("text") or ""
    if not body:
        body = _join(
            _join([a.get("title"), a.get("text")])
            for a in r.get("articles") or []
            if isinstance(a, Mapping)
        )
    return str(r.get("title") or ""), _join(
        [r.get("village_name"), r.get("proposer"), body, r.get("ethnic_text")]
    )


def _old_disclosure(r: Mapping[str, Any]) -> tuple[str, str]:
    feedback = [
        _join([f.get("sender"), f.get("content"), f.get("answer")])
        for f in r.get("feedback") or []
        if isinstance(f, Mapping)
    ]
    return str(r.get("title") or ""), _join(
        [r.get("decision_no"), r.get("responsible"), r.get("summary"), *feedback]
    )


OLD = {
    "village": _old_village,
    "meeting": _old_meeting,
    "convention": _old_convention,
    "disclosure": _old_disclosure,
}


def _snapshots(services: Services, kind: str) -> list[dict[str, Any]]:
    """The newest record JSON the write path journaled for each record of ``kind``."""
    from desktop.storage.journal import latest_snapshots

    with services.ctx.db.reading() as session:
        return [json.loads(after) for _, after in latest_snapshots(session, kind).values()]


def test_search_text_is_the_old_extractors_on_the_sample_records(services: Services) -> None:
    make_demo(services)
    seen = 0
    for spec in services.kinds:
        if spec.name not in OLD:
            continue  # kinds added after the extractors moved into the declarations
        if spec.name not in OLD:  # kinds added after the registry had no old extractor
            continue
        records = _snapshots(services, spec.name)
        assert records, spec.name
        for record in records:
            assert spec.search_text is not None
            assert spec.search_text(record) == OLD[spec.name](record)
            seen += 1
        # A convention without its text falls back to its articles, as before.
        if spec.name == "convention":
            bare = {**records[0], "text": ""}
            assert spec.search_text(bare) == OLD["convention"](bare)
            assert spec.search_text(bare)[1]
    assert seen >= 13
    malformed = {"title": "T", "items": ["x", {"title": "A"}], "feedback": [3], "articles": ["y"]}
    for name, old in OLD.items():
        assert KINDS.get(name).search_text(malformed) == old(malformed)  # type: ignore[misc]


def test_board_counts_per_kind(services: Services) -> None:
    meeting = {"items": [{"outcome": "passed"}, {"outcome": "failed"}, {"outcome": "passed"}]}
    assert KINDS.get("meeting").board_counts(meeting) == {  # type: ignore[misc]
        "meetings": 1,
        "items_passed": 2,
        "items_failed": 1,
    }
    late = {"warnings": [{"code": "late"}, {"code": "removed_early"}]}
    assert KINDS.get("disclosure").board_counts(late) == {  # type: ignore[misc]
        "disclosures": 1,
        "late": 1,
        "short_postings": 1,
    }
    assert KINDS.get("convention").board_counts({"status": "in_force"}) == {"in_force": 1}  # type: ignore[misc]
    assert KINDS.get("convention").board_counts({"status": "drafting"}) == {  # type: ignore[misc]
        "other_conventions": 1
    }


def test_the_container_binds_each_kind_to_its_service(services: Services) -> None:
    assert services.kinds.names == KINDS.names
    assert services.kinds.service("meeting") is services.meetings
    assert services.kinds.service("village") is services.villages
    assert [s.name for s in services.kinds.mirrored()] == ["meeting", "convention"]
    for spec in services.kinds:
        assert services.kinds.service(spec.name) is getattr(services, spec.name + "s")
        assert services.kinds.service(spec.name).spec is spec
        assert services.kinds.service(spec.name).adapter().spec is spec
    with pytest.raises(UnknownKind):
        services.kinds.service("petition")


def test_the_declared_choices_are_the_rule_modules_values() -> None:
    """The declarations take their choices from value_labels (the command line then loads
    no rule module); these are the values the rules and the JSON codecs know."""
    from desktop.core.conventions import ConventionStatus, ConventionType, EventType
    from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
    from desktop.core.disclosures import DisclosureStatus
    from desktop.core.meeting_json import MeetingOutcome
    from desktop.core.meetings import (
        Matter,
        MeetingType,
        Method,
        Outcome,
        Recognizer,
        RuleCode,
        TakesEffect,
    )
    from desktop.core.value_labels import choices
    from desktop.core.villages import VillageType

    enums: dict[str, Any] = {
        "village_type": VillageType,
        "meeting_type": MeetingType,
        "matter": Matter,
        "method": Method,
        "recognized_by": Recognizer,
        "meeting_outcome": MeetingOutcome,
        "item_outcome": Outcome,
        "rule_code": RuleCode,
        "takes_effect": TakesEffect,
        "convention_type": ConventionType,
        "convention_status": ConventionStatus,
        "convention_event": EventType,
        "disclosure_status": DisclosureStatus,
        "disclosure_form": DisclosureForm,
        **CITIZEN_ENUMS,
        **_civic_enums(),
    }
    for vocabulary, enum in enums.items():
        assert choices(vocabulary) == tuple(e.value for e in enum), vocabulary
    assert choices("disclosure_category") == tuple(str(c.number) for c in CATEGORIES)
    used = {f.vocabulary_code for s in KINDS for f in _walk(s.fields) if f.choices}
    assert used <= {*enums, "disclosure_category", "d31_criteria"}


def _citizen_enums() -> dict[str, Any]:
    from desktop.core import cases, letters, reception

    return {
        "session_kind": reception.SessionKind,
        "form": reception.SessionForm,
        "presider_role": reception.PresiderRole,
        "matter_type": reception.MatterType,
        "visit_handling": reception.VisitHandling,
        "refusal_ground": reception.RefusalGround,
        "source": letters.LetterSource,
        "letter_type": letters.LetterType,
        "jurisdiction": letters.Jurisdiction,
        "letter_handling": letters.LetterHandling,
        "case_type": cases.CaseType,
        "event_type": cases.EventType,
        "finding": cases.Finding,
        "case_status": cases.CaseStatus,
    }


CITIZEN_ENUMS = _citizen_enums()


def _civic_enums() -> dict[str, Any]:
    """The vocabularies of issue 16's kinds and the rule modules' enums they word."""
    from desktop.core.consultation import ConsultationForm, ConsultationState, ConsultationTopic
    from desktop.core.dialogue import CommitmentState, DialogueKind
    from desktop.core.oversight import Activity, RecommendationState, ReportPeriod
    from desktop.core.oversight_board import BoardType, MemberOrigin, MemberRole

    return {
        "topic": ConsultationTopic,
        "consultation_forms": ConsultationForm,
        "status": ConsultationState,
        "dialogue_kind": DialogueKind,
        "commitment_state": CommitmentState,
        "board_type": BoardType,
        "role": MemberRole,
        "origin": MemberOrigin,
        "activity": Activity,
        "recommendation_state": RecommendationState,
        "period": ReportPeriod,
    }


GENERIC_SERVICES = (
    "records",
    "registry",
    "maintenance",
    "search",
    "sync_import",
    "sync_apply",
    "sync_columns",
)


@pytest.mark.parametrize("module", GENERIC_SERVICES)
def test_generic_services_run_no_sql_of_their_own(module: str) -> None:
    """Their queries live in storage repositories: they never import SQLAlchemy, and never
    name a kind — a new kind is served untouched."""
    import ast
    from pathlib import Path

    import desktop.services

    path = Path(desktop.services.__file__).parent / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        n.module if isinstance(n, ast.ImportFrom) else a.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import | ast.ImportFrom)
        for a in n.names
    }
    assert not {m for m in imported if m and m.split(".")[0] == "sqlalchemy"}
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    if module != "registry":  # the one place that binds them
        assert not strings & set(KINDS.names), module
