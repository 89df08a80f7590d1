"""Tables of the citizen reception, letter and case kinds (issue 15; see models.py).

Each row keeps the columns lists, search and the board read, and the record's own fields
as one JSON text column (``body``: the visits of a session, the events of a case), read
and written whole with the record. The identity of a complainant, denouncer or visitor
is in ``body`` only: no column, no folded ``search_text`` holds it (LTCD Art. 3(2)).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, synonym

from desktop.storage.model_base import Base, RecordColumns


class CitizenColumns:
    """What the three tables share: the record's day, its own fields as JSON, its stable
    warnings (codes and params, JSON) and its folded search text (never a person's name)."""

    day: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReceptionRow(CitizenColumns, RecordColumns, Base):
    """A reception session and its visits (LTCD; TT04 Mẫu 03)."""

    record_kind = "reception"
    __tablename__ = "reception_sessions"

    session_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    presided_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    visit_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    people_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    session_on = synonym("day")  # the declared title field (search without FTS5)


class LetterRow(CitizenColumns, RecordColumns, Base):
    """A letter of the register (TT05/2021/TT-TTCP)."""

    record_kind = "letter"
    __tablename__ = "citizen_letters"

    letter_type: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    handling: Mapped[str] = mapped_column(String(20), nullable=False)
    case_id: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    received_day = synonym("day")  # the declared title field (search without FTS5)


class CaseRow(CitizenColumns, RecordColumns, Base):
    """A complaint or denunciation accepted, with its life-cycle events in ``body``."""

    record_kind = "case"
    __tablename__ = "citizen_cases"

    case_type: Mapped[str] = mapped_column(String(20), nullable=False)
    case_id: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
