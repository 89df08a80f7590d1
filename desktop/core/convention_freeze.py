"""The adopted text of a hương ước / quy ước is frozen (Decree 61/2023/NĐ-CP Art. 13).

The text may change while it is proposed, drafted, posted for opinions, or after
a meeting rejected it (Arts. 7-10). Once a meeting adopted it, the text the
households voted on is the text submitted, recognised and applied: changing it
needs an amendment or replacement, i.e. a NEW version that goes through the steps
again (Art. 13; :func:`desktop.core.convention_events.supersede`). This module is
the one place that rule lives: the write path refuses a changed text
(:func:`frozen_changes`) and the window asks :func:`text_editable`.
"""

from __future__ import annotations

from desktop.core.conventions import Convention, ConventionStatus, status
from desktop.core.errors import FieldError

S = ConventionStatus
# States whose text may still be edited: nothing adopted yet (D61 Arts. 7-10).
TEXT_EDITABLE_STATES: frozenset[ConventionStatus | None] = frozenset(
    {None, S.PROPOSED, S.DRAFTING, S.CONSULTATION, S.REJECTED}
)
# What the households adopted (D61 Art. 6: type and title, the text, its ethnic-language
# version): frozen from adoption on.
FROZEN_FIELDS = ("convention_type", "title", "text", "ethnic_text")


def text_editable(current: ConventionStatus | None) -> bool:
    """Whether the text of a convention in state ``current`` may still change (Art. 13)."""
    return current in TEXT_EDITABLE_STATES


def frozen_changes(old: Convention, new: Convention) -> list[FieldError]:
    """The adopted fields ``new`` changes although ``old`` is past adoption (Art. 13):
    one ``text_frozen`` error per field, naming the state; empty when the change is allowed.
    """
    current = status(old)
    if text_editable(current):
        return []
    state = current.value if current is not None else ""
    return [
        FieldError(name, "text_frozen", {"status": state})
        for name in FROZEN_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]
