"""Window shortcuts work from every text field.

A QLineEdit claims some keys for itself before the window's shortcuts see them (on Linux
Ctrl+E is "end of line", Ctrl+K "delete to the end", Ctrl+U ...), so Ctrl+E (Export) did
nothing while the cursor was in the filter bar. ``WindowShortcutsFirst``, installed as an
event filter on a field, lets such a key go to the window when one of the window's enabled
actions uses it; the field keeps the keys of text editing (undo, clipboard, select all).

Menu items carry an Alt letter ("&New Contact", "新建联系人(&N)"); ``plain_on_buttons`` keeps it
off the toolbar's buttons.

The window's actions are made with ``text_action``, not ``QAction(text, parent)``: PySide6 builds
a class's enums on its first use, and to match a text against ``QAction(icon, text, parent)`` it
builds ``QIcon``'s (its ~1,400 theme icons: ~10 M instructions before the first paint).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.core.patterns import lazy

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


def activates(event) -> bool:
    """A key press that chooses a list's current item as a click does (facets, saved groups):
    Enter (the keypad's too) or Space, alone. (Qt.Key is read here, not at import: PySide6
    builds an enum on its first use, and nothing before the first paint needs this one.)"""
    key = Qt.Key
    return event.key() in (key.Key_Return, key.Key_Enter, key.Key_Space) and not (
        event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


_MNEMONIC = lazy(r"\(&(\w)\)|&(?=\w)")


def without_mnemonic(text: str) -> str:
    """A menu item's text as a button shows it: "新建联系人(&N)" -> "新建联系人", "&New" -> "New"
    (the letter is for the open menu; on a toolbar button it would be a second Alt key)."""
    return _MNEMONIC.sub("", text)


def text_action(text: str, parent, *, checkable: bool = False,
                checked: bool = False) -> QAction:
    """``QAction(text, parent, checkable=..., checked=...)`` without building ``QIcon`` (see
    above): a window's action with no icon."""
    action = QAction(parent)
    action.setText(text)
    if checkable:
        action.setCheckable(True)
        action.setChecked(checked)
    return action


def plain_on_buttons(*actions) -> None:
    """Toolbar and tool buttons show these actions' texts without the menu letter."""
    for action in actions:
        action.setIconText(without_mnemonic(action.text()))
