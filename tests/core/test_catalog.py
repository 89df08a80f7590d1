"""One catalog keyed by (kind, code): a kind's own wording first, then the shared one."""

from __future__ import annotations

import pytest

from desktop.core.catalog import Catalog
from desktop.core.errors import FieldError, ValidationError
from desktop.core.messages import CATALOG, format_error, format_field_error
from desktop.core.warning_words import word_warning
from desktop.core.warnings import RecordWarning, warning

SHARED = {"required": {"vi": "{label}: bắt buộc", "en": "{label}: required"}}


def test_two_kinds_word_the_same_code_each_in_their_own_words() -> None:
    catalog = Catalog(
        SHARED,
        {
            "meeting": ({"late": {"vi": "Biên bản muộn", "en": "Minutes late"}},),
            "convention": ({"late": {"vi": "Hồ sơ muộn", "en": "Dossier late"}},),
        },
    )
    assert catalog.template("meeting", "late", "en") == "Minutes late"
    assert catalog.template("convention", "late", "en") == "Dossier late"
    assert catalog.template("convention", "late", "vi") == "Hồ sơ muộn"
    # A code a kind does not word itself comes from the shared table.
    assert catalog.template("meeting", "required", "en") == "{label}: required"
    assert catalog.template("village", "late", "en") is None


def test_a_code_worded_twice_for_one_kind_is_refused() -> None:
    twice = ({"late": {"vi": "a", "en": "a"}}, {"late": {"vi": "b", "en": "b"}})
    with pytest.raises(ValueError, match="late"):
        Catalog(SHARED, {"meeting": twice})


def test_recognition_late_of_a_meeting_and_of_a_convention_differ() -> None:
    # The real catalog: Law 10/2022/QH15 Art. 20 for a meeting, D61 Art. 11 for a convention.
    w = warning("recognition_late", on="2026-04-10", wd=7, since="2026-03-27", limit=5)
    meeting_vi = word_warning("meeting", w, "vi")
    convention_vi = word_warning("convention", w, "vi")
    assert meeting_vi == (
        "Quyết định công nhận ngày 10/04/2026, là ngày làm việc thứ 7 sau ngày gửi biên bản "
        "27/03/2026; thời hạn là 5 ngày làm việc (Điều 20 Luật 10/2022/QH15)"
    )
    assert convention_vi == (
        "Quyết định công nhận ngày 10/04/2026, là ngày làm việc thứ 7 sau ngày nộp hồ sơ "
        "27/03/2026; thời hạn là 5 ngày làm việc (Điều 11 Nghị định 61/2023/NĐ-CP)"
    )
    assert word_warning("meeting", w, "en").endswith("(Law 10/2022/QH15, Art. 20)")
    assert word_warning("convention", w, "en").endswith("(Decree 61/2023/ND-CP, Art. 11)")


def test_field_errors_are_worded_by_their_kind_first() -> None:
    err = FieldError("held_on", "must_not_precede", {"other": "notice_on"})
    assert CATALOG.own("meeting", "must_not_precede")
    assert format_field_error(err, "en", "meeting").endswith("must not be before notice_on")
    # The write path names the kind on the refusal; the shared wording still serves.
    refusal = ValidationError([FieldError("title", "required")], kind="meeting")
    assert format_error(refusal, "en") == "Title: is required"


def test_a_warning_without_its_params_falls_back_to_its_code() -> None:
    # A snapshot made before codes carries no params: shown by its code, never a crash.
    assert word_warning("meeting", RecordWarning("notice_late"), "en") == "notice_late"
    old = RecordWarning.from_json({"code": "notice_late", "message": "Giấy mời gửi muộn"})
    assert old == RecordWarning("notice_late")
