"""A reception session's deadlines name their visit (issue 15): the answer deadline of
each visit says "Lượt tiếp N:" as the visit's warnings do — in the form, in the read-only
viewer and in English — and a guided visit, which needs no later answer, has none, so the
numbers are the visits' own, not the order of the deadlines."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.installation import Installation
from desktop.services.container import Services
from desktop.services.registry import KINDS
from desktop.ui.dialogs.reception_form import ReceptionForm
from desktop.ui.i18n import I18n
from desktop.ui.record_view import record_html
from tests.cli.test_cli_records import SAMPLES
from tests.ui.texts import plain_text

_FIRST = SAMPLES["reception"]["visits"][0]
SESSION: dict[str, Any] = {
    **SAMPLES["reception"],
    "visits": [
        _FIRST,
        {**_FIRST, "name": "Trần Thị Bình", "handling": "guided", "handled_to": "Tòa án khu vực 1"},
        {**_FIRST, "name": "Lê Văn Cường", "summary": "Đề nghị sửa cống"},
    ],
}
# The visit's answer within 10 working days of 03/3/2026 (LTCD Art. 28).
ANSWER = {
    "vi": "Lượt tiếp {n}: Hạn trả lời công dân: 10 ngày làm việc kể từ 03/03/2026",
    "en": "Visit {n}: Answer to the citizen: 10 working days from 03/03/2026",
}


def _answer_lines(text: str, lang: str) -> list[str]:
    """The answer deadlines shown (their breaches, warned below, go on with " — ")."""
    word = "Hạn trả lời công dân" if lang == "vi" else "Answer to the citizen"
    return [line.strip() for line in text.splitlines() if word in line and " — " not in line]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_answer_deadline_names_its_visit_in_the_form(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation, lang: str
) -> None:
    del commune
    service = services.receptions
    record = service.to_json(service.add_json(SESSION))
    form = ReceptionForm(services, "reception", lang, record)
    qtbot.addWidget(form)
    lines = _answer_lines(plain_text(form.computed.text()), lang)
    assert len(lines) == 2, lines  # visits 1 and 3: the guided visit 2 needs no answer
    assert lines[0].startswith(ANSWER[lang].format(n=1)), lines
    assert lines[1].startswith(ANSWER[lang].format(n=3)), lines
    assert not any(re.search(r"(Lượt tiếp|Visit) 2:", line) for line in lines)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_viewer_names_the_visit_of_each_deadline(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation, lang: str
) -> None:
    del qtbot, commune
    service = services.receptions
    record = service.to_json(service.add_json(SESSION))
    lines = _answer_lines(plain_text(record_html(KINDS.get("reception"), record, lang)), lang)
    assert [line.split(":")[0] for line in lines] == (
        ["Lượt tiếp 1", "Lượt tiếp 3"] if lang == "vi" else ["Visit 1", "Visit 3"]
    )
    assert all("(" in line and "→" in line for line in lines), lines  # article, due day


def test_a_late_answer_is_warned_with_the_same_visit_words(
    qtbot: QtBot, i18n: I18n, services: Services, commune: Installation
) -> None:
    """The deadline and the warning of its breach begin with the same words."""
    del commune
    late = {**SESSION, "visits": [{**SESSION["visits"][0], "answered_on": "2026-04-30"}]}
    service = services.receptions
    record = service.to_json(service.add_json(late))
    form = ReceptionForm(services, "reception", "vi", record)
    qtbot.addWidget(form)
    text = plain_text(form.computed.text())
    deadline = ANSWER["vi"].format(n=1)
    assert sum(line.strip().startswith(deadline) for line in text.splitlines()) == 2, text
