"""Overview: what needs doing today, who this installation is, its villages, where the data is."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.villages import VillageService
from desktop.storage.villages import VillageQuery
from desktop.ui.i18n import is_language_change, translate
from desktop.ui.labels import format_count
from desktop.ui.pages.common import CONTENT_MAX_WIDTH, heading, installation_values, value_label
from desktop.ui.pages.today_box import TodayBox
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)


def active_totals(villages: VillageService) -> tuple[int, int]:
    """Active villages and the households they hold (one SQL query)."""
    return villages.totals(VillageQuery(include_retired=False))


class OverviewPage(QWidget):
    """Read-only facts; refreshed whenever it is shown or the villages change."""

    open_villages = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.heading = heading()
        self.values: dict[str, QLabel] = {}
        self._form_labels: dict[str, QLabel] = {}

        self.today = TodayBox()  # what needs doing today, first
        self.worker = Worker(parent=self)
        self._asked = 0
        self.commune_box = QGroupBox()
        self.villages_box = QGroupBox()
        self.data_box = QGroupBox()
        self._fill_box(self.commune_box, ("name", "code", "province", "upper", "officer"))
        self._fill_box(self.villages_box, ("villages", "households"))
        self._fill_box(self.data_box, ("data_dir",))
        self.to_villages = QPushButton()
        self.to_villages.clicked.connect(self.open_villages)
        row = QHBoxLayout()
        row.addWidget(self.to_villages)
        row.addStretch(1)
        box_layout = self.villages_box.layout()
        assert isinstance(box_layout, QFormLayout)
        box_layout.addRow(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for box in (self.today, self.commune_box, self.villages_box, self.data_box):
            box.setMaximumWidth(CONTENT_MAX_WIDTH)
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def _fill_box(self, box: QGroupBox, keys: tuple[str, ...]) -> None:
        form = QFormLayout(box)
        for key in keys:
            label = QLabel()
            value = value_label()
            form.addRow(label, value)
            self._form_labels[key] = label
            self.values[key] = value

    def retranslate(self) -> None:
        self.heading.setText(translate("OverviewPage", "Overview"))
        self.commune_box.setTitle(translate("OverviewPage", "This installation"))
        self.villages_box.setTitle(translate("OverviewPage", "Villages"))
        self.data_box.setTitle(translate("OverviewPage", "Data"))
        words = {
            "name": translate("OverviewPage", "Commune:"),
            "code": translate("OverviewPage", "Commune code:"),
            "province": translate("OverviewPage", "Province:"),
            "upper": translate("OverviewPage", "Receiving level:"),
            "officer": translate("OverviewPage", "Officer:"),
            "villages": translate("OverviewPage", "Active villages:"),
            "households": translate("OverviewPage", "Households in active villages:"),
            "data_dir": translate("OverviewPage", "Data folder:"),
        }
        for key, text in words.items():
            self._form_labels[key].setText(text)
        self.to_villages.setText(translate("OverviewPage", "Open the village list"))
        self.refresh()

    def refresh(self) -> None:
        inst = self._services.setup.installation()
        v = self.values
        if inst is not None:
            for key, text in installation_values(inst.data).items():
                if key in v:
                    v[key].setText(text)
        count, households = active_totals(self._services.villages)
        v["villages"].setText(format_count(count))
        v["households"].setText(format_count(households))
        v["data_dir"].setText(str(self._services.ctx.paths.root))
        self._read_today(self._next_step(count))

    def _read_today(self, next_step: str) -> None:
        """The day's work, read off the GUI thread (the calendar and three lists)."""
        self._asked += 1
        asked = self._asked

        def show(items: object) -> None:
            if asked == self._asked and isinstance(items, list):  # the latest answer only
                self.today.show_items(items, next_step)

        self.worker.run(self._services.today.todo, show, self._today_failed)

    def _today_failed(self, exc: BaseException) -> None:
        log.error("reading what needs doing today failed", exc_info=exc)
        self.today.show_items(
            [], translate("OverviewPage", "The list of what needs doing could not be read.")
        )

    def wait(self, msecs: int = -1) -> bool:
        """Block until the day's work is read (closing the window, tests)."""
        return self.worker.wait(msecs)

    def _next_step(self, villages: int) -> str:
        """What to do next when nothing is due."""
        if villages == 0:
            return translate(
                "OverviewPage",
                "Nothing is due. Start by adding the villages and residential groups under "
                "«Villages» (Ctrl+2): every meeting, convention and disclosure names one.",
            )
        return translate(
            "OverviewPage",
            "Nothing is due today. Record a village meeting under «Village meetings» "
            "(Ctrl+3, then Ctrl+N), or a decision to disclose under «Public disclosure» (Ctrl+5); "
            "send the month's data to the level above under «Synchronisation» (Ctrl+6).",
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
