"""Disclosures against a real store: stored and live warnings, views in SQL, feedback, evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.disclosures import Feedback
from desktop.core.errors import ValidationError
from desktop.core.villages import VillageData
from desktop.core.warning_words import word_warning
from desktop.services.container import Services


@pytest.fixture
def villages(services: Services, commune: object) -> list[str]:
    return [
        services.villages.add(VillageData(code=c, name=n, households_total=100)).uuid
        for c, n in (("DONG", "Thôn Đông"), ("TAY", "Thôn Tây"))
    ]


def _body(villages: list[str], **kw: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "category": 7,
        "title": "Danh sách hộ nghèo năm 2026",
        "decided_on": "2026-11-02",
        "forms": ["notice_board"],
        "postings": [
            {"location": "Trụ sở UBND xã", "posted_on": "2026-11-05"},
            {
                "location": "Nhà văn hóa thôn Đông",
                "village": villages[0],
                "posted_on": "2026-11-05",
            },
        ],
    }
    body.update(kw)
    return body


def test_missing_village_warned_and_stored(services: Services, villages: list[str]) -> None:
    d = services.disclosures.add_json(_body(villages))
    codes = [w.code for w in d.warnings]
    assert codes == ["village_missing"]
    assert "Thôn Tây" in word_warning("disclosure", d.warnings[0])
    js = services.disclosures.to_json(d)
    assert js["status"] == "posted" and js["posting_until"] == "2026-12-05"
    assert services.maintenance.check().ok


def test_views_in_sql(services: Services, villages: list[str]) -> None:
    # Today is 2026-11-23 (fixed clock). Decided 2026-11-02, nothing posted: overdue.
    late = services.disclosures.add_json(
        {"category": 2, "title": "Dự toán ngân sách 2027", "decided_on": "2026-11-02"}
    )
    running = services.disclosures.add_json(_body(villages))
    q = services.disclosures.query
    assert services.disclosures.ids(q(view="overdue")) == [late.uuid]
    assert services.disclosures.ids(q(view="on_boards")) == [running.uuid]
    assert late.uuid in services.disclosures.ids(q(view="attention"))
    ending = services.disclosures.add_json(
        _body(
            villages,
            title="Kết quả bình xét",
            decided_on="2026-10-20",
            postings=[{"location": "Trụ sở UBND xã", "posted_on": "2026-10-26"}],
        )
    )
    assert ending.uuid in services.disclosures.ids(q(view="attention"))  # ends 24/11
    assert services.disclosures.ids(q(search="ho ngheo")) == [running.uuid]
    assert "overdue" in [w["code"] for w in services.disclosures.to_json(late)["warnings"]]


def test_refusal_names_field_and_saves_nothing(services: Services, villages: list[str]) -> None:
    bad = _body(
        villages,
        postings=[{"location": "UBND", "posted_on": "2026-11-10", "removed_on": "2026-11-09"}],
    )
    with pytest.raises(ValidationError) as info:
        services.disclosures.add_json(bad)
    assert "postings[0].removed_on" in {e.field for e in info.value.errors}
    assert services.disclosures.count() == 0


def test_feedback_and_evidence(services: Services, villages: list[str], tmp_path: Path) -> None:
    d = services.disclosures.add_json(_body(villages))
    d = services.disclosures.add_feedback(
        d.uuid, Feedback(date(2026, 11, 10), "Ông Ba", "Thiếu hộ bà Tư")
    )
    assert "feedback_unanswered" in [w.code for w in d.warnings]
    d = services.disclosures.answer_feedback(
        d.uuid,
        0,
        Feedback(date(2026, 11, 10), "Ông Ba", "Thiếu hộ bà Tư", date(2026, 11, 12), "Đã bổ sung"),
    )
    assert "feedback_unanswered" not in [w.code for w in d.warnings]
    photo = tmp_path / "anh-niem-yet.jpg"
    photo.write_bytes(b"jpeg")
    d = services.disclosures.attach(d.uuid, photo)
    assert [a.name for a in d.data.attachments] == ["anh-niem-yet.jpg"]
    assert services.disclosures.attachments.exists(d.data.attachments[0].sha256)
    assert d.meta.version == 4
