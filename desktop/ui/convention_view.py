"""One hương ước / quy ước: its facts, the timeline of its steps, its text and its versions.

Only the steps allowed now are offered (:func:`allowed_steps`); each opens the
step dialog. The text can be read as it was in force on any date (D61 Art. 13:
a replaced text stays readable).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.convention_events import allowed_steps
from desktop.core.convention_json import StoredConvention
from desktop.core.convention_text import ConventionText, parse_text
from desktop.core.conventions import (
    CLOSED_STATES,
    Convention,
    ConventionEvent,
    ConventionStatus,
    EventType,
    effective_from,
    next_review_on,
    status,
    status_on,
)
from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.services.container import Services
from desktop.ui.convention_labels import (
    EVENT_ORDER,
    current_warnings,
    event_details,
    event_label,
    next_action,
    opinions_tooltip,
    overdue_text,
    status_label,
    type_label,
)
from desktop.ui.dialogs.convention_compare import ConventionCompare
from desktop.ui.dialogs.convention_dialog import NOTE_STYLE, ConventionDialog
from desktop.ui.dialogs.convention_event_dialog import ConventionEventDialog
from desktop.ui.dialogs.date_fields import date_edit, from_qdate
from desktop.ui.i18n import translate, warning_lines
from desktop.ui.labels import format_day
from desktop.ui.pages.common import heading
from desktop.ui.widgets import ERROR_STYLE, ErrorLabel, fit_dialog

_OPEN_FOR_AMENDMENT = (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED)


def text_html(structure: ConventionText) -> str:
    """The text laid out for reading: chapters centred, articles in bold."""
    out: list[str] = []

    def para(text: str, style: str = "") -> None:
        body = "<br>".join(html.escape(line) for line in text.split("\n"))
        out.append(f'<p style="margin: 4px 0; {style}">{body}</p>')

    if structure.preamble:
        para(structure.preamble, "font-style: italic;")
    for chapter in structure.chapters:
        if chapter.number:
            heading_text = "\n".join(x for x in (chapter.label, chapter.title) if x)
            para(heading_text, "text-align: center; font-weight: bold; margin-top: 12px;")
        for article in chapter.articles:
            para(f"Điều {article.number}. {article.title}".rstrip(), "font-weight: bold;")
            if article.intro:
                para(article.intro)
            for point in article.points:
                para(f"{point.letter}) {point.text}", "margin-left: 24px;")
            for clause in article.clauses:
                para(f"{clause.number}. {clause.text}", "margin-left: 12px;")
                for point in clause.points:
                    para(f"{point.letter}) {point.text}", "margin-left: 28px;")
    return "\n".join(out)


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _set_row(table: QTableWidget, row: int, texts: list[str], tooltip: str = "") -> None:
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if tooltip:
            item.setToolTip(tooltip)
        table.setItem(row, column, item)


class ConventionView(QDialog):
    """The record ``uuid``; ``changed`` after each stored change (a step, an edit, a new
    version). ``uuid`` follows the version shown."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        uuid: str,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.uuid = uuid
        fit_dialog(self, 1100, 640)
        self.title = heading()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(NOTE_STYLE)
        self.error = ErrorLabel()

        self.steps_label = QLabel(translate("ConventionView", "Record the next step:"))
        self.steps_bar = QHBoxLayout()
        self.step_buttons: dict[EventType, QPushButton] = {}
        self.edit_button = QPushButton(translate("ConventionView", "&Edit…"))
        self.new_version_button = QPushButton(
            translate("ConventionView", "Create &amended version")
        )
        self.new_version_button.setToolTip(
            translate(
                "ConventionView",
                "Start a new version of this text; it replaces this one once recognised "
                "(Decree 61/2023, Art. 13)",
            )
        )
        self.compare_button = QPushButton(translate("ConventionView", "&Compare versions…"))
        bar = QHBoxLayout()
        bar.addWidget(self.steps_label)
        bar.addLayout(self.steps_bar)
        bar.addStretch(1)
        for button in (self.edit_button, self.new_version_button, self.compare_button):
            bar.addWidget(button)

        self.timeline = _table(
            [
                translate("ConventionView", "Date"),
                translate("ConventionView", "Step"),
                translate("ConventionView", "Details"),
            ]
        )
        self.timeline.horizontalHeader().resizeSection(0, 100)
        self.timeline.horizontalHeader().resizeSection(1, 240)
        self.in_force = QCheckBox(translate("ConventionView", "Show the text in &force on"))
        self.in_force_day = date_edit(services.ctx.today())
        self.in_force_day.setEnabled(False)
        self.text_info = QLabel()
        self.text = QTextBrowser()
        text_tab = QWidget()
        text_layout = QVBoxLayout(text_tab)
        row = QHBoxLayout()
        row.addWidget(self.in_force)
        row.addWidget(self.in_force_day)
        row.addWidget(self.text_info, 1)
        text_layout.addLayout(row)
        text_layout.addWidget(self.text, 1)
        self.versions = _table(
            [
                translate("ConventionView", "Version"),
                translate("ConventionView", "Title"),
                translate("ConventionView", "Status"),
                translate("ConventionView", "In force from"),
                translate("ConventionView", "Last step"),
            ]
        )
        self.versions.horizontalHeader().resizeSection(1, 380)
        self.versions.horizontalHeader().resizeSection(2, 200)
        self.versions.horizontalHeader().resizeSection(3, 110)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, translate("ConventionView", "&Timeline"))
        self.tabs.addTab(text_tab, translate("ConventionView", "Te&xt"))
        self.tabs.addTab(self.versions, translate("ConventionView", "&Versions"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.next_step)
        layout.addWidget(self.warnings)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.edit_button.clicked.connect(self.edit)
        self.new_version_button.clicked.connect(self.create_new_version)
        self.compare_button.clicked.connect(self.compare)
        self.in_force.toggled.connect(self._show_text)
        self.in_force.toggled.connect(self.in_force_day.setEnabled)
        self.in_force_day.dateChanged.connect(self._show_text)
        self.versions.activated.connect(self._open_version)
        self.load()
        self.tabs.setFocus()

    # --- showing ----------------------------------------------------------------------------
    def load(self, uuid: str | None = None) -> None:
        """Read the record (another version when ``uuid`` is given) and show it."""
        self.uuid = uuid or self.uuid
        self.stored = self._services.conventions.get(self.uuid)
        self.lineage = self._services.conventions.versions(self.uuid)
        d = self.stored.data
        current = status(d)
        self.setWindowTitle(d.title)
        self.title.setText(d.title)
        self._word_facts(current)
        calendar, today = self._services.calendar.calendar(), self._services.ctx.today()
        warnings = current_warnings(self.stored, calendar, today)
        self.warnings.setText(warning_lines("convention", warnings, self._lang()))
        self.warnings.setVisible(bool(warnings))
        self._fill_steps(d)
        self._fill_timeline(d.events)
        self._fill_versions()
        self._show_text()
        last = self.lineage[-1].uuid if self.lineage else self.uuid
        self.edit_button.setEnabled(current not in CLOSED_STATES)
        self.new_version_button.setEnabled(current in _OPEN_FOR_AMENDMENT and last == self.uuid)
        self.compare_button.setEnabled(len(self.lineage) > 1)

    def _word_facts(self, current: ConventionStatus | None) -> None:
        d = self.stored.data
        parts = [self.stored.village_name, type_label(d.convention_type), status_label(current)]
        since = effective_from(d)
        if since is not None:
            parts.append(
                translate("ConventionView", "in force from %1").replace("%1", format_day(since))
            )
        review = next_review_on(d)
        if review is not None:
            parts.append(
                translate("ConventionView", "next review %1").replace("%1", format_day(review))
            )
        action = next_action(
            self.stored, self._services.calendar.calendar(), self._services.ctx.today()
        )
        self.facts.setText(" · ".join(p for p in parts if p))
        late = overdue_text(action)
        words = translate("ConventionView", "Next: %1").replace("%1", action.text)
        self.next_step.setText(f"{words} — {late}" if late else words)
        self.next_step.setStyleSheet(ERROR_STYLE if late else "")
        self.next_step.setVisible(bool(action.text))

    def _fill_steps(self, convention: Convention) -> None:
        for button in self.step_buttons.values():
            self.steps_bar.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        allowed = allowed_steps(convention) - {EventType.SUPERSEDED}
        for kind in EVENT_ORDER:
            if kind not in allowed:
                continue
            button = QPushButton(event_label(kind) + "…")
            button.clicked.connect(lambda _=False, k=kind: self.record_step(k))
            self.steps_bar.addWidget(button)
            self.step_buttons[kind] = button
        self.steps_label.setVisible(bool(self.step_buttons))

    def _meeting_text(self, event: ConventionEvent) -> str:
        if not event.meeting_uuid:
            return ""
        try:
            meeting = self._services.meetings.get(event.meeting_uuid)
        except DomainError:
            return event.meeting_uuid
        day = format_day(meeting.data.held_on)
        return f"{meeting.data.title} ({day})" if day else meeting.data.title

    def _fill_timeline(self, events: tuple[ConventionEvent, ...]) -> None:
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            texts = [
                format_day(event.on),
                event_label(event.type),
                event_details(event, self._meeting_text(event)),
            ]
            _set_row(self.timeline, row, texts, opinions_tooltip(event))

    def _fill_versions(self) -> None:
        self.versions.setRowCount(len(self.lineage))
        for row, stored in enumerate(self.lineage):
            last = stored.data.events[-1].on if stored.data.events else None
            texts = [
                str(row + 1),
                stored.data.title,
                status_label(status(stored.data)),
                format_day(effective_from(stored.data)),
                format_day(last),
            ]
            _set_row(self.versions, row, texts)
            if stored.uuid == self.uuid:
                for column in range(len(texts)):
                    item = self.versions.item(row, column)
                    if item is None:
                        continue
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.versions.selectRow(row)

    def _show_text(self) -> None:
        """This version's text, or the one in force on the day chosen."""
        shown: StoredConvention | None = self.stored
        if self.in_force.isChecked():
            day = from_qdate(self.in_force_day.date())
            shown = self._services.conventions.in_force_on(self.uuid, day)
            self.text_info.setText(self._in_force_info(shown, day))
        else:
            self.text_info.setText("")
        self.text.setHtml(text_html(parse_text(shown.data.text)) if shown is not None else "")

    def _in_force_info(self, shown: StoredConvention | None, day: date) -> str:
        if shown is None:
            return translate("ConventionView", "No version was in force on that day.")
        number = next((i for i, s in enumerate(self.lineage, 1) if s.uuid == shown.uuid), 0)
        text = (
            translate("ConventionView", "Version %1, in force from %2")
            .replace("%1", str(number))
            .replace("%2", format_day(effective_from(shown.data)))
        )
        if status_on(shown.data, day) is ConventionStatus.SUSPENDED:
            text += " — " + translate("ConventionView", "suspended on that day")
        return text

    # --- actions ------------------------------------------------------------------------
    def record_step(self, kind: EventType | None = None) -> StoredConvention | None:
        """Open the step dialog (``kind`` chosen first); reload after a stored step."""
        dialog = ConventionEventDialog(self._services, self.stored, self._lang, kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self._after_change()
        return dialog.saved

    def edit(self) -> StoredConvention | None:
        dialog = ConventionDialog(self._services, self._lang, self.stored, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self._after_change()
        return dialog.saved

    def create_new_version(self) -> StoredConvention | None:
        """Start the amended version (a draft with this text), show it and open its editor."""
        self.error.clear_message()
        try:
            new = self._services.conventions.new_version(self.uuid)
        except DomainError as exc:
            self.error.show_message(format_error(exc, self._lang()))
            return None
        self.load(new.uuid)
        self.changed.emit()
        self.edit()
        return new

    def compare(self) -> None:
        ConventionCompare(self._services, self.uuid, self).exec()

    def _open_version(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.lineage):
            self.load(self.lineage[index.row()].uuid)

    def _after_change(self) -> None:
        self.error.clear_message()
        self.load()
        self.changed.emit()
