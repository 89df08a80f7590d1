"""Pieces shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.core.installation import InstallationData
from desktop.ui.labels import role_label, upper_kind_label

CONTENT_MAX_WIDTH = 960  # long lines of facts are hard to read across a wide screen

_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def heading() -> QLabel:
    """A page's title line."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def value_label() -> QLabel:
    """A read-only value the officer may select and copy (paths, codes)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    return label


def installation_values(data: InstallationData) -> dict[str, str]:
    """The set-up answers as shown on the overview and settings pages."""
    province = f"{data.province_name} ({data.province_code})" if data.province_code else ""
    upper = f"{upper_kind_label(data.upper_kind)} — {data.upper_name} ({data.upper_code})"
    return {
        "role": role_label(data.role),
        "name": data.name,
        "code": data.code,
        "province": province,
        "upper": upper,
        "officer": data.officer_name or "—",
    }
