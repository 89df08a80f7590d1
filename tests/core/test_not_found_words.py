"""A record not found is named by its kind's words, in the reader's language."""

from __future__ import annotations

from desktop.core.errors import NotFoundError
from desktop.core.messages import format_error


def test_the_kind_is_worded_not_its_code() -> None:
    error = NotFoundError("letter", "abc")
    assert format_error(error, "vi") == "Không tìm thấy đơn «abc»"
    assert format_error(error, "en") == "No letter 'abc'"
    assert format_error(NotFoundError("meeting", "x"), "vi") == "Không tìm thấy hội nghị thôn «x»"


def test_a_kind_without_words_stays_a_record_of_its_code() -> None:
    assert format_error(NotFoundError("gadget", "x"), "vi") == "Không tìm thấy bản ghi gadget «x»"
    assert format_error(NotFoundError("gadget", "x"), "en") == "No gadget record 'x'"
