"""Words for public disclosures in the window: statuses, items, rule hints, typed dates.

The item names and the forms are data of :mod:`desktop.core.disclosure_catalog`
(Vietnamese and English there); what the window itself says goes through
``translate("DisclosureLabels", ...)``.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.core.disclosure_catalog import CATEGORIES, DisclosureCategory, get_category
from desktop.core.disclosures import DisclosureStatus
from desktop.core.errors import FieldError
from desktop.core.messages import field_label, format_field_error
from desktop.core.periods import period_end
from desktop.core.posting_verdicts import PostingResult, judge_stretch
from desktop.core.warnings import RecordWarning
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, warning_lines
from desktop.ui.labels import format_day

CTX = "DisclosureLabels"

_STATUSES = {
    DisclosureStatus.PLANNED: QT_TRANSLATE_NOOP("DisclosureLabels", "Planned"),
    DisclosureStatus.POSTED: QT_TRANSLATE_NOOP("DisclosureLabels", "On the boards"),
    DisclosureStatus.COMPLETED: QT_TRANSLATE_NOOP("DisclosureLabels", "Completed"),
    DisclosureStatus.OVERDUE: QT_TRANSLATE_NOOP("DisclosureLabels", "Overdue"),
}

# Subtle colours: (on a light background, on a dark one); None keeps the text colour.
_STATUS_COLOURS: dict[DisclosureStatus, tuple[str, str]] = {
    DisclosureStatus.OVERDUE: ("#b3261e", "#f2a19b"),
    DisclosureStatus.POSTED: ("#1b6e20", "#8fd694"),
    DisclosureStatus.PLANNED: ("#8a5300", "#f0c27a"),
}
RED = ("#b3261e", "#f2a19b")
AMBER = ("#8a5300", "#f0c27a")
GREEN = ("#1b6e20", "#8fd694")
# The background of a cell or field in error (light, dark).
ERROR_BACKGROUND = ("#f9dedc", "#5c1d18")


def status_label(value: DisclosureStatus) -> str:
    return translate("DisclosureLabels", _STATUSES[value])


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def colour(pair: tuple[str, str]) -> QColor:
    """The first colour on a light background, the second on a dark one."""
    return QColor(pair[1] if is_dark() else pair[0])


def status_colour(value: DisclosureStatus) -> QColor | None:
    pair = _STATUS_COLOURS.get(value)
    return colour(pair) if pair is not None else None


def category_name(cat: DisclosureCategory, lang: str) -> str:
    """The item's short name in the interface language (the catalogue holds both)."""
    return cat.name_en if lang == "en" else cat.short_vi


def category_label(number: int, lang: str) -> str:
    """``7. Chính sách hỗ trợ, tín dụng, an sinh xã hội`` (the clause of Law Art. 11)."""
    cat = get_category(number)
    return f"{number}. {category_name(cat, lang)}" if cat is not None else str(number)


def category_choices(lang: str) -> list[tuple[str, int]]:
    """The 14 items as (text, number), in the order of Art. 11."""
    return [(category_label(c.number, lang), c.number) for c in CATEGORIES]


def rule_hints(cat: DisclosureCategory) -> list[str]:
    """How the Law wants this item posted and broadcast, one short phrase per rule
    (Art. 13; the deadline of Art. 12(3) is shown with the dates)."""
    hints: list[str] = []
    if cat.permanent:
        hints.append(
            translate(
                "DisclosureLabels",
                "posted permanently at the commune office and posted again when it changes",
            )
        )
    elif cat.every_village and cat.min_posting_days:
        hints.append(
            translate(
                "DisclosureLabels",
                "posted at the commune office and in every village for at least %1 "
                "consecutive days",
            ).replace("%1", str(cat.min_posting_days))
        )
    else:
        hints.append(
            translate("DisclosureLabels", "posted as its own law or the commune regulation says")
        )
    if cat.loudspeaker_days:
        hints.append(
            translate(
                "DisclosureLabels", "broadcast on the loudspeaker on at least %1 consecutive days"
            ).replace("%1", str(cat.loudspeaker_days))
        )
    return hints


def posting_note(
    cat: DisclosureCategory | None,
    office: bool,
    posted: date | None,
    removed: date | None,
    today: date,
    place_met: bool = False,
) -> tuple[str, tuple[str, str] | None]:
    """How long one notice was (or has been) up against the item's rule, and its tone:
    core's count and verdict (:func:`desktop.core.posting_verdicts.judge_stretch`), only
    worded here.

    Args:
        office: the notice is at the commune office (permanent items go there).
        place_met: core judged the whole place met (Law Art. 13(2)), e.g. this notice
            and the next one back to back: a short notice there is not shown as short.
    """
    need = cat.min_posting_days if cat is not None else None
    if posted is None or (removed is not None and removed < posted):
        if posted is not None:
            return "", None  # a typo the form points at; no period to speak of
        required = cat is not None and (cat.every_village or (cat.permanent and office))
        return (translate("PostingsGrid", "Not posted yet"), AMBER) if required else ("", None)
    if cat is not None and cat.permanent and removed is None:
        return translate("PostingsGrid", "Up permanently"), GREEN
    days, result = judge_stretch(posted, removed, today, need)
    shown = max(days or 0, 0)
    if removed is not None:
        short = result is PostingResult.SHORT and not place_met
        text = translate("PostingsGrid", "%1 days").replace("%1", str(shown))
        return text, (RED if short else None)
    if result is PostingResult.NO_MINIMUM:
        return translate("PostingsGrid", "Up for %1 days").replace("%1", str(shown)), None
    if result is PostingResult.RUNNING and need is not None:
        until = period_end(posted, need)
        text = translate("PostingsGrid", "Day %1 of %2, until %3")
        text = text.replace("%1", str(max(shown, 1))).replace("%2", str(need))
        return text.replace("%3", format_day(until)), None
    text = translate("PostingsGrid", "%1 days done, may come down").replace("%1", str(need))
    return text, GREEN


def word_error(err: FieldError, lang: str) -> str:
    """:func:`format_field_error`, naming the other field of a comparison as the officer
    sees it ("not before Posted on (postings[1].posted_on)", not a bare path)."""
    other = err.params.get("other")
    if isinstance(other, str):
        err = FieldError(err.field, err.code, {**err.params, "other": field_label(other, lang)})
    return format_field_error(err, lang, "disclosure")


def warnings_tooltip(warnings: list[RecordWarning] | tuple[RecordWarning, ...]) -> str:
    return warning_lines("disclosure", warnings)


# --- dates typed in a cell ---------------------------------------------------------------
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*(?:[/.\-]\s*(\d{2}|\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_day(text: str, today: date) -> date | None:
    """A day typed the Vietnamese way: ``05/11/2026``, ``5/11/26``, ``5.11`` (this year).

    ISO ``2026-11-05`` is read too. Blank gives None.

    Raises:
        ValueError: the text is not a day.
    """
    if not text.strip():
        return None
    iso = _ISO.match(text)
    if iso is not None:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    match = _DMY.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year_text = int(match.group(1)), int(match.group(2)), match.group(3)
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = 2000 + int(year_text)
    else:
        year = int(year_text)
    return date(year, month, day)  # ValueError on 31/02 and the like
