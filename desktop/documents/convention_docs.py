"""The documents of a hương ước / quy ước (Decree 61/2023/NĐ-CP) — the public face.

Each document follows the pattern of the other documents: a frozen input
dataclass, ``build_x(data, template=None) -> OfficialDocument`` and
``render_x(data, out, *, template=None, invariant=None)``:

========================  ==========================  =================================
document                  input                       module
========================  ==========================  =================================
the text itself           :class:`ConventionTextData`  :mod:`.convention_text_doc`
request (Mẫu 01, TTr)     :class:`RecognitionRequestData`  :mod:`.convention_dossier`
adoption minutes (Mẫu 02) :class:`AdoptionMinutesData`  :mod:`.convention_dossier`
recognition (Mẫu 03, QĐ)  :class:`RecognitionDecisionData`  :mod:`.convention_decisions`
suspension (Mẫu 04, QĐ)   :class:`SuspensionDecisionData`  :mod:`.convention_decisions`
abolition (Mẫu 05, QĐ)    :class:`AbolitionDecisionData`  :mod:`.convention_decisions`
yearly statistics (BC)    :class:`ConventionStatisticsData`  :mod:`.convention_stats_doc`
========================  ==========================  =================================

Shared inputs: :class:`ConventionInfo` (the convention and its village) and
:class:`DocumentRef` (a cited decision, request or minutes). The wording is
in ``resources/templates/convention_*_vi.txt``. :func:`comparison_table`
sets two versions side by side, article by article, for any document that
needs it.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.convention_text import ArticleChange, ChangeStatus
from desktop.documents.convention_decisions import (
    AbolitionDecisionData,
    RecognitionDecisionData,
    SuspensionDecisionData,
    build_abolition_decision,
    build_recognition_decision,
    build_suspension_decision,
    render_abolition_decision,
    render_recognition_decision,
    render_suspension_decision,
)
from desktop.documents.convention_dossier import (
    AdoptionMinutesData,
    RecognitionRequestData,
    build_adoption_minutes,
    build_recognition_request,
    render_adoption_minutes,
    render_recognition_request,
)
from desktop.documents.convention_print import (
    CONVENTION_TYPE_WORD,
    ConventionInfo,
    DocumentRef,
    render_convention_document,
)
from desktop.documents.convention_stats_doc import (
    ConventionStatisticsData,
    StatisticsRow,
    build_convention_statistics,
    render_convention_statistics,
    statistics_table,
)
from desktop.documents.convention_text_doc import (
    ConventionTextData,
    build_convention_text,
    render_convention_text,
)
from desktop.documents.page import BodyTable
from desktop.documents.templates import DocumentTemplate, load_template

__all__ = [
    "CONVENTION_TYPE_WORD",
    "AbolitionDecisionData",
    "AdoptionMinutesData",
    "ConventionInfo",
    "ConventionStatisticsData",
    "ConventionTextData",
    "DocumentRef",
    "RecognitionDecisionData",
    "RecognitionRequestData",
    "StatisticsRow",
    "SuspensionDecisionData",
    "build_abolition_decision",
    "build_adoption_minutes",
    "build_convention_statistics",
    "build_convention_text",
    "build_recognition_decision",
    "build_recognition_request",
    "build_suspension_decision",
    "comparison_table",
    "render_abolition_decision",
    "render_adoption_minutes",
    "render_convention_document",
    "render_convention_statistics",
    "render_convention_text",
    "render_recognition_decision",
    "render_recognition_request",
    "render_suspension_decision",
    "statistics_table",
]

COMPARISON_TEMPLATE = "convention_text_vi.txt"


def comparison_table(
    changes: Iterable[ArticleChange],
    template: DocumentTemplate | None = None,
    *,
    include_unchanged: bool = False,
) -> BodyTable:
    """Two versions side by side (from :func:`desktop.core.convention_text.compare`):
    article number, old text, new text, what changed. Unchanged articles are
    left out unless ``include_unchanged``; headings and labels come from the
    ``[compare_*]`` sections of ``convention_text_vi.txt``."""
    tpl = template or load_template(COMPARISON_TEMPLATE)
    header = tpl.lines("compare_header", {})
    if len(header) != 4:
        raise ValueError(f"{tpl.name} [compare_header] needs 4 lines, has {len(header)}")
    missing = tpl.text("compare_missing", {})
    rows = tuple(
        (
            str(change.number),
            change.old_text if change.old_text is not None else missing,
            change.new_text if change.new_text is not None else missing,
            tpl.text(f"compare_{ChangeStatus(change.status).value}", {}),
        )
        for change in changes
        if include_unchanged or change.status is not ChangeStatus.UNCHANGED
    )
    return BodyTable(
        header=header,
        rows=rows,
        widths=(0.9, 4.2, 4.2, 1.5),
        align=("center", "left", "left", "center"),
    )
