"""A tab page that builds its content (``first_shown()``) the first time it is shown: the
Today, Calendar and Reports tabs import their core (~0.1 s) only when the user opens them, so
the first paint of the contact list does not wait for it.

Switching tabs from the keyboard (Ctrl+4) gave the focus to the page itself when it was still
empty: the keys then reached nothing. The page hands the focus on to its first field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_shown = None

    def showEvent(self, event):
        if self.first_shown is not None:
            build, self.first_shown = self.first_shown, None
            build()
        super().showEvent(event)

    def focusInEvent(self, event):
        super().focusInEvent(event)
        views = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not views:
            return
        widget = views[0]  # built apart and added later: its part of the focus chain is its own
        while True:
            if self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
            if widget is views[0]:
                return
