"""The generic entry form and step dialog (issues 15, 16) against a real SQLite store:
every new kind round-trips through its form unchanged, refusals sit under the field they
name with nothing stored, Enter saves, Esc asks before typed text is lost, and the citizen
section is offered to a commune with its tabs and buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.services.registry import KINDS
from desktop.ui.dialogs.record_fields import LineEditor
from desktop.ui.dialogs.record_form import RecordForm
from desktop.ui.i18n import I18n
from desktop.ui.main_window import CITIZEN, CIVIC, SETTINGS, SYNC, MainWindow
from desktop.ui.pages.citizen import CitizenPage
from tests.cli.test_cli_records import SAMPLES

# The kinds the sections list (issues 15, 16), read off their declarations.
NEW_KINDS = KINDS.in_section()


def _sample(services: Services, kind: str) -> dict[str, Any]:
    sample = dict(SAMPLES[kind])
    if kind == "board":
        sample["members"] = [{"name": "Lê Văn Tâm", "role": "head"}]
    if kind == "oversight":
        board = services.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd"})
        sample["board"] = board.uuid
    return sample


def window_of(qtbot: QtBot, services: Services, i18n: I18n) -> MainWindow:
    window = MainWindow(services, i18n)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_a_record_saved_unchanged_through_its_form_stays_the_same(
    qtbot: QtBot, commune_services: Services, i18n: I18n, kind: str
) -> None:
    service = commune_services.kinds.service(kind)
    before = service.to_json(service.add_json(_sample(commune_services, kind)))
    form = RecordForm(commune_services, kind, "vi", before)
    qtbot.addWidget(form)
    form.save()
    assert form.saved is not None, form.general.text()
    after = service.to_json(form.saved)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)} - {
        "version",
        "updated_at",
        "updated_by",
    }
    assert changed == set()
    assert after["version"] == before["version"] + 1


def test_refusal_under_its_field_and_nothing_stored(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    """A consultation closing before it opens (Law Art. 27): under «closes_on», not saved."""
    form = RecordForm(commune_services, "consultation", "vi")
    qtbot.addWidget(form)
    form.editors["title"].set_value("Lấy ý kiến về quy hoạch")
    form.editors["topic"].set_value("2")
    form.editors["consultation_forms"].set_value(["b"])
    form.editors["published_on"].set_value("2026-03-10")
    form.editors["closes_on"].set_value("2026-03-01")
    form.save()
    assert form.saved is None and form.result() == 0
    assert form.error_text("closes_on")
    assert commune_services.consultations.count() == 0
    # The message goes once the field is changed.
    form.editors["closes_on"].set_value("2026-03-30")
    form.save()
    assert form.saved is not None and commune_services.consultations.count() == 1


def test_required_fields_starred_and_refused_by_core(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    form = RecordForm(commune_services, "case", "vi")
    qtbot.addWidget(form)
    assert form.labels["subject"].text().endswith(" *")
    assert not form.labels["case_id"].text().endswith(" *")
    # The complainant's identity is marked confidential in the form.
    assert form.labels["person_name"].text().endswith("(mật)")
    assert "(mật)" not in form.labels["subject"].text()
    form.save()  # a required choice is never pre-chosen: refused until picked
    assert form.saved is None
    assert form.error_text("case_type") == "Loại vụ việc: bắt buộc phải nhập"
    assert commune_services.cases.count() == 0
    form.editors["case_type"].set_value("complaint")
    form.save()
    assert form.saved is None and form.error_text("subject")
    assert not form.error_text("case_type")
    assert commune_services.cases.count() == 0


def test_enter_saves_and_esc_asks_before_losing_typed_text(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    form = RecordForm(commune_services, "letter", "vi")
    qtbot.addWidget(form)
    asked: list[bool] = []
    form.confirm_discard = lambda _w: asked.append(True) or False  # keep editing
    form.show()
    qtbot.waitExposed(form)
    summary = form.editors["summary"]
    summary.focus_widget().setFocus()
    qtbot.keyClicks(summary.focus_widget(), "Sua cong thon Dong")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [True] and form.isVisible()
    form.editors["letter_type"].set_value("petition")
    other = form.editors["letter_no"]
    assert isinstance(other, LineEditor) and isinstance(other.widget, QLineEdit)
    other.widget.setFocus()
    qtbot.keyClick(other.widget, Qt.Key.Key_Return)
    assert form.saved is not None
    assert commune_services.letters.count() == 1


def test_citizen_section_tabs_buttons_and_shortcuts(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = window_of(qtbot, commune_services, i18n)
    qtbot.waitUntil(lambda: hasattr(window, "citizen"))
    page = window.citizen
    assert isinstance(page, CitizenPage)
    # Each tab is named by its kind's list name in the core catalog.
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        kind_words(commune_services.kinds.spec(k).plural, "vi")
        for k in ("reception", "letter", "case")
    ]
    assert page.tabs.tabText(0).startswith("Tiếp công dân")
    assert window.sidebar_texts()[CITIZEN] == "Tiếp công dân, đơn thư"
    shortcuts = [a.shortcut().toString() for a in window.section_actions]
    assert shortcuts[CITIZEN] == "Ctrl+6" and shortcuts[CIVIC] == "Ctrl+7"
    assert shortcuts[SYNC] == "Ctrl+8" and shortcuts[SETTINGS] == "Ctrl+0"
    cases = page.pages["case"]
    assert cases.add_button.isVisibleTo(cases) and cases.edit_button.isVisibleTo(cases)
    assert cases.event_button.isVisibleTo(cases) and cases.view_button.isVisibleTo(cases)
    assert not page.pages["letter"].event_button.isVisibleTo(page.pages["letter"])
    assert "Ctrl+N" in cases.empty_text()
    # Ctrl+N on the section: the form of the tab shown.
    window.show_section(CITIZEN)
    page.page_of("letter")
    opened: list[str] = []
    page.pages["letter"].run = lambda form: opened.append(form.spec.name)  # type: ignore[method-assign]
    window.new_record()
    assert opened == ["letter"]


def test_confidential_identity_in_the_form_never_in_the_list(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    commune_services.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": "TC-01",
            "received_day": "2026-03-03",
            "subject": "Tố cáo cán bộ địa chính",
            "person_name": "Phạm Thị Bí Mật",
        }
    )
    window = window_of(qtbot, commune_services, i18n)
    page = window.citizen.page_of("case")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    cells = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert "Phạm Thị Bí Mật" not in " ".join(str(c) for c in cells)
    page.select(page.model.id_at(0) or "")
    form = page.edit_form()
    assert form is not None
    qtbot.addWidget(form)
    assert form.editors["person_name"].value() == "Phạm Thị Bí Mật"
    found = commune_services.search.search("Bí Mật")
    assert not [r for r in found if getattr(r, "kind", "") == "case"]


def test_a_case_shows_its_deadlines_as_they_are_typed(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    """Core computes them from what is typed (LKN Art. 27: 10 days to accept); the form
    shows them before anything is saved."""
    form = RecordForm(commune_services, "case", "vi")
    qtbot.addWidget(form)
    form.editors["case_type"].set_value("complaint")
    form.editors["received_day"].set_value("2026-03-03")
    form.editors["subject"].set_value("Khiếu nại quyết định thu hồi đất")
    qtbot.waitUntil(lambda: "03/03/2026" in form.computed.text(), timeout=3000)
    assert "Điều 27 Luật Khiếu nại" in form.computed.text()
    assert commune_services.cases.count() == 0


def test_tab_goes_through_the_fields_in_order(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    """Keyboard only: Tab from one field lands on the next one of the declaration."""
    form = RecordForm(commune_services, "consultation", "vi")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    order = ["title", "topic", "consultation_forms", "plan_content", "plan_method"]
    form.editors[order[0]].focus_widget().setFocus()
    for key in order[1:]:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        assert form.focusWidget() is form.editors[key].focus_widget(), key


def test_civic_tabs_get_the_same_buttons(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    window = window_of(qtbot, commune_services, i18n)
    for kind, page in window.civic.pages.items():
        assert page.add_button.isVisibleTo(page) and page.view_button.isVisibleTo(page)
        assert page.edit_button.isVisibleTo(page)
        has_steps = commune_services.kinds.spec(kind).has_events
        assert page.event_button.isVisibleTo(page) is has_steps, kind
    window.show_section(CIVIC)
    window.civic.page_of("dialogue")
    opened: list[str] = []
    page = window.civic.pages["dialogue"]
    page.run = lambda form: opened.append(form.spec.name)  # type: ignore[method-assign]
    window.new_record()  # Ctrl+N: the tab shown
    assert opened == ["dialogue"]


def test_the_form_speaks_the_window_language(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    i18n.apply("en")
    form = RecordForm(commune_services, "case", "en")
    qtbot.addWidget(form)
    assert form.windowTitle().startswith("New: ")
    assert form.labels["received_day"].text() == "Received on *"
    combo = form.editors["case_type"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Complaint", "Denunciation"]
    form.save()
    assert form.error_text("case_type") == "Case type: is required"
