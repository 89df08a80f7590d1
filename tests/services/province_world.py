"""Two small generated communes with records of every kind, their bundles imported at a
province: the world of the receiving level's report tests (issue 14 "Done when")."""

from __future__ import annotations

from pathlib import Path

from desktop.services.container import Services
from desktop.services.generator import generate_commune

# (code, name, seed): communes of Thành phố Hồ Chí Minh (79).
COMMUNES = (("25222", "Xã Tân Phú", 3), ("26734", "Phường Bến Thành", 4))
SMALL = {
    "villages": 3,
    "meetings": 24,
    "vote_items": 60,
    "conventions": 3,
    "disclosures": 40,
    "postings": 60,
    "feedback": 12,
    "attachments": 0,
    "years": 2,
    # The new kinds' records are the hand-made ones of fill_citizen_civic (hand counts).
    "receptions": 0,
    "visits": 0,
    "letters": 0,
}
DENOUNCER = "Quách Thị Xuyến"


def fill_citizen_civic(s: Services, shift: int) -> None:
    """Reception sessions, letters, cases, a consultation, a dialogue and both boards'
    work in 2026 (``shift`` varies the counts from one commune to the next)."""
    visits = [
        {
            "name": DENOUNCER,
            "address": "Thôn Đông",
            "summary": "Đường ngập",
            "people": 6 if i == 0 else 1,
            "case_id": f"VV-{i % 2}",
        }
        for i in range(2 + shift)
    ]
    s.receptions.add_json({"session_on": "2026-03-03", "visits": visits})
    s.receptions.add_json(
        {
            "session_on": "2026-08-04",
            "session_kind": "periodic",
            "presider_role": "chairman",
            "chairman_in_person": True,
            "visits": [{"name": "Lê Văn Bình", "address": "Thôn Tây", "case_id": "VV-0"}],
        }
    )
    for day, kind in (("2026-02-10", "complaint"), ("2026-07-15", "denunciation")):
        s.letters.add_json({"received_day": day, "letter_type": kind, "senders": [DENOUNCER]})
    s.letters.add_json({"received_day": "2026-09-01", "letter_type": "petition"})
    s.cases.add_json(
        {
            "case_type": "complaint",
            "case_id": "KN-1",
            "received_day": "2026-02-10",
            "subject": "Khiếu nại quyết định thu hồi đất",
            "events": [
                {"type": "accepted", "on": "2026-02-16"},
                {"type": "decided", "on": "2026-03-10", "finding": "partly_right"},
            ],
        }
    )
    for n in range(shift + 1):
        s.cases.add_json(
            {
                "case_type": "denunciation",
                "case_id": f"TC-{n}",
                "received_day": "2026-07-15",
                "subject": "Tố cáo cán bộ",
                "person_name": DENOUNCER,
                "events": [{"type": "accepted", "on": "2026-07-20"}],
            }
        )
    s.consultations.add_json(
        {
            "title": "Lấy ý kiến về quy hoạch sử dụng đất",
            "topic": "2",
            "consultation_forms": ["b", "c"],
            "published_on": "2026-03-02",
            "closes_on": "2026-03-22",
            "opinions": [{"channel": "b", "count": 40 + shift}],
        }
    )
    s.dialogues.add_json(
        {
            "title": "Đối thoại năm 2026",
            "dialogue_kind": "ubnd_residents",
            "held_on": "2026-09-10",
            "attendance": 120 + shift,
        }
    )
    ttnd = s.boards.add_json({"title": "Ban TTND", "board_type": "ttnd"})
    s.oversights.add_json(
        {
            "title": "Kiểm tra thu quỹ",
            "board": ttnd.uuid,
            "activity": "inspection",
            "starts_on": "2026-05-04",
            "recommendations": [
                {
                    "content": "Công khai sổ quỹ",
                    "countersigned_on": "2026-05-20",
                    "sent_on": "2026-05-21",
                    "ubnd_received_on": "2026-05-22",
                    "answered_on": "2026-06-10" if shift else "2026-06-01",
                }
            ],
        }
    )


def make_commune(s: Services, code: str, name: str, seed: int) -> None:
    generate_commune(s, seed=seed, code=code, name=name, **SMALL)  # type: ignore[arg-type]
    fill_citizen_civic(s, seed - 3)


def send_up(communes: list[Services], upper: Services, tmp: Path) -> None:
    """Register each commune's key at the province and import its full bundle."""
    for n, s in enumerate(communes):
        upper.sync_import.register_child(s.sync.export_key(tmp / f"key-{n}.json"))
        files = list(s.sync.export(tmp / f"out-{n}").files)
        for done in upper.sync_import.import_files(files):
            assert done.status == "imported", done
