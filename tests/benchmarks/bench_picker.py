"""The reference picker of the generic forms (``ui/dialogs/ref_picker.py``) on commune-10y.

Three moments, wall-clock on the GUI thread, as the window does them:

- "form with pickers shown": a board's form opened on a board whose member cites a
  meeting (the picker names it: one record read), built, shown and painted;
- "picker newest listed: KIND": Down pressed in an empty picker until the newest records
  are offered (the list filled);
- "picker keystroke answered: KIND": a letter typed until the records holding the text
  are offered.

"Offered" is the first screenful (``VISIBLE_ROWS``), read on the GUI thread; the rest of the
``PICK_LIMIT`` follow a screenful at each turn of the event loop (the note: when all are).

    python3 tasks.py bench --only picker
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result

OPEN_BUDGET_MS = 150
KEY_BUDGET_MS = 50
# The kinds a generic form refers to (DOMAIN.md §4: a board's meetings and villages, an
# oversight's board, a consultation's disclosure, a case's letter) and a text typed.
TYPED = {"meeting": "hoi ngh", "disclosure": "ngan sac", "letter": "khieu na", "board": "ba"}


def run(store: Path, repeat: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.ui.dialogs.record_form import RecordForm
    from desktop.ui.dialogs.ref_picker import RefPicker, RefSource
    from desktop.ui.i18n import I18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n = I18n(app)  # type: ignore[arg-type]
    i18n.apply("vi")
    services = build_services(open_store(store))
    results: list[Result] = []
    try:
        meeting = services.meetings.ids()[0]
        record: dict[str, Any] = {
            "uuid": "bench",
            "title": "Ban Thanh tra nhân dân xã",
            "board_type": "ttnd",
            "members": [{"name": "Lê Văn Tâm", "elected_at": meeting}],
        }

        def open_form() -> float:
            start = time.perf_counter()
            form = RecordForm(services, "board", "vi", record)
            form.show()
            app.processEvents()
            form.grab()
            elapsed = (time.perf_counter() - start) * 1000
            form.done(0)
            form.deleteLater()
            app.processEvents()
            return elapsed

        open_form()  # warm-up
        opened = statistics.median(open_form() for _ in range(repeat))
        results.append(
            Result(
                "picker: form with pickers shown (board)",
                opened,
                None,
                f"< {OPEN_BUDGET_MS} ms",
                opened < OPEN_BUDGET_MS,
            )
        )
        host = QWidget()
        for kind, typed in TYPED.items():
            picker = RefPicker(RefSource(services, "vi"), kind, False, parent=host)
            host.show()
            picker.edit.setFocus()

            def answered(action: Any, picker: Any = picker) -> tuple[float, float]:
                while not picker.complete and picker.shown_for is not None:
                    app.processEvents()  # the rest of the previous list first
                before = picker.answers
                start = time.perf_counter()
                action()  # the first screenful is offered when it returns
                first = (time.perf_counter() - start) * 1000
                assert picker.answers > before
                while not picker.complete:
                    app.processEvents()
                return first, (time.perf_counter() - start) * 1000

            def newest(picker: Any = picker) -> None:
                picker.completer.popup().hide()
                picker.edit.clear()
                QTest.keyClick(picker.edit, Qt.Key.Key_Down)

            def key(picker: Any = picker, typed: str = typed) -> None:
                picker.completer.popup().hide()
                picker.edit.setText(typed[:-1])
                QTest.keyClick(picker.edit, typed[-1])

            for name, action, budget in (
                ("newest listed", newest, OPEN_BUDGET_MS),
                ("keystroke answered", key, KEY_BUDGET_MS),
            ):
                answered(action)  # warm-up
                runs = [answered(action) for _ in range(repeat)]
                median = statistics.median(r[0] for r in runs)
                whole = statistics.median(r[1] for r in runs)
                results.append(
                    Result(
                        f"picker {name}: {kind}",
                        median,
                        None,
                        f"< {budget} ms",
                        median < budget,
                        note=f"all {len(picker.offered())} offered at {whole:.0f} ms",
                    )
                )
            picker.deleteLater()
        host.deleteLater()
        app.processEvents()
    finally:
        services.close()
        i18n.remove()
    return results
