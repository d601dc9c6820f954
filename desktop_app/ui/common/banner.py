"""A message across the top of the window, with up to a few buttons (e.g. "read-only")."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

_STYLES = {
    "warning": "#banner { background: #fff4d6; border: 1px solid #e6c46a; border-radius: 4px; }",
    "error": "#banner { background: #fde4e4; border: 1px solid #e2a3a3; border-radius: 4px; }",
}
# (QStyle's enums are looked up when a message is first shown: creating them costs start-up time)
_ICONS = {"warning": "SP_MessageBoxWarning", "error": "SP_MessageBoxCritical"}


class Banner(QFrame):
    """Hidden until ``show_message``; ``clear()`` hides it again. Buttons call their callback."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setObjectName("banner_icon")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons_box = QVBoxLayout()
        self._buttons_box.setSpacing(4)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addLayout(self._buttons_box)
        self.buttons: list[QPushButton] = []
        self.kind = ""
        self.hide()

    def show_message(self, text: str, *, kind: str = "warning",
                     actions: tuple[tuple[str, Callable[[], None]], ...] = ()) -> None:
        if kind != self.kind:
            self.kind = kind
            self.setStyleSheet(_STYLES[kind])
            from PySide6.QtWidgets import QStyle

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
            icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, _ICONS[kind]))
            self.icon.setPixmap(icon.pixmap(size, size))
        self.label.setText(text)
        for button in self.buttons:
            self._buttons_box.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for title, callback in actions:
            button = QPushButton(title)
            button.clicked.connect(callback)
            self._buttons_box.addWidget(button)
            self.buttons.append(button)
        self.show()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.hide()
        self.label.setText("")
