"""Live checks agree with Save, errors follow the fields, and typed text is never lost unasked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.core.villages import Village, VillageData
from desktop.services.container import Services
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.dialogs.village_dialog import VillageDialog
from desktop.ui.i18n import I18n

TODAY = date(2026, 11, 23)


@pytest.fixture
def village(commune_services: Services) -> Village:
    data = VillageData(code="DONG", name="Thôn Đông", households_total=100)
    return commune_services.villages.add(data)


def _meeting(qtbot: QtBot, services: Services, i18n: I18n) -> MeetingDialog:
    dialog = MeetingDialog(services, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.main.title_edit.setText("Họp bàn việc chung")
    dialog.main.held_on.setDate(QDate(2026, 3, 10))
    dialog.items.editors[0].title.setText("Sửa nhà văn hóa")
    return dialog


def test_votes_above_those_present_never_show_passed(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = _meeting(qtbot, commune_services, i18n)
    editor = dialog.items.editors[0]
    editor.matter.setCurrentIndex(editor.matter.findData("other"))
    dialog.main.households_present.setValue(80)
    editor.votes_for.setValue(83)
    editor.votes_against.setValue(8)
    editor.votes_other.setValue(2)
    # 93 votes from 80 households present: Save refuses it, so no green verdict now.
    assert "Đạt" not in editor.outcome.text()
    assert not editor.outcome.isEnabled()
    assert editor.error.isVisible() and "80" in editor.error.text()
    dialog.save()
    assert dialog.saved is None
    assert "Đạt" not in editor.outcome.text()  # not next to the error either
    editor.votes_for.setValue(70)  # 80 votes: the error goes, the verdict comes
    assert editor.error.isHidden()
    assert editor.outcome.text() == "✔ Đạt"  # 70 > 50% of 100
    dialog.save()
    assert dialog.saved is not None


def test_a_new_matter_has_no_threshold_until_chosen(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = _meeting(qtbot, commune_services, i18n)
    editor = dialog.items.editors[0]
    dialog.main.households_present.setValue(90)
    editor.votes_for.setValue(60)  # > 50% but < 2/3: the matter decides
    assert editor.chosen_matter() is None
    assert not editor.outcome.isEnabled() and "Đạt" not in editor.outcome.text()
    assert "Điều 21" in editor.rule.text() or "Art. 21" in editor.rule.text()
    dialog.save()
    assert dialog.saved is None and commune_services.meetings.count() == 0
    assert editor.error.isVisible()
    editor.matter.setCurrentIndex(editor.matter.findData("contribution"))
    assert editor.outcome.text() == "✘ Không đạt"  # 60/100 < 2/3 (Law Art. 21)
    assert editor.error.isHidden()
    editor.matter.setCurrentIndex(editor.matter.findData("other"))
    assert editor.outcome.text() == "✔ Đạt"


def test_errors_go_once_the_field_is_fixed(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    dialog = VillageDialog(commune_services.villages, TODAY, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("DONG")  # taken
    dialog.save()
    assert dialog.error_text("code") and dialog.error_text("name")
    dialog.code.setText("TAY")
    assert dialog.error_text("code") == ""
    assert dialog.error_text("name")  # not touched: still wrong
    dialog.name.setText("Thôn Tây")
    assert dialog.error_text("name") == ""


def test_closing_an_edited_form_asks_first(
    qtbot: QtBot, commune_services: Services, i18n: I18n, village: Village
) -> None:
    asked: list[bool] = []
    dialog = ConventionDialog(commune_services, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm_discard = lambda _parent: asked.append(True) or False  # "Keep editing"
    dialog.reject()  # nothing typed: closes at once
    assert not asked and not dialog.isVisible()

    dialog = ConventionDialog(commune_services, lambda: i18n.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm_discard = lambda _parent: asked.append(True) or False
    dialog.text_edit.setPlainText("Chương I. Quy định chung\nĐiều 1. Phạm vi")  # pasted
    dialog.reject()  # Hủy / Esc
    assert asked == [True] and dialog.isVisible()
    assert dialog.text_edit.toPlainText().startswith("Chương I")
    dialog.confirm_discard = lambda _parent: True  # "Close without saving"
    dialog.reject()
    assert not dialog.isVisible()
