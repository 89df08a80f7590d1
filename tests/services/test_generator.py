"""The reference-data generator: valid, deterministic, sized as asked."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.errors import SetupError, ValidationError
from desktop.core.meetings import Method
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.generator import SCALES, Scale, generate, generate_commune
from desktop.services.registry import KINDS as REGISTRY
from desktop.storage.journal import latest_snapshots
from desktop.storage.models import ChangeLogRow
from tests.conftest import Clock

TINY = Scale(
    villages=4,
    meetings=30,
    vote_items=80,
    conventions=6,
    disclosures=40,
    postings=200,
    feedback=60,
    attachments=3,
    attachment_bytes=3000,
    years=3,
    receptions=24,
    visits=60,
    letters=60,
    consultations=3,
    leader_dialogues=2,
    projects=2,
    oversights=6,
)
# Every registered kind: the generator makes records of each.
KINDS = REGISTRY.names
# Metadata that records when the generator ran, not what it made.
RUN_FIELDS = {"created_at", "updated_at"}


def _records(services: Services) -> dict[str, dict[str, object]]:
    out = {}
    with services.ctx.db.reading() as session:
        for kind in KINDS:
            for uuid, (_version, after) in latest_snapshots(session, kind).items():
                record = json.loads(after)
                out[uuid] = {k: v for k, v in record.items() if k not in RUN_FIELDS}
    return out


def _fresh(template_store: Path, tmp_path: Path, name: str) -> Services:
    import shutil

    target = tmp_path / name
    shutil.copytree(template_store, target)
    return build_services(open_store(target, clock=Clock()))


def test_tiny_scale_is_valid_sized_and_passes_check(services: Services) -> None:
    stages: list[str] = []
    made = generate(services, TINY, seed=7, progress=lambda s, d, t: stages.append(s))
    assert made.villages == services.villages.count() == 4
    assert made.meetings == services.meetings.count() == TINY.meetings
    assert made.vote_items == TINY.vote_items
    assert made.disclosures == services.disclosures.count() == TINY.disclosures
    assert made.postings == TINY.postings
    assert made.feedback == TINY.feedback
    assert made.attachments == 3
    assert 1 <= made.conventions <= TINY.conventions
    assert {"villages", "meetings", "conventions", "attachments", "disclosures"} <= set(stages)
    report = services.maintenance.check()
    assert report.ok, report.problems[:5]
    # Every record went through the write path: journalled and in the change log.
    records = made.villages + made.meetings + made.disclosures + made.conventions
    with services.ctx.db.reading() as session:
        logged = session.scalar(select(func.count()).select_from(ChangeLogRow))
    assert logged is not None and logged >= records
    # The rules of DOMAIN.md hold (the services refuse anything else, this checks it).
    for m in services.meetings.list():
        total, present = m.data.households_total, m.data.households_present
        assert total is not None and total >= 1
        assert present is None or present <= total
        for item in m.data.items:
            if item.method in (Method.SHOW_OF_HANDS, Method.SECRET_BALLOT):
                assert present is not None and item.votes_cast <= present
        assert (
            m.data.notice_on is None or m.data.held_on is None or m.data.notice_on <= m.data.held_on
        )
    # Proper names keep their capitals inside titles ("Hương ước thôn Phú Hòa").
    villages = {v.uuid: v.data.name for v in services.villages.list()}
    for c in services.conventions.list():
        name = villages[c.data.village_uuid]
        assert c.data.title.split(" (")[0].endswith(name[0].lower() + name[1:])
    for d in services.disclosures.list():
        for a in d.data.attachments:
            assert services.disclosures.attachments.verify(a.sha256)
            assert a.size == TINY.attachment_bytes


def test_same_seed_same_records_other_seed_other_records(
    template_store: Path, tmp_path: Path
) -> None:
    small = replace(TINY, attachments=0)
    runs = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        services = _fresh(template_store, tmp_path, name)
        generate(services, small, seed=seed)
        runs.append(_records(services))
        services.close()
    assert runs[0] == runs[1]  # uuids and content, record for record
    assert len(runs[0]) > 50
    assert runs[0] != runs[2]
    assert not set(runs[0]) & set(runs[2])  # another seed: other uuids too


def test_scale_fraction_is_proportional() -> None:
    big = SCALES["commune-10y"]
    assert (big.villages, big.meetings, big.vote_items) == (40, 4000, 12000)
    assert (big.conventions, big.disclosures, big.postings) == (400, 8000, 60000)
    assert (big.feedback, big.attachments, big.attachment_bytes) == (20000, 2000, 200_000)
    tenth = big.times(0.1)
    assert (tenth.meetings, tenth.vote_items, tenth.disclosures) == (400, 1200, 800)
    assert (tenth.postings, tenth.feedback, tenth.attachments) == (6000, 2000, 200)
    assert tenth.years == 10 and tenth.attachment_bytes == 200_000
    assert 3 <= tenth.villages < big.villages
    tiny = big.times(0.001)
    assert tiny.meetings == 4 and tiny.villages == 3 and tiny.attachments == 2
    one_year = SCALES["commune-1y-tenth"]
    assert one_year.years == 1 and one_year.meetings == big.meetings // 10


def test_generate_commune_names_the_installation(services: Services) -> None:
    made = generate_commune(
        services,
        seed=11,
        code="26011",
        name="Xã Số 11",
        villages=3,
        meetings=12,
        vote_items=30,
        conventions=3,
        disclosures=15,
        postings=50,
        feedback=10,
    )
    inst = services.setup.installation()
    assert inst is not None and (inst.data.code, inst.data.name) == ("26011", "Xã Số 11")
    assert made.meetings == 12 and made.disclosures == 15 and made.attachments == 0
    first = min(m.data.held_on for m in services.meetings.list() if m.data.held_on)
    assert (services.ctx.today() - first).days <= 366  # one year of records
    assert services.maintenance.check().ok


def test_demo_scales(services: Services) -> None:
    with pytest.raises(SetupError):
        make_demo(services, scale="province-99y")
    result = make_demo(services, scale="commune-10y", seed=2, scale_factor=0.003)
    assert result.generated is not None
    assert result.generated.meetings == services.meetings.count() == 12
    with pytest.raises(SetupError):
        make_demo(services, scale="commune-10y", scale_factor=0.003)


def test_a_batch_with_one_invalid_record_saves_nothing(services: Services) -> None:
    generate(services, replace(TINY, attachments=0), seed=5)
    before = services.meetings.count()
    good = services.meetings.list()[0].data
    bad = replace(good, households_present=(good.households_total or 0) + 1)
    with pytest.raises(ValidationError):
        services.meetings.add_many([(None, good), (None, bad)])
    assert services.meetings.count() == before


def test_new_kinds_at_the_reports_proportions_and_valid(services: Services) -> None:
    """Issues 15 and 16: reception, letters and cases at the district report's
    proportions (about 1 letter in 13 a complaint in jurisdiction, most settled, repeat
    visits), a yearly dialogue, a Ban TTND a term, oversight — all without a warning of the
    deadlines the data could meet (answers late to the UBND aside: the reports warn them)."""
    from desktop.core.cases import CaseType
    from desktop.core.dialogue import DialogueKind
    from desktop.core.letters import Jurisdiction, LetterType
    from desktop.core.oversight_board import BoardType

    scale = replace(
        TINY, meetings=20, vote_items=40, disclosures=20, postings=60, feedback=20,
        attachments=0, letters=650, visits=300, receptions=80,
    )  # fmt: skip
    made = generate(services, scale, seed=5)
    assert made.letters == services.letters.count() == 650
    assert made.receptions == services.receptions.count() == 80 and made.visits == 300
    letters = [s.data for s in services.letters.list()]
    ours = [
        x for x in letters
        if x.letter_type is LetterType.COMPLAINT and x.jurisdiction is Jurisdiction.OURS
    ]  # fmt: skip
    assert 650 / 20 < len(ours) < 650 / 8  # about 1 in 13
    cases = [s.data for s in services.cases.list()]
    assert made.cases == len(cases) and {c.case_type for c in cases} == set(CaseType)
    settled = [c for c in cases if c.settled_event is not None]
    assert len(settled) >= 0.85 * len(cases)
    visits = [v for s in services.receptions.list() for v in s.data.visits]
    repeats = [v for v in visits if v.case_id]
    assert 0.05 * len(visits) < len(repeats) < 0.3 * len(visits)
    dialogues = [s.data for s in services.dialogues.list()]
    yearly = {d.held_on.year for d in dialogues if d.dialogue_kind is DialogueKind.UBND_RESIDENTS}
    assert len(yearly) >= scale.years  # one a year (Law Art. 32)
    assert all(len(d.commitments) == 3 for d in dialogues)
    boards = [s.data for s in services.boards.list()]
    assert {b.board_type for b in boards} == set(BoardType)
    assert made.oversights == services.oversights.count() > 0
    for service in (services.receptions, services.letters, services.cases):
        for stored in service.list():
            assert service.to_json(stored)["warnings"] == [], stored.data
    for service in (services.consultations, services.dialogues, services.boards):
        for stored in service.list():
            assert service.to_json(stored)["warnings"] == [], stored.data
    report = services.maintenance.check()
    assert report.ok, report.problems[:5]
