"""The "DỮ LIỆU MẪU" band across the top of the window while it shows the sample commune."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.i18n import is_language_change, translate

STYLE = (
    "#sampleBanner { background: #fff0c2; border: 2px solid #b8860b; border-radius: 4px; }"
    "#sampleBanner QLabel { color: #4a3500; }"
)


class SampleBanner(QFrame):
    """Says the data is sample data; its button leaves it for the real data.

    Args:
        real_set_up: whether the real data folder holds a set-up commune (the button
            then opens it), or not (the button starts setting it up); None when no real
            folder is known (a sample store opened directly): no button.
    """

    leave = Signal()

    def __init__(self, real_set_up: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet(STYLE)
        self._real_set_up = real_set_up
        self.mark = QLabel()
        self.mark.setObjectName("sampleMark")
        font = self.mark.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.mark.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setVisible(real_set_up is not None)
        self.button.clicked.connect(self.leave)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.mark)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.mark.setText(translate("SampleBanner", "SAMPLE DATA"))
        self.text.setText(
            translate(
                "SampleBanner",
                "This is a made-up commune for trying the program, kept in its own folder. "
                "Nothing recorded here is a real record.",
            )
        )
        self.button.setText(
            translate("SampleBanner", "&Open my real data")
            if self._real_set_up
            else translate("SampleBanner", "&Set up my commune…")
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
