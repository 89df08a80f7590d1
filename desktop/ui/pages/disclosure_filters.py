"""The views and filters above the disclosures list: one row, one ``changed`` signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.core.queries import DisclosureQuery
from desktop.ui.disclosure_labels import category_choices
from desktop.ui.i18n import translate
from desktop.ui.pages.disclosure_list import VIEWS
from desktop.ui.pages.record_list import fill_choices, reset_quietly

CTX = "DisclosuresPage"
FILTER_DELAY_MS = 250


class FilterBar(QWidget):
    """View buttons (the first, "Needs attention", chosen), item, year, warnings, and the
    search box (``search``, placed by the page).

    ``changed`` follows a click at once and typing after a short pause.

    Args:
        years: the years offered, newest first.
    """

    changed = Signal()

    def __init__(self, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years = years
        self.views = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        views = QHBoxLayout()
        views.setSpacing(0)
        for number, (key, _) in enumerate(VIEWS):
            view_button = QToolButton()
            view_button.setCheckable(True)
            view_button.setObjectName(f"view_{key}")
            self.views.addButton(view_button, number)
            views.addWidget(view_button)
        self.views.button(0).setChecked(True)
        self.views.buttonToggled.connect(self._embolden)
        self._embolden()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        self.category = QComboBox()
        self.category.setMinimumContentsLength(14)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year = QComboBox()
        self.with_warnings = QCheckBox()
        row.addLayout(views)
        row.addStretch(1)
        row.addWidget(self.category, 2)
        row.addWidget(self.year)
        row.addWidget(self.with_warnings)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._now)
        self.views.idClicked.connect(self._now)
        self.category.currentIndexChanged.connect(self._now)
        self.year.currentIndexChanged.connect(self._now)
        self.with_warnings.toggled.connect(self._now)

    def _embolden(self) -> None:
        """The chosen view in bold: a checked tool button alone is too faint to tell."""
        for button in self.views.buttons():
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def stop(self) -> None:
        """The list is read now anyway: no second query after the pause."""
        self._timer.stop()

    def retranslate(self, lang: str) -> None:
        for number, (_, title) in enumerate(VIEWS):
            self.views.button(number).setText(translate(CTX, title))
        self.search.setPlaceholderText(
            translate("DisclosuresPage", "Search title, number or person (Ctrl+F)")
        )
        self.with_warnings.setText(translate("DisclosuresPage", "Only with &warnings"))
        fill_choices(
            self.category, translate("DisclosuresPage", "All items"), category_choices(lang)
        )
        fill_choices(
            self.year,
            translate("DisclosuresPage", "All years"),
            [(str(y), y) for y in self._years],
        )

    # --- what is chosen -----------------------------------------------------------------
    def view_key(self) -> str:
        return VIEWS[max(self.views.checkedId(), 0)][0]

    def set_view(self, key: str) -> None:
        """Choose a view without a signal: ``attention``, ``on_boards``, ``planned``,
        ``overdue`` or ``all``."""
        keys = [k for k, _ in VIEWS]
        self.views.button(keys.index(key)).setChecked(True)

    def category_number(self) -> int | None:
        number = self.category.currentData()
        return number if isinstance(number, int) else None

    def query(self) -> DisclosureQuery:
        """The view and filters in force (the model adds the order and today)."""
        year = self.year.currentData()
        return DisclosureQuery(
            category=self.category_number(),
            year=year if isinstance(year, int) else None,
            search=self.search.text().strip(),
            view=self.view_key(),
            with_warnings=self.with_warnings.isChecked(),
        )

    def filtered(self) -> bool:
        q = self.query()
        return bool(q.category or q.year or q.search or q.with_warnings)

    def clear(self, view: str = "all") -> None:
        """Every filter off and ``view`` chosen, without a signal."""
        reset_quietly(self.category, self.year, self.with_warnings, self.search)
        self.set_view(view)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
