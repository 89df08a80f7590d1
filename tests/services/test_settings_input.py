"""Settings and set-up with careless or hostile text: each refusal names its field and
rule, and nothing is stored (issue 17 review)."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.core.installation import INSTALLATION_TEXT_MAX, Role, validate_installation
from desktop.core.messages import format_error
from desktop.services.container import Services
from desktop.services.settings import SettingsChange
from tests.conftest import COMMUNE


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (SettingsChange(officer_name="Trần\nVăn Bình"), "officer_name", "ký tự điều khiển"),
        (SettingsChange(officer_name="Trần\x00Bình"), "officer_name", "ký tự điều khiển"),
        (SettingsChange(upper_name="UBND\ttỉnh"), "upper_name", "ký tự điều khiển"),
        (
            SettingsChange(officer_name="A" * (INSTALLATION_TEXT_MAX + 1)),
            "officer_name",
            f"tối đa {INSTALLATION_TEXT_MAX} ký tự",
        ),
        (SettingsChange(upper_name="Ủ" * 5000), "upper_name", "tối đa"),
    ],
)
def test_bad_text_in_settings_is_refused_and_nothing_stored(
    services: Services, change: SettingsChange, field: str, words: str
) -> None:
    """Before: a line break, a NUL or 5,000 characters were stored as the officer's or the
    receiving body's name, and went into every printed minute and bundle."""
    before = services.setup.initialize(COMMUNE)
    with pytest.raises(ValidationError) as err:
        services.settings.save(change)
    assert [e.field for e in err.value.errors] == [field]
    message = format_error(err.value, "vi")
    assert words in message
    assert services.setup.require_installation() == before


def test_the_longest_name_allowed_is_saved(services: Services) -> None:
    services.setup.initialize(COMMUNE)
    name = "Ủy ban nhân dân " + "x" * (INSTALLATION_TEXT_MAX - 16)
    saved = services.settings.save(SettingsChange(upper_name=name))
    assert saved.data.upper_name == name


def test_set_up_refuses_control_characters_in_the_unit_name() -> None:
    from dataclasses import replace

    errors = validate_installation(replace(COMMUNE, name="Xã\rTân Phú"))
    assert [e.field for e in errors] == ["name"]
    assert COMMUNE.role is Role.COMMUNE and validate_installation(COMMUNE) == []
