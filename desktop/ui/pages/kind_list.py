"""The list of any declared kind, read from its declaration alone (issue 12).

A kind without a page of its own (the receiving level's view of its units' records, the
kinds still to come) is listed by :class:`KindListPage`: the columns its ``KindSpec``
declares, labelled and worded by the core catalogs in the UI language, the search box, the
empty state the kind words, and Enter opening the one read-only record viewer. The records
come from a :class:`RecordSource` — the ids in the order asked, then the JSON of a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.core.kinds import KindSpec, Record
from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.ui.i18n import I18n, translate
from desktop.ui.lazy_model import LazyTableModel, SortSpec
from desktop.ui.pages.kind_print import PrintButton
from desktop.ui.pages.record_list import RecordListPage, spec_columns
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
) -> tuple[LazyTableModel[Record], tuple[int, ...]]:
    """The lazy list of ``spec``'s records with its declared columns, and their widths."""

    def text(key: str) -> Callable[[Record], str]:
        return lambda r: field_text(spec, key, r, lang(), resolve)

    columns, widths = spec_columns(spec, lang, {c.key: text(c.key) for c in spec.columns})
    first = spec.day_field or spec.columns[0].key
    model: LazyTableModel[Record] = LazyTableModel(
        columns,
        lambda sort: source.ids(search(), sort),
        source.fetch,
        lambda r: str(r.get("uuid", "")),
        sort=SortSpec(first, descending=bool(spec.day_field)),
        muted=lambda r: bool(r.get("deleted")),
    )
    return model, widths


class KindListPage(RecordListPage[Record]):
    """One kind's records, read-only: the declared columns, search, Enter shows a record."""

    def __init__(
        self,
        services: Services,
        i18n: I18n,
        spec: KindSpec,
        source: RecordSource,
        *,
        resolve: Resolve | None = None,
        owner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, i18n, parent)
        self.spec = spec
        self._resolve = resolve
        self._owner = owner
        self.add_button.hide()  # read-only: nothing is offered that cannot be done
        self.search.setMinimumWidth(280)
        model, widths = kind_model(
            spec, source, lambda: self.search.text().strip(), lambda: i18n.lang, resolve
        )
        first = spec.day_field or spec.columns[0].key
        self.install(model, widths, first, descending=bool(spec.day_field))
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
        layout.addLayout(self.list_layout(self.button_row(self.print_button), filters), 1)
        self.retranslate()
        self.start()

    def empty_text(self) -> str:
        if self.query_filtered():
            return translate("KindListPage", "No record matches the filter.")
        return kind_words(self.spec.empty, self._i18n.lang)

    def open_current(self) -> RecordDialog | None:
        """Enter: the record in the read-only viewer."""
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

    def retranslate(self) -> None:
        self.heading.setText(kind_words(self.spec.plural, self._i18n.lang))
        self.open_button.setText(translate("KindListPage", "&Open…"))
        self.open_button.setToolTip(
            translate("KindListPage", "Show the selected record, read-only (Enter)")
        )
        self.search.setPlaceholderText(translate("KindListPage", "Search (Ctrl+F)"))
        self.print_button.retranslate()
        super().retranslate()
