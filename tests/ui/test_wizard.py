"""The first-run wizard: filled in as an officer would, and its refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from desktop.core.errors import FieldError, ValidationError
from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.messages import format_field_error
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import DEMO_COMMUNE
from desktop.ui.i18n import I18n
from desktop.ui.wizard import COMMUNE, DEMO, OFFICER, ROLE, SUMMARY, UPPER, WELCOME, FirstRunWizard


@pytest.fixture
def wizard(qtbot: QtBot, ui_services: Services, i18n: I18n) -> FirstRunWizard:
    w = FirstRunWizard(ui_services, i18n)
    qtbot.addWidget(w)
    w.show()
    return w


def _to_commune_page(wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == WELCOME
    wizard.next()
    assert wizard.currentId() == ROLE
    assert wizard.role.commune.isChecked()
    assert wizard.role.village.isEnabled() and wizard.role.upper.isEnabled()
    wizard.next()
    assert wizard.currentId() == COMMUNE


def test_wizard_sets_up_the_commune(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    _to_commune_page(wizard)
    page = wizard.commune
    page.select_province("79")
    assert page.province_name() == "Thành phố Hồ Chí Minh"

    # Typed without accents, the completer still finds the commune.
    completer = page.commune.completer()
    assert completer is not None
    completer.setCompletionPrefix("tan phu")
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert "Phường Tân Phú" in found

    page.select_commune("27031")
    assert page.commune_name() == "Phường Tân Phú"
    assert page.code.text() == "27031"  # filled in from the official list
    assert page.code.isReadOnly()

    wizard.next()
    assert wizard.currentId() == UPPER
    assert wizard.upper.kind() is UpperKind.PROVINCE
    assert wizard.upper.name.text() == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert wizard.upper.code.text() == "79"

    wizard.next()
    assert wizard.currentId() == OFFICER
    wizard.officer.name.setText("Nguyễn Thị Lan")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert not ui_services.setup.is_initialized()  # nothing saved before Finish

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    inst = ui_services.setup.installation()
    assert inst is not None
    assert inst.data == InstallationData(
        role=Role.COMMUNE,
        code="27031",
        name="Phường Tân Phú",
        province_code="79",
        province_name="Thành phố Hồ Chí Minh",
        upper_code="79",
        upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        upper_kind=UpperKind.PROVINCE,
        officer_name="Nguyễn Thị Lan",
    )


def test_wizard_buttons_are_vietnamese(wizard: FirstRunWizard) -> None:
    # Qt ships no qtbase_vi: these come from sodanchu_vi.
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Quay lại"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"


def test_commune_not_in_list_with_bad_code_is_refused_inline(
    wizard: FirstRunWizard, ui_services: Services, i18n: I18n
) -> None:
    _to_commune_page(wizard)
    page = wizard.commune
    page.select_province("79")
    page.not_listed.setChecked(True)
    assert not page.code.isReadOnly()
    page.free_name.setText("Xã Mới")
    page.code.setText("123")
    wizard.next()
    assert wizard.currentId() == COMMUNE  # stays on the page
    expected = format_field_error(FieldError("code", "admin_code", {"lengths": "5"}), "vi")
    assert page.errors._labels["code"].text() == expected
    assert "Mã:" in expected  # the message names the field
    assert not ui_services.setup.is_initialized()

    page.code.setText("99999")
    wizard.next()
    assert wizard.currentId() == UPPER
    assert wizard.commune.errors._labels["code"].isHidden()


def test_commune_must_come_from_the_list(wizard: FirstRunWizard) -> None:
    _to_commune_page(wizard)
    wizard.next()
    assert wizard.currentId() == COMMUNE
    assert wizard.commune.errors._labels["province_code"].text() == "Hãy chọn tỉnh, thành phố."
    wizard.commune.select_province("79")
    wizard.commune.commune.setEditText("Không có xã này")
    wizard.next()
    assert wizard.currentId() == COMMUNE
    assert "trong danh sách" in wizard.commune.errors._labels["name"].text()


def test_district_needs_a_three_digit_code(wizard: FirstRunWizard) -> None:
    _to_commune_page(wizard)
    wizard.commune.select_province("79")
    wizard.commune.select_commune("27031")
    wizard.next()
    wizard.upper.kind_district.setChecked(True)
    assert wizard.upper.code.text() == ""  # the province's prefill is withdrawn
    wizard.upper.name.setText("Ủy ban nhân dân huyện Củ Chi")
    wizard.upper.code.setText("79")
    wizard.next()
    assert wizard.currentId() == UPPER
    message = wizard.upper.errors._labels["upper_code"].text()
    assert message.startswith("Mã cấp trên:") and "3 chữ số" in message
    wizard.upper.code.setText("783")
    wizard.next()
    assert wizard.currentId() == OFFICER


def test_refusal_at_finish_is_shown_and_nothing_saved(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    ui_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _to_commune_page(wizard)
    wizard.commune.select_province("79")
    wizard.commune.select_commune("27031")
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == SUMMARY

    def refuse(data: InstallationData, village: object = None) -> None:
        raise ValidationError([FieldError("upper_name", "required")])

    monkeypatch.setattr(ui_services.setup, "initialize", refuse)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentId() == SUMMARY
    assert wizard.summary.error.text() == "Tên cấp trên: bắt buộc phải nhập"
    assert not ui_services.setup.is_initialized()


def test_demo_data_goes_into_its_own_folder_never_the_real_one(
    qtbot: QtBot, wizard: FirstRunWizard, ui_services: Services
) -> None:
    """Issue 17: the sample commune was written into the real data folder."""
    demo_root = ui_services.ctx.paths.demo_root
    assert demo_root == ui_services.ctx.paths.root / "demo"
    wizard.welcome.try_demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO
    assert str(demo_root) in wizard.demo.findChild(QLabel).text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.used_demo
    # the real store is untouched: not set up, no villages, no sample mark
    assert not ui_services.setup.is_initialized()
    assert ui_services.villages.count() == 0 and not ui_services.settings.is_sample()
    demo = build_services(open_store(demo_root))
    try:
        inst = demo.setup.installation()
        assert inst is not None and inst.data == DEMO_COMMUNE
        assert demo.villages.count() == 6 and demo.settings.is_sample()
    finally:
        demo.close()


def test_set_up_from_the_sample_data_starts_at_the_questions(
    qtbot: QtBot, ui_services: Services, i18n: I18n
) -> None:
    wizard = FirstRunWizard(ui_services, i18n, own_only=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == ROLE and not wizard.used_demo
