"""The reference picker of the generic forms (``ui/dialogs/ref_picker.py``) against a real
SQLite store holding a few thousand meetings: typing narrows, accents are optional, the
keyboard alone picks (Tab, type, Down, Enter), the form stores the uuid picked, a reference
to a record the store does not hold is shown and kept, and no record of another kind is
ever offered."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.records import PICK_LIMIT
from desktop.ui.dialogs.record_fields import RefEditor
from desktop.ui.dialogs.record_form import RecordForm
from desktop.ui.dialogs.record_table import TableEditor
from desktop.ui.dialogs.ref_picker import RefPicker, RefSource
from desktop.ui.i18n import I18n
from tests.conftest import Clock

MEETINGS = 2500
# Offscreen Qt cannot raise a popup list or grab the keyboard for it (real platforms do);
# the keys are sent to the open list itself (``_key``).
OFFSCREEN = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)
OWN_TITLE = "Họp bàn làm đường bê tông xóm Đồng Mít"


@pytest.fixture(scope="module")
def many_meetings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune of ten years with a few thousand meetings, made once for the module."""
    from desktop.services.generator import generate_commune

    root = tmp_path_factory.mktemp("picker-store")
    services = build_services(open_store(root, clock=Clock()))
    counts = {"vote_items": MEETINGS, "postings": 0, "feedback": 0, "attachments": 0}
    generate_commune(services, seed=7, meetings=MEETINGS, years=10, **counts)
    services.close()
    return root


@pytest.fixture
def big(many_meetings: Path, tmp_path: Path) -> Iterator[Services]:
    target = tmp_path / "data"
    shutil.copytree(many_meetings, target)
    services = build_services(open_store(target, clock=Clock()))
    yield services
    services.close()


def _own_meeting(services: Services) -> str:
    """One meeting with a title no generated one has, a long time ago (not among the
    newest)."""
    village = services.villages.ids()[0]
    stored = services.meetings.add_json(
        {
            "village": village,
            "meeting_type": "decision",
            "held_on": "2017-03-05",
            "notice_on": "2017-03-01",
            "title": OWN_TITLE,
            "households_present": 80,
            "items": [
                {
                    "title": "Mức đóng góp",
                    "matter": "contribution",
                    "method": "show_of_hands",
                    "votes_for": 70,
                    "votes_against": 10,
                }
            ],
        }
    )
    return str(stored.uuid)


def _shown(qtbot: QtBot, window: QWidget) -> None:
    """Shown and active: keys reach the active window only."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


_KEEP: list[QWidget] = []  # what a test's pickers need alive until its end


@pytest.fixture(autouse=True)
def _kept() -> Iterator[None]:
    yield
    _KEEP.clear()


def _picker(qtbot: QtBot, services: Services, kind: str = "meeting") -> RefPicker:
    host = QWidget()
    qtbot.addWidget(host)
    _KEEP.append(host)
    picker = RefPicker(RefSource(services, "vi"), kind, required=False, parent=host)
    _shown(qtbot, host)
    picker.edit.setFocus()
    return picker


def _type(qtbot: QtBot, picker: RefPicker, text: str) -> None:
    """Type as a person does, and wait for the records of that text."""
    QTest.keyClicks(picker.edit, text)
    assert picker.shown_for == text  # the first screenful at once
    qtbot.waitUntil(lambda: picker.complete, timeout=5000)  # the rest follows


def _key(key: Qt.Key) -> None:
    """A key to whatever has the keyboard: the list when it is open, else the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key)


@OFFSCREEN
def test_typing_narrows_accents_optional_only_meetings(
    qtbot: QtBot, big: Services, i18n: I18n
) -> None:
    own = _own_meeting(big)
    meetings = set(big.meetings.ids())
    assert len(meetings) > 2000
    picker = _picker(qtbot, big)
    _key(Qt.Key.Key_Down)  # nothing typed: the newest
    assert picker.list_shown()
    qtbot.waitUntil(lambda: picker.complete, timeout=5000)
    newest = picker.offered()
    assert len(newest) == PICK_LIMIT
    assert [u for u, _ in newest] == big.meetings.ids()[:PICK_LIMIT]
    assert own not in {u for u, _ in newest}
    _key(Qt.Key.Key_Escape)
    _type(qtbot, picker, "hoi nghi")  # "Hội nghị ..." without its accents
    broad = [u for u, _ in picker.offered()]
    holding = big.meetings.ids(big.meetings.query(search="Hội nghị"))
    assert len(holding) > PICK_LIMIT
    assert broad == holding[:PICK_LIMIT]  # the newest holding the words, accents or not
    assert set(broad) <= meetings  # never a record of another kind
    picker.edit.clear()
    _type(qtbot, picker, "dong mit")
    assert [u for u, _ in picker.offered()] == [own]
    words = picker.offered()[0][1]
    assert words.startswith(f"{OWN_TITLE} · 05/03/2017")  # its title and day


@OFFSCREEN
def test_keyboard_alone_picks_and_the_form_stores_the_uuid(
    qtbot: QtBot, big: Services, i18n: I18n
) -> None:
    own = _own_meeting(big)
    form = RecordForm(big, "board", "vi")
    qtbot.addWidget(form)
    _shown(qtbot, form)
    form.editors["title"].set_value("Ban thanh tra nhân dân xã")
    form.editors["board_type"].set_value("ttnd")
    form.editors["established_on"].set_value("2026-02-01")
    members = form.editors["members"]
    assert isinstance(members, TableEditor)
    r = members.add_row({})
    members.set_cell(r, "name", "Lê Văn Tâm")
    cell = members.table.cellWidget(r, [c.key for c in members.columns].index("elected_at"))
    assert isinstance(cell, RefPicker)
    cell.edit.setFocus(Qt.FocusReason.TabFocusReason)
    _type(qtbot, cell, "mit dong")
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Return)
    assert cell.value() == own
    assert cell.edit.text().startswith(OWN_TITLE)
    form.save()
    assert form.saved is not None, form.general.text()
    stored = big.boards.to_json(big.boards.get(form.saved.uuid))
    assert stored["members"][0]["elected_at"] == own


@OFFSCREEN
def test_tab_into_a_top_level_reference_type_down_enter(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    boards = commune_services.boards
    board = boards.add_json({"title": "Ban Thanh tra nhân dân xã", "board_type": "ttnd"})
    boards.add_json({"title": "Ban giám sát đầu tư — Nhà văn hóa", "board_type": "gsdtcd",
                     "project": "Nhà văn hóa thôn"})  # fmt: skip
    form = RecordForm(commune_services, "oversight", "vi")
    qtbot.addWidget(form)
    _shown(qtbot, form)
    editor = form.editors["board"]
    assert isinstance(editor, RefEditor)
    form.editors["title"].focus_widget().setFocus()
    while QApplication.focusWidget() is not editor.picker.edit:  # Tab, as a person would
        _key(Qt.Key.Key_Tab)
    _type(qtbot, editor.picker, "thanh tra")
    assert [u for u, _ in editor.picker.offered()] == [board.uuid]
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Return)
    assert form.collect()["board"] == board.uuid


@OFFSCREEN
def test_an_unknown_reference_is_shown_and_kept(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    gone = "0b7e9d7e-0000-4000-8000-00000000dead"
    form = RecordForm(commune_services, "oversight", "vi")
    qtbot.addWidget(form)
    editor = form.editors["board"]
    assert isinstance(editor, RefEditor)
    editor.set_value(gone)
    assert gone in editor.picker.edit.text()
    assert editor.picker.edit.text() == RefPicker.missing_words(gone)
    assert form.collect()["board"] == gone  # not silently dropped
    form.editors["title"].set_value("Giám sát thu quỹ")
    form.editors["activity"].set_value("supervision")
    form.editors["starts_on"].set_value("2026-04-20")
    form.save()  # core refuses it under the field, nothing stored
    assert form.saved is None and form.error_text("board")
    assert commune_services.oversights.count() == 0
    assert editor.value() == gone


@OFFSCREEN
def test_an_optional_reference_is_cleared(
    qtbot: QtBot, commune_services: Services, i18n: I18n
) -> None:
    board = commune_services.boards.add_json({"title": "Ban TTND xã", "board_type": "ttnd"})
    picker = _picker(qtbot, commune_services, "board")
    picker.set_value(board.uuid)
    assert picker.value() == board.uuid and "Ban TTND xã" in picker.edit.text()
    picker.edit.selectAll()
    _key(Qt.Key.Key_Backspace)
    assert picker.value() is None
    required = RefPicker(picker.source, "board", required=True)
    qtbot.addWidget(required)
    assert not required.edit.isClearButtonEnabled()
