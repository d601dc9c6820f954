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
        self.term = None  # the query.Term it shows (ChipRow keeps it current)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        self.label = QLabel(text)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        # a mouse's way to drop a condition; the keyboard edits the filter's text. As a Tab stop
        # it came last in the window (a chip is made after the chain), after the timeline
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setToolTip(self.tr("Remove this condition"))
        self.close_button.clicked.connect(self.removed)
        row.addWidget(self.label)
        row.addWidget(self.close_button)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        # a rounded palette(midlight) pill, painted here: a style sheet per chip costs a
        # style of its own for every chip, every keystroke that changes the terms
        from PySide6.QtGui import QPainter, QPalette  # not at start-up: ~5 enums to build

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(self.rect(), 9, 9)
        painter.end()


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
        """One chip per field term. Chips whose text is unchanged are kept (typing free text
        after ``source:知乎`` rebuilds nothing); the × of each removes its current term."""
        wanted = [(text[t.start:t.end], t) for t in terms if t.key != "text"]
        if [c.label.text() for c in self.chips] != [shown for shown, _ in wanted]:
            for chip in self.chips:
                self._row.removeWidget(chip)
                chip.deleteLater()
            self.chips = []
            for shown, _ in wanted:
                chip = Chip(shown)
                chip.removed.connect(lambda c=chip: self.term_removed.emit(c.term))
                self._row.insertWidget(len(self.chips), chip)
                self.chips.append(chip)
        for chip, (_, term) in zip(self.chips, wanted):
            chip.term = term
        self.setVisible(bool(self.chips))
