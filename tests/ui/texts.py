"""Helpers the UI tests share to read what a widget shows."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def plain_text(html: str) -> str:
    """The text a rich-text label or viewer shows for ``html``, as a reader sees it."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()
