"""The search line above the list (plain words for now; the filter issue replaces it)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

DELAY_MS = 200


class SearchBox(QLineEdit):
    """Emits the text a short moment after typing stops; Escape clears it.

    Signals:
        search_changed(str): the text to filter by (every word must match).
    """

    search_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search name, company, city, phone…"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._emit()
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.text())
