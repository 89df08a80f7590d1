"""The deadlines a saved meeting record missed, as warnings (codes and params).

Notice before the meeting (D59 Art. 3, Law Art. 33), the household ballot's notice and
papers (D59 Art. 4), minutes and recognition within 5 working days (Law Art. 20). The
meeting's input rules and vote thresholds are in :mod:`desktop.core.meetings`.
"""

from __future__ import annotations

from desktop.core.meetings import (
    BALLOT_NOTICE_DAYS,
    DEADLINE_WORKING_DAYS,
    NOTICE_DAYS,
    PERIODIC_NOTICE_DAYS,
    Meeting,
    MeetingType,
)
from desktop.core.periods import days_counted, latest_start
from desktop.core.warnings import RecordWarning, warning
from desktop.core.workdays import WorkCalendar


def meeting_warnings(meeting: Meeting, calendar: WorkCalendar) -> list[RecordWarning]:
    """Deadlines a saved meeting record missed (codes and params; the catalog of
    :mod:`desktop.core.meeting_warning_messages` words them with the article)."""
    warnings: list[RecordWarning] = []
    held, ballot, sent = meeting.held_on, meeting.ballot, meeting.minutes_sent_on
    if held is not None and meeting.notice_on is not None:
        # Invitation at least 2 days before (D59 Art. 3); periodic meeting 5 days (Law Art. 33).
        periodic = meeting.meeting_type is MeetingType.PERIODIC
        need = PERIODIC_NOTICE_DAYS if periodic else NOTICE_DAYS
        # Counted by the one rule of desktop.core.periods (Civil Code Arts. 147–148).
        days = days_counted(meeting.notice_on, held)
        if meeting.notice_on > latest_start(held, need):
            variant = "periodic" if periodic else "meeting"
            warnings.append(
                warning(
                    "notice_late",
                    notice_on=meeting.notice_on,
                    days=days,
                    held_on=held,
                    need=need,
                    variant=variant,
                )
            )
    if ballot is not None and held is not None and ballot.announced_on is not None:
        # Ballot announced at least 2 days before the papers go out (D59 Art. 4).
        days = days_counted(ballot.announced_on, held)
        if ballot.announced_on > latest_start(held, BALLOT_NOTICE_DAYS):
            warnings.append(
                warning(
                    "ballot_notice_late",
                    announced_on=ballot.announced_on,
                    days=days,
                    held_on=held,
                    need=BALLOT_NOTICE_DAYS,
                )
            )
    total = meeting.households_total
    if ballot is not None and total is not None and 0 <= ballot.papers_issued < total:
        # One paper to every household (D59 Art. 4): fewer papers leave households
        # unasked. A warning, not a refusal: the record keeps what happened, and the
        # threshold still counts all households (Law Art. 21). More papers than
        # households is refused (``issued_gt_total``).
        issued = ballot.papers_issued
        warnings.append(
            warning("ballot_papers_short", issued=issued, total=total, missing=total - issued)
        )
    if sent is None:
        return warnings
    # Minutes to the UBND and MTTQ within 5 wd of the meeting (Law Art. 20),
    # or of the ballot's return deadline (D59 Art. 4).
    base, variant = held, "meeting"
    if ballot is not None and ballot.deadline_on is not None:
        base, variant = ballot.deadline_on, "ballot"
    if base is not None:
        wd = calendar.working_days_between(base, sent)
        if wd > DEADLINE_WORKING_DAYS:
            warnings.append(
                warning(
                    "minutes_late",
                    on=sent,
                    wd=wd,
                    since=base,
                    limit=DEADLINE_WORKING_DAYS,
                    variant=variant,
                )
            )
    # Recognition, or a written refusal, within 5 wd of receiving the minutes (Law Art. 20).
    for code, value in (
        ("recognition_late", meeting.recognized_on),
        ("refusal_late", meeting.refused_on),
    ):
        if value is not None:
            wd = calendar.working_days_between(sent, value)
            if wd > DEADLINE_WORKING_DAYS:
                warnings.append(
                    warning(code, on=value, wd=wd, since=sent, limit=DEADLINE_WORKING_DAYS)
                )
    return warnings
