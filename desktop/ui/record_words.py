"""Words for the codes a record's JSON holds, for the generic record viewer and lists.

A code of a CHOICE field (``meeting_type``, ``outcome``, ``status`` ...) is worded by the
catalog in core (:mod:`desktop.core.value_labels`), a kind's name by its ``kind_words``;
a warning carries a code (and the message its rule wrote) and is worded here, at the edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import FieldSpec, KindSpec
from desktop.core.value_labels import kind_words, value_label


def value_text(f: FieldSpec, code: object, lang: str) -> str:
    """The words of ``code`` in the CHOICE field ``f`` (an unknown code as it is)."""
    return value_label(f.vocabulary_code, code, lang)


def kind_text(spec: KindSpec, lang: str, *, plural: bool = False) -> str:
    """The kind's name ("Hội nghị thôn"), or its list's name."""
    return kind_words(spec.plural if plural else spec.label, lang)


def warning_text(warning: Mapping[str, Any], lang: str) -> str:
    """One warning of the record JSON in words, as :func:`record_html` worded it with the
    (kind, code) catalog (``core/warning_words.worded_record``); else its code."""
    del lang
    return str(warning.get("message") or warning.get("code") or "")
