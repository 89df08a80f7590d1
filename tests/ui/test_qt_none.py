"""The guard against a Qt binding that takes a reference from None on every void call
(desktop/ui/qt_none.py): the probe tells a draining call from an honest one, and once it
has fired None's count is beyond reach — a drain of 10,000 calls leaves it in the
headroom. The leaks are simulated with the C API (Py_DecRef), then given back."""

from __future__ import annotations

import ctypes
import sys

import pytest

from desktop.ui import qt_none
from desktop.ui.qt_none import PROBE_CALLS, drains_none, protect_none

_decref = ctypes.pythonapi.Py_DecRef
_decref.argtypes = [ctypes.py_object]
_decref.restype = None
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _leak() -> None:
    _decref(None)  # what PySide6 6.12.0 does on every void call under Python 3.11


def _give_back(times: int) -> None:
    for _ in range(times):
        _incref(None)


def test_the_probe_tells_a_draining_call_from_an_honest_one() -> None:
    assert not drains_none(lambda: None)
    assert not drains_none(lambda: len("x"))
    try:
        assert drains_none(_leak)
    finally:
        _give_back(PROBE_CALLS)
    from PySide6.QtCore import QObject

    honest = QObject()
    assert not drains_none(honest.objectName)  # returns a value: counted as it should


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_a_draining_binding_makes_none_immortal_and_a_long_drain_harmless() -> None:
    try:
        assert protect_none(_leak)
        assert sys.getrefcount(None) > qt_none._HEADROOM
        before = sys.getrefcount(None)
        for _ in range(10_000):
            _leak()
        after = sys.getrefcount(None)
        assert abs(after - (before - 10_000)) <= 5 and after > qt_none._HEADROOM
    finally:
        _give_back(PROBE_CALLS * 2 + 10_000)
    assert not protect_none(lambda: None)  # an honest binding is left alone


def test_the_installed_binding_leaves_none_counted() -> None:
    """pyproject.toml keeps PySide6 below 6.12 on Python 3.11: the installed binding must
    not drain None (the guard is for environments the project does not install)."""
    assert not drains_none(qt_none._qt_void_call())


def test_the_installed_binding_leaves_true_counted_on_emit() -> None:
    assert not qt_none.drains(True, qt_none._qt_emit_call())
