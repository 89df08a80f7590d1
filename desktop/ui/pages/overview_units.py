"""The receiving level's overview of its units: who sent what and when, who is silent,
what needs attention (bundles whose data is lost apart from gaps a later bundle covered,
late or briefly posted disclosures, suspended hương ước), and the next step (the figures
are the reporting board's: services/sync_board.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from desktop.core.text import place_sort_key
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
    ordered = sorted(rows, key=lambda r: (not r.silent, place_sort_key(r.name), r.code))
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


def _unit_attention(row: BoardRow) -> list[str]:
    """What needs attention in one unit: data lost in transit before gaps that a later
    bundle covered, then its disclosures (Law 10/2022 Arts. 11-12) and hương ước (D61)."""
    from desktop.services.sync_board_export import missing_text

    parts: list[str] = []
    if row.missing:
        parts.append(
            translate(
                "OverviewUnits", "bundle no. %1 never arrived and its data is missing"
            ).replace("%1", missing_text(row))
        )
    if row.covered:
        parts.append(
            translate(
                "OverviewUnits", "bundle no. %1 never arrived, but a later one carried it all"
            ).replace("%1", missing_text(row, covered=True))
        )
    counts = row.counts
    if counts.late:
        parts.append(
            translate("OverviewUnits", "%1 disclosures late").replace("%1", str(counts.late))
        )
    if counts.short_postings:
        parts.append(
            translate("OverviewUnits", "%1 disclosures posted too briefly").replace(
                "%1", str(counts.short_postings)
            )
        )
    if counts.suspended:
        parts.append(
            translate("OverviewUnits", "%1 hương ước suspended").replace(
                "%1", str(counts.suspended)
            )
        )
    return parts


def attention_text(board: Board) -> str:
    """The units whose bundles or records need the officer's attention, worst first; ""
    when none does."""
    found = [(r, _unit_attention(r)) for r in board.rows]
    found = [(r, parts) for r, parts in found if parts]
    if not found:
        return ""
    found.sort(key=lambda f: (not f[0].missing, place_sort_key(f[0].name), f[0].code))
    lines = [
        translate("OverviewUnits", "Needing attention in %1 units:").replace("%1", str(len(found)))
    ]
    lines += [f"• {r.code} {r.name}: {'; '.join(parts)}" for r, parts in found[:LISTED_MAX]]
    if len(found) > LISTED_MAX:
        lines.append(
            translate("OverviewUnits", "… and %1 more on the reporting board.").replace(
                "%1", str(len(found) - LISTED_MAX)
            )
        )
    return "\n".join(lines)


class UnitsBox(QGroupBox):
    """The receiving level's units, on its overview."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.attention = QLabel()
        self.attention.setWordWrap(True)
        self.attention.setStyleSheet("color: #8a1c1c")
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        font = self.next_step.font()
        font.setBold(True)
        self.next_step.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.attention)
        layout.addWidget(self.next_step)

    def show_board(self, board: Board) -> None:
        self.setTitle(translate("OverviewUnits", "Units reporting here"))
        summary, step = units_text(board)
        self.summary.setText(summary)
        attention = attention_text(board)
        self.attention.setText(attention)
        self.attention.setVisible(bool(attention))
        self.next_step.setText(step)
