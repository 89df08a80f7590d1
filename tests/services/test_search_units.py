"""At a receiving level the search covers its units' records (issue 14): accents optional,
every word in the title (the last a prefix while typed), shortest title first; each hit
names its unit. The command line's ``search`` too."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.installation import InstallationData, Role
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from tests.conftest import Clock

UPPER = InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Services, Path]]:
    root = tmp_path_factory.mktemp("search-units")
    commune = build_services(open_store(root / "commune", clock=Clock()))
    make_demo(commune)
    upper = build_services(open_store(root / "upper", clock=Clock()))
    upper.setup.initialize(UPPER)
    upper.sync_import.register_child(commune.sync.export_key(root / "k.json"), name="Xã Tân Phú")
    upper.sync_import.import_files(list(commune.sync.export(root / "out").files))
    yield commune, upper, root / "upper"
    commune.close()
    upper.close()


def test_units_records_found_without_accents_naming_the_unit(
    stores: tuple[Services, Services, Path],
) -> None:
    commune, upper, _ = stores
    own = [h for h in commune.search.search("huong uoc") if h.title_match]
    assert own, "the demo commune has hương ước"
    hits = upper.search.search("huong uoc")
    assert {(h.kind, h.uuid) for h in hits} >= {(h.kind, h.uuid) for h in own}
    assert all(h.unit_code == "25222" and h.unit_name == "Xã Tân Phú" for h in hits)
    assert [len(h.title) for h in hits] == sorted(len(h.title) for h in hits)
    first = hits[0]
    a, b = first.title_spans[0]
    assert first.title[a:b].lower() in ("hương", "ước")
    # Half-typed: the last word is a prefix.
    assert {h.uuid for h in upper.search.search("huong u")} == {h.uuid for h in hits}
    assert upper.search.search("khongcotu") == []


def test_cli_search_at_the_receiving_level(stores: tuple[Services, Services, Path]) -> None:
    _, upper, data_dir = stores
    expected = [h.uuid for h in upper.search.search("duong be tong")]
    assert expected
    upper.close()  # the command line opens the same store
    out = io.StringIO()
    assert main(["--data-dir", str(data_dir), "search", "duong be tong", "--json"], out=out) == 0
    found = json.loads(out.getvalue())
    assert [h["uuid"] for h in found] == expected
    assert {h["unit_code"] for h in found} == {"25222"}
    text = io.StringIO()
    assert main(["--data-dir", str(data_dir), "search", "duong be tong"], out=text) == 0
    assert "25222 Xã Tân Phú: " in text.getvalue()
