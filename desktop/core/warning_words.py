"""Warnings and vote-rule explanations worded at the edge, in the person's language.

Rows, the journal and bundles hold a warning as ``{"code", "params"}`` and an item's
rule as ``rule_code`` + ``rule_params``; the window, the command line and the
documents call these functions with their language, and the one catalog
(:data:`desktop.core.messages.CATALOG`) gives the words for (kind, code).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.core.messages import CATALOG, kind_params
from desktop.core.warnings import RecordWarning

Lang = str  # "vi" or "en"

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Params holding a list of numbers, each worded with its unit.
_NUMBER_LISTS = {"articles": {"vi": "Điều {}", "en": "Art. {}"}}


def _value(key: str, value: object, lang: Lang) -> str:
    text = str(value)
    if key in _NUMBER_LISTS:
        unit = _NUMBER_LISTS[key].get(lang) or _NUMBER_LISTS[key]["vi"]
        return ", ".join(unit.format(n.strip()) for n in text.split(",") if n.strip())
    # Dates as the window shows them in both languages (vi_VN, en_GB): dd/mm/yyyy.
    return _ISO_DAY.sub(lambda m: f"{m[3]}/{m[2]}/{m[1]}", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def word(kind: str, code: str, params: Mapping[str, Any], lang: Lang = "vi") -> str | None:
    """The sentence for ``code`` with ``params`` in ``lang``, or None when the catalog has
    no wording that these params fill (an unknown code, or params missing)."""
    variant = params.get("variant")
    template = CATALOG.template(kind, f"{code}:{variant}", lang) if variant else None
    template = template or CATALOG.template(kind, code, lang)
    if template is None:
        return None
    params = kind_params(kind, params, lang)
    base = {k: _value(k, v, lang) for k, v in params.items()}
    values = dict(base)
    try:
        for key, raw in params.items():
            words = (
                CATALOG.template(kind, f"{key}={raw}", lang)
                if CATALOG.own(kind, f"{key}={raw}")
                else None
            )
            if words is not None:
                values[key] = words.format(**base)
        values.update({f"{k}_cap": _capital(v) for k, v in list(values.items())})
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def word_warning(kind: str, w: RecordWarning, lang: Lang = "vi") -> str:
    """A stored warning in words (its code when the catalog cannot word it)."""
    return word(kind, w.code, w.params, lang) or w.code


def word_warning_json(kind: str, obj: Mapping[str, Any], lang: Lang = "vi") -> str:
    """A warning of a record's JSON in words; a snapshot written before codes carries only
    a Vietnamese ``message``, shown when its code cannot be worded without params."""
    params = obj.get("params")
    text = word(kind, str(obj.get("code", "")), params if isinstance(params, Mapping) else {}, lang)
    return text or str(obj.get("message") or obj.get("code") or "")


def word_rule(rule_code: str, params: Mapping[str, Any], lang: Lang = "vi") -> str:
    """The vote rule applied to a meeting item, in words (Law 10/2022/QH15 Art. 21)."""
    return word("meeting", f"rule_{rule_code}", params, lang) or rule_code


def word_deadline(kind: str, obj: Mapping[str, Any], lang: Lang = "vi") -> str:
    """A computed deadline ``{"code", "due", "params"}`` in words (DOMAIN.md §4.0)."""
    params = obj.get("params")
    values = {**(params if isinstance(params, Mapping) else {}), "due": obj.get("due")}
    return word(kind, str(obj.get("code", "")), values, lang) or str(obj.get("code") or "")


def worded_record(kind: str, record: Mapping[str, Any], lang: Lang = "vi") -> dict[str, Any]:
    """A copy of a record's JSON with ``message`` on each warning and computed deadline and
    ``rule`` on each meeting item, worded in ``lang`` (CLI.md): the edge's view of stored
    codes."""
    out = dict(record)
    if isinstance(record.get("warnings"), list):
        out["warnings"] = [
            {**w, "message": word_warning_json(kind, w, lang)} if isinstance(w, Mapping) else w
            for w in record["warnings"]
        ]
    if isinstance(record.get("deadlines"), list):
        # Computed deadlines, each rule in words with its article ({"code", "due", "params"}).
        out["deadlines"] = [
            {**d, "message": word_deadline(kind, d, lang)} if isinstance(d, Mapping) else d
            for d in record["deadlines"]
        ]
    if kind == "meeting" and isinstance(record.get("items"), list):
        items = []
        for item in record["items"]:
            if isinstance(item, Mapping) and isinstance(item.get("rule_params"), Mapping):
                rule = word_rule(str(item.get("rule_code", "")), item["rule_params"], lang)
                item = {**item, "rule": rule}
            items.append(item)
        out["items"] = items
    return out
