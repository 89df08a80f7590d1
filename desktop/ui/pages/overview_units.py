"""The receiving level's overview of its units: who sent what and when, who is silent,
and the next step (the figures are the reporting board's: services/sync_board.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.services.sync_board import Board, BoardRow

# More units than this are counted, not listed: the board lists them all.
LISTED_MAX = 12


def unit_line(row: BoardRow) -> str:
    """One unit: its last bundle and when, or that it never sent one; silent or not."""
    from desktop.ui.labels import format_day

    name = f"{row.code} {row.name}"
    if row.last_seq is None:
        return translate("OverviewUnits", "%1 — has sent nothing yet").replace("%1", name)
    text = (
        translate("OverviewUnits", "%1 — bundle no. %2 made on %3")
        .replace("%1", name)
        .replace("%2", str(row.last_seq))
        .replace("%3", format_day(row.last_bagging_date))
    )
    if row.silent and row.days_silent is not None:
        text += translate("OverviewUnits", ", silent for %1 days").replace(
            "%1", str(row.days_silent)
        )
    return text


def units_text(board: Board) -> tuple[str, str]:
    """The summary with a line per unit (silent ones first), and the next step."""
    rows = board.rows
    if not rows:
        return (
            translate("OverviewUnits", "No unit is registered yet."),
            translate(
                "OverviewUnits",
                "Next: register each commune's key under «Synchronisation» › «Units below», "
                "then import the bundles it sends under «Receive data».",
            ),
        )
    sent = sum(1 for r in rows if r.last_seq is not None)
    head = (
        translate(
            "OverviewUnits", "%1 units registered: %2 have sent data, %3 are silent (%4 days)."
        )
        .replace("%1", str(len(rows)))
        .replace("%2", str(sent))
        .replace("%3", str(board.silent))
        .replace("%4", str(board.silent_days))
    )
    ordered = sorted(rows, key=lambda r: (not r.silent, r.code))
    lines = [f"• {unit_line(r)}" for r in ordered[:LISTED_MAX]]
    if len(rows) > LISTED_MAX:
        lines.append(
            translate("OverviewUnits", "… and %1 more on the reporting board.").replace(
                "%1", str(len(rows) - LISTED_MAX)
            )
        )
    if board.silent:
        step = translate(
            "OverviewUnits",
            "Next: ask the silent units to send their data; «Synchronisation» › «Reporting "
            "board» shows each unit's figures and the bundles still missing.",
        )
    else:
        step = translate(
            "OverviewUnits",
            "Next: import the bundles the units send under «Synchronisation» › «Receive data».",
        )
    return "\n".join([head, *lines]), step


class UnitsBox(QGroupBox):
    """The receiving level's units, on its overview."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        font = self.next_step.font()
        font.setBold(True)
        self.next_step.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.next_step)

    def show_board(self, board: Board) -> None:
        self.setTitle(translate("OverviewUnits", "Units reporting here"))
        summary, step = units_text(board)
        self.summary.setText(summary)
        self.next_step.setText(step)
