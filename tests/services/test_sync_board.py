"""The receiving level's reporting board, over stores filled by the real export/import round trip.

Two communes send bundles to a province: Xã Tân Phú (the demo data) exports three bundles of
which the province imports 1 and 3; Xã Bình Minh sends one bundle of a few records (one of
them deleted); Xã Hòa An is registered but never sends anything.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import event, insert, text

from desktop.cli import main
from desktop.core.errors import ValidationError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.messages import format_error
from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.sync_board import STATE_KEY, Board, BoardRow, Counts, SyncBoardService
from desktop.services.sync_board_export import BOARD_SHEET, MISSING_SHEET
from desktop.storage.models import ImportedBundleRow, SyncPeerRow
from tests.conftest import Clock
from tests.documents.pdftext import flat_text

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
BAGGED = date(2026, 11, 23)  # the day of the tests' fixed clock, in Vietnam


def _commune(code: str, name: str) -> InstallationData:
    return InstallationData(
        role=Role.COMMUNE,
        code=code,
        name=name,
        province_code="79",
        province_name="Thành phố Hồ Chí Minh",
        upper_code="79",
        upper_name=UPPER.name,
        upper_kind=UpperKind.PROVINCE,
        officer_name="Trần Văn Bình",
    )


@dataclass
class World:
    root: Path
    upper: Services
    bundles_a: list[tuple[Path, ...]]
    bundle_b: tuple[Path, ...]
    installation_a: str


def _binh_minh(services: Services) -> None:
    """One meeting with a passed and a failed matter; a disclosure, then deleted."""
    services.setup.initialize(_commune("25223", "Xã Bình Minh"))
    village = services.villages.add(
        VillageData(
            code="AP1",
            name="Ấp 1",
            village_type=VillageType.AP,
            head_name="Lê Văn Tám",
            households_total=100,
            households_as_of=date(2026, 1, 1),
        )
    )
    services.meetings.add_json(
        {
            "village": village.uuid,
            "title": "Bàn việc làm đường và quỹ",
            "meeting_type": "decision",
            "held_on": "2026-10-05",
            "notice_on": "2026-10-01",
            "households_present": 80,
            "items": [
                {
                    "title": "Làm đường liên ấp",
                    "matter": "contribution",
                    "method": "show_of_hands",
                    "votes_for": 70,
                    "votes_against": 10,
                },
                {
                    "title": "Lập quỹ khuyến học",
                    "matter": "fund_management",
                    "method": "show_of_hands",
                    "votes_for": 20,
                    "votes_against": 60,
                },
            ],
        }
    )
    gone = services.disclosures.add_json(
        {"category": 2, "title": "Dự toán ngân sách (nhập nhầm)", "decided_on": "2026-11-02"}
    )
    with services.ctx.db.transaction() as session:
        services.disclosures.writer().delete(session, gone.uuid)


def _bundles_with_a_lost_gap(
    root: Path, upper: Services, tan_phu: Services
) -> list[tuple[Path, ...]]:
    """Tân Phú's bundles 1-3, bundle 3 made after a receipt for 2: it carries only what
    changed since 2, so a province without 2 really lacks 2's data (a village added).

    The receipt comes from the province's store as it was before a restore (a copy with
    the same key) that had imported 1 and 2 — the honest way a gap is lost for good."""
    shadow = build_services(open_store(root / "upper-before-restore", clock=Clock()))
    shutil.copytree(upper.ctx.paths.keys, shadow.ctx.paths.keys, dirs_exist_ok=True)
    shadow.setup.initialize(UPPER)
    shadow.sync_import.register_child(tan_phu.sync.export_key(root / "key-shadow.json"))
    tan_phu.sync.register_parent(upper.sync.export_key(root / "upper-key.json"))
    bundles = [tan_phu.sync.export(root / "out").files]
    tan_phu.villages.add(
        VillageData(
            code="MOI",
            name="Thôn Mới",
            village_type=VillageType.THON,
            head_name="Trần Văn Bình",
            households_total=50,
        )
    )
    bundles.append(tan_phu.sync.export(root / "out").files)
    outcomes = shadow.sync_import.import_files(
        [*bundles[0], *bundles[1]], receipts_dir=root / "receipts"
    )
    receipt = outcomes[-1].receipt
    assert receipt is not None
    tan_phu.sync.import_receipt(receipt)
    shadow.close()
    first = tan_phu.villages.list()[0]
    tan_phu.villages.update(first.uuid, replace(first.data, head_name="Trưởng thôn mới"))
    bundles.append(tan_phu.sync.export(root / "out").files)
    return bundles


def build_world(root: Path) -> World:
    """The province and its three communes (see the module's docstring), in ``root``."""
    upper = build_services(open_store(root / "upper", clock=Clock()))
    upper.setup.initialize(UPPER)
    tan_phu = build_services(open_store(root / "tanphu", clock=Clock()))
    make_demo(tan_phu)
    binh_minh = build_services(open_store(root / "binhminh", clock=Clock()))
    _binh_minh(binh_minh)
    hoa_an = build_services(open_store(root / "hoaan", clock=Clock()))
    hoa_an.setup.initialize(_commune("25224", "Xã Hòa An"))
    for i, child in enumerate((tan_phu, binh_minh, hoa_an)):
        key = child.sync.export_key(root / f"key-{i}.json")
        upper.sync_import.register_child(key)
    bundles_a = _bundles_with_a_lost_gap(root, upper, tan_phu)
    bundle_b = binh_minh.sync.export(root / "out").files
    outcomes = upper.sync_import.import_files([*bundles_a[0], *bundles_a[2], *bundle_b])
    assert [o.status for o in outcomes] == ["imported"] * 3
    installation_a = tan_phu.setup.installation()
    assert installation_a is not None
    for child in (tan_phu, binh_minh, hoa_an):
        child.close()
    return World(root, upper, bundles_a, bundle_b, installation_a.installation_id)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = build_world(tmp_path_factory.mktemp("board"))
    yield world
    world.upper.close()


def _rows(world: World, today: date, silent_days: int | None = None) -> dict[str, BoardRow]:
    board = world.upper.sync_board.board(today, silent_days)
    return {r.code: r for r in board.rows}


def test_each_registered_child_with_its_last_bundle_and_gaps(world: World) -> None:
    board = world.upper.sync_board.board(today=BAGGED + timedelta(days=3))
    assert [r.code for r in board.rows] == ["25222", "25223", "25224"]
    assert (board.receiver_code, board.receiver_name) == ("79", UPPER.name)
    tan_phu, binh_minh, hoa_an = board.rows
    assert (tan_phu.name, tan_phu.bundles, tan_phu.last_seq) == ("Xã Tân Phú", 2, 3)
    assert tan_phu.last_bagging_date == BAGGED
    assert tan_phu.missing_seqs == [2]
    assert tan_phu.missing == ((world.installation_a, 2),)
    assert tan_phu.last_imported_at is not None and tan_phu.last_imported_at.tzinfo is not None
    assert tan_phu.days_silent == 3 and not tan_phu.silent
    assert (binh_minh.bundles, binh_minh.last_seq, binh_minh.missing_seqs) == (1, 1, [])
    # Registered, never sent: silent, no date to count from.
    assert (hoa_an.bundles, hoa_an.last_seq, hoa_an.last_bagging_date) == (0, None, None)
    assert hoa_an.days_silent is None and hoa_an.silent
    assert (board.bundles, board.missing, board.silent) == (3, 1, 1)


def test_a_late_bundle_closes_the_gap(world: World, tmp_path: Path) -> None:
    copy = tmp_path / "upper"
    shutil.copytree(world.root / "upper", copy)
    upper = build_services(open_store(copy, clock=Clock()))
    try:
        upper.sync_import.import_files(list(world.bundles_a[1]))
        row = upper.sync_board.board().rows[0]
        assert (row.bundles, row.last_seq, row.missing_seqs) == (3, 3, [])
    finally:
        upper.close()


def test_counts_are_exact_and_leave_deleted_records_out(world: World) -> None:
    board = world.upper.sync_board.board()
    tan_phu, binh_minh, hoa_an = (r.counts for r in board.rows)
    # The demo: three meetings (the convention meeting's vote falls short of half the
    # village's households), three disclosures of which one misses a village's notice board,
    # one hương ước recognised and in force; a fourth, the 2027 budget estimate, is overdue
    # and never posted: Tân Phú's Công khai page says Quá hạn, so its bundle reports it late
    # (counts.json ``disclosure.overdue``) although no record version carries the warning.
    # Then one consultation, the yearly dialogue, the Ban TTND and its one inspection.
    assert tan_phu == Counts(
        meetings=3,
        items_passed=2,
        items_failed=1,
        disclosures=3,
        late=1,
        short_postings=1,
        in_force=1,
        consultations=1,
        dialogues=1,
        ttnd_boards=1,
        ttnd_inspections=1,
    )
    # The deleted disclosure arrived as a tombstone and is not counted.
    assert binh_minh == Counts(meetings=1, items_passed=1, items_failed=1)
    kinds = [
        (r["kind"], r["deleted"])
        for r in world.upper.sync_import.child_records("25223", "disclosure")
    ]
    assert kinds == [("disclosure", True)]
    assert hoa_an == Counts()
    assert board.totals == tan_phu + binh_minh
    assert board.totals.conventions == 1


@pytest.mark.parametrize("limit", [45, 10])
def test_silent_after_more_than_n_days(world: World, limit: int) -> None:
    exactly = _rows(world, today=BAGGED + timedelta(days=limit), silent_days=limit)
    assert exactly["25222"].days_silent == limit
    assert not exactly["25222"].silent and not exactly["25223"].silent
    after = _rows(world, today=BAGGED + timedelta(days=limit + 1), silent_days=limit)
    assert after["25222"].silent and after["25223"].silent


def test_the_setting_decides_when_none_is_given(world: World) -> None:
    board = world.upper.sync_board
    assert board.silent_days() == 45
    try:
        board.set_silent_days(10)
        assert SyncBoardService(world.upper.ctx).silent_days() == 10
        rows = _rows(world, today=BAGGED + timedelta(days=11))
        assert rows["25222"].silent
        assert world.upper.sync_board.board().silent_days == 10
    finally:
        board.set_silent_days(45)


@pytest.mark.parametrize("bad", [0, 367, -5, "abc", "", True])
def test_silent_days_out_of_range_refused_clearly(services: Services, bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        services.sync_board.set_silent_days(bad)
    text = format_error(caught.value)
    assert "Số ngày chưa gửi dữ liệu:" in text and "từ 1 đến 366" in text
    assert services.sync_board.silent_days() == 45


@pytest.mark.parametrize("good", [1, 366, "30"])
def test_silent_days_bounds_accepted(services: Services, good: object) -> None:
    assert services.sync_board.set_silent_days(good) == int(str(good))
    assert services.sync_board.silent_days() == int(str(good))


def test_excel_workbook_reads_back(world: World, tmp_path: Path) -> None:
    board = world.upper.sync_board.board(today=date(2026, 12, 1))
    path = world.upper.sync_board.to_xlsx(board, tmp_path / "bang.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [BOARD_SHEET, MISSING_SHEET]
    ws = wb[BOARD_SHEET]
    header = [c.value for c in ws[1]]
    assert header[:9] == [
        "Mã",
        "Đơn vị",
        "Gói cuối (số)",
        "Ngày lập gói",
        "Thời điểm nhận",
        "Số gói đã nhận",
        "Gói còn thiếu",
        "Số ngày chưa gửi",
        "Quá hạn chưa gửi",
    ]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "C2"
    assert ws.column_dimensions["B"].width >= 30
    tan_phu = [c.value for c in ws[2]]
    assert tan_phu[:4] == ["25222", "Xã Tân Phú", 3, datetime(2026, 11, 23)]
    assert isinstance(tan_phu[4], datetime)
    assert tan_phu[4].date() == BAGGED  # 10:00 in Vietnam
    assert tan_phu[5:9] == [2, "2", 8, "không"]
    assert tan_phu[9:] == [3, 2, 1, 3, 1, 1, 1, 0, 0, 0, 0]
    assert ws.cell(2, 4).number_format == "DD/MM/YYYY"
    hoa_an = [c.value for c in ws[4]]
    assert hoa_an[:9] == ["25224", "Xã Hòa An", None, None, None, 0, None, None, "có"]
    totals = [c.value for c in ws[5]]
    assert totals[0] == "Tổng cộng" and totals[5:7] == [3, 1]
    assert totals[9:] == [4, 3, 2, 3, 1, 1, 1, 0, 0, 0, 0]
    assert ws.max_row == 5
    gaps = [[c.value for c in row] for row in wb[MISSING_SHEET].iter_rows(min_row=2)]
    assert gaps == [["25222", "Xã Tân Phú", 2, world.installation_a]]


def test_pdf_names_the_receiver_the_day_and_every_child(world: World, tmp_path: Path) -> None:
    board = world.upper.sync_board.board(today=date(2026, 12, 1))
    path = world.upper.sync_board.to_pdf(board, tmp_path / "bang.pdf")
    text = flat_text(path.read_bytes())
    assert "BẢNG THEO DÕI TIẾP NHẬN DỮ LIỆU ĐỒNG BỘ" in text
    assert "UBND Thành phố Hồ Chí Minh (79)" in text
    assert "01/12/2026" in text and "45 ngày" in text
    for name in ("Xã Tân Phú (25222)", "Xã Bình Minh (25223)", "Xã Hòa An (25224)"):
        assert name in text
    assert "chưa gửi" in text and "Tổng cộng: 3 đơn vị, 1 quá hạn chưa gửi dữ liệu" in text
    again = world.upper.sync_board.to_pdf(board, tmp_path / "again.pdf")
    assert again.read_bytes() == path.read_bytes()  # byte-stable for the same board


def test_cli_board_text_json_and_files(world: World, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    data_dir = str(world.root / "upper")
    xlsx, pdf = tmp_path / "b.xlsx", tmp_path / "b.pdf"
    argv = ["--data-dir", data_dir, "board", "--xlsx", str(xlsx), "--pdf", str(pdf)]
    assert main(argv, out=out, err=err) == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("25222 Xã Tân Phú: gói 3 lập 23/11/2026")
    assert "thiếu gói 2" in lines[0] and "không thông qua 1" in lines[0]
    assert lines[2].startswith("IM LẶNG 25224 Xã Hòa An: chưa gửi gói nào")
    assert lines[3].startswith("Tổng cộng: 3 đơn vị")
    assert lines[4:] == [f"Đã ghi: {xlsx}", f"Đã ghi: {pdf}"]
    assert load_workbook(xlsx).sheetnames == [BOARD_SHEET, MISSING_SHEET]
    assert pdf.read_bytes().startswith(b"%PDF")

    out = io.StringIO()
    argv = ["--data-dir", data_dir, "board", "--json", "--silent-days", "1"]
    assert main(argv, out=out, err=err) == 0
    data = json.loads(out.getvalue())
    assert data["silent_days"] == 1
    first = data["children"][0]
    assert (first["code"], first["missing_seqs"], first["last_seq"]) == ("25222", [2], 3)
    assert first["last_bagging_date"] == "2026-11-23" and first["silent"] is True
    assert first["counts"]["items_failed"] == 1 and first["counts"]["conventions"] == 1
    assert data["totals"]["counts"]["meetings"] == 4 and data["totals"]["missing"] == 1
    assert world.upper.sync_board.silent_days() == 45  # --silent-days is for this run only

    err = io.StringIO()
    argv = ["--data-dir", data_dir, "board", "--silent-days", "400"]
    assert main(argv, out=io.StringIO(), err=err) == 2
    assert "từ 1 đến 366" in err.getvalue()


def test_board_of_a_store_without_children(services: Services) -> None:
    services.setup.initialize(UPPER)
    board = services.sync_board.board()
    assert board.rows == () and board.totals == Counts() and board.silent == 0


def test_same_board_on_postgresql(world: World, pg_url: str, tmp_path: Path) -> None:
    """Window functions, boolean sums and row-value IN are portable: the same board."""
    upper = build_services(open_store(tmp_path / "data", db_url=pg_url, clock=Clock()))
    try:
        upper.setup.initialize(UPPER)
        for i in range(3):
            upper.sync_import.register_child(world.root / f"key-{i}.json")
        files = [*world.bundles_a[0], *world.bundles_a[2], *world.bundle_b]
        assert [o.status for o in upper.sync_import.import_files(files)] == ["imported"] * 3
        day = date(2026, 12, 1)

        def facts(board: Board) -> list[tuple[object, ...]]:
            return [
                (r.code, r.bundles, r.last_seq, r.last_bagging_date, r.missing, r.silent, r.counts)
                for r in board.rows
            ]

        assert facts(upper.sync_board.board(day)) == facts(world.upper.sync_board.board(day))
    finally:
        upper.close()


# 1,300 records per child, a quarter of each kind; every 50th (a meeting or a convention)
# deleted; two conventions in three in force.
_RECORDS_SQL = """
WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < 1299)
INSERT INTO child_records (uuid, child_code, origin_code, kind, version, updated_at,
    updated_by, deleted, content, content_sha256, bundle_id, title, state, items_passed,
    items_failed, late, short_posting, warning_count)
SELECT p.code || '-' || n.x, p.code, p.code,
    CASE n.x % 4 WHEN 0 THEN 'meeting' WHEN 1 THEN 'disclosure' WHEN 2 THEN 'convention'
        ELSE 'village' END,
    1, '2026-10-01T00:00:00Z', 'x', n.x % 50 = 0, '{}', '', p.code || '-1', '',
    CASE WHEN n.x % 4 = 2 AND n.x % 3 != 0 THEN 'in_force' ELSE '' END,
    CASE WHEN n.x % 4 = 0 THEN 2 ELSE 0 END, CASE WHEN n.x % 4 = 0 THEN 1 ELSE 0 END,
    n.x % 4 = 1 AND n.x % 7 = 0, 0, 0
FROM sync_peers AS p, n WHERE p.relation = 'child'
"""


@pytest.mark.slow
def test_board_of_300_children_is_a_few_queries_not_a_loop(services: Services) -> None:
    """300 communes × 1,300 records: the board is one GROUP BY per table, not a loop over
    the units (counted in statements, which a loaded machine does not change; its time is
    the benchmark's, tests/benchmarks/bench_receiving.py)."""
    services.setup.initialize(UPPER)
    now = datetime(2026, 11, 23, 3, 0)
    peers, bundles = [], []
    for c in range(300):
        code = f"{26000 + c}"
        peers.append(
            {
                "relation": "child",
                "code": code,
                "name": f"Xã số {c}",
                "role": "commune",
                "public_key": "",
                "key_id": "",
                "registered_at": now,
            }
        )
        for seq in (1, 2, 4):  # 3 missing
            bundles.append(
                {
                    "bundle_id": f"{code}-{seq}",
                    "child_code": code,
                    "installation_id": f"inst-{code}",
                    "seq": seq,
                    "tagmanifest_sha256": "0" * 64,
                    "bagging_date": f"2026-10-{seq + 10:02d}",
                    "signed_at": f"2026-10-{seq + 10:02d}T01:00:00Z",
                    "record_status": "NEW",
                    "imported_at": now,
                    "imported_by": "test",
                    # a declared state, so the board digests every child's records
                    "origin_counts": json.dumps({STATE_KEY: "0" * 64}),
                }
            )
    with services.ctx.db.transaction() as session:
        session.execute(insert(SyncPeerRow), peers)
        session.execute(insert(ImportedBundleRow), bundles)
        session.execute(text(_RECORDS_SQL))  # 390,000 rows made by SQLite in a second
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(services.ctx.db.engine, "before_cursor_execute", count)
    try:
        board = services.sync_board.board(today=date(2026, 12, 1))
    finally:
        event.remove(services.ctx.db.engine, "before_cursor_execute", count)
    assert len(board.rows) == 300 and board.missing == 300 and board.bundles == 900
    first = board.rows[0]
    assert (first.last_seq, first.last_bagging_date, first.missing_seqs) == (
        4,
        date(2026, 10, 14),
        [3],
    )
    # 325 of each kind per child; every 50th record (kind meeting or convention) deleted.
    assert first.counts.meetings == 325 - 13 and first.counts.items_passed == 2 * 312
    assert board.totals.meetings == 300 * 312
    # Fewer statements than units: nothing is read once per unit.
    assert 0 < len(statements) < 30, len(statements)
