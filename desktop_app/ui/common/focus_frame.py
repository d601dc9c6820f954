"""The focus frame of a dialog's first field.

Qt's styles (Fusion here) draw the focus frame only in a window where the focus has moved by the
keyboard (``WA_KeyboardFocusChange``: Tab, or a shortcut). A dialog opened from the menus with
Alt+letters showed its first field without a frame, so the keyboard did not see where it was
until the first Tab. ``show_in_dialogs`` marks a dialog (any dialog window) when a widget of it
first takes the focus: one Python call per change of focus, none per event.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

_connected: list = []  # the application it is connected to (once)


def show_in_dialogs() -> None:
    """From now on, a dialog's focused widget shows its frame (once per application)."""
    app = QApplication.instance()
    if not any(a is app for a in _connected):
        app.focusChanged.connect(_mark)
        _connected[:] = [app]


def _mark(_old, new) -> None:
    if new is None:
        return
    window = new.window()
    if isinstance(window, QDialog) and \
            not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        new.update()
