"""A call sheet page as drawing operations: measured once (``sheet_layout``), painted at a
y offset on any device (``draw``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QFont

# colours by name (the drawing ops are dataclasses and QColor is not hashable)
GREY, LIGHT, BLACK, WHITE = "grey", "light", "black", "white"
COLORS = {GREY: (85, 85, 85), LIGHT: (170, 170, 170), BLACK: (0, 0, 0), WHITE: (255, 255, 255)}


@dataclass
class Text:
    font: str
    x: float
    baseline: float
    text: str
    color: str = BLACK


@dataclass
class Box:  # a rectangle: outline, or filled when ``fill`` is given
    rect: QRectF
    width: float = 0.0
    color: str = BLACK
    fill: str | None = None


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.0
    color: str = BLACK


@dataclass
class Block:
    height: float
    ops: list = field(default_factory=list)


def draw(painter: QPainter, ops: list, dy: float, fonts: dict[str, QFont],
         colors: dict[str, QColor]) -> None:
    """Paint ``ops`` moved down by ``dy``, with the layout's fonts and colours by name."""
    for op in ops:
        if isinstance(op, Text):
            painter.setFont(fonts[op.font])
            painter.setPen(colors[op.color])
            painter.drawText(QPointF(op.x, op.baseline + dy), op.text)
        elif isinstance(op, Line):
            painter.setPen(QPen(colors[op.color], op.width))
            painter.drawLine(QPointF(op.x1, op.y1 + dy), QPointF(op.x2, op.y2 + dy))
        else:
            painter.setPen(QPen(colors[op.color], op.width))
            painter.setBrush(colors[op.fill] if op.fill is not None else Qt.BrushStyle.NoBrush)
            painter.drawRect(op.rect.translated(0, dy))
            painter.setBrush(Qt.BrushStyle.NoBrush)
