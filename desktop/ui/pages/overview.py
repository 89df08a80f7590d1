"""Overview: what needs doing today, who this installation is, its villages, where the data is."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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

from desktop.core.changes import RECORD_KINDS, SETTINGS, SYNC_STATE
from desktop.ui.i18n import is_language_change, translate
from desktop.ui.pages.common import CONTENT_MAX_WIDTH, heading, installation_values, value_label
from desktop.ui.pages.overview_units import UnitsBox
from desktop.ui.pages.today_box import TodayBox
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the frame is painted before these load (docs/performance.md "Start-up")
    from desktop.core.installation import Installation, Role
    from desktop.services.container import Services
    from desktop.services.villages import VillageService

NOT_YET = "…"  # a figure still loading


def active_totals(villages: VillageService) -> tuple[int, int]:
    """Active villages and the households they hold (one SQL query)."""
    from desktop.core.queries import VillageQuery

    return villages.totals(VillageQuery(include_retired=False))


@dataclass(frozen=True)
class OverviewFigures:
    """What the overview shows, read in one go (off the GUI thread at start-up)."""

    installation: Installation | None
    villages: int
    households: int
    data_dir: Path


def overview_figures(services: Services) -> OverviewFigures:
    count, households = active_totals(services.villages)
    return OverviewFigures(
        services.setup.installation(), count, households, services.ctx.paths.root
    )


class OverviewPage(QWidget):
    """Read-only facts; refreshed whenever it is shown or what it counts changes.

    Made without ``services`` it is the window frame's skeleton: headings and labels,
    each figure "…" until :meth:`attach` gives it the store.
    """

    open_villages = Signal()
    # The change signal (desktop/ui/change_bridge.py): what it counts; refresh() reads.
    kinds_shown = RECORD_KINDS | {SETTINGS, SYNC_STATE}

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.heading = heading()
        self.values: dict[str, QLabel] = {}
        self._form_labels: dict[str, QLabel] = {}

        self.today = TodayBox()  # what needs doing today, first
        self.worker = Worker(parent=self)
        self._asked = 0
        self._role: Role | None = None
        self.units_box = UnitsBox()  # the receiving level's units
        self.units_box.hide()
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
        for box in (self.today, self.units_box, self.commune_box, self.villages_box, self.data_box):
            box.setMaximumWidth(CONTENT_MAX_WIDTH)
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def _fill_box(self, box: QGroupBox, keys: tuple[str, ...]) -> None:
        form = QFormLayout(box)
        for key in keys:
            label = QLabel()
            value = value_label()
            value.setText(NOT_YET)
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
        role = self._role.value if self._role is not None else "commune"
        if role == "upper":  # the receiving level itself: no commune, no level above
            words["name"] = translate("OverviewPage", "Name:")
            words["code"] = translate("OverviewPage", "Code:")
        elif role == "village":
            words["name"] = translate("OverviewPage", "Village:")
            words["code"] = translate("OverviewPage", "Village code:")
            words["upper"] = translate("OverviewPage", "Commune:")
        for key, text in words.items():
            self._form_labels[key].setText(text)
        self.to_villages.setText(translate("OverviewPage", "Open the village list"))
        self.refresh()

    def set_role(self, role: Role | None) -> None:
        """Show what this installation's role is: a receiving level sees its units and has
        no villages and no level above; a village head's laptop names its commune."""
        self._role = role
        upper = role is not None and role.value == "upper"
        self.units_box.setVisible(upper)
        self.villages_box.setVisible(not upper)
        form = self.commune_box.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.values["upper"], not upper)
        self.retranslate()

    def attach(self, services: Services, figures: OverviewFigures | None = None) -> None:
        """The store is open: show its figures (``figures`` if read already)."""
        self._services = services
        self.show_figures(figures or overview_figures(services))

    def refresh(self) -> None:
        if self._services is None:  # the frame: "…", or the figures peeked early
            return
        self.show_figures(overview_figures(self._services))

    def show_figures(self, figures: OverviewFigures) -> None:
        from desktop.ui.labels import format_count  # its enums are not needed by the frame

        v = self.values
        if figures.installation is not None:
            for key, text in installation_values(figures.installation.data).items():
                if key in v:
                    v[key].setText(text)
            data = figures.installation.data
            if data.role.value == "village":
                v["upper"].setText(f"{data.parent_name} ({data.parent_code})")
        v["villages"].setText(format_count(figures.villages))
        v["households"].setText(format_count(figures.households))
        v["data_dir"].setText(str(figures.data_dir))
        if self._services is not None:  # the day's work needs the open store
            role = figures.installation.data.role.value if figures.installation else ""
            if role == "upper":
                self.units_box.show_board(self._services.sync_board.board())
            self._read_today(self._next_step(figures.villages, role))

    def has_figures(self) -> bool:
        return self.values["villages"].text() != NOT_YET

    def _read_today(self, next_step: str) -> None:
        """The day's work, read off the GUI thread (the calendar and three lists)."""
        if self._services is None:
            return
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

    def _next_step(self, villages: int, role: str = "commune") -> str:
        """What to do next when nothing is due, for this installation's role."""
        if role == "upper":  # the receiving level keeps no villages of its own
            return translate(
                "OverviewPage",
                "Nothing is due. Register each commune's key and import the bundles they send "
                "under «Synchronisation» (Ctrl+8).",
            )
        if role == "village":
            return translate(
                "OverviewPage",
                "Nothing is due. Record the village's meetings under «Village meetings» "
                "(Ctrl+3) and send them to the commune under «Synchronisation» (Ctrl+8).",
            )
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
            "send the month's data to the level above under «Synchronisation» (Ctrl+8).",
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
