"""Tables of consultations, dialogues, oversight boards and their work (issue 16).

Each row keeps the columns lists, search and the board need (title, the kind's day, its
state, warnings) and the record's own fields as one JSON text (``body``): members,
commitments and recommendations are read and written whole with the record.
``checked_on`` is the day the rules last ran (a board's members are counted on a day).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.model_base import Base, RecordColumns


class CivicColumns:
    """The columns the four tables share (a mixin: ``record_tables`` reads the direct
    subclasses of ``RecordColumns``)."""

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    day: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Title and texts folded to lower case without accents (core.text.fold).
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ConsultationRow(CivicColumns, RecordColumns, Base):
    """Consulting residents (Law 10/2022/QH15 Arts. 25–28)."""

    record_kind = "consultation"
    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_day", "day"),)


class DialogueRow(CivicColumns, RecordColumns, Base):
    """The UBND's dialogue with residents (Law Art. 32)."""

    record_kind = "dialogue"
    __tablename__ = "dialogues"
    __table_args__ = (Index("ix_dialogues_day", "day"),)


class BoardRow(CivicColumns, RecordColumns, Base):
    """A Ban thanh tra nhân dân or Ban giám sát đầu tư của cộng đồng (Law Arts. 36, 41)."""

    record_kind = "board"
    __tablename__ = "boards"
    __table_args__ = (Index("ix_boards_day", "day"),)


class OversightRow(CivicColumns, RecordColumns, Base):
    """One inspection or supervision of a board, with its recommendations (Arts. 40, 45)."""

    record_kind = "oversight"
    __tablename__ = "oversights"
    board_uuid: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    __table_args__ = (
        Index("ix_oversights_day", "day"),
        Index("ix_oversights_board_uuid", "board_uuid"),
    )
