"""Recording or editing a hương ước / quy ước: its facts and its text, with a live structure.

The officer pastes the text from a word processor; :func:`parse_text` recognises
chapters, articles, clauses and points as it is typed, the tree beside it shows
what was recognised and the problems that would stop it (no article, an article
number used twice, D61 Art. 6) are shown under the text before saving.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.convention_freeze import text_editable
from desktop.core.convention_json import StoredConvention
from desktop.core.convention_text import ConventionText, parse_text, text_problems, text_warnings
from desktop.core.conventions import (
    DEFAULT_REVIEW_DAY,
    Convention,
    ConventionType,
    status,
)
from desktop.core.errors import FieldError
from desktop.core.messages import format_field_error
from desktop.core.queries import VillageQuery
from desktop.core.villages import nfc
from desktop.services.container import Services
from desktop.ui.convention_labels import type_label
from desktop.ui.dialogs.guarded import GuardedDialog, attempt, clear_when_edited
from desktop.ui.dialogs.sync_remarks import insert_remarks
from desktop.ui.i18n import translate, warning_lines
from desktop.ui.widgets import ErrorLabel, fit_dialog

PREVIEW_DELAY_MS = 300
LEAP_YEAR = 2024  # the review day is a day of any year, 29 February included
_SHORT = 90  # characters of a clause or point shown in the tree
_NAME_SEPARATORS = re.compile(r"[,;\n]")
NOTE_STYLE = "color: #8a5300;"


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHORT else line[: _SHORT - 1] + "…"


def _node(parent: QTreeWidget | QTreeWidgetItem, text: str) -> QTreeWidgetItem:
    """A tree line, cut short; the whole text in its tooltip."""
    item = QTreeWidgetItem(parent, [_short(text)])
    item.setToolTip(0, text)
    return item


def fill_structure(tree: QTreeWidget, structure: ConventionText) -> None:
    """Show chapters → articles → clauses → points (the preamble first, if any)."""
    tree.clear()
    if structure.preamble:
        preamble = translate("ConventionDialog", "Preamble: %1")
        _node(tree, preamble.replace("%1", structure.preamble))
    for chapter in structure.chapters:
        parent: QTreeWidget | QTreeWidgetItem = tree
        if chapter.number:
            parent = _node(tree, " — ".join(x for x in (chapter.label, chapter.title) if x))
        for article in chapter.articles:
            node = _node(parent, f"Điều {article.number}. {article.title}".rstrip())
            if article.intro:
                _node(node, article.intro)
            for point in article.points:
                _node(node, f"{point.letter}) {point.text}")
            for clause in article.clauses:
                sub = _node(node, f"{clause.number}. {clause.text}")
                for point in clause.points:
                    _node(sub, f"{point.letter}) {point.text}")
    tree.expandAll()


def tree_texts(tree: QTreeWidget) -> list[str]:
    """Every line of the tree, depth first (tests, and reading it back)."""
    out: list[str] = []

    def walk(item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


def _cell(field: QWidget, error: ErrorLabel) -> QWidget:
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return cell


class ConventionDialog(GuardedDialog):
    """A new convention (``stored`` None) or its edit; ``saved`` holds the stored result."""

    def __init__(
        self,
        services: Services,
        lang: Callable[[], str],
        stored: StoredConvention | None = None,
        *,
        village_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._stored = stored
        self.saved: StoredConvention | None = None
        self.setWindowTitle(
            translate("ConventionDialog", "New convention")
            if stored is None
            else translate("ConventionDialog", "Edit convention")
        )
        fit_dialog(self, 1120, 640)

        self.village = QComboBox()
        self.convention_type = QComboBox()
        for kind in ConventionType:
            self.convention_type.addItem(type_label(kind), kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("ConventionDialog", "e.g. Hương ước thôn Đông"))
        self.proposer = QLineEdit()
        self.citizen_initiative = QCheckBox(
            translate("ConventionDialog", "Citizen initiative (at least 10% of households)")
        )
        self.drafting_team = QLineEdit()
        self.drafting_team.setPlaceholderText(
            translate("ConventionDialog", "Names, separated by commas")
        )
        self.review_day = QDateEdit()
        self.review_day.setDisplayFormat("dd/MM")
        self.review_day.setDateRange(QDate(LEAP_YEAR, 1, 1), QDate(LEAP_YEAR, 12, 31))
        self.review_day.setDate(QDate(LEAP_YEAR, *DEFAULT_REVIEW_DAY))
        self.review_day.setToolTip(
            translate(
                "ConventionDialog",
                "The community reviews the convention every year on this day "
                "(18 November unless agreed otherwise, Decree 61/2023, Art. 15)",
            )
        )
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            translate(
                "ConventionDialog",
                "Paste the text here: the preamble, then «Chương I», «Điều 1. …», clauses "
                "«1.», points «a)». It may stay empty while the convention is only proposed.",
            )
        )
        self.text_edit.setTabChangesFocus(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.summary = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTE_STYLE)
        self.notice.hide()
        self.text_note = QLabel()
        self.text_note.setWordWrap(True)
        self.text_note.setStyleSheet(NOTE_STYLE)
        self.text_note.hide()
        self._errors = {k: ErrorLabel() for k in ("village", "title", "review_day", "text")}
        self._fields: dict[str, QWidget] = {
            "village": self.village,
            "title": self.title,
            "review_day": self.review_day,
            "text": self.text_edit,
        }
        self.general_error = ErrorLabel()
        self._layout()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.text_edit.textChanged.connect(self._timer.start)
        self._fill_villages(stored.data.village_uuid if stored else village_uuid)
        if stored is not None:
            self._fill(stored)
        self.refresh_preview()
        (self.title if stored is not None else self.village).setFocus()

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        def row(r: int, c: int, text: str, field: QWidget, span: int = 1) -> None:
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, r, c, Qt.AlignmentFlag.AlignTop)
            error = self._errors.get(next((k for k, w in self._fields.items() if w is field), ""))
            grid.addWidget(_cell(field, error) if error else field, r, c + 1, 1, span)

        row(0, 0, translate("ConventionDialog", "&Village:"), self.village)
        row(0, 2, translate("ConventionDialog", "T&ype:"), self.convention_type)
        row(1, 0, translate("ConventionDialog", "&Title:"), self.title, 3)
        row(2, 0, translate("ConventionDialog", "&Proposed by:"), self.proposer)
        row(2, 2, translate("ConventionDialog", "&Review day:"), self.review_day)
        row(3, 0, translate("ConventionDialog", "&Drafting team:"), self.drafting_team)
        grid.addWidget(self.citizen_initiative, 3, 2, 1, 2)

        text_box = QGroupBox(translate("ConventionDialog", "Te&xt"))
        text_layout = QVBoxLayout(text_box)
        text_layout.addWidget(self.text_edit, 1)
        text_layout.addWidget(self._errors["text"])
        text_layout.addWidget(self.text_note)
        tree_box = QGroupBox(translate("ConventionDialog", "Structure recognised"))
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.addWidget(self.summary)
        tree_layout.addWidget(self.tree, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(text_box)
        split.addWidget(tree_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        clear_when_edited(self._fields, self._errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(split, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        stored = self._stored  # remarks from the level above, shown on top
        insert_remarks(layout, self._services, stored.uuid if stored else None)

    def _fill_villages(self, current: str | None) -> None:
        self.village.addItem(translate("ConventionDialog", "— choose the village —"), None)
        for v in self._services.villages.list(VillageQuery(order_by="name")):
            if v.active or v.uuid == current:
                self.village.addItem(v.data.name, v.uuid)
        index = self.village.findData(current) if current else -1
        self.village.setCurrentIndex(max(index, 0))

    def _fill(self, stored: StoredConvention) -> None:
        d = stored.data
        self.convention_type.setCurrentIndex(self.convention_type.findData(d.convention_type.value))
        self.title.setText(d.title)
        self.proposer.setText(d.proposer)
        self.citizen_initiative.setChecked(d.citizen_initiative)
        self.drafting_team.setText(", ".join(d.drafting_team))
        month, day = d.review_day
        self.review_day.setDate(QDate(LEAP_YEAR, month, day))
        self.text_edit.setPlainText(d.text)
        if d.events:
            self.village.setEnabled(False)  # its meeting and its steps belong to the village
            self.citizen_initiative.setEnabled(False)
        if not text_editable(status(d)):  # core's verdict (D61 Art. 13)
            self.text_edit.setReadOnly(True)
            self.title.setReadOnly(True)
            self.convention_type.setEnabled(False)
            self.notice.setText(
                translate(
                    "ConventionDialog",
                    "The adopted text cannot be changed here; an amendment needs a new version "
                    "(Decree 61/2023, Art. 13).",
                )
            )
            self.notice.show()

    # --- the text -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Parse the text now and show its structure and problems."""
        self._timer.stop()
        text = self.text_edit.toPlainText()
        structure = parse_text(text)
        fill_structure(self.tree, structure)
        articles = structure.articles
        self.summary.setText(
            translate("ConventionDialog", "%1 chapter(s), %2 article(s), %3 clause(s)")
            .replace("%1", str(sum(1 for c in structure.chapters if c.number)))
            .replace("%2", str(len(articles)))
            .replace("%3", str(sum(len(a.clauses) for a in articles)))
        )
        problems = text_problems(structure) if text.strip() else []
        self._errors["text"].show_message(
            "\n".join(format_field_error(p, self._lang()) for p in problems)
        )
        notes = warning_lines("convention", text_warnings(structure), self._lang())
        self.text_note.setText(notes)
        self.text_note.setVisible(bool(notes))

    def problem_text(self) -> str:
        label = self._errors["text"]
        return "" if label.isHidden() else label.text()

    # --- saving -------------------------------------------------------------------------
    def convention(self) -> Convention:
        """What the form holds, as the service takes it (the steps kept as they are)."""
        base = self._stored.data if self._stored is not None else None
        review = self.review_day.date()
        team = tuple(
            n for n in (nfc(x) for x in _NAME_SEPARATORS.split(self.drafting_team.text())) if n
        )
        return Convention(
            village_uuid=self.village.currentData() or "",
            convention_type=ConventionType(self.convention_type.currentData()),
            title=nfc(self.title.text()),
            text=nfc(self.text_edit.toPlainText()),
            ethnic_text=base.ethnic_text if base else "",
            drafting_team=team,
            proposer=nfc(self.proposer.text()),
            citizen_initiative=self.citizen_initiative.isChecked(),
            supersedes_uuid=base.supersedes_uuid if base else None,
            review_day=(review.month(), review.day()),
            events=base.events if base else (),
        )

    def save(self) -> None:
        """Store the convention; on a refusal show why and stay open."""
        for label in self._errors.values():
            label.clear_message()
        self.general_error.clear_message()
        conventions = self._services.conventions
        stored = self._stored
        self.saved = attempt(
            lambda: (
                conventions.add(self.convention())
                if stored is None
                else conventions.update(
                    stored.uuid, self.convention(), expected_version=stored.meta.version
                )
            ),
            self._lang(),
            self.general_error,
            self.show_errors,
        )
        if self.saved is not None:
            self.accept()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Each error under its field (or above the buttons when it has none here)."""
        texts: dict[str, list[str]] = {}
        other: list[str] = []
        for err in errors:
            text = format_field_error(err, self._lang())
            if err.field in self._errors:
                texts.setdefault(err.field, []).append(text)
            else:
                other.append(text)
        first: QWidget | None = None
        for field, label in self._errors.items():
            if field in texts:
                label.show_message("\n".join(texts[field]))
                first = first or self._fields[field]
        if other:
            self.general_error.show_message("\n".join(other))
        if first is not None:
            first.setFocus()

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return "" if label.isHidden() else label.text()
