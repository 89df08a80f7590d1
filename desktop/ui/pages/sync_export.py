"""The "Send data" tab of a commune or village: status, export, receipts, key registration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.installation import Role
from desktop.services.container import Services
from desktop.services.sync import DEFAULT_SPLIT_BYTES, ExportResult, ExportStatus
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.labels import format_count
from desktop.ui.pages.common import value_label
from desktop.ui.pages.sync_common import (
    OK_STYLE,
    Ask,
    Banner,
    Cancelled,
    LongJob,
    error_text,
    local_time_text,
)
from desktop.ui.pages.sync_receipts import ReceiptsBox
from desktop.ui.widgets import ERROR_STYLE

CTX = "SyncExportTab"

# Why export waits (desktop.sync.identity), in words a commune officer understands.
IDENTITY_REASONS = {
    "restored": QT_TRANSLATE_NOOP(
        "SyncExportTab",
        "The data on this computer was restored from an older backup: bundles were already "
        "sent after that backup was made.",
    ),
    "copied": QT_TRANSLATE_NOOP(
        "SyncExportTab",
        "This data folder was copied from another computer or moved to another folder.",
    ),
    "identity_changed": QT_TRANSLATE_NOOP(
        "SyncExportTab",
        "This data folder was replaced by the data of another installation.",
    ),
    "marker_missing": QT_TRANSLATE_NOOP(
        "SyncExportTab",
        "The record of the bundles already sent from this folder is missing; the data was "
        "probably restored or copied.",
    ),
}


class SyncExportTab(QWidget):
    """Status and actions of the sending side; ``status`` is read when the tab is shown."""

    def __init__(
        self, services: Services, lang: Callable[[], str], ask: Ask, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._ask = ask
        self._folder = services.ctx.paths.outbox
        self.last_result: ExportResult | None = None
        self.state: ExportStatus | None = None

        self.banner = Banner()
        self.banner.hide()
        self.banner.button.clicked.connect(self.confirm_identity)

        self.status_box = QGroupBox()
        self.values = {name: value_label() for name in _STATUS_ROWS}
        self.form = QFormLayout(self.status_box)
        for name in _STATUS_ROWS:
            self.form.addRow(QLabel(), self.values[name])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.form.addRow(self.empty)

        self.export_button = QPushButton()
        self.full = QCheckBox()
        self.split = QCheckBox()
        self.job = LongJob(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.hide()
        export_box = QGroupBox()
        self.export_box = export_box
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.full)
        row.addWidget(self.split)
        row.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.job.bar, 1)
        progress.addWidget(self.job.cancel_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(export_box)
        column.addLayout(row)
        column.addLayout(progress)
        column.addLayout(result_row)

        self.receipts = ReceiptsBox(
            services, lang, ask, self.job, lambda: self._folder, self.refresh
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_box)
        layout.addWidget(export_box)
        layout.addWidget(self.receipts)
        layout.addStretch(1)

        self.export_button.clicked.connect(self.choose_and_export)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.job.busy_changed.connect(lambda _busy: self._update_enabled())

    # --- status ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.state = self._services.sync.status()
        self._show_status()

    def _show_status(self) -> None:
        st = self.state
        if st is None:
            return
        inst = self._services.setup.installation()
        data = inst.data if inst else None
        if st.last_seq:
            self.values["last"].setText(
                translate("SyncExportTab", "No. %1, at %2")
                .replace("%1", str(st.last_seq))
                .replace("%2", local_time_text(st.last_export_at))
            )
        else:
            self.values["last"].setText("—")
        self.values["acked"].setText(
            translate("SyncExportTab", "up to no. %1").replace("%1", str(st.acked_through))
            if st.acked_through
            else translate("SyncExportTab", "no receipt yet")
        )
        self.values["pending"].setText(format_count(st.pending_changes))
        self.values["fingerprint"].setText(st.key.fingerprint)
        if data is not None and data.role is Role.VILLAGE:
            self.values["receiver"].setText(f"{data.parent_name} ({data.parent_code})")
        elif data is not None:
            self.values["receiver"].setText(f"{data.upper_name} ({data.upper_code})")
        self.empty.setVisible(st.last_seq == 0)
        self.empty.setText(
            translate(
                "SyncExportTab",
                "No bundle has been exported yet. Press «Export bundle…» to write the first "
                "one: it holds every record, to be sent to the level above.",
            )
        )
        problem = st.identity_problem
        self.banner.setVisible(problem is not None)
        if problem is not None:
            reason = IDENTITY_REASONS.get(problem)
            self.banner.text.setText(
                (translate(CTX, reason) if reason else problem)
                + "\n\n"
                + translate(
                    "SyncExportTab",
                    "So that the level above does not receive two different bundles with the "
                    "same number, exporting is paused. If this computer is the one that will "
                    "keep the records from now on, press «Confirm new identity»: it gets a new "
                    "identity and its bundles are numbered again from 1. If the old computer "
                    "is still in use, do not confirm here; ask the level above.",
                )
            )
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self.job.busy
        blocked = self.state is not None and self.state.identity_problem is not None
        self.export_button.setEnabled(not busy and not blocked)
        for widget in (self.full, self.split):
            widget.setEnabled(not busy)
        self.receipts.set_busy(busy)

    # --- identity --------------------------------------------------------------------
    def confirm_identity(self) -> bool:
        ok = self._ask.confirm(
            self,
            translate("SyncExportTab", "Confirm new identity"),
            translate(
                "SyncExportTab",
                "Make this computer a new installation? Its bundles will be numbered again "
                "from 1 and the level above will see a new sender identity. Do this only "
                "if the old computer no longer sends data.",
            ),
        )
        if not ok:
            return False
        self._services.sync.confirm_new_identity()
        self.refresh()
        self.receipts.show_message(
            translate("SyncExportTab", "New identity confirmed: exporting works again.")
        )
        return True

    # --- export ----------------------------------------------------------------------
    def choose_and_export(self) -> bool:
        folder = self._ask.folder(
            self, translate("SyncExportTab", "Folder for the bundle"), self._folder
        )
        if folder is None:
            return False
        return self.export_to(folder)

    def export_to(self, folder: Path) -> bool:
        """Start writing the bundle into ``folder``; False when an export is running."""
        self._folder = folder
        full = self.full.isChecked()
        split = DEFAULT_SPLIT_BYTES if self.split.isChecked() else None
        sync = self._services.sync
        self.result.setStyleSheet("")
        self.result.setText(translate("SyncExportTab", "Writing the bundle…"))
        self.open_folder_button.hide()

        # SyncService.export removes the parts it wrote when it fails, except a part
        # finished just before a cancelling progress call: new bundle files are removed here.
        pattern = f"SoDanChu-{self._code()}-*.zip"

        def job(progress: Callable[[int, int], None]) -> ExportResult:
            folder.mkdir(parents=True, exist_ok=True)
            before = set(folder.glob(pattern))
            try:
                return sync.export(folder, full=full, split_bytes=split, progress=progress)
            except Cancelled:
                for left in set(folder.glob(pattern)) - before:
                    left.unlink(missing_ok=True)
                raise

        return self.job.start(job, self._exported, self._export_failed)

    def _exported(self, result: Any) -> None:
        assert isinstance(result, ExportResult)
        self.last_result = result
        names = "\n".join(f"• {p.name}" for p in result.files)
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(
            translate("SyncExportTab", "Bundle no. %1 written (%2 records) in %3:")
            .replace("%1", str(result.seq))
            .replace("%2", format_count(result.records))
            .replace("%3", str(self._folder))
            + "\n"
            + names
        )
        self.open_folder_button.show()
        self.refresh()

    def _export_failed(self, exc: BaseException) -> None:
        self.result.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, Cancelled):
            self.result.setText(
                translate("SyncExportTab", "Export cancelled; no bundle was written.")
            )
        else:
            self.result.setText(
                translate("SyncExportTab", "The bundle could not be written: %1").replace(
                    "%1", error_text(exc, self._lang())
                )
            )
        self.refresh()

    def open_folder(self) -> None:
        self._ask.open_path(self._folder)

    def _code(self) -> str:
        inst = self._services.setup.installation()
        return inst.data.code if inst else ""

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.status_box.setTitle(translate("SyncExportTab", "Status"))
        for row, name in enumerate(_STATUS_ROWS):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(translate(CTX, _STATUS_ROWS[name]))
        self.export_box.setTitle(translate("SyncExportTab", "Export"))
        self.export_button.setText(translate("SyncExportTab", "&Export bundle…"))
        self.full.setText(translate("SyncExportTab", "&Whole data"))
        self.full.setToolTip(
            translate(
                "SyncExportTab",
                "Every record, not only the changes the level above has not confirmed",
            )
        )
        self.split.setText(translate("SyncExportTab", "S&plit into 20 MB parts for email"))
        self.open_folder_button.setText(translate("SyncExportTab", "&Open folder"))
        self.receipts.retranslate()
        self.banner.title.setText(translate("SyncExportTab", "Exporting is paused: please confirm"))
        self.banner.button.setText(translate("SyncExportTab", "Con&firm new identity"))
        self.job.retranslate()
        self._show_status()


_STATUS_ROWS = {
    "last": QT_TRANSLATE_NOOP("SyncExportTab", "Last bundle:"),
    "acked": QT_TRANSLATE_NOOP("SyncExportTab", "Confirmed by the level above:"),
    "pending": QT_TRANSLATE_NOOP("SyncExportTab", "Changes not yet confirmed:"),
    "fingerprint": QT_TRANSLATE_NOOP("SyncExportTab", "Key fingerprint:"),
    "receiver": QT_TRANSLATE_NOOP("SyncExportTab", "Sent to:"),
}
