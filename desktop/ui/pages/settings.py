"""Settings: the interface language; the officer, the receiving level and (at the
receiving level) the silent limit, saved together; the data's files; its backups."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SetupError
from desktop.core.installation import Role, UpperKind
from desktop.core.messages import format_error
from desktop.logsetup import LOG_FILENAME, current_log_file
from desktop.services.container import Services
from desktop.services.settings import SettingsChange
from desktop.services.sync_board import MAX_SILENT_DAYS, MIN_SILENT_DAYS
from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.dialogs.guarded import attempt
from desktop.ui.i18n import (
    APP_NAME,
    LANGUAGE_NAMES,
    LANGUAGES,
    I18n,
    is_language_change,
    translate,
)
from desktop.ui.i18n_notice import tell_missing_translation
from desktop.ui.labels import role_label, upper_kind_label
from desktop.ui.pages.common import CONTENT_MAX_WIDTH, heading, value_label
from desktop.ui.pages.settings_backups import BackupAsk, BackupsPanel
from desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
GENERAL_TAB, BACKUPS_TAB = range(2)


class SettingsPage(QWidget):
    """Changing the language stores it and re-words the window at once; the other
    details are saved together by "Save" (one transaction), then announced by
    ``changed``."""

    changed = Signal()
    # The change signal (desktop/ui/change_bridge.py): only a store replaced as a whole (a
    # restore) reloads the form; a setting saved elsewhere (the language box, the calendar)
    # must not wipe what the officer is typing here, and Save reloads it anyway.
    kinds_shown: frozenset[str] = frozenset()

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        parent: QWidget | None = None,
        *,
        ask: BackupAsk | None = None,
    ) -> None:
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
        for key in ("role", "name", "code", "province", "key"):
            self._row(inst_form, key)
        self.officer = QLineEdit()
        self.upper_kind = QComboBox()
        for kind in UpperKind:
            self.upper_kind.addItem("", kind)
        self.upper_code = QLineEdit()
        self.upper_code.setMaximumWidth(120)
        self.upper_name = QLineEdit()
        self.silent_days = QSpinBox()
        self.silent_days.setRange(MIN_SILENT_DAYS, MAX_SILENT_DAYS)
        self.edits: dict[str, QWidget] = {
            "officer": self.officer,
            "upper_kind": self.upper_kind,
            "upper_code": self.upper_code,
            "upper_name": self.upper_name,
            "silent_days": self.silent_days,
        }
        for key, widget in self.edits.items():
            label = QLabel()
            label.setBuddy(widget)
            inst_form.addRow(label, widget)
            self._labels[key] = label
        self.save_button = QPushButton()
        self.undo_button = QPushButton()
        self.error = ErrorLabel()
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.undo_button)
        save_row.addWidget(self.saved_note, 1)
        inst_form.addRow(save_row)
        inst_form.addRow(self.error)

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

        general = QWidget()
        general_layout = QVBoxLayout(general)
        for box in (self.language_box, self.installation_box, self.files_box):
            box.setMaximumWidth(CONTENT_MAX_WIDTH)
            general_layout.addWidget(box)
        general_layout.addStretch(1)
        self.backups = BackupsPanel(services, lambda: i18n.lang, ask)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.backups, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.refresh)
        self.backups.restored.connect(self._restored)
        self.open_data.clicked.connect(lambda: self._open(self._services.ctx.paths.root))
        self.open_logs.clicked.connect(lambda: self._open(self.log_file().parent))
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

    # --- saving -------------------------------------------------------------------------
    def change(self) -> SettingsChange:
        """What the form says now, as the settings service takes it."""
        inst = self._services.setup.installation()
        role = inst.data.role if inst is not None else Role.COMMUNE
        data = self.upper_kind.currentData()
        kind = UpperKind(str(data)) if data is not None else None  # Qt hands back the str
        return SettingsChange(
            officer_name=self.officer.text(),
            upper_kind=kind if role is Role.COMMUNE else None,
            upper_code=self.upper_code.text() if role is not Role.UPPER else None,
            upper_name=self.upper_name.text() if role is not Role.UPPER else None,
            silent_days=self.silent_days.value() if role is Role.UPPER else None,
        )

    def save(self) -> bool:
        """Store the form in one transaction; a refusal names each field and keeps the form."""
        self.error.clear_message()
        self.saved_note.setText("")

        def store() -> bool:
            self._services.settings.save(self.change())
            return True

        if not attempt(store, self._i18n.lang, self.error):
            return False
        log.info("settings saved")
        self.refresh()
        self.saved_note.setText(translate("SettingsPage", "Settings saved."))
        self.changed.emit()
        return True

    def _restored(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- the rest -----------------------------------------------------------------------
    def about_dialog(self) -> AboutDialog:
        """The About dialog for this installation's data folder (not shown yet)."""
        return AboutDialog(self._services.ctx.paths.root, self.log_file(), self)

    def show_about(self) -> None:
        dialog = self.about_dialog()
        dialog.exec()
        dialog.deleteLater()

    def log_file(self) -> Path:
        """The file this session logs to; on the sample commune that is the real data
        folder's log, not one in the sample's folder."""
        return current_log_file() or self._services.ctx.paths.logs / LOG_FILENAME

    def _open(self, folder: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def retranslate(self) -> None:
        self.heading.setText(translate("SettingsPage", "Settings"))
        self.tabs.setTabText(GENERAL_TAB, translate("SettingsPage", "&General"))
        self.tabs.setTabText(BACKUPS_TAB, translate("SettingsPage", "&Backups"))
        self.language_box.setTitle(translate("SettingsPage", "Language"))
        self._language_label.setText(translate("SettingsPage", "Interface &language:"))
        self.installation_box.setTitle(translate("SettingsPage", "This installation"))
        self.files_box.setTitle(translate("SettingsPage", "Files"))
        for i in range(self.upper_kind.count()):
            kind = UpperKind(str(self.upper_kind.itemData(i)))
            self.upper_kind.setItemText(i, upper_kind_label(kind))
        self.save_button.setText(translate("SettingsPage", "&Save"))
        self.undo_button.setText(translate("SettingsPage", "&Undo changes"))
        self.officer.setPlaceholderText(translate("SettingsPage", "e.g. Nguyễn Thị Lan"))
        self.open_data.setText(translate("SettingsPage", "Open the data folder"))
        self.open_logs.setText(translate("SettingsPage", "Open the log folder"))
        self.about_button.setText(translate("SettingsPage", "About %1…").replace("%1", APP_NAME))
        self.refresh()

    def _words(self, role: Role) -> dict[str, str]:
        village = role is Role.VILLAGE
        return {
            "role": translate("SettingsPage", "Role:"),
            "name": translate("SettingsPage", "Commune:"),
            "code": translate("SettingsPage", "Commune code:"),
            "province": translate("SettingsPage", "Province:"),
            "key": translate("SettingsPage", "Signing key fingerprint:"),
            "officer": translate("SettingsPage", "&Officer's name:"),
            "upper_kind": translate("SettingsPage", "Receiving &level:"),
            "upper_code": translate("SettingsPage", "Commune code of the commune:")
            if village
            else translate("SettingsPage", "Receiving body's &code:"),
            "upper_name": translate("SettingsPage", "Name of the commune:")
            if village
            else translate("SettingsPage", "Receiving body's &name:"),
            "silent_days": translate("SettingsPage", "A unit counts as not sending after (days):"),
            "data_dir": translate("SettingsPage", "Data folder:"),
            "log_file": translate("SettingsPage", "Log file:"),
        }

    def refresh(self) -> None:
        """The form and facts as stored (also "Undo changes")."""
        inst = self._services.setup.installation()
        role = inst.data.role if inst is not None else Role.COMMUNE
        for key, text in self._words(role).items():
            self._labels[key].setText(text)
        v = self.values
        if inst is not None:
            d = inst.data
            v["role"].setText(role_label(d.role))
            v["name"].setText(d.name)
            v["code"].setText(d.code)
            v["province"].setText(
                f"{d.province_name} ({d.province_code})" if d.province_code else ""
            )
            # The fingerprint the level above compares with the printed registration sheet.
            try:
                v["key"].setText(self._services.sync.ensure_keys().fingerprint)
            except SetupError as exc:  # a lost or damaged key: say what to do, make none
                v["key"].setText(format_error(exc, self._i18n.lang))
            self.officer.setText(d.officer_name)
            self.upper_kind.setCurrentIndex(self.upper_kind.findData(d.upper_kind))
            village = role is Role.VILLAGE
            self.upper_code.setText(d.parent_code if village else d.upper_code)
            self.upper_name.setText(d.parent_name if village else d.upper_name)
        if role is Role.UPPER:
            self.silent_days.setValue(self._services.sync_board.silent_days())
        shown = {
            "upper_kind": role is Role.COMMUNE,
            "upper_code": role is not Role.UPPER,
            "upper_name": role is not Role.UPPER,
            "silent_days": role is Role.UPPER,
        }
        for key, visible in shown.items():
            self.edits[key].setVisible(visible)
            self._labels[key].setVisible(visible)
        paths = self._services.ctx.paths
        v["data_dir"].setText(str(paths.root))
        v["log_file"].setText(str(self.log_file()))
        self.error.clear_message()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def wait(self, msecs: int = -1) -> bool:
        return self.backups.wait(msecs)
