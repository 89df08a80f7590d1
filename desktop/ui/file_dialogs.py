"""File dialogs in the window's language, dates shown the Vietnamese way.

On Linux the desktop's own dialog speaks the desktop's language (often English,
"Look in", "File name") and writes dates as the system locale does ("3 12 2026").
Qt's own dialog is used instead: its words are in the app's translations
(contexts ``QFileDialog``, ``QFileSystemModel``, ``QAbstractFileIconProvider``,
listed in :mod:`desktop.ui.qt_strings`) and its "Date Modified" column is shown
as ``dd/MM/yyyy HH:mm``. Windows keeps its native dialog, which follows Windows'
own language and is the one the officer knows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
_SIZE = (860, 500)
_DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified
Index = QModelIndex | QPersistentModelIndex


def use_native_dialogs() -> bool:
    """Only Windows' own dialog follows the window's language closely enough."""
    return sys.platform.startswith("win")


class _DayFirstDates(QIdentityProxyModel):
    """The file list with its "Date Modified" column written day first."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == _DATE_COLUMN:
            model = self.sourceModel()
            if isinstance(model, QFileSystemModel):
                modified = model.lastModified(self.mapToSource(index))
                return modified.toString(DATE_TIME_FORMAT) if modified.isValid() else ""
        return super().data(index, role)


def file_dialog(
    parent: QWidget | None,
    title: str,
    start: Path | str,
    filters: str = "",
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    save: bool = False,
) -> QFileDialog:
    """A file dialog, not shown yet (tests look at it; the helpers below run it)."""
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not use_native_dialogs())
    dialog.setFileMode(mode)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    if mode is QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not use_native_dialogs():
        dialog.setProxyModel(_DayFirstDates(dialog))
        dialog.resize(*_SIZE)  # room for the Vietnamese column titles; fits 1366×728
        _whole_columns(dialog)
    return dialog


def _whole_columns(dialog: QFileDialog) -> None:
    """Size, type and date as wide as their text, the name taking the rest: Qt's
    defaults cut them ("560...KiB", "03/12/... 15:37") beside an empty name column."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, _DATE_COLUMN + 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _run(dialog: QFileDialog) -> list[Path]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles() if name]
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, title: str, start: Path | str, filters: str) -> Path | None:
    chosen = _run(file_dialog(parent, title, start, filters))
    return chosen[0] if chosen else None


def open_files(parent: QWidget | None, title: str, start: Path | str, filters: str) -> list[Path]:
    return _run(file_dialog(parent, title, start, filters, mode=QFileDialog.FileMode.ExistingFiles))


def save_file(parent: QWidget | None, title: str, start: Path | str, filters: str) -> Path | None:
    dialog = file_dialog(
        parent, title, start, filters, mode=QFileDialog.FileMode.AnyFile, save=True
    )
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    chosen = _run(file_dialog(parent, title, start, mode=QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else None
