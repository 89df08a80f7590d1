"""The meeting's own fields; the total households default to the village's count."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.meetings import Meeting, MeetingType
from desktop.core.queries import VillageQuery
from desktop.core.villages import Village, nfc
from desktop.services.villages import VillageService
from desktop.ui.dialogs.date_fields import OptionalDateEdit, date_edit, from_qdate, to_qdate
from desktop.ui.dialogs.meeting_fields import (
    Target,
    count_box,
    optional_text,
)
from desktop.ui.i18n import translate
from desktop.ui.labels import format_count, format_day, meeting_type_label
from desktop.ui.widgets import ErrorLabel, add_row

NOTICE_DAYS = 2  # the invitation date offered: the least notice D59 Art. 3 allows


class MeetingBox(QGroupBox):
    """Village, title, date, type, place, invitation date and the household counts.

    ``changed`` after any edit; ``total_changed`` when the total households change
    (typed, or following the village's count); ``village_changed`` when another
    village or date is chosen.
    """

    changed = Signal()
    total_changed = Signal(int)
    village_changed = Signal()

    def __init__(
        self, villages: VillageService, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("MeetingDialog", "Meeting"), parent)
        self._villages = villages
        self._cache: dict[str, Village] = {}
        self._total_by_hand = False
        self._quiet = False
        self.village = QComboBox()
        self.village.setPlaceholderText(translate("MeetingDialog", "Choose the village…"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            translate("MeetingDialog", "e.g. Meeting on the village road concreting levy")
        )
        self.held_on = date_edit(today)
        self.meeting_type = QComboBox()
        for mtype in MeetingType:
            self.meeting_type.addItem(meeting_type_label(mtype), mtype.value)
        self.households_present = count_box()
        self.households_total = count_box()
        self.total_hint = QLabel()
        self.total_hint.setWordWrap(True)
        self.total_hint.setTextFormat(Qt.TextFormat.RichText)
        self.total_hint.hide()
        self.place = QLineEdit()
        self.notice_on = OptionalDateEdit(lambda: self.held() - timedelta(days=NOTICE_DAYS))

        self.targets: dict[str, Target] = {}
        top, left, right = QFormLayout(), QFormLayout(), QFormLayout()
        for form in (top, left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[QFormLayout, str, str, QWidget, tuple[QWidget, ...]], ...] = (
            (top, "village", translate("MeetingDialog", "&Village:"), self.village, ()),
            (top, "title", translate("MeetingDialog", "&Title:"), self.title_edit, ()),
            (left, "held_on", translate("MeetingDialog", "&Held on:"), self.held_on, ()),
            (left, "meeting_type", translate("MeetingDialog", "T&ype:"), self.meeting_type, ()),
            (left, "place", translate("MeetingDialog", "Pl&ace:"), self.place, ()),
            (
                right,
                "households_present",
                translate("MeetingDialog", "Households &present:"),
                self.households_present,
                (),
            ),
            (
                right,
                "households_total",
                translate("MeetingDialog", "Households in t&otal:"),
                self.households_total,
                (self.total_hint,),
            ),
            (
                right,
                "notice_on",
                translate("MeetingDialog", "&Invitation sent on:"),
                self.notice_on,
                (),
            ),
        )
        for form, field, text, widget, extra in rows:
            error = ErrorLabel()
            add_row(form, text, widget, *extra, error)
            self.targets[field] = Target(error, widget)
        grid = QGridLayout(self)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.village.currentIndexChanged.connect(self._village_changed)
        self.held_on.dateChanged.connect(self._village_changed)
        self.households_total.valueChanged.connect(self._total_edited)
        self.total_hint.linkActivated.connect(lambda _: self.use_default_total())
        self.title_edit.textChanged.connect(self.changed)
        self.place.textChanged.connect(self.changed)
        self.meeting_type.currentIndexChanged.connect(self.changed)
        self.households_present.valueChanged.connect(self.changed)
        self.notice_on.changed.connect(self.changed)

    # --- filling and reading ------------------------------------------------------
    def fill_villages(self, current: str | None) -> None:
        """Active villages, by name (and ``current`` even if retired); one alone is chosen."""
        villages = self._villages.list(VillageQuery(include_retired=False, order_by="name"))
        if current and all(v.uuid != current for v in villages):
            villages.append(self._villages.get(current))
        self._quiet = True
        for v in villages:
            self.village.addItem(f"{v.data.name} ({v.data.code})", v.uuid)
        index = self.village.findData(current) if current else -1
        self.village.setCurrentIndex(0 if index < 0 and len(villages) == 1 else index)
        self._quiet = False

    def fill(self, m: Meeting) -> None:
        self._quiet = True
        self.title_edit.setText(m.title)
        if m.held_on is not None:
            self.held_on.setDate(to_qdate(m.held_on))
        self.meeting_type.setCurrentIndex(self.meeting_type.findData(m.meeting_type.value))
        self.place.setText(m.place or "")
        self.notice_on.set_value(m.notice_on)
        self.households_present.setValue(m.households_present or 0)
        self.households_total.setValue(m.households_total or 0)
        self._total_by_hand = m.households_total != self.default_total()[0]
        self._quiet = False

    def meeting(self) -> Meeting:
        """These fields as a meeting without matters (the dialog adds the rest)."""
        uuid = self.village.currentData()
        return Meeting(
            village_uuid=uuid if isinstance(uuid, str) else "",
            title=nfc(self.title_edit.text()),
            meeting_type=MeetingType(self.meeting_type.currentData()),
            held_on=self.held(),
            place=optional_text(self.place.text()),
            notice_on=self.notice_on.value(),
            households_total=self.households_total.value() or None,
            households_present=self.households_present.value(),
        )

    def held(self) -> date:
        return from_qdate(self.held_on.date())

    def village_uuid(self) -> str | None:
        uuid = self.village.currentData()
        return uuid if isinstance(uuid, str) else None

    # --- the village's household count ------------------------------------------------
    def _village(self) -> Village | None:
        uuid = self.village_uuid()
        if uuid is None:
            return None
        if uuid not in self._cache:
            self._cache[uuid] = self._villages.get(uuid)  # with its history of counts
        return self._cache[uuid]

    def default_total(self) -> tuple[int | None, date | None]:
        """The village's household count in force on the meeting day, and when it was counted.

        The same rule as ``MeetingService.with_defaults``: the latest counting not
        after the day, else the village's current count.
        """
        village = self._village()
        if village is None:
            return None, None
        held = self.held()
        counted = [h for h in village.history if h.counted_on <= held]
        if counted:
            best = max(counted, key=lambda h: h.counted_on)
            return best.households, best.counted_on
        return village.data.households_total, village.data.households_as_of

    def refresh_default(self) -> None:
        """Follow the village's count unless the total was typed over."""
        default, _ = self.default_total()
        if default is not None and not self._total_by_hand:
            self._set_total(default)
        self.word_total_hint()

    def _village_changed(self) -> None:
        if self._quiet:
            return
        self.refresh_default()
        self.village_changed.emit()
        self.changed.emit()

    def _set_total(self, value: int) -> None:
        quiet, self._quiet = self._quiet, True
        self.households_total.setValue(value)
        self._quiet = quiet
        self.total_changed.emit(value)

    def _total_edited(self, value: int) -> None:
        if self._quiet:
            return
        self._total_by_hand = value != self.default_total()[0]
        self.word_total_hint()
        self.total_changed.emit(value)
        self.changed.emit()

    def use_default_total(self) -> None:
        default, _ = self.default_total()
        if default is not None:
            self._total_by_hand = False
            self._set_total(default)
            self.word_total_hint()
            self.changed.emit()

    def word_total_hint(self) -> None:
        default, counted_on = self.default_total()
        if self.village_uuid() is None:
            text = ""
        elif default is None:
            text = translate(
                "MeetingDialog", "The village has no household count: enter the total."
            )
        else:
            text = (
                translate("MeetingDialog", "Village count on %1: %2 households.")
                .replace("%1", format_day(counted_on))
                .replace("%2", format_count(default))
            )
            if self.households_total.value() != default:
                link = translate("MeetingDialog", "Use %1").replace("%1", format_count(default))
                text += f' <a href="default">{link}</a>'
        self.total_hint.setText(text)
        self.total_hint.setVisible(bool(text))

    def head_widgets(self) -> list[QWidget]:
        """The first stops of the tab order: what every meeting needs typed."""
        return [self.village, self.title_edit, self.held_on, self.households_present]

    def tail_widgets(self) -> list[QWidget]:
        """The later stops: fields with a default."""
        return [
            self.meeting_type,
            self.households_total,
            self.place,
            *self.notice_on.tab_widgets(),
        ]
