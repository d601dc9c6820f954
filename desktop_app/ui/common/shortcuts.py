"""Window shortcuts work from every text field.

A QLineEdit claims some keys for itself before the window's shortcuts see them (on Linux
Ctrl+E is "end of line", Ctrl+K "delete to the end", Ctrl+U ...), so Ctrl+E (Export) did
nothing while the cursor was in the filter bar. ``WindowShortcutsFirst``, installed as an
event filter on a field, lets such a key go to the window when one of the window's enabled
actions uses it; the field keeps the keys of text editing (undo, clipboard, select all).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

_EDITING = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
            QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Copy,
            QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
            QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)


class WindowShortcutsFirst(QObject):
    """Event filter: a key that is an enabled window action's shortcut reaches the action."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or any(
                event.matches(key) for key in _EDITING):
            return False
        pressed = QKeySequence(event.keyCombination())
        window = watched.window()
        for action in window.findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                event.ignore()  # not overridden: the shortcut map delivers it to the action
                return True
        return False
