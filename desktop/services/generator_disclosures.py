"""Disclosures for the reference-data generator: categories weighted as a commune's year
has them, postings at the office and in the villages, feedback, loudspeaker days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.core.disclosure_catalog import DisclosureForm, get_category
from desktop.core.disclosures import Attachment, Disclosure, Feedback, Posting
from desktop.core.villages import VillageType
from desktop.services import generator_names as names
from desktop.services import generator_text as words
from desktop.services.generator_records import DAY, Gen, GenVillage, spread

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


def disclosures(
    g: Gen,
    villages: list[GenVillage],
    files: list[Attachment],
    *,
    count: int,
    postings: int,
    feedback: int,
) -> list[tuple[str, Disclosure]]:
    """``count`` disclosures with ``postings`` postings and ``feedback`` opinions in all."""
    rng, n = g.rng, count
    cats = rng.choices(list(_WEIGHTS), list(_WEIGHTS.values()), k=n)
    days = sorted(g.day_between(g.start, g.end) for _ in range(n))
    v = len(villages)
    # "Full" disclosures reach the office and every village (Art. 13(2)); the others
    # a few places, so that the postings add up to the scale's.
    eligible = [i for i in range(n) if get_category(cats[i]).every_village]  # type: ignore[union-attr]
    full_n = min(len(eligible), max(0, (postings - 2 * n) // max(1, v - 1)))
    full = set(rng.sample(eligible, full_n))
    rest = [i for i in range(n) if i not in full]
    cap = v + len(_OFFICE_PLACES)
    sizes = spread(rng, postings - full_n * (v + 1), len(rest), 1, cap)
    n_postings = dict.fromkeys(full, v + 1) | dict(zip(rest, sizes, strict=True))
    feedback_of = [0] * n
    for _ in range(feedback):
        feedback_of[rng.randrange(n)] += 1
    with_file = set(rng.sample(range(n), min(n, len(files))))
    file_iter = iter(files)
    staff = [names.person(rng) for _ in range(5)]
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
        place=names.in_text(rng.choice(villages).name),
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
            feedback.append(Feedback(received, names.person(rng), rng.choice(words.FEEDBACK)))
        else:
            answer = rng.choice(words.ANSWERS)
            feedback.append(
                Feedback(received, names.person(rng), rng.choice(words.FEEDBACK), answered, answer)
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
        return f"Điểm sinh hoạt cộng đồng {names.in_text(v.name)}"
    return f"Nhà văn hóa {names.in_text(v.name)}"
