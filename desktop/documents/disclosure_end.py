"""Minutes closing a posting (biên bản kết thúc niêm yết công khai), type code BB.

For each place of posting: the day the notice went up and came down, the
number of days and whether the 30 consecutive days of Law Art. 13(2) were
met; the residents' feedback received and answered; a conclusion. Signed by
the representative of the commune UBND and of the Front work committee (or,
when only the commune office posted, by the person drawing up the minutes).
The wording lives in ``resources/templates/disclosure_end_vi.txt``.

Days and verdicts are core's (:mod:`desktop.core.posting_verdicts`, Civil Code
Arts. 147–148: the posting day is not counted, so a notice up from 05/11 to 05/12
stood 30 days); this module only prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.posting_verdicts import PostingResult, judge_stretch
from desktop.documents.disclosure_docs import (
    Body,
    Commune,
    DisclosedContent,
    PostingPlace,
    content_values,
    decision_section,
    fmt_date,
    join_words,
    place_label,
)
from desktop.documents.model import RecordQr
from desktop.documents.page import (
    BodyTable,
    OfficialDocument,
    SignatureBlock,
    date_fields,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template

TEMPLATE = "disclosure_end_vi.txt"
_NO_VALUE = "—"


# How the posting at one place went (the template section ``result_<value>``): core's verdict.
PlaceResult = PostingResult


@dataclass(frozen=True)
class FeedbackEntry:
    """One resident's feedback and its answer (blank answer: not answered yet)."""

    received_on: dt.date | None
    sender: str
    content: str
    answered_on: dt.date | None = None
    answer: str = ""

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


@dataclass(frozen=True)
class EndOfPostingData(RecordQr):
    """Everything the minutes closing a posting print.

    Attributes:
        commune: the issuing commune UBND.
        content: what was disclosed.
        places: each place of posting (a place never posted has no dates);
            a notice replaced at the same place counts as one span.
        issued_on: the date of the minutes (normally the last removal day);
            a notice still up is counted up to this day.
        starts_on: the first day of posting, if any.
        until: the last day of the required period, if the Law sets one.
        feedback: the residents' feedback on the disclosure.
        front_signs: the representative of the Front work committee signs
            (postings at villages); otherwise the person drawing up the minutes.
        recorder: the name of the person drawing up the minutes, if known.
        venue: where the minutes are drawn up; the commune office when empty.
        number: the BB number within the year; ``None`` prints a blank.
        record_uuid, version_hash: identify the record version (QR code).
    """

    qr_kind: ClassVar[str] = "disclosure"

    commune: Commune
    content: DisclosedContent
    places: tuple[PostingPlace, ...]
    issued_on: dt.date
    starts_on: dt.date | None = None
    until: dt.date | None = None
    feedback: tuple[FeedbackEntry, ...] = ()
    front_signs: bool = True
    recorder: str = ""
    venue: str = ""
    number: int | None = None
    record_uuid: str = ""
    version_hash: str = ""

    def days(self, place: PostingPlace) -> int | None:
        """Days of the required period the notice stood at ``place`` (up to ``issued_on``
        if still up): core's count (:func:`desktop.core.posting_verdicts.judge_stretch`)."""
        return self._judged(place)[0]

    def result(self, place: PostingPlace) -> PlaceResult:
        """Whether the posting at ``place`` met the required days (Art. 13(2)): core's
        verdict on the stretch the place shows (the service passes each place's decisive
        stretch, :func:`desktop.core.posting_verdicts.place_verdicts`)."""
        return self._judged(place)[1]

    def _judged(self, place: PostingPlace) -> tuple[int | None, PlaceResult]:
        c = self.content
        return judge_stretch(
            place.posted_on, place.removed_on, self.issued_on, c.min_days, c.permanent
        )


def build_end_of_posting(
    data: EndOfPostingData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The minutes closing a posting as an :class:`OfficialDocument`."""
    tpl = template or load_template(TEMPLATE)
    content = data.content
    values = content_values(content, data.commune) | date_fields(data.issued_on)
    values |= {
        "starts_on": fmt_date(data.starts_on),
        "until": fmt_date(data.until),
        "recorder": data.recorder or tpl.text("name_blank", {}),
    }
    values["venue"] = data.venue or tpl.text("venue_default", values)
    body = Body(tpl, values)
    body.add("opening")
    body.add("participants_front" if data.front_signs else "participants")
    body.part("content")
    section = decision_section(content)
    if section:
        body.add(section)
    if content.permanent:
        body.add("period_permanent")
    elif content.min_days is not None and data.until is not None:
        body.add("period_fixed")
    elif data.starts_on is not None:
        body.add("period_open")
    _results(body, data)
    _feedback(body, data)
    _conclusion(body, data)
    body.add("closing")
    witness = "sign_front" if data.front_signs else "sign_recorder"
    note = tpl.text("sign_note", values)
    signatures = (
        SignatureBlock(tpl.lines(witness, values), "" if data.front_signs else data.recorder, note),
        SignatureBlock(tpl.lines("sign_commune_rep", values), data.commune.signer, note),
    )
    return body.commune_document(
        data.commune,
        type_code="BB",
        issued_on=data.issued_on,
        number=data.number,
        signatures=signatures,
        recipients=False,
        qr_payload=data.qr_payload,
    )


render_end_of_posting = renderer(build_end_of_posting)


def _header(
    tpl: DocumentTemplate, section: str, n: int, values: dict[str, object]
) -> tuple[str, ...]:
    header = tpl.lines(section, values)
    if len(header) != n:
        raise ValueError(f"{TEMPLATE} [{section}] needs {n} lines, has {len(header)}")
    return header


def _results(body: Body, data: EndOfPostingData) -> None:
    tpl = body.tpl
    body.part("results")
    if not data.places:
        body.add("results_none")
        return
    rows: list[tuple[str, ...]] = []
    counts = dict.fromkeys(PlaceResult, 0)
    for no, place in enumerate(data.places, start=1):
        result = data.result(place)
        counts[result] += 1
        days = data.days(place)
        removed = fmt_date(place.removed_on)
        if place.posted_on is not None and place.removed_on is None:
            removed = tpl.text("still_up", {})
        rows.append(
            (
                str(no),
                place_label(place, tpl, body.values),
                fmt_date(place.posted_on, _NO_VALUE),
                removed or _NO_VALUE,
                _NO_VALUE if days is None else str(days),
                tpl.text(f"result_{result.value}", body.values),
            )
        )
    body.append(
        BodyTable(
            header=_header(tpl, "results_header", 6, body.values),
            rows=tuple(rows),
            widths=(1.1, 4.6, 2.3, 2.3, 1.3, 2.6),
            align=("center", "left", "center", "center", "center", "center"),
        )
    )
    summary = "results_summary" if data.content.min_days and not data.content.permanent else ""
    body.add(
        summary or "results_summary_open",
        place_count=f"{len(data.places):02d}",
        posted_count=f"{len(data.places) - counts[PlaceResult.MISSING]:02d}",
        **{f"{r.value}_count": f"{n:02d}" for r, n in counts.items()},
    )


def _feedback(body: Body, data: EndOfPostingData) -> None:
    tpl = body.tpl
    body.part("feedback")
    if not data.feedback:
        body.add("feedback_none")
        return
    answered = sum(1 for f in data.feedback if f.answered)
    open_count = len(data.feedback) - answered
    body.add(
        "feedback_counts" if open_count == 0 else "feedback_counts_open",
        feedback_count=f"{len(data.feedback):02d}",
        answered_count=f"{answered:02d}",
        open_count=f"{open_count:02d}",
    )
    rows = []
    for no, f in enumerate(data.feedback, start=1):
        if f.answered:
            answer = tpl.text(
                "answer_cell", {"answered_on": fmt_date(f.answered_on), "answer": f.answer}
            )
        else:
            answer = tpl.text("answer_none", {})
        sender = f.sender.strip() or tpl.text("sender_none", {})
        rows.append((str(no), fmt_date(f.received_on, _NO_VALUE), sender, f.content, answer))
    body.append(
        BodyTable(
            header=_header(tpl, "feedback_header", 5, body.values),
            rows=tuple(rows),
            widths=(1.1, 2.3, 2.8, 4.4, 4.4),
            align=("center", "center", "left", "left", "left"),
        )
    )


def _conclusion(body: Body, data: EndOfPostingData) -> None:
    body.part("conclusion")
    by_result: dict[PlaceResult, list[str]] = {r: [] for r in PlaceResult}
    for place in data.places:
        by_result[data.result(place)].append(place_label(place, body.tpl, body.values))
    problems = False
    for result in (PlaceResult.SHORT, PlaceResult.RUNNING, PlaceResult.MISSING):
        if by_result[result]:
            problems = True
            body.add(f"conclusion_{result.value}", places=join_words(by_result[result]))
    if not problems and data.places:
        if data.content.permanent or data.content.min_days is None:
            body.add("conclusion_open")
        else:
            body.add("conclusion_met")
