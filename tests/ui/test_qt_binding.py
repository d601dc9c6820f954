"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11)."""
import sys


def test_void_qt_calls_keep_none_refcount(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.setMinimumWidth(10)
        widget.update()
    # other code may take or release a few references meanwhile; 10,000 calls leaking one
    # each would show as a drop of thousands
    assert sys.getrefcount(None) > before - 100
