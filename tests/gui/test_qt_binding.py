"""Guards against a Qt binding that corrupts the interpreter in long sessions.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``True`` on every ``Signal.emit()``; after a
few thousand emits the process aborted with "bool_dealloc". pyproject.toml keeps us below it.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(object)


def test_signal_emit_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.with_value.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(value)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5
