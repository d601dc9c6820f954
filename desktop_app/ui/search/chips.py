"""Removable chips: one per field term of the filter (``来源:=知乎 ×``)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class Chip(QFrame):
    """A term's text and a × button.

    Signals:
        removed(): the × was clicked.
    """

    removed = Signal()

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("chip")
        self.setStyleSheet("#chip { background: palette(midlight); border-radius: 9px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        self.label = QLabel(text)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setToolTip(self.tr("Remove this condition"))
        self.close_button.clicked.connect(self.removed)
        row.addWidget(self.label)
        row.addWidget(self.close_button)


class ChipRow(QWidget):
    """Shows chips for terms; emits the term whose × was clicked.

    Signals:
        term_removed(object): the ``query.Term`` to remove.
    """

    term_removed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addStretch(1)
        self.chips: list[Chip] = []

    def set_terms(self, text: str, terms) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for term in terms:
            if term.key == "text":
                continue
            chip = Chip(text[term.start:term.end])
            chip.removed.connect(lambda t=term: self.term_removed.emit(t))
            self._row.insertWidget(len(self.chips), chip)
            self.chips.append(chip)
        self.setVisible(bool(self.chips))
