"""Yearly hương ước / quy ước figures (Decree 61/2023/NĐ-CP Art. 16), counted off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.services.calendar import FIRST_YEAR
from desktop.services.container import Services
from desktop.services.faults import failure_text
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.labels import format_count
from desktop.ui.lazy_model import RIGHT
from desktop.ui.pages.common import CONTENT_MAX_WIDTH
from desktop.ui.widgets import ERROR_STYLE
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

_STATISTICS = (
    ("recognized", QT_TRANSLATE_NOOP("ConventionsPage", "Recognised")),
    ("refused", QT_TRANSLATE_NOOP("ConventionsPage", "Not recognised (refused in writing)")),
    ("superseded", QT_TRANSLATE_NOOP("ConventionsPage", "Amended or replaced")),
    ("suspended", QT_TRANSLATE_NOOP("ConventionsPage", "Suspended")),
    ("abolished", QT_TRANSLATE_NOOP("ConventionsPage", "Abolished, in whole or in part")),
    ("in_force", QT_TRANSLATE_NOOP("ConventionsPage", "In force or suspended on 31 December")),
)


class StatisticsPanel(QWidget):
    """The yearly figures of Decree 61/2023 Art. 16 for the year chosen, counted off
    the GUI thread; ``values`` holds the figures shown."""

    def __init__(
        self, services: Services, lang: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.values: dict[str, int] = {}
        self.worker = Worker(parent=self)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, services.ctx.today().year + 1)
        self.year.setValue(services.ctx.today().year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.state = QLabel()
        self.figures: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        self.year.setFixedWidth(100)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.year_label, self.year)
        for key, _ in _STATISTICS:
            name, figure = QLabel(), QLabel("…")
            figure.setAlignment(RIGHT)
            figure.setFixedWidth(100)
            form.addRow(name, figure)
            self._names[key], self.figures[key] = name, figure
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.setMaximumWidth(CONTENT_MAX_WIDTH)
        self._stale = True  # counted when first shown: no thread runs unless looked at
        self.year.valueChanged.connect(self.refresh)
        self.retranslate()

    def invalidate(self) -> None:
        """The records changed: count again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def refresh(self) -> None:
        """Count the figures of the year chosen again."""
        self._stale = False
        year = self.year.value()
        self.state.setStyleSheet("")
        self.state.setText(translate("ConventionsPage", "Counting…"))
        statistics = self._services.conventions.statistics
        self.worker.run(lambda: statistics(year), lambda r: self._show(year, r), self._failed)

    def _show(self, year: int, result: object) -> None:
        if year != self.year.value() or not isinstance(result, dict):
            return  # an older count finished after the year was changed
        self.values = {str(k): int(v) for k, v in result.items()}
        for key, figure in self.figures.items():
            figure.setText(format_count(self.values.get(key, 0)))
        self.state.clear()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("counting statistics failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self.state.setStyleSheet(ERROR_STYLE)
        self.state.setText(
            translate("ConventionsPage", "The figures could not be counted: %1").replace("%1", text)
        )

    def retranslate(self) -> None:
        self.year_label.setText(translate("ConventionsPage", "&Year:"))
        self.note.setText(
            translate(
                "ConventionsPage",
                "Figures reported each year to the level above (Decree 61/2023/NĐ-CP, Art. 16): "
                "each convention is counted once per kind of step dated in the year.",
            )
        )
        for key, text in _STATISTICS:
            self._names[key].setText(translate("ConventionsPage", text) + ":")
