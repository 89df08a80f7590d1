"""The list of any declared kind, read from its declaration alone (issue 12).

A kind without a page of its own (the receiving level's view of its units' records, the
kinds still to come) is listed by :class:`KindListPage`: the columns its ``KindSpec``
declares, labelled and worded by the core catalogs in the UI language, the search box, the
empty state the kind words, and Enter opening the one read-only record viewer. The records
come from a :class:`RecordSource` — the ids in the order asked, then the JSON of a page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.field_labels import field_label
from desktop.core.kinds import ColumnSpec, KindSpec, Record
from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.ui.dialogs.kind_forms import form_class
from desktop.ui.dialogs.record_event import EventDialog
from desktop.ui.dialogs.record_form import RecordForm, warnings_text
from desktop.ui.i18n import I18n, translate
from desktop.ui.lazy_model import Column, LazyTableModel, SortSpec
from desktop.ui.pages.kind_print import PrintButton
from desktop.ui.pages.record_list import CHAR_WIDTH, RecordListPage, spec_columns
from desktop.ui.record_view import RecordDialog, Resolve, field_text


class RecordSource(Protocol):
    """Where a kind's records are read: ids filtered and ordered, then a page of JSON."""

    def ids(self, search: str, sort: SortSpec) -> list[str]: ...

    def fetch(self, uuids: Sequence[str]) -> Sequence[Record]: ...


def kind_model(
    spec: KindSpec,
    source: RecordSource,
    search: Callable[[], str],
    lang: Callable[[], str],
    resolve: Resolve | None = None,
    *,
    warnings: bool = False,
) -> tuple[LazyTableModel[Record], tuple[int, ...]]:
    """The lazy list of ``spec``'s records with its declared columns, and their widths;
    ``warnings``: then what the rules warn of today (the officer's own lists)."""

    def text(column: ColumnSpec) -> Callable[[Record], str]:
        def cell(r: Record) -> str:
            words = field_text(spec, column.key, r, lang(), resolve)
            return f"⚠ {words}" if words and column.mark and r.get(column.mark) else words

        return cell

    columns, widths = spec_columns(spec, lang, {c.key: text(c) for c in spec.columns})
    if warnings and spec.field("warnings") is not None:  # the first one worded
        columns += (
            Column(
                "",
                "warnings",
                lambda r: warning_cell(spec, r, lang()),
                header=lambda: field_label("warnings", lang()),
            ),
        )
        widths += (28 * CHAR_WIDTH,)
        # Within a 1366×768 window beside the sidebar: narrower columns, no side scrolling.
        scale = min(1.0, LIST_WIDTH / sum(widths))
        widths = tuple(int(w * scale) for w in widths)
    first = spec.day_field or spec.columns[0].key
    model: LazyTableModel[Record] = KindModel(
        {i: c.mark for i, c in enumerate(spec.columns) if c.mark},
        columns,
        lambda sort: source.ids(search(), sort),
        source.fetch,
        lambda r: str(r.get("uuid", "")),
        sort=SortSpec(first, descending=bool(spec.day_field)),
        muted=lambda r: bool(r.get("deleted")),
    )
    return model, widths


LIST_WIDTH = 1080  # pixels a list has at 1366×768 beside the sidebar


MARK_COLOUR = QColor("#8a1c1c")  # as the overview's late lines


class KindModel(LazyTableModel[Record]):
    """The lazy list, plus the cells the declaration marks (``ColumnSpec.mark``: a deadline
    passed): "⚠" before the text, dark red, "Overdue" as their tooltip."""

    def __init__(self, marks: Mapping[int, str], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._marks = dict(marks)

    def extra(self, item: Record, column: int, role: int) -> Any:
        key = self._marks.get(column)
        if not key or not item.get(key):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("KindListPage", "Overdue: this day has passed")
        if role == Qt.ItemDataRole.ForegroundRole:
            return MARK_COLOUR
        return None


def warning_cell(spec: KindSpec, record: Record, lang: str) -> str:
    """A list's warnings cell: the first warning worded, and how many more."""
    texts = warnings_text(spec.name, record, lang)
    if not texts:
        return ""
    more = f" (+{len(texts) - 1})" if len(texts) > 1 else ""
    return f"⚠ {texts[0]}{more}"


class KindListPage(RecordListPage[Record]):
    """One kind's records: the declared columns and today's warnings, search; read-only
    (Enter shows a record) unless ``editable``: then Add (Ctrl+N), Edit (Enter, a double
    click), Next step (a kind with a life cycle) and View, through the generic forms."""

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        spec: KindSpec,
        source: RecordSource,
        *,
        resolve: Resolve | None = None,
        owner: str = "",
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, i18n, parent)
        self.spec = spec
        self._resolve = resolve
        self._owner = owner
        self.editable = editable
        self.edit_button = QPushButton()
        self.event_button = QPushButton()
        self.view_button = QPushButton()
        self.last_form: RecordForm | EventDialog | None = None
        if not editable:
            self.add_button.hide()  # read-only: nothing is offered that cannot be done
        self.search.setMinimumWidth(280)
        model, widths = kind_model(
            spec,
            source,
            lambda: self.search.text().strip(),
            lambda: i18n.lang,
            resolve,
            warnings=editable,
        )
        first = spec.day_field or spec.columns[0].key
        self.install(model, widths, first, descending=bool(spec.day_field))
        extra: tuple[QPushButton, ...] = ()
        if editable:
            self.open_button.hide()
            extra = (self.edit_button, self.event_button, self.view_button)
            if not spec.has_events:
                self.event_button.hide()
            self.edit_button.clicked.connect(self.edit_current)
            self.event_button.clicked.connect(self.event_current)
            self.view_button.clicked.connect(self.view_current)
        # «In giấy tờ…»: the documents the kind declares (hidden when it declares none).
        self.print_button = PrintButton(
            services,
            spec.name,
            self.current_record,
            self.show_status,
            self.show_failure,
            lambda: i18n.lang,
            parent=self,
        )
        if owner:  # another unit's records, read-only: nothing of theirs is printed here
            self.print_button.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.list_layout(self.button_row(*extra, self.print_button), filters), 1)
        self.retranslate()
        self.start()

    def empty_text(self) -> str:
        if self.query_filtered():
            return translate("KindListPage", "No record matches the filter.")
        words = kind_words(self.spec.empty, self._i18n.lang)
        if not self.editable:
            return words
        hint = translate("KindListPage", "Press Add (Ctrl+N) to enter the first one.")
        return f"{words}\n{hint}"

    def update_buttons(self, selected: bool) -> None:
        for button in (self.edit_button, self.event_button, self.view_button):
            button.setEnabled(selected)

    # --- opening and entering ------------------------------------------------------------
    def open_current(self) -> Any:
        """Enter or a double click: the record's form (read-only viewer when not ours)."""
        if self.editable:
            return self.edit_current()
        return self.view_current()

    def view_current(self) -> RecordDialog | None:
        """View: the record in the read-only viewer."""
        dialog = self.record_dialog()
        if dialog is not None:
            dialog.exec()
        return dialog

    def record_dialog(self) -> RecordDialog | None:
        record = self.current_record()
        if record is None:
            return None
        return RecordDialog(
            self.spec,
            record,
            self._i18n.lang,
            resolve=self._resolve,
            owner=self._owner,
            parent=self,
        )

    def add_form(self) -> RecordForm:
        """The form of a new record (not shown yet)."""
        form = form_class(self.spec.name)
        return form(self._services, self.spec.name, self._i18n.lang, parent=self)

    def edit_form(self) -> RecordForm | None:
        """The form of the selected record, filled (not shown yet)."""
        uuid = self.current_id()
        if uuid is None:
            return None
        service = self._services.kinds.service(self.spec.name)
        record = service.to_json(service.get(uuid))
        form = form_class(self.spec.name)
        return form(self._services, self.spec.name, self._i18n.lang, record, parent=self)

    def event_form(self) -> EventDialog | None:
        """The next step of the selected record (not shown yet)."""
        uuid = self.current_id()
        if uuid is None or not self.spec.has_events:
            return None
        service = self._services.kinds.service(self.spec.name)
        record = service.to_json(service.get(uuid))
        return EventDialog(self._services, self.spec.name, self._i18n.lang, record, parent=self)

    def add(self) -> RecordForm | None:
        """Add (Ctrl+N): a new record through the generic form."""
        return self.run(self.add_form()) if self.editable else None

    def edit_current(self) -> RecordForm | None:
        form = self.edit_form()
        return self.run(form) if form is not None else None

    def event_current(self) -> EventDialog | None:
        form = self.event_form()
        return self.run(form) if form is not None else None

    def run(self, form: Any) -> Any:
        """Show a form; after a save the list shows the record and its warnings."""
        self.last_form = form
        if form.exec() and form.saved is not None:
            self.after_save(form)
        return form

    def after_save(self, form: RecordForm | EventDialog) -> None:
        self.shown(str(form.saved.uuid))
        if form.warnings:
            self.show_failure("⚠ " + " · ".join(form.warnings))
        else:
            self.show_status(translate("KindListPage", "Saved."))

    def retranslate(self) -> None:
        self.heading.setText(kind_words(self.spec.plural, self._i18n.lang))
        self.open_button.setText(translate("KindListPage", "&Open…"))
        self.open_button.setToolTip(
            translate("KindListPage", "Show the selected record, read-only (Enter)")
        )
        self.add_button.setText(translate("KindListPage", "&Add…"))
        self.add_button.setToolTip(translate("KindListPage", "Enter a new record (Ctrl+N)"))
        self.edit_button.setText(translate("KindListPage", "&Edit…"))
        self.edit_button.setToolTip(translate("KindListPage", "Edit the selected record (Enter)"))
        self.event_button.setText(translate("KindListPage", "Next &step…"))
        self.event_button.setToolTip(
            translate("KindListPage", "Record the next step of the selected record")
        )
        self.view_button.setText(translate("KindListPage", "&View…"))
        self.view_button.setToolTip(
            translate("KindListPage", "Show the selected record, read-only")
        )
        self.search.setPlaceholderText(translate("KindListPage", "Search (Ctrl+F)"))
        self.print_button.retranslate()
        super().retranslate()
