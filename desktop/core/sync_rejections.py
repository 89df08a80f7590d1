"""A record the receiving level rejects, as a code with params, worded at the edge.

The receiver's import and its receipt carry each rejection as ``{"uuid", "version",
"reason", ...params}`` (BUNDLE.md "Import rules" 7–8): ``owned_by_receiver`` /
``owned_by_other`` (with ``owner``), ``tampered``, ``older``, or ``record_invalid`` — a
received snapshot its kind's codec or rules refuse (``kind``, ``field``, ``rule`` and the
rule's ``rule_params``). The origin stores a rejection among a record's remarks as the
same code and params (:func:`rejection_remark`), and every edge words it in its own
language (:func:`rejection_reason`, :func:`remark_text`). A receipt of an older version
carried a worded ``reason``: it is shown as it is. Stdlib only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.sync_messages import SYNC_MESSAGES, format_sync_problem

Lang = str

RECORD_INVALID = "record_invalid"
# A remark that is a rejection: its JSON carries this key (an officer's typed remark
# never is a JSON object with it).
REMARK_KEY = "rejected"
_META = ("uuid", "version", "reason")


def invalid_record(uuid: str, version: object, kind: str, err: FieldError) -> dict[str, Any]:
    """The rejection of a received snapshot its kind refuses: the first field and rule."""
    return {
        "uuid": uuid,
        "version": version,
        "reason": RECORD_INVALID,
        "kind": kind,
        "field": err.field,
        "rule": err.code,
        "rule_params": {k: _plain(v) for k, v in err.params.items()},
    }


def _plain(value: object) -> object:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def rejection_reason(detail: Mapping[str, Any], lang: Lang = "vi") -> str:
    """Why one record was rejected, in words."""
    reason = str(detail.get("reason", ""))
    params = {k: v for k, v in detail.items() if k not in _META}
    if reason == RECORD_INVALID:
        rule_params = params.get("rule_params")
        err = FieldError(
            str(params.get("field", "")),
            str(params.get("rule", "")),
            rule_params if isinstance(rule_params, Mapping) else {},
        )
        error = format_field_error(err, lang, str(params.get("kind", "")))
        return format_sync_problem(RECORD_INVALID, {"error": error}, lang)
    if reason in SYNC_MESSAGES:
        return format_sync_problem(reason, params, lang)
    return reason  # a receipt of an older version: already worded


def rejection_remark(detail: Mapping[str, Any]) -> str:
    """The remark an origin keeps for a rejection: its code and params, not words."""
    body = {k: v for k, v in detail.items() if k != "uuid"}
    return json.dumps({REMARK_KEY: body}, ensure_ascii=False, sort_keys=True)


def remark_text(text: str, lang: Lang = "vi") -> str:
    """A stored remark in words: a rejection worded in ``lang``, a typed remark as is."""
    if not text.startswith("{"):
        return text
    try:
        obj = json.loads(text)
    except ValueError:
        return text
    body = obj.get(REMARK_KEY) if isinstance(obj, dict) else None
    if not isinstance(body, dict):
        return text
    reason = rejection_reason(body, lang)
    return format_sync_problem(
        "rejected_version", {"version": body.get("version"), "reason": reason}, lang
    )
