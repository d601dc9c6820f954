"""A tab page that builds its content (``first_shown()``) the first time it is shown: the
Today, Calendar and Reports tabs import their core (~0.1 s) only when the user opens them, so
the first paint of the contact list does not wait for it."""
from __future__ import annotations

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
