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

from desktop.core.disclosure_catalog import DisclosureForm, get_category
from desktop.core.disclosures import Attachment, Disclosure, Feedback, Posting
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.meetings import Meeting, MeetingType
from desktop.core.villages import VillageData, VillageType
from desktop.services import generator_text as words
from desktop.services.container import Services
from desktop.services.generator_records import (
    DAY,
    ConventionPlan,
    Gen,
    GenVillage,
    convention_chain,
    household_ballot,
    meeting,
)

GENERATOR_VERSION = 2  # raise when the data made from a seed changes (benchmark cache key)
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
        chairman=words.person(rng),
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
    disclosures = _disclosures(g, villages, scale, files)
    _store(services.disclosures.add_many, disclosures, "disclosures", report)
    return Generated(
        villages=len(villages),
        meetings=len(meetings),
        vote_items=sum(len(m.items) for _, m in meetings),
        conventions=len(plans),
        disclosures=len(disclosures),
        postings=sum(len(d.postings) for _, d in disclosures),
        feedback=sum(len(d.feedback) for _, d in disclosures),
        attachments=len(files),
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
) -> Generated:
    """One commune of ``base`` scale, any count overridden (e.g. for province-1y:
    ``generate_commune(services, seed=i, code=f"{26000 + i}", name=f"Xã Số {i}")``)."""
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
    names = words.place_names(g.rng, count)
    tdp = 0
    for i in range(count):
        roll = g.rng.random()
        if roll < 0.2:
            tdp += 1
            vtype, name = VillageType.TO_DAN_PHO, f"Tổ dân phố số {tdp}"
        elif roll < 0.3:
            vtype, name = VillageType.AP, f"Ấp {names[i]}"
        else:
            vtype, name = VillageType.THON, f"Thôn {names[i]}"
        head = words.person(g.rng)
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
    sizes = _spread(g.rng, scale.vote_items - fixed_items, len(slots), 1, 6)
    made = list(fixed)
    for (v, held, kind), n in zip(slots, sizes, strict=True):
        if kind is MeetingType.DECISION and g.rng.random() < 0.04:
            made.append((g.uuid(), household_ballot(g, v, held, n)))
        else:
            made.append((g.uuid(), meeting(g, v, held, kind, n)))
    made.sort(key=lambda um: (um[1].held_on or g.end, um[0]))
    return made


def _spread(rng: random.Random, total: int, slots: int, low: int, high: int) -> list[int]:
    """``slots`` numbers in [low, high] adding up to ``total`` as near as the bounds allow."""
    sizes = [low] * slots
    extra = max(0, total - low * slots)
    open_slots = [i for i in range(slots) if high > low]
    while extra > 0 and open_slots:
        k = rng.randrange(len(open_slots))
        i = open_slots[k]
        sizes[i] += 1
        extra -= 1
        if sizes[i] >= high:
            open_slots[k] = open_slots[-1]
            open_slots.pop()
    return sizes


# --- attachments and disclosures -------------------------------------------------------
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


_WEIGHTS = {
    1: 6,
    2: 10,
    3: 8,
    4: 1,
    5: 8,
    6: 4,
    7: 16,
    8: 6,
    9: 5,
    10: 4,
    11: 6,
    12: 5,
    13: 1,
    14: 6,
}
_OFFICE_PLACES = ("Trụ sở UBND xã", "Bộ phận một cửa", "Nhà văn hóa xã", "Chợ xã")


def _disclosures(
    g: Gen, villages: list[GenVillage], scale: Scale, files: list[Attachment]
) -> list[tuple[str, Disclosure]]:
    rng, n = g.rng, scale.disclosures
    cats = rng.choices(list(_WEIGHTS), list(_WEIGHTS.values()), k=n)
    days = sorted(g.day_between(g.start, g.end) for _ in range(n))
    v = len(villages)
    # "Full" disclosures reach the office and every village (Art. 13(2)); the others
    # a few places, so that the postings add up to the scale's.
    eligible = [i for i in range(n) if get_category(cats[i]).every_village]  # type: ignore[union-attr]
    full_n = min(len(eligible), max(0, (scale.postings - 2 * n) // max(1, v - 1)))
    full = set(rng.sample(eligible, full_n))
    rest = [i for i in range(n) if i not in full]
    cap = v + len(_OFFICE_PLACES)
    sizes = _spread(rng, scale.postings - full_n * (v + 1), len(rest), 1, cap)
    n_postings = dict.fromkeys(full, v + 1) | dict(zip(rest, sizes, strict=True))
    feedback_of = [0] * n
    for _ in range(scale.feedback):
        feedback_of[rng.randrange(n)] += 1
    with_file = set(rng.sample(range(n), min(n, len(files))))
    file_iter = iter(files)
    staff = [words.person(rng) for _ in range(5)]
    out: list[tuple[str, Disclosure]] = []
    for i in range(n):
        attached = (next(file_iter),) if i in with_file else ()
        d = _disclosure(g, villages, cats[i], days[i], n_postings[i], feedback_of[i], staff)
        out.append((g.uuid(), replace(d, attachments=attached)))
    return out


def _disclosure(
    g: Gen,
    villages: list[GenVillage],
    category: int,
    decided: date,
    n_postings: int,
    n_feedback: int,
    staff: list[str],
) -> Disclosure:
    rng = g.rng
    cat = get_category(category)
    assert cat is not None
    quarter = (decided.month - 1) // 3 + 1
    title = rng.choice(words.DISCLOSURE_TITLES[category]).format(
        year=decided.year,
        prev_year=decided.year - 1,
        next_year=decided.year + 1,
        quarter=quarter,
        project=rng.choice(words.PROJECTS),
        place=words.in_text(rng.choice(villages).name),
    )
    late = rng.random() < 0.08
    posted: date | None = g.wd(decided, rng.randint(6, 9) if late else rng.randint(1, 5))
    assert posted is not None
    planned_on = None
    if posted > g.end:
        planned_on, posted = posted, None
    postings = _postings(g, villages, cat.min_posting_days, posted, n_postings)
    forms = [DisclosureForm.NOTICE_BOARD]
    broadcast: tuple[date, ...] = ()
    if cat.loudspeaker_days and posted is not None and rng.random() < 0.8:
        forms.append(DisclosureForm.LOUDSPEAKER)
        days = 2 if rng.random() < 0.05 else cat.loudspeaker_days
        broadcast = tuple(b for k in range(days) if (b := posted + k * DAY) <= g.end)
    portal = None
    if rng.random() < 0.3:
        forms.append(DisclosureForm.PORTAL)
        portal = f"https://xa.example.gov.vn/cong-khai/{decided.year}/{rng.randint(1, 9999)}"
    first_seen = posted or decided
    feedback = []
    for _ in range(n_feedback):
        received = min(g.end, first_seen + rng.randint(0, 25) * DAY)
        answered = received + rng.randint(1, 15) * DAY
        if answered > g.end or rng.random() < 0.1:
            feedback.append(Feedback(received, words.person(rng), rng.choice(words.FEEDBACK)))
        else:
            answer = rng.choice(words.ANSWERS)
            feedback.append(
                Feedback(received, words.person(rng), rng.choice(words.FEEDBACK), answered, answer)
            )
    feedback.sort(key=lambda f: f.received_on or g.end)
    return Disclosure(
        category=category,
        title=title,
        summary=" ".join(rng.sample(words.SUMMARIES, rng.randint(1, 2))),
        decision_no=g.decision_no(decided, rng.choice(("QĐ-UBND", "TB-UBND", "KH-UBND"))),
        decided_on=decided,
        responsible=rng.choice(staff),
        forms=tuple(forms),
        postings=postings,
        broadcast_days=broadcast,
        portal_url=portal,
        planned_on=planned_on,
        feedback=tuple(feedback),
    )


def _postings(
    g: Gen, villages: list[GenVillage], min_days: int | None, posted: date | None, n: int
) -> tuple[Posting, ...]:
    """The office first, then villages (one notice at a time each), then more office places."""
    rng = g.rng
    places: list[tuple[str, str | None]] = [(_OFFICE_PLACES[0], None)]
    chosen = villages if n >= len(villages) + 1 else rng.sample(villages, min(n - 1, len(villages)))
    places += [(_village_point(v), v.uuid) for v in chosen]
    places += [(p, None) for p in _OFFICE_PLACES[1:]][: max(0, n - len(places))]
    out = []
    for location, village in places[:n]:
        on = None if posted is None else min(g.end, posted + rng.choice((0, 0, 0, 1)) * DAY)
        removed = None
        if on is not None and min_days is not None:
            early = rng.random() < 0.04
            removed = on + (rng.randint(15, 28) if early else rng.randint(30, 45)) * DAY
            removed = removed if removed <= g.end else None
        out.append(Posting(location, village, on, removed))
    return tuple(out)


def _village_point(v: GenVillage) -> str:
    if v.village_type is VillageType.TO_DAN_PHO:
        return f"Điểm sinh hoạt cộng đồng {words.in_text(v.name)}"
    return f"Nhà văn hóa {words.in_text(v.name)}"
