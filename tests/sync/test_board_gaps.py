"""The board tells a gap that lost data from one a later bundle covered (issue 14):
bundle 2 carries everything bundle 1 held (no receipt came back in between), so a
receiver that never got bundle 1 has lost nothing; bundle 4, sent after the receipt of 2,
carries only what changed since 2, so without 1-2 the data really is missing."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from desktop.cli import main
from desktop.services.sync_board_export import board_json, board_lines
from tests.sync.series import Series, build_series
from tests.sync.world import Receiver, World


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Series:
    return build_series(tmp_path_factory.mktemp("gaps-series"), 4)


@pytest.fixture
def upper(
    series: Series, world: World, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Receiver]:
    r = Receiver(world, tmp_path_factory.mktemp("gaps"), template=series.upper_template)
    yield r
    r.close()


def _board_cli(upper: Receiver) -> dict[str, object]:
    out = io.StringIO()
    code = main(["--data-dir", str(upper.work / "store"), "board", "--json"], out=out)
    assert code == 0
    return json.loads(out.getvalue())


def test_a_gap_a_later_bundle_covered_is_not_missing(series: Series, upper: Receiver) -> None:
    [res] = upper.import_many([series.bundles[1]])
    assert res.status == "imported" and res.complete
    row = next(r for r in upper.services.sync_board.board().rows if r.code == "25222")
    assert row.missing_seqs == [] and row.covered_seqs == [1]
    board = upper.services.sync_board.board()
    assert board.missing == 0
    line = next(x for x in board_lines(board) if "25222" in x)
    assert "thiếu gói" not in line and "gói 1 không đến nhưng đã được gói sau bù đủ" in line
    data = board_json(board)
    child = next(c for c in data["children"] if c["code"] == "25222")
    assert (child["missing_seqs"], child["covered_seqs"]) == ([], [1])

    upper.services.close()  # the command line opens the same store
    try:
        cli = _board_cli(upper)
    finally:
        upper.reset()
    [cli_child] = [c for c in cli["children"] if c["code"] == "25222"]  # type: ignore[union-attr]
    assert cli_child["missing_seqs"] == [] and cli_child["covered_seqs"] == [1]
    assert cli["totals"]["missing"] == 0 and cli["totals"]["covered"] == 1  # type: ignore[index]


def test_a_gap_whose_data_is_lost_stays_missing(series: Series, upper: Receiver) -> None:
    [res] = upper.import_many([series.bundles[3]])  # bundle 4: the changes after receipt 2
    assert res.status == "imported" and not res.complete
    row = next(r for r in upper.services.sync_board.board().rows if r.code == "25222")
    assert row.missing_seqs == [1, 2, 3] and row.covered_seqs == []
    # Bundle 2 brings the whole state up to 2, and 4 carried 3's changes (3 was never
    # acknowledged): nothing is lost any more, 1 and 3 are covered.
    upper.import_many([series.bundles[1]])
    row = next(r for r in upper.services.sync_board.board().rows if r.code == "25222")
    assert row.missing_seqs == [] and row.covered_seqs == [1, 3]
    upper.import_many([series.bundles[2]])  # 3 arrives late: only 1 never came
    row = next(r for r in upper.services.sync_board.board().rows if r.code == "25222")
    assert row.missing_seqs == [] and row.covered_seqs == [1]
