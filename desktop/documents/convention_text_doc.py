"""The text of a hương ước / quy ước itself, as printed for signing and recognition.

D61 Art. 6: title ("Hương ước" or "Quy ước"), preamble, chapters, articles,
clauses and points; signed by the village head, the head of the Front work
committee (BCTMT) and two household representatives; once recognised, the
commune UBND confirms it (decision number and date, signature, seal). The
wording lives in ``resources/templates/convention_text_vi.txt``; the text
comes parsed (:func:`desktop.core.convention_text.parse_text`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, ClassVar

from desktop.core.convention_text import Article, ConventionText, Point
from desktop.core.conventions import ConventionEvent, PartMark
from desktop.documents.convention_print import (
    ConventionInfo,
    DocumentRef,
    base_values,
    make_document,
    ref_values,
    render_convention_document,
    text_lines,
)
from desktop.documents.labels import filled
from desktop.documents.layout import nfc
from desktop.documents.model import RecordQr
from desktop.documents.page import (
    MOTTO,
    BodyItem,
    OfficialDocument,
    Para,
    SignatureBlock,
)
from desktop.documents.templates import DocumentTemplate, load_template, when_text

TEMPLATE = "convention_text_vi.txt"


@dataclass(frozen=True)
class ConventionTextData(RecordQr):
    """Everything the printed text shows.

    Attributes:
        info: the convention and its village.
        text: the parsed text (preamble, chapters, articles ...).
        adopted_on: the day the community adopted it (the document's date;
            printed under the title while it is not recognised).
        village_head, bctmt_head: the signers' names (blank: written by hand).
        household_representatives: the two signing households' names.
        recognition: the recognition decision; ``None`` leaves its number
            and date blank in the confirmation box.
        in_force_on: prints "as in force on <date>" under the title (a
            superseded or amended text shown as it stood on that day).
        marks: the parts suspended or abolished as the text stood (D61 Arts. 12, 14):
            each is noted under the title and at the articles it touches; an article
            abolished whole prints its heading and the note only. The rest is in force.
        suspended: the suspension of the WHOLE text in effect then, if any (Art. 12).
        subject: a line under the title, e.g. ``"Về bảo vệ và phát triển rừng"``.
        record_uuid, version_hash: identify the record version (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    qr_kind: ClassVar[str] = "convention"

    info: ConventionInfo
    text: ConventionText
    adopted_on: dt.date
    village_head: str = ""
    bctmt_head: str = ""
    household_representatives: tuple[str, str] = ("", "")
    recognition: DocumentRef | None = None
    in_force_on: dt.date | None = None
    marks: tuple[PartMark, ...] = ()
    suspended: ConventionEvent | None = None
    subject: str = ""
    record_uuid: str = ""
    version_hash: str = ""


def build_convention_text(
    data: ConventionTextData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The text as an :class:`OfficialDocument`: chapter headings are centred
    paragraphs, article headings ``heading`` paragraphs, clauses and points
    body paragraphs; the last signature row is the UBND's confirmation."""
    tpl = template or load_template(TEMPLATE)
    info = data.info
    values = base_values(info) | {"adopted_date": when_text(data.adopted_on, tpl)}
    if data.recognition is not None:
        values |= ref_values("decision", data.recognition, info, tpl)
    body: list[BodyItem] = []
    if data.recognition is not None:
        body += tpl.paragraphs("recognized_note", values)
    else:
        body += tpl.paragraphs("adopted_note", values)
    if data.in_force_on is not None:
        body += tpl.paragraphs(
            "in_force_note", values | {"in_force_date": when_text(data.in_force_on, tpl)}
        )
    if data.suspended is not None:
        body += tpl.paragraphs("suspended_note", _mark_values(data.suspended, "", tpl, values))
    for mark in data.marks:
        body += tpl.paragraphs(
            f"part_{mark.kind}_note", _mark_values(mark.event, mark.part, tpl, values)
        )
    body += [Para(line) for line in _preamble(data.text.preamble)]
    body += _chapters(data.text, tpl, values, data.marks)
    return make_document(
        issuer_lines=(f"UBND {info.commune_name}", info.village_name),
        type_code="BB",  # not printed: the text carries no number (see render)
        issuer_symbol=info.village_symbol,
        place=info.place_name,
        date=data.recognition.on if data.recognition else data.adopted_on,
        title=tpl.text("title", values),
        subject=data.subject.strip(),
        body=tuple(body),
        signatures=_signatures(data, tpl, values),
        qr_payload=data.qr_payload,
        qr_caption=tpl.text("qr_caption", values),
    )


def render_convention_text(
    data: ConventionTextData,
    out: Path | BinaryIO,
    *,
    template: DocumentTemplate | None = None,
    invariant: bool | None = None,
) -> None:
    """Build the text and write it as a PDF: header without number, bold
    centred chapter headings, the confirmation framed with room for the seal."""
    doc = build_convention_text(data, template)
    render_convention_document(doc, out, invariant=invariant, numbered=False, seal_box=True)


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of a pasted text: a line that starts in lower case after a
    line ending without punctuation continues it (the word processor wrapped it)."""
    out: list[str] = []
    for line in text_lines(nfc(text)):
        if out and line[0].islower() and out[-1][-1] not in ".:;!?":
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _preamble(preamble: str) -> list[str]:
    """The preamble's paragraphs without a title block pasted with it: leading lines
    in capitals ("HƯƠNG ƯỚC", "CỘNG HÒA ...") or the motto; the page prints its own."""
    lines = _paragraphs(preamble)
    while lines and _is_title_line(lines[0]):
        lines.pop(0)
    return lines


def _is_title_line(line: str) -> bool:
    capitals = line == line.upper() and any(c.isalpha() for c in line)
    motto = line.casefold().replace("–", "-") == MOTTO.casefold()
    return capitals or motto


def _lead(head: str, text: str) -> list[Para]:
    """``head`` before the first line of ``text``; further lines are paragraphs of their own."""
    lines = _paragraphs(text)
    first = f"{head} {lines[0]}" if lines else head
    return [Para(first), *(Para(line) for line in lines[1:])]


def _points(points: tuple[Point, ...]) -> list[Para]:
    return [p for point in points for p in _lead(f"{point.letter})", point.text)]


def _mark_values(
    event: ConventionEvent, part: str, tpl: DocumentTemplate, values: dict[str, object]
) -> dict[str, object]:
    return values | {
        "mark_part": part,
        "mark_date": when_text(event.on, tpl),
        "mark_decision": filled(event.decision_no, 20),
    }


def _article(
    article: Article,
    tpl: DocumentTemplate,
    values: dict[str, object],
    marks: tuple[PartMark, ...] = (),
) -> list[Para]:
    heading = tpl.text(
        "article_heading",
        values | {"article_number": article.number, "article_title": article.title},
    ).strip()
    out = [Para(heading, "heading")]
    # Parts suspended or abolished: marked at the article, never printed as in force.
    for mark in marks:
        if article.number not in mark.articles:
            continue
        whole = article.number in mark.whole_articles
        section = f"article_{mark.kind}_note" if whole else f"article_part_{mark.kind}_note"
        out += tpl.paragraphs(section, _mark_values(mark.event, mark.part, tpl, values))
        if whole and mark.kind == "abolished":
            return out  # the abolished article's text is no longer part of the convention
    out += [Para(line) for line in _paragraphs(article.intro)]
    out += _points(article.points)
    for clause in article.clauses:
        out += _lead(f"{clause.number}.", clause.text)
        out += _points(clause.points)
    return out


def _chapters(
    text: ConventionText,
    tpl: DocumentTemplate,
    values: dict[str, object],
    marks: tuple[PartMark, ...] = (),
) -> list[BodyItem]:
    out: list[BodyItem] = []
    for chapter in text.chapters:
        if chapter.number:
            label = tpl.text("chapter_label", values | {"chapter_number": chapter.number})
            title = nfc(chapter.title.strip()).upper()
            out.append(Para(f"{label}\n{title}" if title else label, "center"))
        for article in chapter.articles:
            out += _article(article, tpl, values, marks)
    return out


def _signatures(
    data: ConventionTextData, tpl: DocumentTemplate, values: dict[str, object]
) -> tuple[tuple[SignatureBlock, ...], ...]:
    note = tpl.text("sign_note", values)
    rep1, rep2 = data.household_representatives
    confirm_note = tpl.text(
        "confirm_note" if data.recognition is not None else "confirm_note_blank", values
    )
    signer = data.recognition.signer if data.recognition is not None else ""
    return (
        (
            SignatureBlock(tpl.lines("sign_bctmt", values), data.bctmt_head, note),
            SignatureBlock(tpl.lines("sign_village_head", values), data.village_head, note),
        ),
        (
            SignatureBlock(tpl.lines("sign_household", values), rep1, note),
            SignatureBlock(tpl.lines("sign_household", values), rep2, note),
        ),
        (SignatureBlock(tpl.lines("sign_confirm", values), signer, confirm_note),),
    )
