"""Counts the paint events a widget receives (what a keystroke or a sort repaints)."""
from PySide6.QtCore import QEvent, QObject


class Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
