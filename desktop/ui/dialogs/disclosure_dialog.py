"""Recording a public disclosure: the item, the decision, the postings grid, the loudspeaker.

The warnings of the Law (Arts. 12–13) are worked out while the officer types,
so a village left out of the grid is named before anything is saved. Save is
one service call; a refusal keeps the form open with each message on its field
or its grid cell, and nothing stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosure_warnings import stable_warnings
from desktop.core.disclosures import (
    Disclosure,
    disclosure_due,
    disclosure_status,
    live_warnings,
    posting_until,
    validate_disclosure,
)
from desktop.core.errors import DomainError, FieldError, ValidationError, VersionConflictError
from desktop.core.messages import format_error
from desktop.core.queries import VillageQuery
from desktop.core.villages import nfc
from desktop.services.container import Services
from desktop.ui.dialogs.disclosure_evidence import EvidenceBox, PickFile, pick_with_dialog
from desktop.ui.dialogs.disclosure_fields import BroadcastDays, FormsBox
from desktop.ui.dialogs.disclosure_layout import disclosure_body
from desktop.ui.dialogs.disclosure_main import DetailsForm
from desktop.ui.dialogs.guarded import GuardedDialog
from desktop.ui.dialogs.postings_grid import PostingsGrid
from desktop.ui.dialogs.postings_table import Place
from desktop.ui.dialogs.sync_remarks import insert_remarks
from desktop.ui.disclosure_labels import status_label, word_error
from desktop.ui.i18n import translate, warning_lines
from desktop.ui.labels import format_day
from desktop.ui.widgets import ErrorLabel, fit_dialog

CTX = "DisclosureDialog"
WARNING_STYLE = "QGroupBox#warnings { color: #8a5300; }"
_SIZE = (1220, 640)  # fits a 1366×768 screen with its task bar (widgets.fit_dialog)
_INDEXED = re.compile(r"^(postings|broadcast_days)\[(\d+)\](?:\.(\w+))?$")


class DisclosureDialog(GuardedDialog):
    """Add (``stored`` None) or edit a disclosure; ``saved`` holds the stored result.

    Args:
        services: saved through ``services.disclosures``; the villages and the
            calendar give the places of the grid and the live warnings.
        today: the day warnings are worked out for and dates default to.
        lang: the language error messages and item names are worded in.
        stored: the record to edit.
        pick_file: asks for the file to attach (tests pass their own).
        category: the item offered for a new record.
    """

    def __init__(
        self,
        services: Services,
        today: date,
        lang: Callable[[], str],
        stored: StoredDisclosure | None = None,
        *,
        pick_file: PickFile = pick_with_dialog,
        category: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self._lang = lang
        self._stored = stored
        self._calendar = services.calendar.calendar()
        active = services.villages.list(VillageQuery(include_retired=False))
        self._villages = [(v.uuid, v.data.name) for v in active]
        self._names = {v.uuid: v.data.name for v in services.villages.list(VillageQuery())}
        self._quiet = True
        self._checked = False  # after a refused save, errors follow every change
        self._texts: dict[str, str] = {}
        self.saved: StoredDisclosure | None = None
        self.touched: StoredDisclosure | None = None  # stored by an action inside the form
        self.setWindowTitle(
            translate("DisclosureDialog", "New disclosure")
            if stored is None
            else translate("DisclosureDialog", "Edit disclosure")
        )

        self.details = DetailsForm(today, lang())
        self.forms = FormsBox(lang())
        self.grid = PostingsGrid(today)
        self.grid.set_places(
            [
                Place(None, translate("DisclosureDialog", "Commune office")),
                *(Place(u, n) for u, n in self._villages),
            ]
        )
        self.broadcast = BroadcastDays(today)
        self.portal_url = QLineEdit()
        self.portal_url.setPlaceholderText("https://")
        self.portal_error = ErrorLabel()
        self.forms_error = ErrorLabel()
        self.evidence: EvidenceBox | None = None
        if stored is not None:
            self.evidence = EvidenceBox(
                services.disclosures, stored, today, lang, pick_file, parent=self
            )
            self.evidence.stored_changed.connect(self._stored_changed)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.warnings_box = QGroupBox(translate("DisclosureDialog", "Warnings"))
        self.warnings_box.setObjectName("warnings")
        self.warnings_box.setStyleSheet(WARNING_STYLE)
        self.warnings_text = QLabel()
        self.warnings_text.setWordWrap(True)
        self.warnings_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings_text)
        self.general_error = ErrorLabel()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(
            disclosure_body(
                self.details,
                self.forms,
                self.forms_error,
                self.grid,
                self.broadcast,
                self.portal_url,
                self.portal_error,
                self.evidence,
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a cell must not save half a form
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(translate("DisclosureDialog", "Save (Ctrl+Enter)"))
        footer = QHBoxLayout()
        footer.addWidget(self.facts, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.warnings_box)
        layout.addLayout(footer)
        insert_remarks(layout, services, stored.uuid if stored else None)  # the level above

        self.save_action = QAction(self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self._fill(stored, category)
        self._connect()
        self._quiet = False
        self._refresh()
        self._fit_screen()
        first = self.details.title_edit if stored is None else self.details.category
        first.setFocus()

    def _fill(self, stored: StoredDisclosure | None, category: int | None) -> None:
        if stored is None:
            self.details.set_category(category or 1)
            self.details.decided_on.set_value(self._today)
        else:
            d = stored.data
            self.details.fill(d)
            self.forms.set_forms(d.forms)
            self.grid.load(d.postings, self._names)
            self.broadcast.set_days(d.broadcast_days)
            self.portal_url.setText(d.portal_url or "")
        self.grid.set_category(self.details.current_category())

    def _connect(self) -> None:
        self.details.changed.connect(self._refresh)
        self.details.category_changed.connect(
            lambda: self.grid.set_category(self.details.current_category())
        )
        self.forms.changed.connect(self._refresh)
        self.grid.changed.connect(self._refresh)
        self.broadcast.changed.connect(self._refresh)
        self.portal_url.textChanged.connect(self._refresh)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _fit_screen(self) -> None:
        fit_dialog(self, *_SIZE)

    # --- what the form holds ----------------------------------------------------------
    def disclosure(self) -> Disclosure:
        """What the form holds, as the service takes it (cells that hold no date count
        as empty; Save refuses them first)."""
        base = self._stored.data if self._stored is not None else None
        return replace(
            self.details.disclosure(),
            forms=self.forms.forms(),
            postings=tuple(self.grid.postings()),
            broadcast_days=self.broadcast.days(),
            portal_url=nfc(self.portal_url.text()) or None,
            attachments=base.attachments if base is not None else (),
            feedback=base.feedback if base is not None else (),
        )

    def _stored_changed(self, stored: StoredDisclosure) -> None:
        """A file or feedback was stored: carry on from that version."""
        self._stored = stored
        self.touched = stored
        self._refresh()

    # --- live warnings and errors -----------------------------------------------------
    def _refresh(self) -> None:
        if self._quiet:
            return
        d = self.disclosure()
        self._tick_used_forms(d)
        warnings = stable_warnings(d, self._calendar, self._villages) + live_warnings(
            d, self._calendar, self._today
        )
        self.warnings_text.setText(warning_lines("disclosure", warnings, self._lang()))
        self.warnings_box.setVisible(bool(warnings))
        facts = [
            translate("DisclosureDialog", "Status today: %1").replace(
                "%1", status_label(disclosure_status(d, self._today, self._calendar))
            )
        ]
        due = disclosure_due(d, self._calendar)
        if due is not None:
            facts.append(
                translate("DisclosureDialog", "Disclose by %1").replace("%1", format_day(due))
            )
        until = posting_until(d)
        if until is not None:
            facts.append(
                translate("DisclosureDialog", "Posted until at least %1").replace(
                    "%1", format_day(until)
                )
            )
        self.facts.setText(" · ".join(facts))
        if self._checked:
            self.show_errors(validate_disclosure(d, self._today), move_focus=False)

    def _tick_used_forms(self, d: Disclosure) -> None:
        """Entering a posting, a broadcast day or a link means that form was used."""
        self.forms.blockSignals(True)
        if d.postings:
            self.forms.tick(DisclosureForm.NOTICE_BOARD)
        if d.broadcast_days:
            self.forms.tick(DisclosureForm.LOUDSPEAKER)
        if d.portal_url:
            self.forms.tick(DisclosureForm.PORTAL)
        self.forms.blockSignals(False)

    def warning_texts(self) -> list[str]:
        """The warnings shown ([] when there are none)."""
        if self.warnings_box.isHidden() or not self.warnings_text.text():
            return []
        return self.warnings_text.text().split("\n")

    def _targets(self) -> dict[str, tuple[ErrorLabel, QWidget]]:
        targets = dict(self.details.targets)
        targets["forms"] = (self.forms_error, self.forms)
        targets["portal_url"] = (self.portal_error, self.portal_url)
        return targets

    def clear_errors(self) -> None:
        for label, _ in self._targets().values():
            label.clear_message()
        self.grid.clear_marks()
        self.broadcast.clear_marks()
        self.general_error.clear_message()
        self._texts = {}

    def show_errors(self, errors: Iterable[FieldError], *, move_focus: bool = True) -> None:
        """Each message on its field or grid cell; the rest above the form."""
        self.clear_errors()
        targets = self._targets()
        texts: dict[str, list[str]] = {}
        general: list[str] = []
        first: QWidget | None = None
        for err in errors:
            text = word_error(err, self._lang())
            self._texts[err.field] = text
            match = _INDEXED.match(err.field)
            if match is not None and match[1] == "postings":
                if self.grid.mark(int(match[2]), match[3] or "", text):
                    first = first or self.grid
                    continue
            elif match is not None and self.broadcast.mark(int(match[2]), text):
                first = first or self.broadcast.list
                continue
            if err.field in targets:
                texts.setdefault(err.field, []).append(text)
                first = first or targets[err.field][1]
            else:
                general.append(text)
        for field, lines in texts.items():
            targets[field][0].show_message("\n".join(lines))
        if general:
            self.general_error.show_message("\n".join(general))
        if self.grid.bad_cells():
            self.grid.mark_bad_dates()
        if first is not None and move_focus:
            self._focus(first)

    def _focus(self, widget: QWidget) -> None:
        if widget is self.grid:
            self.scroll_area.ensureWidgetVisible(self.grid.table)
            self.grid.focus_first_mark()
            return
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()

    def error_text(self, field: str) -> str:
        """The message shown for a field path ('' when none)."""
        return self._texts.get(field, "")

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        """Store the disclosure in one service call; on a refusal show why and stay open."""
        self._checked = True
        self.clear_errors()
        if self.grid.bad_cells():  # a typo in a date must not be saved as "no date"
            self.grid.mark_bad_dates()
            self._focus(self.grid)
            return
        data = self.disclosure()
        disclosures = self._services.disclosures
        try:
            if self._stored is None:
                self.saved = disclosures.add(data)
            else:
                self.saved = disclosures.update(
                    self._stored.uuid, data, expected_version=self._stored.meta.version
                )
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except VersionConflictError:
            self.general_error.show_message(
                translate(
                    "DisclosureDialog",
                    "Someone else saved this disclosure while you were editing it, so nothing "
                    "was saved from this form. Close it, open the disclosure again and enter "
                    "your changes there.",
                )
            )
            return
        except DomainError as exc:
            self.general_error.show_message(format_error(exc, self._lang()))
            return
        self.accept()
