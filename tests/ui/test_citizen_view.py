"""The read-only viewer renders a reception session, a letter and a case as the level
above receives them: labels and words, deadlines with their rule, no codes, never the
person (issue 15)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.confidential import strip_confidential
from desktop.core.installation import Installation
from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.services.registry import KINDS
from desktop.ui.i18n import I18n
from desktop.ui.record_view import record_html
from tests.ui.texts import plain_text

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
NAME = "Quách Thị Xuyến"

SAMPLES: dict[str, dict[str, Any]] = {
    "reception": {
        "session_on": "2026-03-03",
        "session_kind": "regular",
        "presided_by": "Lê Thị Hoa",
        "visits": [{"name": NAME, "address": "Xóm Vạn Lộc", "summary": "Tố cáo cán bộ"}],
    },
    "letter": {
        "received_day": "2026-03-03",
        "letter_type": "denunciation",
        "senders": [NAME],
        "summary": "Tố cáo cán bộ",
    },
    "case": {
        "case_type": "complaint",
        "case_id": "KN-01",
        "received_day": "2026-03-03",
        "subject": "Khiếu nại quyết định thu hồi đất",
        "person_name": NAME,
        "signed": True,
        "events": [{"type": "accepted", "on": "2026-03-05"}],
    },
}
DEADLINE = {
    "vi": "Hạn thụ lý: 10 ngày kể từ 03/03/2026 (Điều 27 Luật Khiếu nại)",
    "en": "Acceptance: 10 days from 03/03/2026 (Law on Complaints, Art. 27)",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", KINDS.in_section("citizen"))
def test_each_citizen_kind_is_shown_worded_without_the_person(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation, kind: str, lang: str
) -> None:
    del qtbot, commune
    spec = KINDS.get(kind)
    service = services.kinds.service(kind)
    record = strip_confidential(service.to_json(service.add_json(SAMPLES[kind])), spec)
    text = plain_text(record_html(spec, record, lang, owner="Xã Tân Phú"))
    assert kind_words(spec.label, lang) in text
    assert NAME not in text and "Xuyến" not in text
    assert not ISO.search(text), text
    assert "_" not in text.replace("Xã Tân Phú", ""), text  # no record-JSON key or code
    if kind == "case":
        assert DEADLINE[lang] in text, text
