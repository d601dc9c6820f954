"""A call sheet page as drawing operations: measured once (``sheet_layout``), painted at a
y offset on any device (``draw``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

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


class PainterState:
    """What ``draw`` last set on a painter (a font by name, a pen, a brush), so that it sets
    them only when they change: a sheet of 1,000 leads draws ~14,000 texts, most in the font
    and colour of the one before. Use one per painter and page."""
    __slots__ = ("brush", "font", "pen")

    def __init__(self):
        self.font = self.pen = self.brush = _UNSET


_UNSET = object()


def draw(painter: QPainter, ops: list, dy: float, fonts: dict[str, QFont],
         colors: dict[str, QColor], state: PainterState | None = None) -> None:
    """Paint ``ops`` moved down by ``dy``, with the layout's fonts and colours by name
    (``state``: what the painter has from the ops drawn before; default: nothing known).
    A text draws with the pen of its colour, a line or box with one of its colour and width;
    only a box fills, with its ``fill`` colour or no brush."""
    if state is None:
        state = PainterState()
    for op in ops:
        if type(op) is Text:
            if state.font != op.font:
                painter.setFont(fonts[op.font])
                state.font = op.font
            if state.pen != op.color:
                painter.setPen(colors[op.color])
                state.pen = op.color
            painter.drawText(QPointF(op.x, op.baseline + dy), op.text)
            continue
        pen = (op.color, op.width)
        if state.pen != pen:
            painter.setPen(QPen(colors[op.color], op.width))
            state.pen = pen
        if type(op) is Line:
            painter.drawLine(QPointF(op.x1, op.y1 + dy), QPointF(op.x2, op.y2 + dy))
        else:
            if state.brush != op.fill:
                painter.setBrush(colors[op.fill] if op.fill is not None else QBrush())  # none
                state.brush = op.fill
            painter.drawRect(op.rect.translated(0, dy))
