"""About Sổ Dân Chủ: version, where the data and the log are, licences of what is bundled."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.resources import is_frozen, resource_path
from desktop.ui.i18n import APP_NAME, is_language_change, translate

FONT_LICENCE = ("fonts", "LICENSE-LiberationSerif.txt")


@dataclass(frozen=True)
class Component:
    """A library or font shipped with the app and the licence it comes under."""

    name: str
    distribution: str | None  # the package whose version is shown, if any
    licence: str


COMPONENTS = (
    Component("Python", None, "PSF-2.0"),
    Component("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Alembic", "alembic", "MIT"),
    Component("Mako", "Mako", "MIT"),
    Component("ReportLab", "reportlab", "BSD-3-Clause"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("vietnam-provinces", "vietnam-provinces", "GPL-3.0 (upstream)"),
    Component("holidays", "holidays", "MIT"),
    Component("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    Component("openpyxl", "openpyxl", "MIT"),
    Component("psycopg", "psycopg", "LGPL-3.0-only"),
    Component("orjson", "orjson", "Apache-2.0 OR MIT"),
    Component("Liberation Serif", None, "SIL OFL 1.1"),
)


def component_version(component: Component) -> str:
    if component.name == "Python":
        return platform.python_version()
    if component.distribution is None:
        return ""
    try:
        return version(component.distribution)
    except PackageNotFoundError:
        return ""


def font_licence_text() -> str:
    try:
        return resource_path(*FONT_LICENCE).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return ""


class AboutDialog(QDialog):
    """Read-only; everything shown is selectable so an officer can copy it to a report."""

    def __init__(self, data_dir: Path, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._data_dir = data_dir
        self._log_file = log_file

        self.icon = QLabel()
        try:
            pixmap = QPixmap(str(resource_path("icons", "sodanchu.png")))
            self.icon.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        except FileNotFoundError:
            pass
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.tagline = QLabel()
        self.tagline.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.tagline)
        top.addLayout(titles, 1)

        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        values = {
            "version": __version__ + (" (frozen)" if is_frozen() else ""),
            "data_dir": str(data_dir),
            "log_file": str(log_file),
        }
        for key, text in values.items():
            label = QLabel()
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
            self._labels[key] = label
            self.values[key] = value

        self.licences_title = QLabel()
        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)
        self.licences.setMinimumSize(560, 260)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.licences_title)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def licences_html(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(component_version(c))}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in COMPONENTS
        )
        titles = (
            translate("AboutDialog", "Component"),
            translate("AboutDialog", "Version"),
            translate("AboutDialog", "Licence"),
        )
        head = "<tr>" + "".join(f"<th align='left'>{html.escape(t)}</th>" for t in titles) + "</tr>"
        note = html.escape(
            translate(
                "AboutDialog",
                "The full licence texts are installed with the program "
                "(the fonts' licence below; the libraries' in their package metadata).",
            )
        )
        font_text = font_licence_text()
        return (
            f"<table cellspacing='0' cellpadding='3'>{head}{rows}</table><p>{note}</p>"
            f"<pre>{html.escape(font_text)}</pre>"
        )

    def retranslate(self) -> None:
        self.setWindowTitle(translate("AboutDialog", "About %1").replace("%1", APP_NAME))
        self.title.setText(APP_NAME)
        self.tagline.setText(
            translate(
                "AboutDialog", "Offline ledger of grassroots democracy records for a commune."
            )
        )
        self._labels["version"].setText(translate("AboutDialog", "Version:"))
        self._labels["data_dir"].setText(translate("AboutDialog", "Data folder:"))
        self._labels["log_file"].setText(translate("AboutDialog", "Log file:"))
        self.licences_title.setText(translate("AboutDialog", "Bundled fonts and libraries:"))
        self.licences.setHtml(self.licences_html())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
