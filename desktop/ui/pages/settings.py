"""Settings: the interface language; the installation's details and files (read-only)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.logsetup import LOG_FILENAME
from desktop.services.container import Services
from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.i18n import (
    APP_NAME,
    LANGUAGE_NAMES,
    LANGUAGES,
    I18n,
    is_language_change,
    translate,
)
from desktop.ui.i18n_notice import tell_missing_translation
from desktop.ui.pages.common import CONTENT_MAX_WIDTH, heading, installation_values, value_label

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    """Changing the language here stores it and re-words the window at once."""

    def __init__(self, services: Services, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._i18n = i18n
        self.heading = heading()

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.lang))
        self.language_box = QGroupBox()
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        lang_form = QFormLayout(self.language_box)
        lang_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        lang_form.addRow(self._language_label, self.language)

        self.installation_box = QGroupBox()
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        inst_form = QFormLayout(self.installation_box)
        for key in ("role", "name", "code", "province", "upper", "officer", "key"):
            self._row(inst_form, key)
        self.readonly_note = QLabel()
        self.readonly_note.setWordWrap(True)
        inst_form.addRow(self.readonly_note)

        self.files_box = QGroupBox()
        files_form = QFormLayout(self.files_box)
        self._row(files_form, "data_dir")
        self._row(files_form, "log_file")
        self.open_data = QPushButton()
        self.open_logs = QPushButton()
        self.about_button = QPushButton()
        self.about_button.setObjectName("aboutButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data)
        buttons.addWidget(self.open_logs)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        files_form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for box in (self.language_box, self.installation_box, self.files_box):
            box.setMaximumWidth(CONTENT_MAX_WIDTH)
            layout.addWidget(box)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.open_data.clicked.connect(lambda: self._open(self._services.ctx.paths.root))
        self.open_logs.clicked.connect(lambda: self._open(self._services.ctx.paths.logs))
        self.about_button.clicked.connect(self.show_about)
        self.retranslate()

    def _row(self, form: QFormLayout, key: str) -> None:
        label = QLabel()
        value = value_label()
        form.addRow(label, value)
        self._labels[key] = label
        self.values[key] = value

    def _language_chosen(self, _index: int) -> None:
        lang = str(self.language.currentData())
        if lang == self._i18n.lang:
            return
        self._services.settings.set_language(lang)
        if not self._i18n.apply(lang) and lang != "en":
            tell_missing_translation(self, lang, self._i18n.qm_dir)
        log.info("interface language set to %s", lang)

    def about_dialog(self) -> AboutDialog:
        """The About dialog for this installation's data folder (not shown yet)."""
        paths = self._services.ctx.paths
        return AboutDialog(paths.root, paths.logs / LOG_FILENAME, self)

    def show_about(self) -> None:
        dialog = self.about_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _open(self, folder: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def retranslate(self) -> None:
        self.heading.setText(translate("SettingsPage", "Settings"))
        self.language_box.setTitle(translate("SettingsPage", "Language"))
        self._language_label.setText(translate("SettingsPage", "Interface &language:"))
        self.installation_box.setTitle(translate("SettingsPage", "This installation"))
        self.files_box.setTitle(translate("SettingsPage", "Files"))
        words = {
            "role": translate("SettingsPage", "Role:"),
            "name": translate("SettingsPage", "Commune:"),
            "code": translate("SettingsPage", "Commune code:"),
            "province": translate("SettingsPage", "Province:"),
            "upper": translate("SettingsPage", "Receiving level:"),
            "officer": translate("SettingsPage", "Officer:"),
            "key": translate("SettingsPage", "Signing key fingerprint:"),
            "data_dir": translate("SettingsPage", "Data folder:"),
            "log_file": translate("SettingsPage", "Log file:"),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        self.readonly_note.setText(
            translate("SettingsPage", "Changing these details will come in a later version.")
        )
        self.open_data.setText(translate("SettingsPage", "Open the data folder"))
        self.open_logs.setText(translate("SettingsPage", "Open the log folder"))
        self.about_button.setText(translate("SettingsPage", "About %1…").replace("%1", APP_NAME))
        self.refresh()

    def refresh(self) -> None:
        inst = self._services.setup.installation()
        v = self.values
        if inst is not None:
            for key, text in installation_values(inst.data).items():
                if key in v:
                    v[key].setText(text)
            # The fingerprint the level above compares with the printed registration sheet.
            v["key"].setText(self._services.sync.ensure_keys().fingerprint)
        paths = self._services.ctx.paths
        v["data_dir"].setText(str(paths.root))
        v["log_file"].setText(str(paths.logs / LOG_FILENAME))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
