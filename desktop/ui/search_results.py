"""How a search result looks: kind, title and snippet, the words found in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.services.search import SearchHit, Span
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, uuid)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the SearchHit, drawn by the delegate

KIND_NAMES = {
    "village": QT_TRANSLATE_NOOP("SearchPopup", "Village"),
    "meeting": QT_TRANSLATE_NOOP("SearchPopup", "Meeting"),
    "convention": QT_TRANSLATE_NOOP("SearchPopup", "Convention"),
    "disclosure": QT_TRANSLATE_NOOP("SearchPopup", "Disclosure"),
}


def marked(text: str, spans: tuple[Span, ...]) -> str:
    """``text`` as HTML with the spans in bold (everything else escaped)."""
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def hit_html(hit: SearchHit, palette_dim: str) -> str:
    kind = html.escape(translate("SearchPopup", KIND_NAMES.get(hit.kind, hit.kind)))
    if hit.unit_code:  # a unit's record, at the receiving level: which unit sent it
        kind = f"{html.escape(hit.unit_name)} ({html.escape(hit.unit_code)}) · {kind}"
    head = (
        f'<span style="color:{palette_dim}; font-size:small">{kind}</span>&nbsp;&nbsp;'
        f"{marked(hit.title, hit.title_spans)}"
    )
    if not hit.snippet:
        return head
    body = marked(hit.snippet, hit.snippet_spans)
    return f'{head}<br><span style="color:{palette_dim}">{body}</span>'


class HitDelegate(QStyledItemDelegate):
    """Draws a result as rich text: kind, title and snippet with the words found in bold."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(5)
        hit = index.data(HTML_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = (palette.highlightedText() if selected else palette.text()).color()
        paper = (palette.highlight() if selected else palette.base()).color()
        dim = QColor(  # kind and snippet: between the text and its background
            (ink.red() * 3 + paper.red() * 2) // 5,
            (ink.green() * 3 + paper.green() * 2) // 5,
            (ink.blue() * 3 + paper.blue() * 2) // 5,
        )
        if isinstance(hit, SearchHit):
            doc.setHtml(hit_html(hit, dim.name()))
        width = option.rect.width()
        if width <= 0:  # asked for a size before layout: the list's own width
            width = self._view.viewport().width()
        doc.setTextWidth(max(width, 200))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(index, QModelIndex)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        rect: QRect = opt.rect
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            text_color = opt.palette.highlightedText().color()
            context.palette.setColor(context.palette.ColorRole.Text, text_color)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        assert isinstance(index, QModelIndex)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
