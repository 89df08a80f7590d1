"""A section of the window frame before its page is loaded: its title, and "Loading…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.i18n import is_language_change, translate
from desktop.ui.pages.common import heading


class SkeletonPage(QWidget):
    """Stands in the stack until the real page replaces it (MainWindow.attach).

    Args:
        context: translation context of ``title``.
        title: the section's English source title.
    """

    def __init__(self, context: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._title = title
        self.heading = heading()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate(self._context, self._title))
        self.message.setText(translate("SkeletonPage", "Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
