"""A modal "please wait" while a worker restores, backs up or checks (no cancel: these steps
must finish, and each one is short or leaves the database as it was)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog


class BusyDialog(QProgressDialog):
    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact Book"))
        self.setLabelText(text)
        self.setCancelButton(None)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._done = False

    def finish(self) -> None:
        self._done = True
        self.close()
        self.deleteLater()

    def keyPressEvent(self, event) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
