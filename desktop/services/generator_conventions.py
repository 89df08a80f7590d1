"""Convention versions for the reference-data generator: each version with the village
meetings it needs (a failed vote maybe, then the adoption), superseding the one before on
recognition (D61 Art. 13).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.conventions import Convention, ConventionEvent, ConventionType, EventType, Opinion
from desktop.core.meetings import Meeting, MeetingType
from desktop.core.villages import VillageType
from desktop.services import generator_names as names
from desktop.services import generator_text as words
from desktop.services.generator_records import DAY, Gen, GenVillage, meeting

CONVENTION_CYCLE_DAYS = 70  # proposal to distribution, with the 30 days of consultation


@dataclass
class ConventionPlan:
    """One version with the meetings it needs stored first (adoption, maybe a failed one)."""

    uuid: str
    convention: Convention
    meetings: list[tuple[str, Meeting]]


def convention_chain(g: Gen, v: GenVillage, versions: int) -> list[ConventionPlan]:
    """``versions`` successive versions of the village's convention, each superseding the
    one before on recognition (D61 Art. 13); the last may still be under way at ``end``."""
    rng = g.rng
    span = (g.end - g.start).days
    cycle = span // max(1, versions)
    tdp = v.village_type is VillageType.TO_DAN_PHO
    kind = ConventionType.QUY_UOC if tdp else ConventionType.HUONG_UOC
    base_title = ("Quy ước " if tdp else "Hương ước ") + names.in_text(v.name)
    plans: list[ConventionPlan] = []
    previous: str | None = None
    for k in range(versions):
        began = g.start + (k * cycle + rng.randint(0, max(0, cycle - CONVENTION_CYCLE_DAYS))) * DAY
        if began > g.end:
            break
        title = base_title if k == 0 else f"{base_title} (sửa đổi, bổ sung lần {k})"
        next_start = g.start + (k + 1) * cycle * DAY if k + 1 < versions else g.end
        if k + 1 == versions and k > 0 and rng.random() < 0.3:
            # The newest amendment still under way (proposed ... submitted) at the end.
            began = max(began, g.end - rng.randint(5, 80) * DAY)
        plan = _version(g, v, kind, title, began, next_start, previous, k + 1)
        plans.append(plan)
        previous = plan.uuid
        if not any(e.type is EventType.RECOGNIZED for e in plan.convention.events):
            break  # a new version only supersedes one in force
    return plans


def _version(
    g: Gen,
    v: GenVillage,
    kind: ConventionType,
    title: str,
    began: date,
    next_start: date,
    previous: str | None,
    number: int,
) -> ConventionPlan:
    rng, E = g.rng, EventType
    total = g.households_on(v, began)
    initiative = rng.random() < 0.1
    events = [
        ConventionEvent(
            E.PROPOSED,
            began,
            households_supporting=total // 10 + rng.randint(1, 20) if initiative else None,
            households_total=total if initiative else None,
        ),
        ConventionEvent(E.DRAFTING, began + 7 * DAY),
    ]
    posted = began + 15 * DAY
    opinions = tuple(
        Opinion(names.person(rng), rng.choice(words.FEEDBACK), "Tổ soạn thảo tiếp thu, chỉnh sửa.")
        for _ in range(rng.randint(1, 4))
    )
    events.append(
        ConventionEvent(E.CONSULTATION, posted, until=posted + 30 * DAY, opinions=opinions)
    )
    held = posted + 32 * DAY
    meetings: list[tuple[str, Meeting]] = []
    if rng.random() < 0.1:
        # Attendance not reached (D61 Art. 10): rejected, then a second meeting adopts it.
        failed_uuid = g.uuid()
        failed = meeting(
            g,
            v,
            held,
            MeetingType.CONVENTION,
            1,
            title=f"Thông qua {title}",
            passes=False,
            present=total // 2,
        )
        meetings.append((failed_uuid, failed))
        events.append(ConventionEvent(E.REJECTED, held, meeting_uuid=failed_uuid))
        held += 14 * DAY
    present = rng.randint(total // 2 + 1 + total // 10, total)
    adoption_uuid = g.uuid()
    adoption = meeting(
        g,
        v,
        held,
        MeetingType.CONVENTION,
        rng.choice((1, 3)),
        title=f"Thông qua {title}",
        passes=True,
        present=present,
    )
    meetings.append((adoption_uuid, adoption))
    events.append(ConventionEvent(E.ADOPTED, held, meeting_uuid=adoption_uuid))
    submitted = g.wd(held, rng.randint(1, 5))
    events.append(ConventionEvent(E.SUBMITTED, submitted))
    if rng.random() < 0.05:
        refused = g.wd(submitted, 4)
        events.append(
            ConventionEvent(E.REFUSED, refused, reason="Hồ sơ chưa có biên bản lấy ý kiến.")
        )
        submitted = g.wd(refused, 5)
        events.append(ConventionEvent(E.SUBMITTED, submitted))
    recognized = g.wd(submitted, rng.randint(2, 5))
    events.append(
        ConventionEvent(
            E.RECOGNIZED, recognized, decision_no=g.decision_no(recognized), signer=g.chairman
        )
    )
    events.append(ConventionEvent(E.DISTRIBUTED, g.wd(recognized, 2)))
    review = date(recognized.year, 11, 18)
    review = review if review > recognized + 7 * DAY else date(recognized.year + 1, 11, 18)
    distributed = events[-1].on
    if rng.random() < 0.05 and distributed + 70 * DAY < min(review, next_start):
        # A part suspended on a complaint, then applied again (D61 Art. 12).
        on = distributed + 30 * DAY
        events.append(
            ConventionEvent(
                E.SUSPENDED,
                on,
                until=on + 30 * DAY,
                decision_no=g.decision_no(on),
                reason="Khoản thu trái quy định của pháp luật.",
                part="Điều 5",
            )
        )
        events.append(ConventionEvent(E.REINSTATED, on + 25 * DAY))
    while review < next_start - 3 * DAY:
        events.append(ConventionEvent(E.REVIEWED, review, note="Cộng đồng rà soát hằng năm."))
        review = date(review.year + 1, 11, 18)
    kept = tuple(e for e in events if e.on <= g.end)
    team = tuple(names.person(rng) for _ in range(rng.randint(3, 5)))
    convention = Convention(
        village_uuid=v.uuid,
        convention_type=kind,
        title=title,
        text=words.convention_text(rng, v.name, number),
        drafting_team=team,
        proposer=v.head,
        citizen_initiative=initiative,
        supersedes_uuid=previous,
        events=kept,
    )
    used = {e.meeting_uuid for e in kept}
    return ConventionPlan(g.uuid(), convention, [(u, m) for u, m in meetings if u in used])
