"""Documents of public disclosures (công khai, Law 10/2022/QH15 Arts. 11–14).

Three documents, issued by the commune People's Committee on the Decree 30
page and numbered in the commune's register:

* the notice of posting (thông báo niêm yết, type TB):
  :mod:`desktop.documents.disclosure_notice`;
* the minutes closing a posting (biên bản kết thúc niêm yết, type BB):
  :mod:`desktop.documents.disclosure_end`;
* the quarterly list of disclosures Art. 13 asks the commune to post
  (danh mục, issued as a notice, type TB): :mod:`desktop.documents.disclosure_quarter`.

This module holds what the three share: the issuing commune, the disclosed
content, the places of posting, and small text helpers. Like the other
document modules it takes plain values (names, dates, labels) and knows
nothing of records or storage; the wording lives in
``resources/templates/disclosure_*_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.disclosure_catalog import POSTING_DAYS
from desktop.core.text import day_text
from desktop.documents.labels import bare_name
from desktop.documents.page import BodyItem, OfficialDocument, SignatureBlock
from desktop.documents.templates import DocumentTemplate

LAW_DATE = dt.date(2022, 11, 10)  # Law 10/2022/QH15 was passed on this day
ISSUER_SYMBOL = "UBND"  # "Số: 05/TB-UBND"


@dataclass(frozen=True)
class Commune:
    """The issuing commune People's Committee.

    Attributes:
        name: the commune with its kind as used mid-sentence (``"xã Tân Phú"``).
        place: the place of the date line (``"Tân Phú"``).
        signer: the chair's (or deputy's) name; blank leaves the line to
            write by hand.
        issuer_symbol: the abbreviation after the type code (``"UBND"``).
    """

    name: str
    place: str
    signer: str = ""
    issuer_symbol: str = ISSUER_SYMBOL

    @property
    def issuer_lines(self) -> tuple[str, ...]:
        """The header's issuing body: ``ỦY BAN NHÂN DÂN`` over ``XÃ TÂN PHÚ``.

        Decree 30 prints the whole name of the issuing body in bold; the
        page prints only the last of several lines bold (the others being a
        parent body), so the two lines of the one name are one entry.
        """
        return (f"Ủy ban nhân dân\n{self.name}",)

    @property
    def kind(self) -> str:
        """The kind of unit: ``xã``, ``phường``, ``đặc khu`` ..."""
        bare = bare_name(self.name)
        return self.name[: len(self.name) - len(bare)].strip() if bare != self.name else "xã"


@dataclass(frozen=True)
class DisclosedContent:
    """What is disclosed: one record's content as the documents print it.

    Attributes:
        category_no: the clause of Art. 11 (1–14).
        category_name: the clause's full Vietnamese name.
        category_short: its short name (for tables).
        title: the title of the disclosed content, as written.
        summary: a short summary; may be empty.
        decision_no: the number of the document disclosed (``"15/QĐ-UBND"``).
        decided_on: the date of that document.
        min_days: the least number of consecutive days on the notice board
            (Art. 13(2)); ``None`` when the Law sets none.
        permanent: posted permanently and updated when it changes (items 4, 13).
        responsible: the officer in charge of the disclosure, if recorded.
    """

    category_no: int
    category_name: str
    category_short: str
    title: str
    summary: str = ""
    decision_no: str | None = None
    decided_on: dt.date | None = None
    min_days: int | None = POSTING_DAYS  # the catalogue's default (Law Art. 13(2))
    permanent: bool = False
    responsible: str | None = None


@dataclass(frozen=True)
class PostingPlace:
    """One place of posting and, when known, when the notice went up and came down.

    Attributes:
        place: where the notice is posted (``"Nhà văn hóa thôn Đông"``);
            empty for the default place (the template's ``[office_place]`` or
            ``[village_place]``).
        village: the village with its kind mid-sentence (``"thôn Đông"``);
            empty for the commune office.
        posted_on: the first day up; ``None`` when not (yet) posted.
        removed_on: the last day up; ``None`` while still up.
    """

    place: str
    village: str = ""
    posted_on: dt.date | None = None
    removed_on: dt.date | None = None


def place_label(place: PostingPlace, tpl: DocumentTemplate, values: dict[str, object]) -> str:
    """The place as printed: as recorded, with its village when the place does not
    name it; the template's default place when none is recorded."""
    text = place.place.strip()
    if not text:
        section = "village_place" if place.village else "office_place"
        return tpl.text(section, values | {"village_name": place.village})
    if place.village and place.village.casefold() not in text.casefold():
        return f"{text}, {place.village}"
    return text


def fmt_date(value: dt.date | None, blank: str = "") -> str:
    """``05/11/2026`` (dd/MM/yyyy), or ``blank`` for ``None``."""
    return blank if value is None else day_text(value)


def mid_title(title: str) -> str:
    """A title used mid-sentence: ``Danh sách hộ nghèo`` → ``danh sách hộ nghèo``.

    Only a first word written with a single capital is lowered; an
    abbreviation (``UBND``, ``HĐND``) keeps its capitals.
    """
    text = title.strip().rstrip(".")
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return first[0].lower() + text[1:]
    return text


def roman(number: int) -> str:
    """The quarter in Roman numerals (``2`` → ``II``)."""
    return ("I", "II", "III", "IV")[number - 1]


def content_values(content: DisclosedContent, commune: Commune) -> dict[str, object]:
    """Template values shared by the documents of one disclosure."""
    return {
        "commune_name": commune.name,
        "commune_kind": commune.kind,
        "title": content.title.strip().rstrip("."),
        "title_mid": mid_title(content.title),
        "summary": content.summary.strip().rstrip("."),
        "category_no": content.category_no,
        "category_name": content.category_name,
        "category_short": content.category_short,
        "decision_no": content.decision_no or "",
        "decided_on": fmt_date(content.decided_on),
        "min_days": content.min_days or "",
        "responsible": content.responsible or "",
    }


def decision_section(content: DisclosedContent) -> str | None:
    """The template section naming the disclosed document, or None without one."""
    if content.decision_no and content.decided_on:
        return "decision_no_date"
    if content.decision_no:
        return "decision_no"
    if content.decided_on:
        return "decision_date"
    return None


def chair_signature(commune: Commune, tpl: DocumentTemplate) -> SignatureBlock:
    """The commune UBND's signature: ``TM. ỦY BAN NHÂN DÂN`` / ``CHỦ TỊCH``."""
    return SignatureBlock(tpl.lines("sign_commune", {}), commune.signer)


@dataclass
class Body:
    """The body of a document built section by section from its template.

    Sections started with :meth:`part` get the running number ``$no``
    (``== $no. Thời gian niêm yết``), so an optional part does not leave a gap
    in the numbering.
    """

    tpl: DocumentTemplate
    values: dict[str, object]
    items: list[BodyItem] = field(default_factory=list)
    parts: int = 0

    def add(self, section: str, **extra: object) -> None:
        """Append a section's paragraphs, filled with the values and ``extra``."""
        self.items += self.tpl.paragraphs(section, self.values | extra)

    def part(self, section: str, **extra: object) -> None:
        """Append a numbered part (its heading uses ``$no``)."""
        self.parts += 1
        self.add(section, no=self.parts, **extra)

    def append(self, item: BodyItem) -> None:
        self.items.append(item)

    def commune_document(
        self,
        commune: Commune,
        *,
        type_code: str,
        issued_on: dt.date,
        number: int | None,
        signatures: tuple[SignatureBlock, ...] | None = None,
        recipients: bool = True,
        qr_payload: str | None = None,
    ) -> OfficialDocument:
        """The UBND's document on the Decree 30 page: header, the template's title and
        subject, this body, the chair's signature unless others are given."""
        return OfficialDocument(
            issuer_lines=commune.issuer_lines,
            type_code=type_code,
            issuer_symbol=commune.issuer_symbol,
            place=commune.place,
            date=issued_on,
            title=self.tpl.text("title", self.values),
            subject=self.tpl.text("subject", self.values),
            body=tuple(self.items),
            signatures=(signatures or (chair_signature(commune, self.tpl),),),
            recipients=self.tpl.lines("recipients", self.values) if recipients else (),
            number=number,
            qr_payload=qr_payload,
            qr_caption=self.tpl.text("qr_caption", self.values) if qr_payload else "",
        )


def join_words(items: list[str]) -> str:
    """``a, b và c`` (Vietnamese list of words)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"
