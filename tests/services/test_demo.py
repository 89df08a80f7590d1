from __future__ import annotations

import pytest

from desktop.core.errors import SetupError
from desktop.services.container import Services
from desktop.services.demo import make_demo


def test_demo_fills_every_kind_and_passes_check(services: Services) -> None:
    make_demo(services)
    assert services.villages.count() == 6
    assert services.meetings.count() == 3
    assert services.conventions.count() == 1
    assert services.disclosures.count() == 3
    statuses = {services.disclosures.to_json(d)["status"] for d in services.disclosures.list()}
    assert {"posted", "overdue"} <= statuses
    assert services.maintenance.check().ok
    with pytest.raises(SetupError):
        make_demo(services)
