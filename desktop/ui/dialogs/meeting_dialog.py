"""Recording a village meeting, its outcome computed and its warnings shown as it is typed.

The common case stays quick by keyboard: village → title → date → households
present → the matter's title → its votes, then Ctrl+Enter. Everything else has
a sensible default or sits in the folded "More details" part.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, FieldError, ValidationError, VersionConflictError
from desktop.core.meeting_deadlines import meeting_warnings
from desktop.core.meeting_json import MeetingOutcome, StoredMeeting, board_warnings
from desktop.core.meeting_verdicts import ItemVerdict, Pending, expected_recognizer, item_verdicts
from desktop.core.meetings import (
    ItemResult,
    Meeting,
    Method,
    Recognizer,
    TakesEffect,
)
from desktop.core.messages import format_error
from desktop.core.queries import MeetingQuery
from desktop.core.text import vi_sort_key
from desktop.services.container import Services
from desktop.ui.dialogs.guarded import GuardedDialog
from desktop.ui.dialogs.meeting_details import BallotBox, DetailsBox
from desktop.ui.dialogs.meeting_fields import (
    FieldErrors,
    Target,
)
from desktop.ui.dialogs.meeting_items import ItemsBox
from desktop.ui.dialogs.meeting_main import MeetingBox
from desktop.ui.dialogs.sync_remarks import insert_remarks
from desktop.ui.i18n import translate, warning_lines
from desktop.ui.labels import (
    format_day,
    meeting_outcome_label,
    takes_effect_label,
)
from desktop.ui.widgets import ErrorLabel, fit_dialog

WARNING_STYLE = "QGroupBox#warnings { color: #8a5300; }"
_SIZE = (940, 640)  # fits a 1366×768 screen with its task bar (widgets.fit_dialog)


class MeetingDialog(GuardedDialog):
    """Add (``meeting`` None) or edit a meeting; ``saved`` holds the stored result.

    Args:
        services: the meetings are saved through ``services.meetings`` in one call.
        today: the meeting date offered for a new record.
        lang: the language error messages are worded in.
        meeting: the stored meeting to edit.
        village_uuid: the village offered for a new record.
    """

    def __init__(
        self,
        services: Services,
        today: date,
        lang: Callable[[], str],
        meeting: StoredMeeting | None = None,
        *,
        village_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._stored = meeting
        self._calendar = services.calendar.calendar()
        self._failed_loaded_for: str | None = None
        self._quiet = True  # no live refresh while the form is being filled
        self._checked = False  # after a refused save, errors follow every change
        self.saved: StoredMeeting | None = None
        self.setWindowTitle(
            translate("MeetingDialog", "New village meeting")
            if meeting is None
            else translate("MeetingDialog", "Edit village meeting")
        )

        self.main = MeetingBox(services.villages, today)
        self.items = ItemsBox()
        self.ballot = BallotBox(self.main.held)
        self.warnings_box = QGroupBox(
            translate("MeetingDialog", "Warnings (saved with the record)")
        )
        self.warnings_box.setObjectName("warnings")
        self.warnings_box.setStyleSheet(WARNING_STYLE)
        self.warnings_text = QLabel()
        self.warnings_text.setWordWrap(True)
        self.warnings_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings_text)
        self.details_toggle = QToolButton()
        self.details_toggle.setText(
            translate("MeetingDialog", "More &details: people, minutes, recognition, participants")
        )
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setAutoRaise(True)
        self.details = DetailsBox(self._minutes_base, self._expected_recognizer)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self._target, self.general_error, lang, self._focus)

        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (
            self.main,
            self.items,
            self.ballot,
            self.warnings_box,
            self.details_toggle,
            self.details,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not save half a form
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(translate("MeetingDialog", "Save (Ctrl+Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        insert_remarks(layout, services, meeting.uuid if meeting else None)  # the level above

        self.save_action = QAction(self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self._fill(meeting, village_uuid)
        self._connect()
        self._quiet = False
        self.main.refresh_default()
        self._refresh()
        self._chain_tab_order()
        fit_dialog(self, *_SIZE)
        first = self.main.title_edit if self.main.village_uuid() else self.main.village
        first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # The button box makes Save the default button when it is shown; Enter in a
        # field would then save half a form. Ctrl+Enter saves.
        super().showEvent(event)
        for button in self.buttons.findChildren(QPushButton):
            button.setDefault(False)

    # --- building ---------------------------------------------------------------------
    def _fill(self, stored: StoredMeeting | None, village_uuid: str | None) -> None:
        self.main.fill_villages(stored.data.village_uuid if stored is not None else village_uuid)
        if stored is None:
            self.items.set_items(())
            self._update_details_toggle()
            return
        m = stored.data
        self.main.fill(m)
        self.items.set_items(m.items)
        if m.ballot is not None:
            self.ballot.set_ballot(m.ballot)
            self._load_failed_meetings(m.ballot.after_failed_meeting_uuid)
        self.details.fill(m)
        has_details = any(
            (m.convened_by, m.chair, m.secretary, m.minutes_text, m.minutes_sent_on)
        ) or any((m.recognized_on, m.refused_on, m.representatives, m.counting_board, m.witnesses))
        self.details_toggle.setChecked(has_details)
        self._update_details_toggle()

    def _connect(self) -> None:
        self.main.village_changed.connect(self._village_changed)
        self.main.total_changed.connect(self.ballot.follow_total)
        for signal in (
            self.main.changed,
            self.items.changed,
            self.ballot.changed,
            self.details.changed,
        ):
            signal.connect(self._refresh)
        self.items.layout_changed.connect(self._chain_tab_order)
        self.details_toggle.toggled.connect(self._update_details_toggle)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _chain_tab_order(self) -> None:
        """Village → title → date → present → the matters, then what has a default."""
        chain = self.main.head_widgets()
        for editor in self.items.editors:
            chain += editor.tab_widgets()
        chain += [self.items.add_button, *self.main.tail_widgets(), *self.ballot.tab_widgets()]
        chain += [self.details_toggle, *self.details.tab_widgets(), *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- what the form holds ----------------------------------------------------------
    def _minutes_base(self) -> date:
        return self.details.minutes_sent_on.value() or self.main.held()

    def _expected_recognizer(self) -> Recognizer:
        return expected_recognizer({item.matter for item in self.items.items()})

    def meeting(self) -> Meeting:
        """What the form holds, as the service takes it."""
        ballot = self.ballot.ballot() if self.items.uses(Method.HOUSEHOLD_BALLOT) else None
        data = replace(self.main.meeting(), items=self.items.items(), ballot=ballot)
        return self.details.apply(data)

    def _village_changed(self) -> None:
        if self.ballot.isVisibleTo(self) or self._failed_loaded_for is not None:
            self._load_failed_meetings(None)

    def _load_failed_meetings(self, keep: str | None) -> None:
        """The village's earlier meetings that did not pass (a ballot may follow them)."""
        uuid = self.main.village_uuid()
        self._failed_loaded_for = uuid or ""
        choices: list[tuple[date, str, str]] = []
        if uuid is not None:
            own = self._stored.uuid if self._stored is not None else None
            for outcome in (MeetingOutcome.FAILED, MeetingOutcome.MIXED):
                query = MeetingQuery(village_uuid=uuid, outcome=outcome.value)
                for m in self._services.meetings.list(query):
                    if m.uuid != own:
                        text = f"{format_day(m.data.held_on)} — {m.data.title}"
                        label = f"{text} ({meeting_outcome_label(m.outcome)})"
                        choices.append((m.data.held_on or date.min, m.uuid, label))
        choices.sort(key=lambda c: (c[0], vi_sort_key(c[2])))
        self.ballot.set_failed_meetings([(uuid, label) for _, uuid, label in choices], keep)

    # --- live outcome, warnings and errors -----------------------------------------
    def _refresh(self) -> None:
        if self._quiet:
            return
        m = self.meeting()
        uses_ballot = m.ballot is not None
        if uses_ballot and self._failed_loaded_for is None:
            self._load_failed_meetings(None)
        self.ballot.setVisible(uses_ballot)
        # The same rules as Save (validate_meeting, then evaluate_meeting): an item whose
        # counts Save would refuse gets no verdict, and every message follows the form.
        verdicts, errors = self.verdicts(m)
        for editor, verdict in zip(self.items.editors, verdicts, strict=True):
            if editor.chosen_matter() is None:
                editor.show_pending(
                    translate(
                        "MeetingDialog",
                        "Choose the matter to see the outcome: its threshold depends on it "
                        "(Law 10/2022/QH15 Art. 21).",
                    )
                )
            elif verdict.result is not None:
                editor.show_result(verdict.result, self._effect_text(verdict.result, m))
            elif verdict.pending is Pending.NO_TOTAL:
                editor.show_result(None, "")
            else:
                editor.show_pending(self._pending_text(verdict.pending))
        warnings = meeting_warnings(m, self._calendar) + board_warnings(m)
        self.warnings_text.setText(warning_lines("meeting", warnings, self._lang()))
        self.warnings_box.setVisible(bool(warnings))
        # Before the first Save only what is wrong is shown, not what is still empty.
        shown = errors if self._checked else [e for e in errors if e.code != "required"]
        self.errors.show(shown, move_focus=False)

    @staticmethod
    def _pending_text(pending: Pending | None) -> str:
        if pending is Pending.ENTER_PRESENT:
            return translate("MeetingDialog", "Enter the households present to see the outcome.")
        return translate("MeetingDialog", "Correct the counts marked in red to see the outcome.")

    def form_errors(self, m: Meeting) -> list[FieldError]:
        """What Save would refuse: the core rules, and every matter chosen."""
        return self.verdicts(m)[1]

    def verdicts(self, m: Meeting) -> tuple[tuple[ItemVerdict, ...], list[FieldError]]:
        """Core's verdict on each item (:func:`desktop.core.meeting_verdicts.item_verdicts`)
        and the errors Save would refuse, every matter chosen included."""
        unchosen = [
            FieldError(f"items[{i}].matter", "required")
            for i, editor in enumerate(self.items.editors)
            if editor.chosen_matter() is None
        ]
        return item_verdicts(m, unchosen)

    def _effect_text(self, result: ItemResult, m: Meeting) -> str:
        effect = result.takes_effect
        if effect is None:
            return ""
        if effect is TakesEffect.ON_VOTE_DAY and m.held_on is not None:
            return translate("MeetingDialog", "Takes effect on the day of the vote, %1.").replace(
                "%1", format_day(m.held_on)
            )
        text = takes_effect_label(effect)
        if m.recognized_on is not None:
            text += " " + translate("MeetingDialog", "Recognised on %1.").replace(
                "%1", format_day(m.recognized_on)
            )
        return text

    def warning_texts(self) -> list[str]:
        """The warnings shown ([] when the box is hidden)."""
        if self.warnings_box.isHidden():
            return []
        return self.warnings_text.text().split("\n")

    # --- errors -----------------------------------------------------------------------
    def _target(self, field: str) -> Target | None:
        if field in self.main.targets:
            return self.main.targets[field]
        if field.startswith("ballot"):
            return self.ballot.targets.get(field)
        details = self.details.targets.get(field)
        if details is not None:
            return Target(details.label, details.widget, self._open_details)
        return self.items.target(field)

    def _focus(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()

    def _open_details(self) -> None:
        self.details_toggle.setChecked(True)

    def _update_details_toggle(self) -> None:
        on = self.details_toggle.isChecked()
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    def error_text(self, field: str) -> str:
        """The message shown for a field ('' when none)."""
        return self.errors.text(field)

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        """Store the meeting in one service call; on a refusal show why and stay open."""
        self._checked = True
        self.errors.clear()
        data = self.meeting()
        if any(editor.chosen_matter() is None for editor in self.items.editors):
            self.errors.show(self.form_errors(data))  # with the rest of what is wrong
            return
        try:
            if self._stored is None:
                self.saved = self._services.meetings.add(data)
            else:
                self.saved = self._services.meetings.update(
                    self._stored.uuid, data, expected_version=self._stored.meta.version
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except VersionConflictError:
            self.general_error.show_message(
                translate(
                    "MeetingDialog",
                    "Someone else saved this meeting while you were editing it, so nothing was "
                    "saved from this form. Close it, open the meeting again and enter your "
                    "changes there.",
                )
            )
            return
        except DomainError as exc:
            self.general_error.show_message(format_error(exc, self._lang()))
            return
        self.accept()
