"""Pieces shared by the pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.core.installation import InstallationData

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
    from desktop.core.installation import normalize_installation
    from desktop.ui.labels import role_label, upper_kind_label  # not needed by the frame

    # Set up before the province was derived from a province level's own code: derived here.
    data = normalize_installation(data)
    code, name = data.province_code, data.province_name
    province = f"{name} ({code})" if name and code else code or "—"
    upper = f"{upper_kind_label(data.upper_kind)} — {data.upper_name} ({data.upper_code})"
    return {
        "role": role_label(data.role),
        "name": data.name,
        "code": data.code,
        "province": province,
        "upper": upper,
        "officer": data.officer_name or "—",
    }


def record_table(
    model: QAbstractItemModel,
    widths: Sequence[int],
    sort_column: int,
    order: Qt.SortOrder,
) -> QTableView:
    """A read-only, row-selecting table for a lazy record list.

    ``widths``: a width per column, 0 for the column that stretches. Tab leaves
    the table, so the page can be used by keyboard alone.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicator(sort_column, order)
    for section, width in enumerate(widths):
        if width:
            header.resizeSection(section, width)
        else:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
    return view


def list_or_empty(view: QWidget) -> tuple[QLabel, QStackedWidget]:
    """A stack showing ``view``, or a centred label saying why the list is empty."""
    empty = QLabel()
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(view)
    stack.addWidget(empty)
    return empty, stack
