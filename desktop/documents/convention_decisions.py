"""The commune UBND chair's decisions on a hương ước / quy ước (D61 Arts. 11, 12, 14).

* recognition (Mẫu 03): the text is in force from the decision's date;
* suspension (Mẫu 04) of the whole text or of articles, with the reason and
  the deadline to correct it; it lasts until a new recognition;
* abolition (Mẫu 05) of the whole text or of articles, with the reason.

Each is a QUYẾT ĐỊNH of the chair: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …", the legal
bases ("Căn cứ …;", "Xét …;", the last ending with a full stop), "QUYẾT ĐỊNH:",
Điều 1–3, the chair's signature and "Nơi nhận". The wording, shared parts
first, lives in ``resources/templates/convention_decision_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.convention_print import (
    ConventionInfo,
    DocumentRef,
    base_values,
    commune_issuer,
    make_document,
    ref_values,
    render_convention_document,
)
from desktop.documents.page import (
    BodyItem,
    OfficialDocument,
    Para,
    SignatureBlock,
    record_qr_payload,
    renderer,
)
from desktop.documents.templates import DocumentTemplate, load_template, when_text

TEMPLATE = "convention_decision_vi.txt"


@dataclass(frozen=True, kw_only=True)
class Decision:
    """What every decision of the chair names: the convention, the date, who proposes and
    who signs it, its number, and the record version it prints (QR code). The fields are
    described at :class:`RecognitionDecisionData`."""

    info: ConventionInfo
    issued_on: dt.date
    proposer: str = ""
    signer: str = ""
    deputy: bool = False
    number: int | None = None
    type_code: str = "QĐ"
    record_uuid: str = ""
    version_hash: str = ""


@dataclass(frozen=True)
class RecognitionDecisionData(Decision):
    """The decision recognising a text (Mẫu 03).

    Attributes:
        info: the convention and its village.
        issued_on: the decision's date (the text is in force from it).
        adopted_on: the day the community adopted the text.
        request: the village head's request (tờ trình), when numbered.
        replaces: the decision that recognised the version this text
            amends or replaces (D61 Art. 13), if any.
        proposer: whose proposal the chair follows besides the village's,
            mid-sentence (``"công chức Tư pháp - Hộ tịch xã"``); blank: none.
        signer: the chair's (or vice chair's) name.
        deputy: signed by a vice chair for the chair (``KT. CHỦ TỊCH``).
        number, type_code: the decision's number (``None``: blank) and code;
            the symbol is the commune's.
        record_uuid, version_hash: identify the record version (QR code);
            no QR code when ``record_uuid`` is empty.
    """

    adopted_on: dt.date
    request: DocumentRef | None = None
    replaces: DocumentRef | None = None


@dataclass(frozen=True)
class SuspensionDecisionData(Decision):
    """The decision suspending the whole text or some articles (Mẫu 04).

    Attributes:
        info: the convention and its village.
        issued_on: the decision's date.
        recognition: the decision that recognised the text.
        reason: why, as a sentence without the final full stop.
        correct_by: the deadline for the village to correct the text.
        part: the articles concerned as written (``"Điều 5, Điều 7"``);
            blank means the whole text.
        grounds: what the chair considered, mid-sentence, after "Xét"
            (``"phản ánh của ông ... ngày ..."``); blank: none.
        proposer, signer, deputy, number, type_code, record_uuid,
            version_hash: as for :class:`RecognitionDecisionData`.
    """

    recognition: DocumentRef
    reason: str
    correct_by: dt.date
    part: str = ""
    grounds: str = ""


@dataclass(frozen=True)
class AbolitionDecisionData(Decision):
    """The decision abolishing the whole text or some articles (Mẫu 05).

    Attributes:
        info: the convention and its village.
        issued_on: the decision's date.
        recognition: the decision that recognised the text.
        reason: why, as a sentence without the final full stop (unlawful
            content, a missed correction deadline, an adoption below the
            threshold ...).
        part: the articles concerned as written; blank means the whole text.
        grounds, proposer, signer, deputy, number, type_code, record_uuid,
            version_hash: as for :class:`SuspensionDecisionData`.
    """

    recognition: DocumentRef
    reason: str
    part: str = ""
    grounds: str = ""


def build_recognition_decision(
    data: RecognitionDecisionData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The recognition decision (Mẫu 03) as an :class:`OfficialDocument`."""
    tpl = template or load_template(TEMPLATE)
    values = base_values(data.info) | {"adopted_date": when_text(data.adopted_on, tpl)}
    considering: list[Para] = []
    if data.request is not None:
        request = ref_values("request", data.request, data.info, tpl)
        considering += tpl.paragraphs("recognition_considering_request", values | request)
    else:
        considering += tpl.paragraphs("recognition_considering", values)
    articles = [*tpl.paragraphs("recognition_article_1", values)]
    if data.replaces is not None:
        old = ref_values("old", data.replaces, data.info, tpl)
        articles += tpl.paragraphs("recognition_replaces", values | old)
    articles += tpl.paragraphs("recognition_articles", values)
    return _decision(data, tpl, "recognition", values, considering, articles)


def build_suspension_decision(
    data: SuspensionDecisionData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The suspension decision (Mẫu 04) as an :class:`OfficialDocument`."""
    tpl = template or load_template(TEMPLATE)
    values = _scoped_values(data.info, data.recognition, data.part, data.reason, tpl)
    values["correct_by_date"] = when_text(data.correct_by, tpl)
    articles = tpl.paragraphs("suspension_articles", values)
    return _decision(
        data, tpl, "suspension", values, _grounds(data.grounds, tpl, values), list(articles)
    )


def build_abolition_decision(
    data: AbolitionDecisionData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The abolition decision (Mẫu 05) as an :class:`OfficialDocument`."""
    tpl = template or load_template(TEMPLATE)
    values = _scoped_values(data.info, data.recognition, data.part, data.reason, tpl)
    articles = [*tpl.paragraphs("abolition_article_1", values)]
    whole = not data.part.strip()
    articles += tpl.paragraphs(
        "abolition_article_2_whole" if whole else "abolition_article_2_part", values
    )
    articles += tpl.paragraphs("abolition_article_3", values)
    return _decision(data, tpl, "abolition", values, _grounds(data.grounds, tpl, values), articles)


render_recognition_decision = renderer(build_recognition_decision, render_convention_document)


render_suspension_decision = renderer(build_suspension_decision, render_convention_document)


render_abolition_decision = renderer(build_abolition_decision, render_convention_document)


def _scoped_values(
    info: ConventionInfo, recognition: DocumentRef, part: str, reason: str, tpl: DocumentTemplate
) -> dict[str, object]:
    """Values of a decision on the whole text or on some articles (``$scope``)."""
    values = base_values(info) | ref_values("recognition", recognition, info, tpl)
    values |= {"part": part.strip(), "reason": reason.strip().rstrip(".")}
    values["scope"] = tpl.text("scope_part" if part.strip() else "scope_whole", values)
    return values


def _grounds(grounds: str, tpl: DocumentTemplate, values: dict[str, object]) -> list[Para]:
    out = [*tpl.paragraphs("basis_recognition", values)]
    if grounds.strip():
        out += tpl.paragraphs("considering_grounds", values | {"grounds": grounds.strip()})
    return out


def _bases(
    data: Decision, tpl: DocumentTemplate, values: dict[str, object], considering: list[Para]
) -> list[Para]:
    """The legal bases: each ends with ";", the last with "." (Decree 30 practice)."""
    paras = [*tpl.paragraphs("bases", values), *considering]
    if data.proposer.strip():
        paras += tpl.paragraphs("proposal", values | {"proposer": data.proposer.strip()})
    out: list[Para] = []
    for i, para in enumerate(paras):
        end = "." if i == len(paras) - 1 else ";"
        out.append(Para(para.text.rstrip(" ;.") + end, para.kind))
    return out


def _decision(
    data: Decision,
    tpl: DocumentTemplate,
    kind: str,
    values: dict[str, object],
    considering: list[Para],
    articles: list[Para],
) -> OfficialDocument:
    body: list[BodyItem] = [*tpl.paragraphs("authority", values)]
    body += _bases(data, tpl, values, considering)
    body += tpl.paragraphs("decides", values)
    body += articles
    sign = tpl.lines("sign_deputy" if data.deputy else "sign", values)
    qr = record_qr_payload("convention", data.record_uuid, data.version_hash)
    return make_document(
        issuer_lines=commune_issuer(data.info.commune_name),
        type_code=data.type_code,
        issuer_symbol=data.info.commune_symbol,
        place=data.info.place_name,
        date=data.issued_on,
        title=tpl.text("title", values),
        subject=tpl.text(f"{kind}_subject", values),
        body=tuple(body),
        signatures=((SignatureBlock(sign, data.signer),),),
        recipients=tpl.lines(f"{kind}_recipients", values),
        number=data.number,
        qr_payload=qr if data.record_uuid else None,
        qr_caption=tpl.text("qr_caption", values),
    )
