"""The meeting form shows core's verdict on each item, never its own (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.core.meeting_verdicts import Pending, item_verdicts
from desktop.core.meetings import Outcome
from desktop.core.villages import Village
from desktop.core.warning_words import word_rule
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from tests.ui.test_meetings import HELD, _dialog, village

__all__ = ["village"]  # the fixture: 212 households


@pytest.mark.parametrize(
    ("present", "votes_for", "outcome"),
    [
        (106, 106, Outcome.FAILED),  # 106/212 present: not more than 50% (D61 Art. 10)
        (107, 106, Outcome.FAILED),  # enough present, 106/212 for: not more than 50%
        (107, 107, Outcome.PASSED),  # 107/212 for: more than 50% (Law Art. 21)
        (213, 107, None),  # more present than households: no verdict until corrected
    ],
)
def test_dialog_verdict_is_cores_at_the_convention_boundaries(
    qtbot: QtBot,
    commune_services: Services,
    i18n: I18n,
    village: Village,
    present: int,
    votes_for: int,
    outcome: Outcome | None,
) -> None:
    dialog = _dialog(qtbot, commune_services, i18n)
    dialog.main.title_edit.setText("Hội nghị thông qua Hương ước thôn Đông")
    dialog.main.held_on.setDate(QDate(HELD.year, HELD.month, HELD.day))
    dialog.main.households_present.setValue(present)
    editor = dialog.items.editors[0]
    editor.title.setText("Thông qua Hương ước")
    editor.matter.setCurrentIndex(editor.matter.findData("convention"))
    editor.votes_for.setValue(votes_for)
    (verdict,), _ = item_verdicts(dialog.meeting())
    if outcome is None:
        assert verdict.result is None and verdict.pending is Pending.FIX_COUNTS
        assert not editor.outcome.isEnabled() and editor.outcome.text() == "—"
        return
    assert verdict.result is not None and verdict.result.outcome is outcome
    assert editor.outcome.text().endswith("Không đạt" if outcome is Outcome.FAILED else "Đạt")
    # core's rule, in the window's words
    assert editor.rule.text() == word_rule(verdict.result.rule_code, verdict.result.rule_params)
