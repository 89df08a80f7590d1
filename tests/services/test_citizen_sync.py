"""A commune's cases and letters reach the province without the denouncer's identity, and
both sides still agree on the state digest (issue 15; LTCD Art. 3(2), LTC Art. 47)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.container import Services
from tests.services.test_sync_roundtrip import UPPER, MakeStore, make_store  # noqa: F401

NAME = "Quách Thị Xuyến"


def test_a_case_goes_up_without_the_person_and_the_digests_agree(
    make_store: MakeStore,  # noqa: F811
    tmp_path: Path,
) -> None:
    commune: Services = make_store("commune")
    from tests.conftest import COMMUNE

    commune.setup.initialize(COMMUNE)
    upper = make_store("upper")
    upper.setup.initialize(UPPER)
    upper.sync_import.register_child(commune.sync.export_key(tmp_path / "commune-key.json"))
    case = commune.cases.add_json(
        {
            "case_type": "denunciation",
            "case_id": "TC-07",
            "received_day": "2026-03-03",
            "subject": "Tố cáo cán bộ địa chính",
            "person_name": NAME,
        }
    )
    commune.letters.add_json(
        {"received_day": "2026-03-03", "letter_type": "denunciation", "senders": [NAME]}
    )
    assert commune.cases.get(case.uuid).data.person_name == NAME  # kept here
    [done] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "out").files))
    assert done.status == "imported" and done.complete is True  # the state digests agree
    assert done.counts["new"] == 2
    [received] = upper.sync_import.child_records(COMMUNE.code, "case")
    assert received["case_id"] == "TC-07" and "person_name" not in received
    [letter] = upper.sync_import.child_records(COMMUNE.code, "letter")
    assert "senders" not in letter and letter["letter_type"] == "denunciation"
    # A second export after a change carries the stripped line again: still complete.
    commune.cases.update_json(case.uuid, {"subject": "Tố cáo cán bộ địa chính xã"})
    [again] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o2").files))
    assert again.complete is True and again.counts["updated"] == 1
    # Both sides' checks (journal, received versions and their hashes) stay clean.
    assert upper.maintenance.check().ok and commune.maintenance.check().ok


def test_the_board_adds_up_a_child_with_cases_and_letters(
    make_store: MakeStore,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The board still adds up a child that sends the new kinds (their §4.10 counters are
    not on the board yet: left out, never a crash)."""
    from tests.conftest import COMMUNE

    commune = make_store("commune")
    commune.setup.initialize(COMMUNE)
    upper = make_store("upper")
    upper.setup.initialize(UPPER)
    upper.sync_import.register_child(commune.sync.export_key(tmp_path / "commune-key.json"))
    commune.letters.add_json({"received_day": "2026-03-03", "letter_type": "petition"})
    commune.cases.add_json(
        {"case_type": "complaint", "received_day": "2026-03-03", "subject": "Khiếu nại"}
    )
    upper.sync_import.import_files(list(commune.sync.export(tmp_path / "out").files))
    [row] = upper.sync_board.board().rows
    assert row.code == COMMUNE.code and row.bundles == 1
    assert row.counts.meetings == 0 and row.counts.disclosures == 0
