"""Python's cyclic garbage collector, run only on the GUI thread.

A closed window's Python wrappers sit in reference cycles (slots that capture ``self``).
Left to the automatic collector, a cycle is freed on whichever thread happens to allocate
when a generation's threshold is passed — often a worker's pool thread reading the store
(``ui/workers.py``). A Qt object freed there is destroyed on the wrong thread while the
GUI thread may be delivering it an event: a segmentation fault with no Python trace
(seen in CI: a language change posted to every top-level widget, one of them destroyed
under it by the collector on a pool thread).

So, as Qt applications written in Python commonly do, the automatic collector is turned
off while the window runs, and a timer on the GUI thread runs the same generational
collection the interpreter would, with the interpreter's own thresholds. Pool threads
still free what reference counting frees (no cycle, no surprise); every cycle is freed
on the GUI thread. The command line keeps the automatic collector: it has no GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the GUI thread looks whether a collection is due (ms): as often as the
# interpreter would, roughly, for a program that allocates at a desktop's pace; each
# look is three integer comparisons unless a threshold is passed.
CHECK_MS = 500


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread instead.

    Made once, with the application as parent; :meth:`stop` gives the interpreter its
    automatic collector back (tests, the end of the program).
    """

    def __init__(self, parent: QObject, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; how many
        generations were collected (0 when none was due)."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if young <= first:
            return 0
        # The oldest generation whose count passed its threshold, as the interpreter picks.
        generation = 2 if old > third else 1 if middle > second else 0
        gc.collect(generation)
        return generation + 1

    def pause(self) -> None:
        """No collection at all until :meth:`stop` (automatic collection stays off): the
        caller collects at moments it chooses (the UI tests, between two tests)."""
        self._timer.stop()

    def stop(self) -> None:
        """Automatic collection back as it was before; a last collection here."""
        self._timer.stop()
        self.setParent(None)  # the next start makes a new one
        gc.collect()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector | None:
    """A collector for the caller to stop when done, or None when one runs already
    (a test session's, which outlives the windows its tests start)."""
    if app.findChild(GuiThreadCollector) is not None:
        return None
    return GuiThreadCollector(app)
