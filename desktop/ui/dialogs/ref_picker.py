"""The picker of a reference (a REF field: an oversight's board, a board member's meeting,
a consultation's disclosure, a case's letter): a search box, not a list of every record.

A commune of ten years holds thousands of meetings: a combo box of all of them is slow to
build and cannot be scrolled. The officer types part of the title instead — accents
optional, every word, as the lists' own search (``RecordService.pick``) — and the newest
records holding the words are offered, at most ``PICK_LIMIT``; nothing typed (Down, or the
▾ button), the newest. Down and Enter (or a click) pick; the chosen record is shown by its
title and day. An optional reference is cleared with the box's clear button. A value that
names no record of the store (removed, or not received yet) is shown as such and kept.

The records are read on the GUI thread, the first screenful at once and the rest of the
list a screenful at each turn of the event loop: a disclosure costs about a millisecond to
read and word, and the list answers a keystroke within the budget on commune-10y
(docs/performance.md "Reference picker"). No worker thread: it would add two signals
emitted from Python per search, and PySide6 6.12.0 drops a reference to ``True`` at each
(docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.core.errors import NotFoundError
from desktop.core.kinds import FieldType, KindSpec, Record
from desktop.services.container import Services
from desktop.ui.i18n import translate
from desktop.ui.record_view import field_text

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 12
POPUP_WIDTH = 520  # pixels: a meeting's title, day and village at 1366×768
_TEXTS = (FieldType.TEXT, FieldType.LONG_TEXT)


@dataclass(frozen=True)
class RefOption:
    """One record a picker offers: its uuid and how it is named (title and day)."""

    uuid: str
    words: str


def ref_words(spec: KindSpec, record: Record, lang: str) -> str:
    """How a record is named in a picker: its title, its day when the title is not one,
    then the start of its first other text — "Hội nghị cuối năm · 28/12/2026 — Thôn Đông",
    a letter "10/11/2026 — Khiếu nại quyết định thu hồi…" (a day as dd/mm/yyyy)."""
    words = field_text(spec, spec.title_field, record, lang) or str(record.get("uuid"))
    if spec.day_field and spec.day_field != spec.title_field:
        day = field_text(spec, spec.day_field, record, lang)
        if day:
            words = f"{words} · {day}"
    for f in spec.fields:
        text = str(record.get(f.key) or "")
        if f.key != spec.title_field and f.type in _TEXTS and not f.confidential and text:
            return f"{words} — {text[:50]}{'…' if len(text) > 50 else ''}"
    return words


class RefSource:
    """The records of each kind a form's pickers offer, read through the kinds' services
    and worded in ``lang``."""

    def __init__(self, services: Services, lang: str) -> None:
        self.services = services
        self.lang = lang

    def find(self, kind: str, typed: str, first: int) -> tuple[list[str], list[RefOption]]:
        """The uuids of the records of ``kind`` holding every word of ``typed``, and the
        first ``first`` of them worded."""
        if kind not in self.services.kinds:
            return [], []
        uuids = list(self.services.kinds.service(kind).pick_ids(typed))
        return uuids, self.word(kind, uuids[:first])

    def word(self, kind: str, uuids: list[str]) -> list[RefOption]:
        """The records ``uuids`` of ``kind`` as a picker names them."""
        spec = self.services.kinds.spec(kind)
        found = self.services.kinds.service(kind).records_json(uuids) if uuids else []
        return [RefOption(str(r.get("uuid")), ref_words(spec, r, self.lang)) for r in found]

    def named(self, kind: str, uuid: str) -> RefOption | None:
        """The record ``uuid`` of ``kind`` as a picker names it; None when the store has
        no such record (never received, or deleted)."""
        if kind not in self.services.kinds:
            return None
        service = self.services.kinds.service(kind)
        try:
            record = service.to_json(service.get(uuid))
        except NotFoundError:
            return None
        if record.get("deleted"):
            return None
        return RefOption(uuid, ref_words(self.services.kinds.spec(kind), record, self.lang))


class RefPicker(QWidget):
    """A search box choosing one record of ``kind``; ``value()`` is its uuid or None."""

    def __init__(
        self, source: RefSource, kind: str, required: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.kind = kind
        self.required = required
        self._uuid: str | None = None
        self._words = ""
        self._open_when_found = False
        self.shown_for: str | None = None  # the text the offered records belong to
        self.complete = False  # every record of ``shown_for`` offered (not only the first)
        self._rest: list[str] = []  # the uuids of ``shown_for`` still to be worded
        self.answers = 0  # lists offered so far (tests, the benchmark)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(not required)
        self.edit.setPlaceholderText(translate("RefPicker", "Type part of the title, or ↓"))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Down does it from the box
        self.button.setToolTip(translate("RefPicker", "The newest records (↓)"))
        self.button.clicked.connect(self.open_list)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(VISIBLE_ROWS)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._settle)
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    # --- the value ----------------------------------------------------------------------
    def value(self) -> str | None:
        return self._uuid

    def set_value(self, value: Any) -> None:
        """Show a stored reference: the record's title and day, or that it is missing."""
        uuid = str(value) if value else None
        words = ""
        missing = False
        if uuid is not None:
            found = self.source.named(self.kind, uuid)
            missing = found is None
            words = found.words if found is not None else self.missing_words(uuid)
        self._choose(uuid, words, missing)

    @staticmethod
    def missing_words(uuid: str) -> str:
        return translate("RefPicker", "⚠ Not found in this store: %1").replace("%1", uuid)

    def _choose(self, uuid: str | None, words: str, missing: bool = False) -> None:
        self._uuid, self._words = uuid, words
        self.edit.setText(words)
        self.edit.setCursorPosition(0)
        self.edit.setStyleSheet("color: #b3261e;" if missing else "")
        self.edit.setToolTip(
            translate(
                "RefPicker",
                "This record is not (or no longer) in the store; the reference is kept.",
            )
            if missing
            else words
        )

    # --- searching ----------------------------------------------------------------------
    def open_list(self) -> None:
        """Offer the records of the text typed (nothing typed, or the chosen record's
        words: the newest)."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._open_when_found = True
        self._search()

    def _query(self) -> str:
        text = self.edit.text()
        return "" if text == self._words else text

    def _typed(self, text: str) -> None:
        if not text and not self.required and self._uuid is not None:
            self._choose(None, "")  # the clear button, or the text erased
        self._open_when_found = bool(text)
        self._search()

    def _search(self) -> None:
        typed = self._query()
        uuids, first = self.source.find(self.kind, typed, VISIBLE_ROWS)
        self.shown_for = typed
        self.complete = False
        self.model.clear()
        self._add(first)
        if not uuids:
            none = QStandardItem(translate("RefPicker", "No record holds these words"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.model.appendRow(none)
        if self._open_when_found and self.edit.hasFocus():
            self.completer.setCompletionPrefix("")
            # As wide as a record's words need, even from a narrow table cell.
            width = max(self.edit.width(), POPUP_WIDTH)
            self.completer.complete(QRect(0, 0, width, self.edit.height()))
        self.answers += 1
        self._rest = uuids[len(first) :]
        self._next(typed)

    def _next(self, typed: str) -> None:
        """The rest of the list a screenful at a time, each at a turn of the event loop:
        a key typed meanwhile is handled after one screenful at most."""
        if not self._rest:
            self.complete = True
            return
        QTimer.singleShot(0, self, lambda: self._more(typed))

    def _more(self, typed: str) -> None:
        if typed != self.shown_for:
            return  # another text's records are offered now
        chunk, self._rest = self._rest[:VISIBLE_ROWS], self._rest[VISIBLE_ROWS:]
        self._add(self.source.word(self.kind, chunk))
        self.answers += 1
        self._next(typed)

    def _add(self, options: list[RefOption]) -> None:
        for option in options:
            item = QStandardItem(option.words)
            item.setData(option.uuid, UUID_ROLE)
            item.setToolTip(option.words)
            self.model.appendRow(item)

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if isinstance(uuid, str) and uuid:
            self._open_when_found = False
            self._choose(uuid, str(index.data(Qt.ItemDataRole.DisplayRole)))

    def _settle(self) -> None:
        """Leaving the box without picking: the chosen record is shown again."""
        if self.list_shown():
            return
        if self.edit.text() != self._words and (self.edit.text() or self.required):
            self.edit.setText(self._words)
            self.edit.setCursorPosition(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            # Down (or Alt+Down, as a combo box) opens the list; in it, Down moves.
            if event.key() == Qt.Key.Key_Down and not self.list_shown():
                self.open_list()
                return True
        return False

    def list_shown(self) -> bool:
        popup = self.completer.popup()
        return popup is not None and popup.isVisible()

    def offered(self) -> list[tuple[str, str]]:
        """(uuid, words) of the records offered now (tests)."""
        out = []
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            uuid = item.data(UUID_ROLE)
            if isinstance(uuid, str):
                out.append((uuid, item.text()))
        return out
