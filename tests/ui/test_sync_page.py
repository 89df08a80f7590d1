"""The Synchronisation section against real stores: export, import, children, identity."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.sync import ExportResult
from desktop.ui.dialogs.convention_dialog import ConventionDialog
from desktop.ui.dialogs.disclosure_dialog import DisclosureDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.i18n import I18n
from desktop.ui.pages.sync import SyncPage
from desktop.ui.pages.sync_common import Ask
from tests.conftest import Clock, record_total

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
WAIT_MS = 20_000


class FixedAsk(Ask):
    """Answers the page's questions without a modal dialog; remembers what was opened."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.chosen_folder: Path | None = None
        self.save_as: Path | None = None
        self.answer = True
        self.opened: list[Path] = []
        self.questions: list[str] = []

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        return self.chosen_folder

    def open_files(self, parent: QWidget, title: str, start: Path, filters: str) -> list[Path]:
        return list(self.files)

    def save_file(self, parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
        return self.save_as

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer

    def open_path(self, path: Path) -> None:
        self.opened.append(path)


@pytest.fixture
def commune(ui_services: Services) -> Services:
    make_demo(ui_services)  # the demo commune (25222), a record or more of every kind
    return ui_services


@pytest.fixture
def upper(tmp_path: Path) -> Iterator[Services]:
    services = build_services(open_store(tmp_path / "upper", clock=Clock()))
    services.setup.initialize(UPPER)
    yield services
    services.close()


def _page(qtbot: QtBot, services: Services, i18n: I18n, ask: Ask) -> SyncPage:
    page = SyncPage(services, i18n, ask)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    return page


def _tamper(src: Path, dst: Path) -> Path:
    """The same bundle with one record's title changed (the signature no longer fits)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("records.jsonl"):
                data = data.replace("Thôn".encode(), "Xóm".encode(), 1)
            zout.writestr(info, data)
    return dst


def test_tabs_follow_the_role_and_the_language(
    qtbot: QtBot, commune: Services, upper: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune, i18n, FixedAsk())
    assert [page.tabs.tabText(i) for i in range(3)] == [
        "&Gửi dữ liệu",
        "N&hận dữ liệu",
        "Đơn vị cấp &dưới",
    ]
    i18n.apply("en")  # widgets hear of it through a posted LanguageChange event
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "&Send data")
    assert page.export_tab is not None
    assert page.export_tab.export_button.text() == "&Export bundle…"
    i18n.apply("vi")
    qtbot.waitUntil(lambda: page.export_tab.export_button.text() == "&Xuất gói dữ liệu…")
    receiving = _page(qtbot, upper, i18n, FixedAsk())
    assert receiving.export_tab is None
    assert [receiving.tabs.tabText(i) for i in range(2)] == ["N&hận dữ liệu", "Đơn vị cấp &dưới"]


def test_export_writes_a_bundle_and_a_receipt_acknowledges_it(
    qtbot: QtBot, commune: Services, upper: Services, i18n: I18n, tmp_path: Path
) -> None:
    ask = FixedAsk()
    page = _page(qtbot, commune, i18n, ask)
    tab = page.export_tab
    assert tab is not None
    tab.refresh()
    assert tab.empty.isVisible()  # nothing exported yet
    assert tab.values["pending"].text() == str(record_total(commune))
    assert tab.values["receiver"].text() == "Ủy ban nhân dân Thành phố Hồ Chí Minh (79)"
    assert tab.values["fingerprint"].text() == commune.sync.status().key.fingerprint

    ask.chosen_folder = tmp_path / "out"
    assert tab.choose_and_export()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=WAIT_MS)
    page.wait()
    assert tab.last_result is not None
    files = tab.last_result.files
    assert len(files) == 1 and files[0].is_file() and files[0].parent == tmp_path / "out"
    assert files[0].name in tab.result.text()
    assert f"Đã ghi gói số 1 ({record_total(commune)} bản ghi)" in tab.result.text()
    assert not tab.empty.isVisible()
    assert tab.values["last"].text().startswith("Số 1, lúc ")
    tab.open_folder_button.click()
    assert ask.opened == [tmp_path / "out"]

    # The level above imports it and answers with a receipt; the commune reads it.
    commune.sync.export_key(tmp_path / "key.json")
    upper.sync_import.register_child(tmp_path / "key.json")
    outcome = upper.sync_import.import_files(list(files), receipts_dir=tmp_path)[0]
    assert outcome.receipt is not None
    # No trust on first use: until the level above's key is registered the page says what
    # to do, and a receipt is refused in Vietnamese with nothing acknowledged.
    assert "Chưa đăng ký khóa của cấp trên" in tab.receipts.message.text()
    ask.files = [outcome.receipt]
    tab.receipts.choose_receipt()
    assert "Chưa đăng ký khóa của cấp trên" in tab.receipts.message.text()
    assert tab.values["pending"].text() == str(record_total(commune))
    ask.files = [upper.sync.export_key(tmp_path / "tinh.json")]
    tab.receipts.parent_button.click()
    fingerprint = upper.sync.ensure_keys().fingerprint
    assert fingerprint in tab.receipts.message.text()
    ask.files = [outcome.receipt]
    tab.receipts.choose_receipt()
    assert "Đã nhập biên nhận của gói số 1" in tab.receipts.message.text()
    assert tab.values["acked"].text() == "đến gói số 1"
    assert tab.values["pending"].text() == "0"
    tab.receipts.import_receipt(outcome.receipt)
    assert "đã được nhập trước đây" in tab.receipts.message.text()


def test_key_file_and_registration_sheet(
    qtbot: QtBot, commune: Services, i18n: I18n, tmp_path: Path
) -> None:
    ask = FixedAsk()
    tab = _page(qtbot, commune, i18n, ask).export_tab
    assert tab is not None
    ask.save_as = tmp_path / "key.json"
    assert tab.receipts.choose_key_file() == tmp_path / "key.json"
    assert json.loads((tmp_path / "key.json").read_text())["code"] == "25222"
    ask.save_as = tmp_path / "sheet.pdf"
    tab.receipts.choose_sheet_file()
    qtbot.waitUntil(lambda: bool(ask.opened), timeout=WAIT_MS)
    assert ask.opened == [tmp_path / "sheet.pdf"]
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_import_shows_problems_of_a_tampered_file_and_imports_a_good_one(
    qtbot: QtBot, commune: Services, upper: Services, i18n: I18n, tmp_path: Path
) -> None:
    good = commune.sync.export(tmp_path).files[0]
    bad = _tamper(good, tmp_path / "changed.zip")
    commune.sync.export_key(tmp_path / "key.json")
    upper.sync_import.register_child(tmp_path / "key.json")

    ask = FixedAsk()
    page = _page(qtbot, upper, i18n, ask)
    tab = page.import_tab
    assert tab is not None
    tab.receipts_dir = tmp_path / "receipts"
    ask.files = [bad, good]
    assert tab.choose_files()
    qtbot.waitUntil(lambda: len(tab.outcomes) == 2, timeout=WAIT_MS)
    page.wait()
    by_file = {o.files[0].name: o for o in tab.outcomes}
    assert by_file["changed.zip"].status == "refused"
    assert by_file[good.name].status == "dry_run"
    assert tab.import_button.isEnabled()
    refused = tab.tree.topLevelItem(0)
    assert refused.text(0) == "changed.zip"
    assert refused.text(1) == "Bị từ chối, không có gì thay đổi"
    problems = [refused.child(i).text(0) for i in range(refused.childCount())]
    assert any("không khớp" in p for p in problems), problems
    checked = tab.tree.topLevelItem(1)
    assert checked.text(2) == str(record_total(commune))  # new
    assert "chưa thay đổi gì" in tab.summary.text()
    assert upper.sync_import.child_records("25222", "meeting") == []  # a dry run

    tab.import_button.click()
    qtbot.waitUntil(lambda: not tab.paths, timeout=WAIT_MS)
    page.wait()
    statuses = sorted(o.status for o in tab.outcomes)
    assert statuses == ["imported", "refused"]
    assert len(upper.sync_import.child_records("25222", "meeting")) == 3
    imported = tab.tree.topLevelItem(1)
    assert imported.text(1) == "Đã nhập — gói số 1 của Xã Tân Phú"
    assert imported.text(2) == str(record_total(commune))
    lines = [imported.child(i).text(0) for i in range(imported.childCount())]
    assert any(line.startswith("Đã ghi biên nhận: ") for line in lines)
    assert list((tmp_path / "receipts").glob("BienNhan-25222-000001-*.json"))
    assert (
        f"mới {record_total(commune)}" in tab.summary.text()
        and "1 tệp bị từ chối" in tab.summary.text()
    )
    assert not tab.import_button.isEnabled()

    # The same file again: already imported, nothing changed.
    tab.check([good])
    qtbot.waitUntil(lambda: bool(tab.outcomes), timeout=WAIT_MS)
    page.wait()
    assert tab.outcomes[0].status == "already_imported"


def test_missing_bundle_numbers_are_named(
    qtbot: QtBot, commune: Services, upper: Services, i18n: I18n, tmp_path: Path
) -> None:
    commune.sync.export(tmp_path / "1")
    commune.villages.add(VillageData(code="MOI", name="Thôn Mới", households_total=50))
    second = commune.sync.export(tmp_path / "2").files[0]
    commune.sync.export_key(tmp_path / "key.json")
    upper.sync_import.register_child(tmp_path / "key.json")
    page = _page(qtbot, upper, i18n, FixedAsk())
    tab = page.import_tab
    assert tab is not None
    tab.receipts_dir = tmp_path
    tab.check([second])
    qtbot.waitUntil(lambda: bool(tab.outcomes), timeout=WAIT_MS)
    page.wait()
    item = tab.tree.topLevelItem(0)
    lines = [item.child(i).text(0) for i in range(item.childCount())]
    assert "Thiếu gói số 1 của Xã Tân Phú" in lines


def test_register_a_child_browse_its_records_and_add_a_remark(
    qtbot: QtBot, commune: Services, upper: Services, i18n: I18n, tmp_path: Path
) -> None:
    key = commune.sync.export_key(tmp_path / "key.json")
    ask = FixedAsk()
    page = _page(qtbot, upper, i18n, ask)
    tab = page.children_tab
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    assert tab.children_stack.currentWidget() is not tab.table  # the empty state

    (tmp_path / "junk.json").write_text("{}", encoding="utf-8")
    assert tab.register_dialog(tmp_path / "junk.json") is None
    assert tab.message.text()

    dialog = tab.register_dialog(key)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "25222"
    assert dialog.name.text() == "Xã Tân Phú"
    assert dialog.fingerprint.text() == commune.sync.status().key.fingerprint
    assert not dialog.needs_replace()
    dialog.name.setText("Xã Tân Phú (huyện cũ)")
    dialog.save()
    assert tab.registered(dialog)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Xã Tân Phú (huyện cũ)"

    # Another key for the same code: refused until the officer ticks "replace".
    other = build_services(open_store(tmp_path / "other", clock=Clock()))
    try:
        make_demo(other)
        other_key = other.sync.export_key(tmp_path / "other.json")
    finally:
        other.close()
    rekey = tab.register_dialog(other_key)
    assert rekey is not None
    qtbot.addWidget(rekey)
    assert rekey.needs_replace()
    rekey.save()
    assert rekey.saved is None and "Thay khóa" in rekey.error.text()
    rekey.replace.setChecked(True)
    rekey.save()
    assert rekey.saved is not None
    dialog.replace.setChecked(True)  # back to the commune's own key for the import
    dialog.save()

    bundle = commune.sync.export(tmp_path).files[0]
    upper.sync_import.import_files([bundle], receipts_dir=tmp_path)
    tab.reload()
    assert tab.model.rowCount() == 3  # meetings of the demo commune
    tab.kind.setCurrentIndex(tab.kind.findData("village"))
    assert tab.model.rowCount() == 6
    tab.kind.setCurrentIndex(tab.kind.findData("meeting"))
    tab.view.selectRow(0)
    record = tab.current_record()
    assert record is not None
    assert record["title"] in tab.detail.toPlainText()
    assert "Người chủ trì" in tab.detail.toPlainText() or "Số hộ dự họp" in (
        tab.detail.toPlainText()
    )
    assert tab.remark_button.isEnabled()
    remark = tab.remark_dialog()
    assert remark is not None
    qtbot.addWidget(remark)
    remark.save()
    assert not remark.saved and remark.error.text()  # an empty remark is refused
    remark.text.setPlainText("Đề nghị bổ sung biên bản họp")
    remark.save()
    assert remark.saved
    tab._record_changed()
    assert "Đề nghị bổ sung biên bản họp" in tab.detail.toPlainText()

    # Remarks travel in the next receipt and show on the commune's forms.
    convention = upper.sync_import.child_records("25222", "convention")[0]
    disclosure = upper.sync_import.child_records("25222", "disclosure")[0]
    upper.sync_import.add_remark(convention["uuid"], "Thiếu biên bản lấy ý kiến")
    upper.sync_import.add_remark(disclosure["uuid"], "Chưa niêm yết đủ 30 ngày")
    commune.villages.add(VillageData(code="MOI", name="Thôn Mới", households_total=50))
    second = commune.sync.export(tmp_path / "2").files[0]
    receipt = upper.sync_import.import_files([second], receipts_dir=tmp_path)[0].receipt
    assert receipt is not None
    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper-key.json"))
    commune.sync.import_receipt(receipt)
    meeting = commune.meetings.get(str(record["uuid"]))
    form = MeetingDialog(commune, commune.ctx.today(), lambda: i18n.lang, meeting)
    qtbot.addWidget(form)
    box = form.findChild(QFrame, "remarks")
    assert box is not None
    assert "Đề nghị bổ sung biên bản họp" in " ".join(
        label.text() for label in box.findChildren(QLabel)
    )
    forms: list[tuple[QWidget, str]] = [
        (
            ConventionDialog(
                commune, lambda: i18n.lang, commune.conventions.get(convention["uuid"])
            ),
            "Thiếu biên bản lấy ý kiến",
        ),
        (
            DisclosureDialog(
                commune,
                commune.ctx.today(),
                lambda: i18n.lang,
                commune.disclosures.get(disclosure["uuid"]),
            ),
            "Chưa niêm yết đủ 30 ngày",
        ),
    ]
    for dialog, text in forms:
        qtbot.addWidget(dialog)
        box = dialog.findChild(QFrame, "remarks")
        assert box is not None, dialog
        assert text in " ".join(label.text() for label in box.findChildren(QLabel))
        assert box.findChild(QLabel).text() == "Ý kiến của cấp trên"
    fresh = MeetingDialog(commune, commune.ctx.today(), lambda: i18n.lang)  # a new record
    qtbot.addWidget(fresh)
    assert fresh.findChild(QFrame, "remarks") is None


def test_identity_banner_after_a_restore_until_confirmed(
    qtbot: QtBot, commune: Services, i18n: I18n, tmp_path: Path
) -> None:
    commune.sync.export(tmp_path)
    marker = commune.ctx.paths.keys / "identity.json"
    body = json.loads(marker.read_text(encoding="utf-8"))
    body["last_seq"] = 5  # bundles up to 5 left this folder: the database is an old backup
    marker.write_text(json.dumps(body), encoding="utf-8")

    ask = FixedAsk()
    page = _page(qtbot, commune, i18n, ask)
    tab = page.export_tab
    assert tab is not None
    tab.refresh()
    assert tab.banner.isVisible()
    assert "khôi phục từ một bản sao lưu cũ" in tab.banner.text.text()
    assert not tab.export_button.isEnabled()

    ask.answer = False
    tab.banner.button.click()
    assert ask.questions and tab.banner.isVisible()
    ask.answer = True
    tab.banner.button.click()
    assert not tab.banner.isVisible()
    assert tab.export_button.isEnabled()
    assert commune.sync.status().identity_problem is None


def test_export_options_reach_the_service_and_cancel_leaves_nothing(
    qtbot: QtBot,
    commune: Services,
    i18n: I18n,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, commune, i18n, FixedAsk())
    tab = page.export_tab
    assert tab is not None
    real_export = commune.sync.export
    seen: list[dict[str, object]] = []
    go = threading.Event()

    def held_export(out: Path, **kw: Any) -> ExportResult:
        seen.append(kw)
        go.wait(WAIT_MS / 1000)  # the officer presses Cancel while this waits
        return real_export(out, **kw)

    monkeypatch.setattr(commune.sync, "export", held_export)
    tab.full.setChecked(True)
    tab.split.setChecked(True)
    assert tab.export_to(tmp_path / "out")
    assert tab.job.bar.isVisible() and tab.job.cancel_button.isVisible()
    assert not tab.export_button.isEnabled()  # one export at a time
    tab.job.cancel_button.click()
    go.set()
    qtbot.waitUntil(lambda: not tab.job.busy, timeout=WAIT_MS)
    page.wait()
    assert seen[0]["full"] is True and seen[0]["split_bytes"] == 20 * 1024 * 1024
    assert tab.result.text() == "Đã hủy xuất gói; không có gói nào được ghi."
    assert list((tmp_path / "out").iterdir()) == []
    assert commune.sync.status().last_seq == 0  # no number used
    assert tab.export_button.isEnabled() and not tab.job.bar.isVisible()


def test_every_action_has_a_mnemonic(
    qtbot: QtBot, commune: Services, i18n: I18n, tmp_path: Path
) -> None:
    page = _page(qtbot, commune, i18n, FixedAsk())
    buttons = page.findChildren(QAbstractButton)
    assert len(buttons) > 10
    for button in buttons:
        if button.text():
            assert "&" in button.text(), button.text()
    for lang, first in (("vi", "&Gửi dữ liệu"), ("en", "&Send data")):
        i18n.apply(lang)
        qtbot.waitUntil(lambda first=first: page.tabs.tabText(0) == first)
        tab_keys = [_mnemonic(page.tabs.tabText(i)) for i in range(page.tabs.count())]
        for index, tab in enumerate((page.export_tab, page.import_tab, page.children_tab)):
            # Alt+letter must be unambiguous on each tab, hidden buttons (the banner's) included.
            assert tab is not None
            texts = [b.text() for b in tab.findChildren(QAbstractButton) if b.text()]
            texts += [label.text() for label in tab.findChildren(QLabel) if label.buddy()]
            keys = tab_keys + [_mnemonic(t) for t in texts]
            assert "" not in keys and len(keys) == len(set(keys)), (lang, index, texts)


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_a_village_only_sends_to_its_commune(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    ui_services.setup.initialize(
        InstallationData(
            role=Role.VILLAGE,
            code="DONG",
            name="Thôn Đông",
            parent_code="25222",
            parent_name="Xã Tân Phú",
        )
    )
    page = _page(qtbot, ui_services, i18n, FixedAsk())
    assert page.tabs.count() == 1 and page.import_tab is None and page.children_tab is None
    tab = page.export_tab
    assert tab is not None
    tab.refresh()
    assert tab.values["receiver"].text() == "Xã Tân Phú (25222)"
    assert tab.empty.isVisible()
