"""Two versions of a hương ước / quy ước side by side, article by article (D61 Art. 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.convention_json import StoredConvention
from desktop.core.convention_text import ArticleChange, ChangeStatus
from desktop.core.conventions import effective_from, status
from desktop.services.container import Services
from desktop.ui.convention_labels import change_label, status_label
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day
from desktop.ui.widgets import fit_dialog

# Subtle row tints that read on a light and on a dark palette alike.
_TINTS = {
    ChangeStatus.ADDED: QColor(46, 125, 50, 40),
    ChangeStatus.REMOVED: QColor(198, 40, 40, 40),
    ChangeStatus.CHANGED: QColor(237, 108, 2, 40),
}
NUMBER, CHANGE, OLD, NEW = range(4)


def version_label(number: int, stored: StoredConvention) -> str:
    """``Version 2 — In force — 05/01/2026``."""
    text = (
        translate("ConventionCompare", "Version %1 — %2")
        .replace("%1", str(number))
        .replace("%2", status_label(status(stored.data)))
    )
    since = effective_from(stored.data)
    return f"{text} — {format_day(since)}" if since else text


class ConventionCompare(QDialog):
    """Pick two versions of the lineage ``uuid`` belongs to; the table shows every article.

    The newer one defaults to ``uuid`` (or the version after it, for the first one).
    """

    def __init__(self, services: Services, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.versions = services.conventions.versions(uuid)
        self.changes: list[ArticleChange] = []
        self.setWindowTitle(translate("ConventionCompare", "Compare versions"))
        fit_dialog(self, 1100, 640)

        self.old = QComboBox()
        self.new = QComboBox()
        for number, stored in enumerate(self.versions, start=1):
            for combo in (self.old, self.new):
                combo.addItem(version_label(number, stored), stored.uuid)
        uuids = [s.uuid for s in self.versions]
        newer = max(uuids.index(uuid) if uuid in uuids else 0, 1 if len(uuids) > 1 else 0)
        self.new.setCurrentIndex(newer)
        self.old.setCurrentIndex(max(newer - 1, 0))
        self.hide_unchanged = QCheckBox(translate("ConventionCompare", "&Hide unchanged articles"))
        self.summary = QLabel()

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ConventionCompare", "Article"),
                translate("ConventionCompare", "Change"),
                translate("ConventionCompare", "Old text"),
                translate("ConventionCompare", "New text"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(NUMBER, 70)
        header.resizeSection(CHANGE, 110)
        for column in (OLD, NEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        old_label = QLabel(translate("ConventionCompare", "&Old version:"))
        old_label.setBuddy(self.old)
        new_label = QLabel(translate("ConventionCompare", "&New version:"))
        new_label.setBuddy(self.new)
        bar = QHBoxLayout()
        for widget in (old_label, self.old, new_label, self.new):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.hide_unchanged)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.hide_unchanged.toggled.connect(self._fill)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        """Compare the two versions chosen."""
        old, new = self.old.currentData(), self.new.currentData()
        self.changes = self._services.conventions.compare(old, new) if old and new else []
        counts = {s: sum(c.status is s for c in self.changes) for s in ChangeStatus}
        self.summary.setText(
            translate("ConventionCompare", "%1 amended, %2 added, %3 removed, %4 unchanged")
            .replace("%1", str(counts[ChangeStatus.CHANGED]))
            .replace("%2", str(counts[ChangeStatus.ADDED]))
            .replace("%3", str(counts[ChangeStatus.REMOVED]))
            .replace("%4", str(counts[ChangeStatus.UNCHANGED]))
        )
        self._fill()

    def _fill(self) -> None:
        shown = [
            c
            for c in self.changes
            if not (self.hide_unchanged.isChecked() and c.status is ChangeStatus.UNCHANGED)
        ]
        self.table.setRowCount(len(shown))
        for row, change in enumerate(shown):
            texts = (
                f"Điều {change.number}",
                change_label(change.status),
                change.old_text or "—",
                change.new_text or "—",
            )
            tint = _TINTS.get(change.status)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if tint is not None:
                    item.setBackground(tint)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        """(article, change) of each row shown (tests)."""
        out = []
        for row in range(self.table.rowCount()):
            number, change = self.table.item(row, NUMBER), self.table.item(row, CHANGE)
            out.append((number.text() if number else "", change.text() if change else ""))
        return out
