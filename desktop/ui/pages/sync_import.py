"""The "Receive data" tab: check chosen bundles first (dry run), then import them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync_messages import format_sync_problem
from desktop.core.sync_rejections import rejection_reason
from desktop.services.container import Services
from desktop.services.sync_import import OUTCOMES, ImportOutcome
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.pages.common import value_label
from desktop.ui.pages.sync_common import OK_STYLE, Ask, Cancelled, LongJob, error_text
from desktop.ui.widgets import ERROR_STYLE

CTX = "SyncImportTab"
REFUSED_COLOUR = "#b3261e"
GOOD_COLOUR = "#1b6e20"

STATUSES = {
    "dry_run": QT_TRANSLATE_NOOP("SyncImportTab", "Checked: can be imported"),
    "imported": QT_TRANSLATE_NOOP("SyncImportTab", "Imported"),
    "already_imported": QT_TRANSLATE_NOOP("SyncImportTab", "Already imported, nothing changed"),
    "refused": QT_TRANSLATE_NOOP("SyncImportTab", "Refused, nothing changed"),
    "receipt": QT_TRANSLATE_NOOP("SyncImportTab", "Receipt"),
}
COUNT_TITLES = (
    QT_TRANSLATE_NOOP("SyncImportTab", "New"),
    QT_TRANSLATE_NOOP("SyncImportTab", "Updated"),
    QT_TRANSLATE_NOOP("SyncImportTab", "Unchanged"),
    QT_TRANSLATE_NOOP("SyncImportTab", "Conflict"),
    QT_TRANSLATE_NOOP("SyncImportTab", "Rejected"),
)
DETAIL_REASONS = {
    "foreign": QT_TRANSLATE_NOOP("SyncImportTab", "belongs to another unit"),
    "owned_by_other": QT_TRANSLATE_NOOP("SyncImportTab", "belongs to another unit"),
    "owned_by_receiver": QT_TRANSLATE_NOOP(
        "SyncImportTab", "belongs to this unit: a child may not change it"
    ),
    "tampered": QT_TRANSLATE_NOOP(
        "SyncImportTab", "the same version was received before with other content"
    ),
    "older": QT_TRANSLATE_NOOP("SyncImportTab", "older than the version already here"),
}
MAX_DETAILS = 20  # a long list of refused records is summarised, not listed

FILE_COLUMN_WIDTH = 300  # SoDanChu-25222-000001-d4f71eab.zip


class SyncImportTab(QWidget):
    """Choose files, read the check, import; ``imported`` outcomes kept for tests."""

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        ask: Ask,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._ask = ask
        self.paths: list[Path] = []
        self.outcomes: list[ImportOutcome] = []
        self._receipts_dir = services.ctx.paths.outbox
        self._start_dir = Path.home()

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.job = LongJob(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.job.bar, 1)
        buttons.addWidget(self.job.cancel_button)
        buttons.addStretch(0)
        self.job.bar.setMaximumWidth(360)

        self.receipts_label = QLabel()
        self.receipts_value = value_label()
        self.receipts_button = QPushButton()
        receipts = QHBoxLayout()
        receipts.addWidget(self.receipts_label)
        receipts.addWidget(self.receipts_value, 1)
        receipts.addWidget(self.receipts_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2 + len(COUNT_TITLES))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The result gets the room ("Đã nhập — gói số 12 của Phường …" must not be cut);
        # a bundle's file name has a fixed shape and length.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, FILE_COLUMN_WIDTH)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, 2 + len(COUNT_TITLES)):
            header.resizeSection(column, 82)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addLayout(receipts)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

        self.choose_button.clicked.connect(self.choose_files)
        self.import_button.clicked.connect(self.start_import)
        self.receipts_button.clicked.connect(self.choose_receipts_dir)
        self.job.busy_changed.connect(lambda _busy: self._update_enabled())

    # --- choosing and checking -------------------------------------------------------
    def choose_files(self) -> bool:
        paths = self._ask.open_files(
            self,
            translate("SyncImportTab", "Bundles and receipts to import"),
            self._start_dir,
            translate("SyncImportTab", "Bundles and receipts (*.zip *.json);;All files (*)"),
        )
        if not paths:
            return False
        self._start_dir = paths[0].parent
        return self.check(paths)

    def check(self, paths: Sequence[Path]) -> bool:
        """Verify ``paths`` off the GUI thread (a dry run: nothing changes)."""
        self.paths = list(paths)
        self.outcomes = []
        self.tree.clear()
        self.summary.setStyleSheet("")
        self.summary.setText(
            translate("SyncImportTab", "Checking %1 files…").replace("%1", str(len(self.paths)))
        )
        importer = self._services.sync_import
        files = list(self.paths)

        def job(progress: Callable[[int, int], None]) -> list[ImportOutcome]:
            return importer.import_files(files, dry_run=True, progress=progress)

        return self.job.start(job, self._checked, self._failed)

    def _checked(self, result: Any) -> None:
        self.outcomes = list(result)
        self._show(checked=True)

    def start_import(self) -> bool:
        """Import the checked files; each bundle in its own transaction."""
        if not self.paths:
            return False
        self.summary.setStyleSheet("")
        self.summary.setText(translate("SyncImportTab", "Importing…"))
        importer = self._services.sync_import
        files = list(self.paths)
        folder = self.receipts_dir

        def job(progress: Callable[[int, int], None]) -> list[ImportOutcome]:
            folder.mkdir(parents=True, exist_ok=True)
            return importer.import_files(files, receipts_dir=folder, progress=progress)

        # Bundles already imported stay imported: stopping half-way is not offered.
        return self.job.start(job, self._imported, self._failed, cancellable=False)

    def _imported(self, result: Any) -> None:
        self.outcomes = list(result)
        self.paths = []
        self._show(checked=False)
        # The pages that show what came in follow the change signal (change_bridge.py).

    def _failed(self, exc: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, Cancelled):
            self.summary.setText(translate("SyncImportTab", "Check cancelled."))
        else:
            self.summary.setText(error_text(exc, self._lang()))
        self.paths = []
        self._update_enabled()

    def choose_receipts_dir(self) -> None:
        folder = self._ask.folder(
            self, translate("SyncImportTab", "Folder for the receipts"), self.receipts_dir
        )
        if folder is not None:
            self.receipts_dir = folder

    @property
    def receipts_dir(self) -> Path:
        """Where receipts are written (the data folder's outbox unless changed)."""
        return self._receipts_dir

    @receipts_dir.setter
    def receipts_dir(self, folder: Path) -> None:
        self._receipts_dir = folder
        self.receipts_value.setText(str(folder))

    # --- showing outcomes --------------------------------------------------------------
    def importable(self) -> bool:
        return any(o.status in ("dry_run", "receipt") for o in self.outcomes)

    def _update_enabled(self) -> None:
        busy = self.job.busy
        self.choose_button.setEnabled(not busy)
        self.receipts_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and bool(self.paths) and self.importable())

    def _names(self) -> dict[str, str]:
        return {c.code: c.name for c in self._services.sync_import.children()}

    def _show(self, *, checked: bool) -> None:
        self.tree.clear()
        names = self._names()
        totals = dict.fromkeys(OUTCOMES, 0)
        refused = 0
        for outcome in self.outcomes:
            item = self._item(outcome, names)
            self.tree.addTopLevelItem(item)
            for i in range(item.childCount()):  # spanning works once the item is in the tree
                line = item.child(i)
                if line is not None:
                    line.setFirstColumnSpanned(True)
            if outcome.status == "refused":
                refused += 1
            else:
                for key in OUTCOMES:
                    totals[key] += outcome.counts.get(key, 0)
        self.tree.expandAll()
        counts = ", ".join(
            f"{translate('SyncImportTab', title).lower()} {totals[key]}"
            for key, title in zip(OUTCOMES, COUNT_TITLES, strict=True)
        )
        if checked:
            text = translate("SyncImportTab", "Check of %1 files (nothing changed yet): %2.")
        else:
            text = translate("SyncImportTab", "Import of %1 files done: %2.")
        text = text.replace("%1", str(len(self.outcomes))).replace("%2", counts)
        if refused:
            text += " " + translate("SyncImportTab", "%1 refused.").replace("%1", str(refused))
        if checked and self.importable():
            text += " " + translate("SyncImportTab", "Press «Import» to import them.")
        self.summary.setStyleSheet(ERROR_STYLE if refused else OK_STYLE)
        self.summary.setText(text)
        self._update_enabled()

    def _item(self, outcome: ImportOutcome, names: dict[str, str]) -> QTreeWidgetItem:
        lang = self._lang()
        files = ", ".join(p.name for p in outcome.files)
        status = translate("SyncImportTab", STATUSES.get(outcome.status, outcome.status))
        if outcome.seq and outcome.status != "receipt":
            unit = names.get(outcome.child_code, outcome.child_code)
            status = (
                translate("SyncImportTab", "%1 — bundle no. %2 of %3")
                .replace("%1", status)
                .replace("%2", str(outcome.seq))
                .replace("%3", unit)
            )
        item = QTreeWidgetItem([files, status])
        colour = REFUSED_COLOUR if outcome.status == "refused" else GOOD_COLOUR
        item.setForeground(1, QBrush(QColor(colour)))
        item.setToolTip(0, "\n".join(str(p) for p in outcome.files))
        if outcome.status not in ("refused", "receipt"):
            for column, key in enumerate(OUTCOMES, start=2):
                item.setText(column, str(outcome.counts.get(key, 0)))
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        lines: list[tuple[str, str]] = []
        for problem in outcome.problems:
            lines.append((format_sync_problem(problem.code, problem.params, lang), REFUSED_COLOUR))
        for detail in outcome.details[:MAX_DETAILS]:
            reason = DETAIL_REASONS.get(str(detail.get("reason")))
            lines.append(
                (
                    translate("SyncImportTab", "Record %1, version %2: %3")
                    .replace("%1", str(detail.get("uuid", ""))[:8])
                    .replace("%2", str(detail.get("version", "")))
                    .replace(
                        "%3",
                        translate("SyncImportTab", reason)
                        if reason
                        else rejection_reason(detail, lang),
                    ),
                    REFUSED_COLOUR,
                )
            )
        if len(outcome.details) > MAX_DETAILS:
            lines.append(
                (
                    translate("SyncImportTab", "… and %1 more records").replace(
                        "%1", str(len(outcome.details) - MAX_DETAILS)
                    ),
                    REFUSED_COLOUR,
                )
            )
        if outcome.missing_seqs:
            lines.append(
                (
                    translate("SyncImportTab", "Missing bundle no. %1 of %2")
                    .replace("%1", ", ".join(str(s) for s in outcome.missing_seqs))
                    .replace("%2", names.get(outcome.child_code, outcome.child_code)),
                    REFUSED_COLOUR,
                )
            )
        if outcome.complete is True:
            lines.append(
                (
                    translate(
                        "SyncImportTab", "The unit's data here is complete (matches its counts)."
                    ),
                    GOOD_COLOUR,
                )
            )
        elif outcome.complete is False:
            lines.append(
                (
                    translate(
                        "SyncImportTab",
                        "The unit's data here is not complete yet (earlier bundles missing).",
                    ),
                    REFUSED_COLOUR,
                )
            )
        if outcome.receipt is not None:
            lines.append(
                (
                    translate("SyncImportTab", "Receipt written: %1").replace(
                        "%1", str(outcome.receipt)
                    ),
                    GOOD_COLOUR,
                )
            )
        for text, line_colour in lines:
            child = QTreeWidgetItem([text])
            child.setForeground(0, QBrush(QColor(line_colour)))
            child.setToolTip(0, text)
            item.addChild(child)
        return item

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "SyncImportTab",
                "Choose the bundle files (ZIP) received from the units below, and receipts "
                "(JSON). They are checked first without changing anything; then press "
                "«Import». A receipt is written for each imported bundle: send it back.",
            )
        )
        self.choose_button.setText(translate("SyncImportTab", "&Choose files…"))
        self.import_button.setText(translate("SyncImportTab", "&Import"))
        self.receipts_label.setText(translate("SyncImportTab", "Receipts folder:"))
        self.receipts_value.setText(str(self.receipts_dir))
        self.receipts_button.setText(translate("SyncImportTab", "C&hange…"))
        self.tree.setHeaderLabels(
            [translate("SyncImportTab", "File"), translate("SyncImportTab", "Result")]
            + [translate("SyncImportTab", t) for t in COUNT_TITLES]
        )
        self.job.retranslate()
        if self.outcomes:
            self._show(checked=bool(self.paths))
