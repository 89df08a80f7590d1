"""The one read-only record viewer: any kind from its declaration, at a receiving level."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.field_labels import field_label
from desktop.core.installation import InstallationData, Role
from desktop.core.kinds import FieldSpec, FieldType, KindSpec
from desktop.core.value_labels import kind_words
from desktop.core.warning_words import word_warning_json
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.registry import KINDS
from desktop.ui.i18n import I18n
from desktop.ui.pages.sync_children import SyncChildrenTab
from desktop.ui.pages.sync_common import Ask
from desktop.ui.pages.sync_records import DATE, STATE, VILLAGE, ChildNames
from desktop.ui.record_view import RecordDialog, record_html
from tests.conftest import Clock
from tests.ui.texts import plain_text

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
CHILD = "25222"


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A province that imported the demo commune's first bundle."""
    root = tmp_path_factory.mktemp("received")
    commune = build_services(open_store(root / "commune", clock=Clock()))
    upper = build_services(open_store(root / "upper", clock=Clock()))
    try:
        make_demo(commune)
        upper.setup.initialize(UPPER)
        upper.sync_import.register_child(commune.sync.export_key(root / "key.json"))
        bundle = commune.sync.export(root).files[0]
        upper.sync_import.import_files([bundle], receipts_dir=root)
    finally:
        commune.close()
    yield upper
    upper.close()


def _names(services: Services) -> ChildNames:
    return ChildNames(lambda kind: services.sync_import.child_records(CHILD, kind, limit=1000))


def _raw_keys(spec: KindSpec) -> set[str]:
    """The record-JSON keys a reader must never see (the ones that look like code)."""
    keys = {f.key for f in spec.fields}
    for f in spec.fields:
        keys |= {c.key for c in f.columns}
    return {k for k in keys if "_" in k}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", ["village", "meeting", "convention", "disclosure"])
def test_each_kind_is_shown_with_its_labels_and_no_codes(
    qtbot: QtBot, i18n: I18n, received: Services, kind: str, lang: str
) -> None:
    del qtbot
    i18n.apply(lang)
    spec = KINDS.get(kind)
    villages = received.sync_import.child_records(CHILD, "village")
    village_uuids = {str(v["uuid"]) for v in villages}
    records = received.sync_import.child_records(CHILD, kind)
    assert records
    for record in records:
        text = plain_text(
            record_html(spec, record, lang, resolve=_names(received), owner="Xã Tân Phú")
        )
        assert str(record[spec.title_field]) in text
        assert kind_words(spec.label, lang) in text
        assert "Xã Tân Phú" in text
        assert not ISO.search(text), text
        assert not UUID.search(text), text
        assert not any(uuid in text for uuid in village_uuids)
        shown = [k for k in _raw_keys(spec) if re.search(rf"\b{k}\b", text)]
        assert not shown, shown
        assert "«" not in text  # no field without a label
        for f in spec.fields:  # every simple field that has a value is labelled
            simple = f.type in (FieldType.TEXT, FieldType.DATE, FieldType.INT)
            if simple and record.get(f.key) and f.key not in (spec.title_field, "village_name"):
                assert field_label(f.label_code, lang) in text, f.key
    i18n.apply("vi")


def test_words_dates_references_and_tables(qtbot: QtBot, i18n: I18n, received: Services) -> None:
    del qtbot, i18n
    meeting = KINDS.get("meeting")
    record = received.sync_import.child_records(CHILD, "meeting")[0]
    names = _names(received)
    vi = plain_text(record_html(meeting, record, "vi", resolve=names))
    en = plain_text(record_html(meeting, record, "en", resolve=names))
    village = names("village", str(record["village"]))
    assert village and village in vi
    held = str(record["held_on"])
    assert f"{held[8:10]}/{held[5:7]}/{held[0:4]}" in vi
    assert "Không đạt" in vi and "Not passed" in en  # the outcome worded
    assert "Giơ tay" in vi and "Show of hands" in en  # an item's method, in the table
    assert "Hình thức biểu quyết" in vi and "Voting method" in en  # the table's column

    disclosure = KINDS.get("disclosure")
    posted = next(
        r
        for r in received.sync_import.child_records(CHILD, "disclosure")
        if any(p.get("village") for p in r["postings"])
    )
    text = plain_text(record_html(disclosure, posted, "vi", resolve=names))
    for posting in posted["postings"]:
        if posting["village"]:
            assert names("village", posting["village"]) in text
    assert "Niêm yết" in text  # forms worded, not "notice_board"
    assert "notice_board" not in text and "loudspeaker" not in text
    warning = word_warning_json("disclosure", posted["warnings"][0], "vi")
    assert warning in text


def test_a_confidential_field_is_never_shown(qtbot: QtBot, i18n: I18n) -> None:
    del qtbot, i18n
    base = KINDS.get("disclosure")
    secret = FieldSpec("sender_identity", FieldType.TEXT, confidential=True, label="sender")
    feedback = next(f for f in base.fields if f.key == "feedback")
    spec = replace(
        base,
        fields=(
            *(
                replace(f, columns=(*f.columns, secret)) if f is feedback else f
                for f in base.fields
            ),
            secret,
        ),
    )
    record: dict[str, Any] = {
        "kind": "disclosure",
        "title": "Danh sách hộ nghèo",
        "category": 7,
        "sender_identity": "Nguyễn Văn Bí Mật",
        "feedback": [
            {
                "received_on": "2026-05-02",
                "content": "Thiếu tên hộ ông Ba",
                "sender_identity": "Trần Thị Kín",
            }
        ],
    }
    text = plain_text(record_html(spec, record, "vi"))
    assert "Thiếu tên hộ ông Ba" in text and "02/05/2026" in text
    assert "Bí Mật" not in text and "Kín" not in text


def test_the_units_records_table_fills_village_and_state(
    qtbot: QtBot, i18n: I18n, received: Services
) -> None:
    tab = SyncChildrenTab(received, lambda: i18n.lang, Ask())
    qtbot.addWidget(tab)
    tab.retranslate()
    tab.reload()
    assert tab.model.rowCount() == 3  # the demo commune's meetings
    names = _names(received)
    for row in range(tab.model.rowCount()):
        record = tab.model.record(row)
        assert record is not None
        cell = tab.model.index
        assert tab.model.data(cell(row, VILLAGE)) == names("village", str(record["village"]))
        assert tab.model.data(cell(row, STATE)) in ("Đạt", "Không đạt", "Đạt một phần")
        assert re.fullmatch(r"\d\d/\d\d/\d{4}", tab.model.data(cell(row, DATE)))
    tab.view.selectRow(0)
    shown = tab.detail.toPlainText()
    assert "Hội nghị thôn" in shown and "Xã Tân Phú (25222)" in shown
    assert not UUID.search(shown) and not ISO.search(shown)

    tab.kind.setCurrentIndex(tab.kind.findData("convention"))
    assert tab.model.data(tab.model.index(0, STATE)) == "Đang có hiệu lực"
    assert tab.model.data(tab.model.index(0, VILLAGE))
    tab.kind.setCurrentIndex(tab.kind.findData("disclosure"))
    villages = [tab.model.data(tab.model.index(r, VILLAGE)) for r in range(tab.model.rowCount())]
    assert any("Thôn" in v for v in villages)  # named from the postings' villages
    states = {tab.model.data(tab.model.index(r, STATE)) for r in range(tab.model.rowCount())}
    assert states and states <= {"Kế hoạch", "Đang niêm yết", "Đã hoàn thành", "Quá hạn"}
    tab.view.selectRow(0)
    assert tab.model.data(tab.model.index(0, STATE)) in tab.detail.toPlainText()


def test_a_record_dialog_shows_a_record_read_only(
    qtbot: QtBot, i18n: I18n, received: Services
) -> None:
    del i18n
    record = received.sync_import.child_records(CHILD, "meeting")[0]
    dialog = RecordDialog(KINDS.get("meeting"), record, "vi", resolve=_names(received))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == record["title"]
    assert dialog.view.isReadOnly()
    assert record["title"] in dialog.view.toPlainText()


def test_an_unresolved_reference_is_named_by_the_record_or_said(
    qtbot: QtBot, i18n: I18n, tmp_path: Path
) -> None:
    del qtbot, i18n, tmp_path
    meeting = KINDS.get("meeting")
    record = {"title": "Họp thôn", "village": "7288bc2d-4747-415d-a53a-0d0c34166e15"}
    text = plain_text(record_html(meeting, record, "vi", resolve=lambda kind, uuid: None))
    assert not UUID.search(text)
    named = plain_text(record_html(meeting, {**record, "village_name": "Thôn Đông"}, "vi"))
    assert "Thôn Đông" in named and not UUID.search(named)
