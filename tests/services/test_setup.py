from __future__ import annotations

import pytest

from desktop.core.errors import SetupError, ValidationError
from desktop.core.installation import InstallationData, Role
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
