"""The first-run wizard sets up a village head's laptop and a receiving level from the
window alone, and ends each set-up with that role's key-registration steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.services.container import Services
from desktop.ui.i18n import I18n
from desktop.ui.wizard import (
    COMMUNE,
    OFFICER,
    RECEIVER,
    ROLE,
    SUMMARY,
    UPPER,
    VILLAGE,
    WELCOME,
    FirstRunWizard,
)


@pytest.fixture
def wizard(qtbot: QtBot, ui_services: Services, i18n: I18n) -> FirstRunWizard:
    w = FirstRunWizard(ui_services, i18n)
    qtbot.addWidget(w)
    w.show()
    return w


def answer_as_village(wizard: FirstRunWizard, code: str, households: int) -> None:
    """Welcome to summary as a village head of Thôn Phú Hòa (Phường Tân Phú, 27031)."""
    wizard.next()
    wizard.role.village.setChecked(True)
    wizard.next()
    wizard.commune.select_province("79")
    wizard.commune.select_commune("27031")
    wizard.next()
    wizard.village.name.setText("Thôn Phú Hòa")
    wizard.village.code.setText(code)
    wizard.village.households.setValue(households)
    wizard.next()
    wizard.officer.name.setText("Lê Văn Tám")
    wizard.next()


def _finish(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_village_head_sets_up_the_laptop(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    wizard.next()
    assert wizard.currentId() == ROLE
    wizard.role.village.setChecked(True)
    wizard.next()
    assert wizard.currentId() == COMMUNE
    assert wizard.commune.title() == "Xã, phường của thôn"
    # No commune chosen yet: refused on the page, in Vietnamese.
    wizard.commune.select_province("79")
    wizard.next()
    assert wizard.currentId() == COMMUNE
    assert "Hãy chọn xã, phường trong danh sách" in wizard.commune.errors._labels["name"].text()
    wizard.commune.select_commune("27031")
    wizard.next()
    assert wizard.currentId() == VILLAGE  # not the commune's receiving-level page

    # An empty village code is refused next to the field.
    wizard.village.name.setText("Thôn Phú Hòa")
    wizard.next()
    assert wizard.currentId() == VILLAGE
    assert wizard.village.errors._labels["code"].text().startswith("Mã")
    wizard.village.code.setText("T01")
    wizard.next()
    assert wizard.currentId() == VILLAGE  # its households: the village's own record needs them
    assert wizard.village.errors._labels["households_total"].text()
    wizard.village.households.setValue(150)
    wizard.next()
    assert wizard.currentId() == OFFICER
    wizard.officer.name.setText("Lê Văn Tám")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    steps = wizard.summary.steps.text()
    assert "1. Mở Đồng bộ › Gửi dữ liệu, bấm «Xuất khóa đăng ký…»" in steps
    assert "Phường Tân Phú" in steps and "mã T01" in steps
    assert "«Đăng ký khóa cấp trên…»" in steps
    assert not ui_services.setup.is_initialized()

    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    inst = ui_services.setup.installation()
    assert inst is not None
    assert inst.data == InstallationData(
        role=Role.VILLAGE,
        code="T01",
        name="Thôn Phú Hòa",
        province_code="79",
        province_name="Thành phố Hồ Chí Minh",
        parent_code="27031",
        parent_name="Phường Tân Phú",
        officer_name="Lê Văn Tám",
    )
    assert ui_services.ctx.paths.keys.exists()  # the signing key is made at set-up
    # Its own village, written with the installation (one transaction).
    (village,) = ui_services.villages.list()
    assert (village.data.code, village.data.name, village.data.households_total) == (
        "T01",
        "Thôn Phú Hòa",
        150,
    )
    assert village.data.head_name == "Lê Văn Tám"


def test_a_village_its_rules_refuse_leaves_the_laptop_not_set_up(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    """A village code with a space passes the installation's rules but not the village's:
    the wizard stays open saying why, and nothing is set up (not an installation without
    its village — the two are one transaction)."""
    answer_as_village(wizard, "T 01", 150)
    assert wizard.currentId() == SUMMARY
    _finish(qtbot, wizard)
    assert wizard.isVisible() and wizard.currentId() == SUMMARY
    assert wizard.summary.error.text().startswith("Mã"), wizard.summary.error.text()
    assert ui_services.setup.installation() is None
    assert ui_services.villages.count() == 0
    wizard.back()  # corrected on its page, the set-up goes through
    while wizard.currentId() != VILLAGE:
        wizard.back()
    wizard.village.code.setText("T01")
    wizard.next()
    wizard.next()
    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert ui_services.villages.count() == 1


def test_province_sets_up_its_receiving_level(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    wizard.next()
    wizard.role.upper.setChecked(True)
    wizard.next()
    assert wizard.currentId() == RECEIVER
    page = wizard.receiver
    wizard.next()
    assert wizard.currentId() == RECEIVER  # no province chosen
    assert page.errors._labels["province_code"].text() == "Hãy chọn tỉnh, thành phố."
    page.select_province("48")
    assert page.code.text() == "48" and page.code.isReadOnly()  # from the official list
    assert page.name.text() == "Thành phố Đà Nẵng"
    assert page.body.text() == "Ủy ban nhân dân Thành phố Đà Nẵng"
    wizard.next()
    assert wizard.currentId() == OFFICER  # straight on: no commune, no receiving level
    wizard.officer.name.setText("Trần Văn Bình")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    steps = wizard.summary.steps.text()
    assert "Đồng bộ › Đơn vị cấp dưới › «Đăng ký đơn vị…»" in steps
    assert "Xã/phường" not in steps

    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    inst = ui_services.setup.installation()
    assert inst is not None
    assert inst.data == InstallationData(
        role=Role.UPPER,
        code="48",
        name="Thành phố Đà Nẵng",
        province_code="48",
        province_name="Thành phố Đà Nẵng",
        upper_code="48",
        upper_name="Ủy ban nhân dân Thành phố Đà Nẵng",
        upper_kind=UpperKind.PROVINCE,
        officer_name="Trần Văn Bình",
    )


def test_district_is_typed_and_checked_by_the_core_rule(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    wizard.next()
    wizard.role.upper.setChecked(True)
    wizard.next()
    page = wizard.receiver
    page.select_province("48")
    page.kind_district.setChecked(True)
    assert not page.code.isReadOnly()
    assert page.code.text() == "" and page.body.text() == ""  # nothing assumed
    page.name.setText("Huyện Hòa Vang")
    page.code.setText("12")
    wizard.next()
    assert wizard.currentId() == RECEIVER  # the body that signs is required
    assert page.errors._labels["upper_name"].isVisible()
    page.body.setText("Ủy ban nhân dân huyện Hòa Vang")
    wizard.next()
    assert wizard.currentId() == RECEIVER  # a district code has 3 digits (core rule)
    assert "3" in page.errors._labels["code"].text()
    page.code.setText("497")
    wizard.next()
    assert wizard.currentId() == OFFICER
    wizard.next()
    _finish(qtbot, wizard)
    inst = ui_services.setup.installation()
    assert inst is not None
    assert (inst.data.role, inst.data.upper_kind, inst.data.code) == (
        Role.UPPER,
        UpperKind.DISTRICT,
        "497",
    )
    assert inst.data.upper_name == "Ủy ban nhân dân huyện Hòa Vang"


def test_back_to_commune_role_keeps_the_commune_pages(wizard: FirstRunWizard) -> None:
    wizard.next()
    wizard.role.village.setChecked(True)
    wizard.next()
    assert wizard.commune.title() == "Xã, phường của thôn"
    wizard.back()
    wizard.role.commune.setChecked(True)
    wizard.next()
    assert wizard.currentId() == COMMUNE
    assert wizard.commune.title() == "Xã, phường của bạn"
    wizard.commune.select_province("79")
    wizard.commune.select_commune("27031")
    wizard.next()
    assert wizard.currentId() == UPPER
    assert wizard.startId() == WELCOME
