"""Village search ignores accents and case; totals come from SQL."""

from __future__ import annotations

from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.storage.villages import VillageQuery


def test_search_without_accents_and_totals(services: Services, commune: object) -> None:
    services.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=212, head_name="Trần Văn Hùng")
    )
    services.villages.add(VillageData(code="TAY", name="Thôn Tây", households_total=90))

    def codes(text: str) -> list[str]:
        return [v.data.code for v in services.villages.list(VillageQuery(search=text))]

    assert codes("thon dong") == ["DONG"]
    assert codes("ĐÔNG") == ["DONG"]
    assert codes("tran van") == ["DONG"]
    assert codes("thôn") == ["DONG", "TAY"]
    assert codes("100%") == []
    assert services.villages.totals() == (2, 302)
    assert services.villages.totals(VillageQuery(search="tay")) == (1, 90)
