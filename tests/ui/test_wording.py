"""Plain Vietnamese for the officer: no "im lặng", no confirmation left unsaid."""

from __future__ import annotations

from desktop.ui.i18n import I18n, translate


def test_sync_words_say_what_happened(i18n: I18n) -> None:
    days = translate("SyncBoardPage", "&Silent after more than (days):")
    assert days == "&Báo chưa gửi dữ liệu khi quá (ngày):"  # not "Im lặng khi quá (ngày)"
    pending = translate("SyncExportTab", "Changes not yet confirmed:")
    assert pending == "Thay đổi đã gửi, cấp trên chưa báo đã nhận:"
    totals = translate(
        "SyncBoardPage",
        "<b>Total:</b> %1 units, %2 silent; %3 bundles received, %4 missing · %5 meetings "
        "(%6 matters passed, %7 failed) · %8 disclosures (%9 late, %10 short postings) · "
        "conventions: %11 in force, %12 suspended, %13 abolished, %14 superseded, %15 other",
    )
    assert "im lặng" not in totals and "%2 đơn vị quá hạn chưa gửi dữ liệu" in totals
