from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.errors import SetupError, ValidationError
from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.services.settings import SettingsChange
from desktop.services.setup import communes, provinces
from tests.conftest import COMMUNE


def test_official_lists_after_2025_reform() -> None:
    provs = provinces()
    assert len(provs) == 34
    assert all(len(p.code) == 2 for p in provs)
    hcm = communes("79")
    assert hcm and all(len(c.code) == 5 for c in hcm)
    assert sum(len(communes(p.code)) for p in provs) == 3321
    assert communes("xx") == []


def test_initialize_once(services: Services) -> None:
    inst = services.setup.initialize(COMMUNE)
    assert services.setup.installation() == inst
    with pytest.raises(SetupError) as info:
        services.setup.initialize(COMMUNE)
    assert info.value.code == "already_initialized"


def test_invalid_setup_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.setup.initialize(InstallationData(role=Role.COMMUNE, code="1", name="Xã X"))
    assert services.setup.installation() is None


def test_language_setting(services: Services) -> None:
    assert services.settings.language() == "vi"
    services.settings.set_language("en")
    assert services.settings.language() == "en"
    with pytest.raises(ValueError):
        services.settings.set_language("fr")


def test_settings_saved_all_or_nothing(services: Services) -> None:
    services.setup.initialize(COMMUNE)
    bad = SettingsChange(officer_name="Trần Văn Bình", upper_code="7", language="en")
    with pytest.raises(ValidationError) as err:
        services.settings.save(bad)
    assert [e.field for e in err.value.errors] == ["upper_code"]
    inst = services.setup.require_installation()
    assert inst.data.officer_name == COMMUNE.officer_name and services.settings.language() == "vi"
    saved = services.settings.save(
        SettingsChange(officer_name=" Trần Văn Bình ", upper_code="79", language="en")
    )
    assert saved.data.officer_name == "Trần Văn Bình"
    assert services.setup.require_installation() == saved and services.settings.language() == "en"
    with pytest.raises(ValidationError) as err:
        services.settings.save(SettingsChange(silent_days=0))
    assert err.value.errors[0].field == "silent_days"


def test_provinces_and_communes_in_vietnamese_order_by_proper_name() -> None:
    names = [p.name for p in provinces()]
    # Đà Nẵng and Hà Nội under their own letters, not under "Thành phố …".
    assert names.index("Thành phố Đà Nẵng") < names.index("Thành phố Hà Nội")
    assert names.index("Thành phố Hà Nội") < names.index("Thanh Hóa")
    assert names.index("Đắk Lắk") > names.index("Cao Bằng")  # đ after c, d
    assert names.index("Đắk Lắk") < names.index("Gia Lai")
    wards = [c.name for c in communes("01")]
    assert (
        wards.index("Phường Ba Đình") < wards.index("Xã Bất Bạt") < wards.index("Phường Cầu Giấy")
    )


VILLAGE_INSTALL = InstallationData(
    role=Role.VILLAGE,
    code="T01",
    name="Thôn Phú Hòa",
    parent_code="27031",
    parent_name="Phường Tân Phú",
    officer_name="Lê Văn Tám",
)


def test_a_village_installation_is_set_up_with_its_own_village(services: Services) -> None:
    own = VillageData(code="T01", name="Thôn Phú Hòa", head_name="Lê Văn Tám", households_total=150)
    inst = services.setup.initialize(VILLAGE_INSTALL, own)
    assert services.setup.installation() == inst
    (village,) = services.villages.list()
    record = services.villages.to_json(village)
    assert (record["code"], record["name"], record["households_total"]) == (
        "T01",
        "Thôn Phú Hòa",
        150,
    )
    # Written by the officer named at set-up, as a record of this installation.
    assert record["created_by"] == "Lê Văn Tám" and record["version"] == 1
    # Its own record (origin T01, not a mirrored one): the head edits it at once.
    changed = replace(services.villages.data_of(village), households_total=160)
    assert services.villages.update(village.uuid, changed).data.households_total == 160
    assert services.maintenance.check().ok  # the journal agrees with the rows


def test_a_refused_village_leaves_no_installation(services: Services) -> None:
    """The installation is valid, its village is not (no households; a code its rules
    refuse): nothing is set up, no key is made."""
    for own in (
        VillageData(code="T01", name="Thôn Phú Hòa"),  # no households
        VillageData(code="T 01", name="Thôn Phú Hòa", households_total=150),
    ):
        with pytest.raises(ValidationError) as info:
            services.setup.initialize(VILLAGE_INSTALL, own)
        assert {e.field for e in info.value.errors} <= {"households_total", "code"}
        assert services.setup.installation() is None
        assert services.villages.count() == 0
    assert not services.ctx.paths.keys.exists()


def test_a_failure_after_the_village_row_rolls_the_installation_back(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ONE transaction: a fault in the village's write, after both rows were written,
    leaves neither (not an installation without its village)."""

    def fail(*_: object) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(services.villages, "after_write", fail)
    own = VillageData(code="T01", name="Thôn Phú Hòa", households_total=150)
    with pytest.raises(RuntimeError):
        services.setup.initialize(VILLAGE_INSTALL, own)
    assert services.setup.installation() is None
    assert services.villages.count() == 0
    monkeypatch.undo()
    assert services.setup.initialize(VILLAGE_INSTALL, own).data.code == "T01"
    assert services.villages.count() == 1
