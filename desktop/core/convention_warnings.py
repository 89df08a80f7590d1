"""Deadlines a hương ước / quy ước record missed: saved, but shown with the article.

Two kinds, kept apart because only the second depends on the day you look:

* :func:`stable_warnings` — facts of the recorded dates (a dossier filed on the
  7th working day stays late forever); they can be stored with the record.
* :func:`live_warnings` — a step still awaited past its deadline, or a review
  or suspension overdue; recompute them with ``today`` when showing the record.
"""

from __future__ import annotations

from datetime import date

from desktop.core.convention_text import parse_text, text_warnings
from desktop.core.conventions import (
    D61,
    RECOGNIZED_STATES,
    Convention,
    ConventionEvent,
    ConventionStatus,
    ConventionType,
    EventType,
    last_event,
    next_review_on,
    status,
)
from desktop.core.periods import CIVIL_CODE, days_counted, lasted
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

CONSULTATION_DAYS = 30  # the draft posted at least 30 days, Art. 9
DOSSIER_WORKING_DAYS = 5  # dossier to the UBND within 5 wd of adoption, Art. 11
DECISION_WORKING_DAYS = 5  # recognition or refusal within 5 wd of the dossier, Art. 11
DISTRIBUTION_WORKING_DAYS = 2  # text sent to the village head and MTTQ within 2 wd, Art. 18

E = EventType


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _kind(c: Convention) -> str:
    return "hương ước" if c.convention_type is ConventionType.HUONG_UOC else "quy ước"


def _late(
    code: str, doc: str, on: date, wd: int, after: str, limit: int, art: str
) -> RecordWarning:
    return RecordWarning(
        code,
        f"{doc} ngày {_fmt(on)}, là ngày làm việc thứ {wd} sau {after}; thời hạn là "
        f"{limit} ngày làm việc (Điều {art} {D61})",
    )


def _consultation_short(
    c: Convention, cons: ConventionEvent, adopted: date
) -> RecordWarning | None:
    # The draft is posted for opinions at least 30 days (Art. 9), counted by the one
    # rule of desktop.core.periods (Civil Code Arts. 147–148); the posting ends at its
    # recorded end (``until``) or, without one, at the adoption.
    end = cons.until if cons.until is not None and cons.until < adopted else adopted
    days = days_counted(cons.on, end)
    if lasted(cons.on, end, CONSULTATION_DAYS):
        return None
    if end == adopted:
        span = f"chỉ {days} ngày trước ngày thông qua {_fmt(adopted)}"
    else:
        span = f"đến ngày {_fmt(end)}, chỉ {days} ngày"
    return RecordWarning(
        "consultation_short",
        f"Dự thảo {_kind(c)} niêm yết lấy ý kiến từ ngày {_fmt(cons.on)}, {span}; phải niêm "
        f"yết ít nhất {CONSULTATION_DAYS} ngày (Điều 9 {D61}; cách tính theo {CIVIL_CODE})",
    )


def stable_warnings(c: Convention, calendar: WorkCalendar) -> list[RecordWarning]:
    """Warnings fixed by the recorded dates (and the text's article numbering)."""
    out: list[RecordWarning] = []
    if c.text.strip():
        out.extend(text_warnings(parse_text(c.text)))
    consultation: ConventionEvent | None = None
    adopted: ConventionEvent | None = None  # the adoption awaiting its first dossier
    submitted: ConventionEvent | None = None
    recognized: ConventionEvent | None = None  # the recognition awaiting its distribution
    for e in c.events:
        if e.type is E.CONSULTATION:
            consultation = e
        elif e.type is E.ADOPTED:
            if consultation is not None:
                w = _consultation_short(c, consultation, e.on)
                out.extend([w] if w else [])
            adopted = e
        elif e.type is E.SUBMITTED:
            # Dossier within 5 wd of adoption (Art. 11); a dossier completed after a
            # refusal is not measured against the adoption.
            if adopted is not None:
                wd = calendar.working_days_between(adopted.on, e.on)
                if wd > DOSSIER_WORKING_DAYS:
                    doc = f"Hồ sơ đề nghị công nhận {_kind(c)} nộp"
                    after = f"ngày thông qua {_fmt(adopted.on)}"
                    limit = DOSSIER_WORKING_DAYS
                    out.append(_late("dossier_late", doc, e.on, wd, after, limit, "11"))
            adopted, submitted = None, e
        elif e.type in (E.RECOGNIZED, E.REFUSED) and submitted is not None:
            # Recognition, or a written refusal, within 5 wd of the dossier (Art. 11).
            wd = calendar.working_days_between(submitted.on, e.on)
            if wd > DECISION_WORKING_DAYS:
                recog = e.type is E.RECOGNIZED
                code = "recognition_late" if recog else "refusal_late"
                doc = "Quyết định công nhận" if recog else "Văn bản không công nhận"
                after = f"ngày nộp hồ sơ {_fmt(submitted.on)}"
                out.append(_late(code, doc, e.on, wd, after, DECISION_WORKING_DAYS, "11"))
            submitted = None
            recognized = e if e.type is E.RECOGNIZED else None
        elif e.type is E.DISTRIBUTED and recognized is not None:
            # The UBND sends the recognised text within 2 wd (Art. 18).
            wd = calendar.working_days_between(recognized.on, e.on)
            if wd > DISTRIBUTION_WORKING_DAYS:
                doc = f"{_kind(c).capitalize()} được gửi cho trưởng thôn và Ban công tác Mặt trận"
                after = f"ngày công nhận {_fmt(recognized.on)}"
                limit = DISTRIBUTION_WORKING_DAYS
                out.append(_late("distribution_late", doc, e.on, wd, after, limit, "18"))
            recognized = None
    return out


def _overdue(code: str, what: str, since: date, wd: int, limit: int, art: str) -> RecordWarning:
    return RecordWarning(
        code,
        # "quá thời hạn 2 ngày" read as "2 days late" for a step 30 days old: say both.
        f"{what} từ ngày {_fmt(since)}: đã {wd} ngày làm việc, chậm {wd - limit} ngày làm "
        f"việc so với thời hạn {limit} ngày làm việc (Điều {art} {D61})",
    )


def live_warnings(c: Convention, calendar: WorkCalendar, today: date) -> list[RecordWarning]:
    """Warnings that depend on ``today``: a step awaited past its deadline, a yearly
    review overdue, a suspension past its deadline."""
    out: list[RecordWarning] = []
    current = status(c)
    kind = _kind(c)
    last = c.events[-1] if c.events else None
    if current is ConventionStatus.ADOPTED and last is not None:
        wd = calendar.working_days_between(last.on, today)
        if wd > DOSSIER_WORKING_DAYS:
            what = f"Chưa nộp hồ sơ đề nghị công nhận {kind} đã thông qua"
            out.append(_overdue("dossier_overdue", what, last.on, wd, DOSSIER_WORKING_DAYS, "11"))
    if current is ConventionStatus.SUBMITTED and last is not None:
        wd = calendar.working_days_between(last.on, today)
        if wd > DECISION_WORKING_DAYS:
            what = f"UBND xã chưa công nhận hoặc trả lời không công nhận {kind} nộp hồ sơ"
            limit = DECISION_WORKING_DAYS
            out.append(_overdue("decision_overdue", what, last.on, wd, limit, "11"))
    if current not in RECOGNIZED_STATES:
        return out
    recognized = last_event(c, E.RECOGNIZED)
    assert recognized is not None
    index = c.events.index(recognized)
    distributed = any(e.type is E.DISTRIBUTED for e in c.events[index:])
    wd = calendar.working_days_between(recognized.on, today)
    if not distributed and wd > DISTRIBUTION_WORKING_DAYS:
        what = f"Chưa gửi {kind} đã công nhận cho trưởng thôn và Ban công tác Mặt trận"
        limit = DISTRIBUTION_WORKING_DAYS
        out.append(_overdue("distribution_overdue", what, recognized.on, wd, limit, "18"))
    due = next_review_on(c)
    if due is not None and today > due:
        # Reviewed every year on the review day (Art. 15(4)); the head reports it (Art. 19).
        out.append(
            RecordWarning(
                "review_overdue",
                f"Chưa đánh giá việc thực hiện {kind} theo định kỳ hằng năm: kỳ đánh giá ngày "
                f"{_fmt(due)} đã qua (khoản 4 Điều 15 {D61})",
            )
        )
    suspension = last_event(c, E.SUSPENDED)
    if current is ConventionStatus.SUSPENDED and suspension is not None:
        until = suspension.until
        if until is not None and today > until:
            # A suspension has a deadline (Art. 12): then reinstated, amended or abolished.
            out.append(
                RecordWarning(
                    "suspension_expired",
                    f"{kind.capitalize()} bị tạm ngưng thực hiện đến ngày {_fmt(until)}, đã quá "
                    f"thời hạn mà chưa được tiếp tục thực hiện, sửa đổi hoặc bãi bỏ "
                    f"(Điều 12, Điều 14 {D61})",
                )
            )
    return out


def convention_warnings(c: Convention, calendar: WorkCalendar, today: date) -> list[RecordWarning]:
    """Stable then live warnings."""
    return [*stable_warnings(c, calendar), *live_warnings(c, calendar, today)]
