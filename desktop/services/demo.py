"""Sample data for trying the app (``sodanchu demo`` and the wizard's demo button)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from desktop.core.errors import SetupError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services

DEMO_COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="25222",
    name="Xã Tân Phú",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
    upper_kind=UpperKind.PROVINCE,
    officer_name="Nguyễn Thị Lan",
)

_VILLAGES = (
    ("DONG", "Thôn Đông", VillageType.THON, "Trần Văn Hùng"),
    ("TAY", "Thôn Tây", VillageType.THON, "Lê Thị Hoa"),
    ("NAM", "Thôn Nam", VillageType.THON, "Phạm Văn Minh"),
    ("BAC", "Thôn Bắc", VillageType.THON, "Võ Thị Thu"),
    ("TDP1", "Tổ dân phố số 1", VillageType.TO_DAN_PHO, "Đặng Quốc Bảo"),
    ("AP3", "Ấp Phú Hòa", VillageType.AP, "Huỳnh Văn Lợi"),
)


@dataclass(frozen=True)
class DemoResult:
    villages: int


def make_demo(services: Services, *, scale: str = "small", seed: int = 1) -> DemoResult:
    """Set up a sample commune in an empty store.

    Raises:
        SetupError: the store already holds an installation or records.
    """
    if scale != "small":
        raise SetupError("demo_scale_unavailable", scale=scale)
    if services.setup.is_initialized() or services.villages.count() > 0:
        raise SetupError("data_dir_not_empty")
    rng = random.Random(seed)
    services.setup.initialize(DEMO_COMMUNE)
    for code, name, vtype, head in _VILLAGES:
        services.villages.add(
            VillageData(
                code=code,
                name=name,
                village_type=vtype,
                head_name=head,
                households_total=rng.randint(90, 260),
                households_as_of=date(2026, 1, 1),
            )
        )
    return DemoResult(villages=len(_VILLAGES))
