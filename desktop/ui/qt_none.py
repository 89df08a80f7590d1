"""A guard against a Qt binding that drops a reference to ``None`` on every void call.

PySide6 6.12.0 under Python 3.11 returns ``None`` from every method without a result
(``widget.update()``, ``label.setText(...)``, ``QCoreApplication.processEvents()`` ...)
without counting the reference it hands back: each call takes one from ``None``'s count.
A window makes thousands of such calls a second, so the count reaches zero after minutes
of use and the interpreter dies ("deallocating None", or a segmentation fault with no
Python trace: the intermittent crashes of the test suite in CI). Python 3.12 and later
make ``None`` immortal, so the bug is harmless there; pyproject.toml keeps PySide6 below
6.12 on Python 3.11.

Whatever binding is installed (a frozen build, a user's own environment), the window
probes it at start-up and, when it drains ``None``, makes ``None`` as good as immortal,
as Python 3.12 does: its count (and those of ``True`` and ``False``, which a signal's
emit drains the same way) is raised far beyond what any run can take away.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

PROBE_CALLS = 64
# Python 3.12's immortal count is 2**32 - 1; 2**60 outlasts 10**9 void calls a second for
# 36 years, and stays far from the 64-bit limit.
_HEADROOM = 2**60


def drains(value: object, call: Callable[[], object], calls: int = PROBE_CALLS) -> bool:
    """``call`` takes references from ``value`` (None, True) that it never gave."""
    before = sys.getrefcount(value)
    for _ in range(calls):
        call()
    return sys.getrefcount(value) <= before - calls // 2


def drains_none(void_call: Callable[[], object], calls: int = PROBE_CALLS) -> bool:
    """``void_call`` (a binding method without a result) takes references from ``None``."""
    return drains(None, void_call, calls)


def _qt_void_call() -> Callable[[], object]:
    from PySide6.QtCore import QObject

    probe = QObject()
    return lambda: probe.setObjectName("probe")


def _qt_emit_call() -> Callable[[], object]:
    """A signal emitted from Python (6.12.0 takes a reference from True on each)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    return lambda: probe.ping.emit()


def _immortal(value: object) -> None:
    count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, PyObject's first field
    if count.value < _HEADROOM:
        count.value += _HEADROOM


def protect_none(void_call: Callable[[], object] | None = None) -> bool:
    """Make ``None``, ``True`` and ``False`` immortal when the binding drains ``None`` on a
    call without a result or ``True`` on an emit (Python < 3.12 only); True when it had to."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if void_call is not None:
        draining = drains_none(void_call)
    else:
        draining = drains_none(_qt_void_call()) or drains(True, _qt_emit_call())
    if not draining:
        return False
    for value in (None, True, False):
        _immortal(value)
    log.warning(
        "the Qt binding drops references to None or True on every call (PySide6 6.12.0 on "
        "Python 3.11); they were made immortal to keep the program alive"
    )
    return True
