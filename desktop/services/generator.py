"""Reference data for the benchmarks: a large commune over years, deterministic from a seed.

``sodanchu demo --scale commune-10y --seed N`` fills an empty store with the sizes of
BUDGETS.md; :func:`generate_commune` makes any other size (the province-1y reference
data exports 300 communes of :data:`SCALES` ``["commune-1y-tenth"]``).

Everything goes through THE write path (RecordWriter via the services' ``add_many``:
validation, journal and change log) in batches of many records per transaction.

What is deterministic: given the seed, the scale, the installation and the ``end`` date,
every record's uuid and content (hence its record JSON) is the same on every run; only
the metadata times (``created_at``/``updated_at``, the journal's ``at``) and the
installation id differ. ``end`` defaults to :data:`DEFAULT_END` (clamped to today), so
the data does not drift with the calendar.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from desktop.core.disclosures import Attachment
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.meetings import Meeting, MeetingType
from desktop.core.villages import VillageData, VillageType
from desktop.services import generator_names as names
from desktop.services.container import Services
from desktop.services.generator_citizen import citizen_records
from desktop.services.generator_civic import civic_records
from desktop.services.generator_conventions import ConventionPlan, convention_chain
from desktop.services.generator_disclosures import disclosures as make_disclosures
from desktop.services.generator_records import (
    DAY,
    Gen,
    GenVillage,
    household_ballot,
    meeting,
    spread,
)

GENERATOR_VERSION = 3  # raise when the data made from a seed changes (benchmark cache key)
DEFAULT_END = date(2026, 11, 30)
BATCH = 500  # records per transaction
Progress = Callable[[str, int, int], None]  # (stage, done, total)
T = TypeVar("T")


@dataclass(frozen=True)
class Scale:
    """How much to make. Defaults: "commune-10y" of BUDGETS.md."""

    villages: int = 40
    meetings: int = 4000
    vote_items: int = 12000
    conventions: int = 400  # convention versions
    disclosures: int = 8000
    postings: int = 60000
    feedback: int = 20000
    attachments: int = 2000
    attachment_bytes: int = 200_000
    years: int = 10
    # Issue 15: about two periodic sessions of the chairman a month and the officer's.
    receptions: int = 480
    visits: int = 1400
    letters: int = 420
    # Issue 16: the yearly dialogue comes with the years; these are the rest.
    consultations: int = 30
    leader_dialogues: int = 10
    projects: int = 6  # a Ban GSĐTCĐ each (a Ban TTND comes with each term)
    oversights: int = 60

    def times(self, factor: float) -> Scale:
        """A proportional fraction (villages shrink more slowly: a commune keeps a few)."""
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        out = {k: max(1, round(v * factor)) for k, v in counts.items()}
        out["villages"] = max(3, round(self.villages * min(1.0, factor**0.5)))
        out["attachment_bytes"] = self.attachment_bytes
        out["years"] = self.years
        out["attachments"] = round(self.attachments * factor)
        return Scale(**out)


SCALES: dict[str, Scale] = {
    "commune-10y": Scale(),
    # About a tenth of commune-10y over one year: one commune of the province-1y data.
    # No attachment files: 300 communes of them would only measure the disk.
    "commune-1y-tenth": Scale(
        villages=12,
        meetings=400,
        vote_items=1200,
        conventions=40,
        disclosures=800,
        postings=6000,
        feedback=2000,
        attachments=0,
        years=1,
        receptions=5,
        visits=14,
        letters=4,
        consultations=1,
        leader_dialogues=0,
        projects=1,
        oversights=1,
    ),
}


@dataclass(frozen=True)
class Generated:
    """What was stored (may fall a little short of the scale where the rules forbid more)."""

    villages: int
    meetings: int
    vote_items: int
    conventions: int
    disclosures: int
    postings: int
    feedback: int
    attachments: int
    receptions: int = 0
    visits: int = 0
    letters: int = 0
    cases: int = 0
    consultations: int = 0
    dialogues: int = 0
    boards: int = 0
    oversights: int = 0


def installation_for(code: str = "25222", name: str = "Xã Tân Phú", **kw: str) -> InstallationData:
    """A commune installation for generated data (province 79 unless told)."""
    return InstallationData(
        role=Role.COMMUNE,
        code=code,
        name=name,
        province_code=kw.get("province_code", "79"),
        province_name=kw.get("province_name", "Thành phố Hồ Chí Minh"),
        upper_code=kw.get("province_code", "79"),
        upper_name=kw.get("upper_name", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        upper_kind=UpperKind.PROVINCE,
        officer_name=kw.get("officer_name", "Nguyễn Thị Lan"),
    )


def generate(
    services: Services,
    scale: Scale,
    *,
    seed: int,
    installation: InstallationData | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> Generated:
    """Set up an empty store as a commune and fill it with ``scale`` records."""
    services.setup.initialize(installation or installation_for())
    today = services.ctx.today()
    last = min(end or DEFAULT_END, today)
    first = date(last.year - scale.years, last.month, min(last.day, 28)) + DAY
    rng = random.Random(f"sodanchu-generator-{seed}")
    g = Gen(
        rng=rng,
        ids=random.Random(f"sodanchu-ids-{seed}"),
        calendar=services.calendar.calendar(),
        start=first,
        end=last,
        chairman=names.person(rng),
    )
    report = progress or (lambda _stage, _done, _total: None)
    villages = _villages(services, g, scale.villages)
    report("villages", len(villages), len(villages))
    plans = _convention_plans(g, villages, scale.conventions)
    meetings = _meetings(g, villages, scale, plans)
    _store(services.meetings.add_many, meetings, "meetings", report)
    _store(
        services.conventions.add_many,
        [(p.uuid, p.convention) for p in plans],
        "conventions",
        report,
    )
    files = _attachments(services, g, scale, report)
    disclosures = make_disclosures(
        g,
        villages,
        files,
        count=scale.disclosures,
        postings=scale.postings,
        feedback=scale.feedback,
    )
    _store(services.disclosures.add_many, disclosures, "disclosures", report)
    # The new kinds draw from streams of their own: the records above stay as they were.
    citizen = citizen_records(
        replace(g, rng=random.Random(f"sodanchu-citizen-{seed}")),
        villages,
        sessions=scale.receptions,
        visits=scale.visits,
        letters=scale.letters,
    )
    _store(services.letters.add_many, citizen.letters, "letters", report)
    _store(services.cases.add_many, citizen.cases, "cases", report)
    _store(services.receptions.add_many, citizen.sessions, "receptions", report)
    civic = civic_records(
        replace(g, rng=random.Random(f"sodanchu-civic-{seed}")),
        villages,
        meetings,
        disclosures,
        consultations=scale.consultations,
        leader_dialogues=scale.leader_dialogues,
        projects=scale.projects,
        oversights=scale.oversights,
    )
    _store(services.consultations.add_many, civic.consultations, "consultations", report)
    _store(services.dialogues.add_many, civic.dialogues, "dialogues", report)
    _store(services.boards.add_many, civic.boards, "boards", report)
    _store(services.oversights.add_many, civic.oversights, "oversights", report)
    return Generated(
        villages=len(villages),
        meetings=len(meetings),
        vote_items=sum(len(m.items) for _, m in meetings),
        conventions=len(plans),
        disclosures=len(disclosures),
        postings=sum(len(d.postings) for _, d in disclosures),
        feedback=sum(len(d.feedback) for _, d in disclosures),
        attachments=len(files),
        receptions=len(citizen.sessions),
        visits=citizen.visits,
        letters=len(citizen.letters),
        cases=len(citizen.cases),
        consultations=len(civic.consultations),
        dialogues=len(civic.dialogues),
        boards=len(civic.boards),
        oversights=len(civic.oversights),
    )


def generate_commune(
    services: Services,
    *,
    seed: int,
    code: str = "25222",
    name: str = "Xã Tân Phú",
    villages: int | None = None,
    meetings: int | None = None,
    vote_items: int | None = None,
    conventions: int | None = None,
    disclosures: int | None = None,
    postings: int | None = None,
    feedback: int | None = None,
    attachments: int | None = None,
    years: int | None = None,
    base: str = "commune-1y-tenth",
    end: date | None = None,
    progress: Progress | None = None,
    **more: int,
) -> Generated:
    """One commune of ``base`` scale, any count overridden (e.g. for province-1y:
    ``generate_commune(services, seed=i, code=f"{26000 + i}", name=f"Xã Số {i}")``);
    ``more``: any other count of :class:`Scale` (``receptions=0``: no reception sessions)."""
    asked = {
        "villages": villages,
        "meetings": meetings,
        "vote_items": vote_items,
        "conventions": conventions,
        "disclosures": disclosures,
        "postings": postings,
        "feedback": feedback,
        "attachments": attachments,
        "years": years,
        **more,
    }
    scale = replace(SCALES[base], **{k: v for k, v in asked.items() if v is not None})
    inst = installation_for(code, name)
    return generate(services, scale, seed=seed, installation=inst, end=end, progress=progress)


def _store(
    add_many: Callable[[Sequence[tuple[str | None, T]]], Sequence[str]],
    records: Sequence[tuple[str, T]],
    stage: str,
    report: Progress,
) -> None:
    for i in range(0, len(records), BATCH):
        add_many(records[i : i + BATCH])
        report(stage, min(i + BATCH, len(records)), len(records))


# --- villages ---------------------------------------------------------------------------
def _villages(services: Services, g: Gen, count: int) -> list[GenVillage]:
    out: list[GenVillage] = []
    places = names.place_names(g.rng, count)
    tdp = 0
    for i in range(count):
        roll = g.rng.random()
        if roll < 0.2:
            tdp += 1
            vtype, name = VillageType.TO_DAN_PHO, f"Tổ dân phố số {tdp}"
        elif roll < 0.3:
            vtype, name = VillageType.AP, f"Ấp {places[i]}"
        else:
            vtype, name = VillageType.THON, f"Thôn {places[i]}"
        head = names.person(g.rng)
        households = g.rng.randint(90, 420)
        out.append(GenVillage(g.uuid(), f"T{i + 1:02d}", name, vtype, head, households))
    services.villages.add_many(
        [
            (
                v.uuid,
                VillageData(
                    code=v.code,
                    name=v.name,
                    village_type=v.village_type,
                    head_name=v.head,
                    households_total=v.households,
                    households_as_of=g.start,
                ),
            )
            for v in out
        ]
    )
    return out


# --- meetings ---------------------------------------------------------------------------
def _convention_plans(g: Gen, villages: list[GenVillage], versions: int) -> list[ConventionPlan]:
    per = [versions // len(villages)] * len(villages)
    for i in g.rng.sample(range(len(villages)), versions % len(villages)):
        per[i] += 1
    plans: list[ConventionPlan] = []
    for v, n in zip(villages, per, strict=True):
        if n:
            plans.extend(convention_chain(g, v, n))
    return plans


def _meetings(
    g: Gen, villages: list[GenVillage], scale: Scale, plans: list[ConventionPlan]
) -> list[tuple[str, Meeting]]:
    """Convention meetings first in the budget, then year-end meetings, elections and
    ordinary decisions; the vote items spread so their total is the scale's."""
    fixed = [m for p in plans for m in p.meetings]
    slots: list[tuple[GenVillage, date, MeetingType]] = []
    for v in villages:
        for year in range(g.start.year, g.end.year + 1):
            held = date(year, 12, 1) + g.rng.randint(0, 27) * DAY - 14 * DAY
            if g.start <= held <= g.end:
                slots.append((v, held, MeetingType.PERIODIC))
        for kind in (MeetingType.HEAD_ELECTION, MeetingType.BOARD_ELECTION):
            held = g.start + g.rng.randint(10, 400) * DAY
            while held <= g.end:
                slots.append((v, held, kind))
                held += (912 + g.rng.randint(-20, 20)) * DAY  # terms of two and a half years
    g.rng.shuffle(slots)
    room = max(0, scale.meetings - len(fixed))
    slots = slots[: room * 3 // 10]  # ordinary decisions stay the bulk
    while len(slots) < room:
        slots.append((g.rng.choice(villages), g.day_between(g.start, g.end), MeetingType.DECISION))
    fixed_items = sum(len(m.items) for _, m in fixed)
    sizes = spread(g.rng, scale.vote_items - fixed_items, len(slots), 1, 6)
    made = list(fixed)
    for (v, held, kind), n in zip(slots, sizes, strict=True):
        if kind is MeetingType.DECISION and g.rng.random() < 0.04:
            made.append((g.uuid(), household_ballot(g, v, held, n)))
        else:
            made.append((g.uuid(), meeting(g, v, held, kind, n)))
    made.sort(key=lambda um: (um[1].held_on or g.end, um[0]))
    return made


# --- attachments -----------------------------------------------------------------------
def _attachments(services: Services, g: Gen, scale: Scale, report: Progress) -> list[Attachment]:
    """Photo-sized files of random bytes (incompressible, like JPEG) in the attachment store."""
    store = services.disclosures.attachments
    out: list[Attachment] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "scan.jpg"
        for i in range(scale.attachments):
            body = b"\xff\xd8\xff\xe0" + g.rng.randbytes(max(0, scale.attachment_bytes - 4))
            source.write_bytes(body)
            stored = store.add_file(source)
            name = f"anh-niem-yet-{i + 1:04d}.jpg"
            out.append(Attachment(stored.sha256, name, stored.size, "image/jpeg"))
            if (i + 1) % 100 == 0 or i + 1 == scale.attachments:
                report("attachments", i + 1, scale.attachments)
    return out
