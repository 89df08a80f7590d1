"""The decisions and minutes of a complaint or denunciation case (DOMAIN.md §4.3, §4.4).

Complaints (Law on Complaints, LKN): the dialogue minutes (Art. 30) and the first-instance
decision (Art. 31). Denunciations (Law on Denunciations, LTC): the acceptance decision
(Art. 29), the extension decision (Art. 30), the suspension decision (Art. 34) and the
conclusion (Art. 35). The national forms of Decrees 124/2020 and 31/2019 were not seen
(§4.3, §4.4: numbers unverified), so each is an editable template of the Decree 30 layout
(``resources/templates/civic_case_*_vi.txt``) carrying the contents the articles list.

Each ``*_draft`` takes a case's printable copy (the service removed a denouncer's identity:
LTCD Art. 3(2), LTC Art. 47 — a denunciation's documents name no denouncer, only "người
tố cáo") and the step (event) it prints, found by :func:`step`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.documents.citizen_parts import day, deadline_words, iso, label, person
from desktop.documents.civic_print import Draft

Record = Mapping[str, Any]

# Which step each document prints, and for which kind of case (None: either).
STEPS: dict[str, tuple[str, str | None]] = {
    "case-dialogue": ("dialogue", "complaint"),
    "case-decision": ("decided", "complaint"),
    "case-acceptance-decision": ("accepted", "denunciation"),
    "case-extension": ("extended", "denunciation"),
    "case-suspension": ("suspended", None),
    "case-conclusion": ("concluded", "denunciation"),
}
_DOTS = "." * 60  # a line to complete by hand


def step(case: Record, name: str) -> tuple[int, Record] | None:
    """The latest event the document ``name`` prints, with its position (1-based), or
    None when the case has no such step (or is not the kind of case it applies to)."""
    event_type, case_type = STEPS[name]
    if case_type is not None and case.get("case_type") != case_type:
        return None
    found: tuple[int, Record] | None = None
    for n, e in enumerate(case.get("events") or [], start=1):
        if isinstance(e, Mapping) and e.get("type") == event_type:
            found = (n, e)
    return found


def _values(case: Record, event: Record) -> dict[str, str]:
    denunciation = case.get("case_type") == "denunciation"
    return {
        "case_id": str(case.get("case_id") or ""),
        "case_kind": "tố cáo" if denunciation else "khiếu nại",
        "name": person(case, "person_name"),
        "person": person(case, "person_name", "person_address", "person_id_no"),
        "received_day": day(case.get("received_day")),
        "accepted_on": day(case.get("accepted_on")),
        "subject": str(case.get("subject") or ""),
        "on": day(event.get("on")),
        "ref_no": str(event.get("ref_no") or ""),
        "note": str(event.get("note") or _DOTS),
        "days": str(event.get("days") or ""),
        "finding": label("finding", event.get("finding"), _DOTS).lower(),
    }


def dialogue_draft(case: Record, event: Record) -> Draft:
    """Biên bản đối thoại (LKN Art. 30(2)): who took part, what was said, the agreement;
    signed by the chairman's side and the complainant. Type BB, dated the dialogue's day."""
    values = _values(case, event)
    return Draft(
        "civic_case_dialogue_vi.txt", "BB", iso(event.get("on")), values, ("body", "closing")
    )


def decision_draft(case: Record, event: Record) -> Draft:
    """Quyết định giải quyết khiếu nại lần đầu (LKN Art. 31): the complaint, the
    verification and dialogue results, the finding (đúng / đúng một phần / sai), the
    decision, and the right to complain again or sue (Art. 33). Type QĐ."""
    values = _values(case, event)
    values["second_complaint"] = deadline_words("case", case, "second_complaint")
    dialogue = step(case, "case-dialogue")
    values["dialogue_on"] = day(dialogue[1].get("on")) if dialogue else ""
    values["dialogue_note"] = str(dialogue[1].get("note") or _DOTS) if dialogue else ""
    parts = ["bases", "facts", "dialogue" if dialogue else "no_dialogue", "articles"]
    parts += ["second_complaint" if values["second_complaint"] else "right_generic", "closing"]
    return Draft("civic_case_decision_vi.txt", "QĐ", iso(event.get("on")), values, tuple(parts))


def acceptance_decision_draft(case: Record, event: Record) -> Draft:
    """Quyết định thụ lý tố cáo (LTC Art. 29(1)-(3)); the denouncer and the denounced
    person are notified within 5 working days. Type QĐ, dated the acceptance."""
    values = _values(case, event)
    values["notification"] = deadline_words("case", case, "denunciation_notification")
    # No resolution deadline: a later extension or suspension moves it, and a reprint of
    # this decision must say what it said (Điều 2 states the 30 days of LTC Art. 30(1)).
    parts: tuple[str, ...] = ("bases", "articles")
    if values["notification"]:
        parts = (*parts, "notification")
    parts = (*parts, "closing")
    return Draft("civic_case_acceptance_decision_vi.txt", "QĐ", iso(event.get("on")), values, parts)


def extension_draft(case: Record, event: Record) -> Draft:
    """Quyết định gia hạn giải quyết tố cáo (LTC Art. 30(1)): a complex case once, an
    especially complex one twice, each at most 30 days; the criteria of D31 Art. 3(2)."""
    values = _values(case, event)
    criteria = [label("d31_criteria", c) for c in case.get("criteria") or []]
    values["criteria"] = "; ".join(c for c in criteria if c) or _DOTS
    parts = ("bases", "articles", "closing")  # the days granted; no moving deadline
    return Draft("civic_case_extension_vi.txt", "QĐ", iso(event.get("on")), values, parts)


def suspension_draft(case: Record, event: Record) -> Draft:
    """Quyết định tạm đình chỉ việc giải quyết (LTC Art. 34(1), (4); for a complaint LKN
    Art. 11a from 1/7/2026): the reason, and its sending within 5 working days."""
    values = _values(case, event)
    denunciation = case.get("case_type") == "denunciation"
    values["article"] = "Điều 34 Luật Tố cáo" if denunciation else "Điều 11a Luật Khiếu nại"
    values["sending"] = deadline_words("case", case, "suspension_sent")
    parts: tuple[str, ...] = ("bases", "articles")
    if values["sending"]:
        parts = (*parts, "sending")
    parts = (*parts, "closing")
    return Draft("civic_case_suspension_vi.txt", "QĐ", iso(event.get("on")), values, parts)


def conclusion_draft(case: Record, event: Record) -> Draft:
    """Kết luận nội dung tố cáo (LTC Art. 35(2)): the denounced content, the verification
    result, the finding, the handling; sent within 5 working days (Art. 35(3)). Type KL."""
    values = _values(case, event)
    values["sending"] = deadline_words("case", case, "conclusion_sent")
    parts: tuple[str, ...] = ("body", "findings")
    if values["sending"]:
        parts = (*parts, "sending")
    return Draft("civic_case_conclusion_vi.txt", "KL", iso(event.get("on")), values, parts)


DRAFTS = {
    "case-dialogue": dialogue_draft,
    "case-decision": decision_draft,
    "case-acceptance-decision": acceptance_decision_draft,
    "case-extension": extension_draft,
    "case-suspension": suspension_draft,
    "case-conclusion": conclusion_draft,
}
