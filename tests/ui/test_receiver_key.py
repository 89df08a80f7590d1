"""The receiving level exports its own key from the window (the wizard's step 2 for it),
and a commune registers that file as its level above's key."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.i18n import I18n
from tests.ui.test_sync_page import FixedAsk, _page, commune, upper

__all__ = ["commune", "upper"]  # the fixtures, shared with the sync page's tests


def test_receiving_level_exports_its_key_for_the_communes(
    qtbot: QtBot, upper: Services, commune: Services, i18n: I18n, tmp_path: Path
) -> None:
    ask = FixedAsk()
    page = _page(qtbot, upper, i18n, ask)
    tab = page.children_tab
    assert tab is not None
    assert not tab.key_button.isHidden()  # the tab itself is not the shown one
    assert tab.key_button.text() == "Xuất &khóa đăng ký…"
    ask.save_as = tmp_path / "DangKyKhoa-79.json"
    assert tab.choose_key_file() == ask.save_as
    assert ask.save_as.is_file()
    assert "Gửi tệp này cho mọi đơn vị" in tab.message.text()

    info = commune.sync.register_parent(ask.save_as)
    assert info.fingerprint == upper.sync.status().key.fingerprint


def test_a_commune_exports_its_key_from_send_data_not_here(
    qtbot: QtBot, commune: Services, i18n: I18n
) -> None:
    page = _page(qtbot, commune, i18n, FixedAsk())
    assert page.children_tab is not None
    assert page.children_tab.key_button.isHidden()
