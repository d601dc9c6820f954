"""A call sheet page as drawing operations: measured once (``sheet_layout``), painted on any
device (``draw``), a row's at its place on the page by the painter's translation.

An op is a plain tuple ``(kind, pen, style, at, what)`` with its Qt geometry built when it is
made, so that drawing one is a few comparisons and one Qt call (a sheet of 1,000 leads draws
~23,000: dataclasses and a QPointF made per op and page were a third of the drawing's own
time). The parts every row has (its checkbox, outcome boxes, "Notes" and the rules) are the
same op objects in every row: they are made once per sheet.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

# colours by name
GREY, LIGHT, BLACK, WHITE = "grey", "light", "black", "white"
COLORS = {GREY: (85, 85, 85), LIGHT: (170, 170, 170), BLACK: (0, 0, 0), WHITE: (255, 255, 255)}

TEXT, BOX, LINE, SHAPED = 0, 1, 2, 3  # an op's kind


def Text(font: str, x: float, baseline: float, text: str, color: str = BLACK) -> tuple:
    """``text`` in ``font`` (a layout's font name) with its baseline starting at (x, baseline);
    its pen: the colour (width 1, as ``QPainter.setPen(QColor)``)."""
    return (TEXT, color, font, QPointF(x, baseline), text)


def Box(rect: QRectF, width: float = 0.0, color: str = BLACK, fill: str | None = None) -> tuple:
    """A rectangle: its outline in ``color`` and ``width``, filled with ``fill`` when given."""
    return (BOX, (color, width), fill, rect, None)


def Line(x1: float, y1: float, x2: float, y2: float, width: float = 0.0,
         color: str = BLACK) -> tuple:
    return (LINE, (color, width), None, QPointF(x1, y1), QPointF(x2, y2))


class Block:
    """A measured part of a page: its ops (y from its own top) and its height."""
    __slots__ = ("height", "ops")

    def __init__(self, height: float, ops: list | None = None):
        self.height = height
        self.ops = [] if ops is None else ops


class Pens(dict):
    """{a Text's colour name or a Box's / Line's (colour, width): its QPen}, each made once."""

    def __missing__(self, key):
        if isinstance(key, tuple):
            color, width = key
            pen = QPen(QColor(*COLORS[color]), width)
        else:
            pen = QPen(QColor(*COLORS[key]))
        self[key] = pen
        return pen


class Shapes(dict):
    """Texts many rows draw (an outcome word, "Notes", a phone's label, a step, a badge,
    "Grade A · Proposal · 150M"), shaped by Qt once per sheet: ``op`` makes the op that draws
    its glyphs (``QPainter.drawGlyphRun``) where ``Text`` would draw the text. The PDF has
    the same glyphs at the same places (a fake bold is still drawn twice); a text of several
    scripts in one font is one run where ``drawText`` wrote one per script.
    {(font name, text): (the line's ascent, its glyph runs)}."""

    def __init__(self, fonts: dict[str, QFont], device):
        super().__init__()
        self.fonts, self.device = fonts, device

    def op(self, font: str, x: float, baseline: float, text: str, color: str = BLACK) -> tuple:
        shaped = self.get((font, text))
        if shaped is None:
            from PySide6.QtGui import QTextLayout

            layout = QTextLayout(text, self.fonts[font], self.device)
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()
            shaped = self[(font, text)] = (line.ascent(), layout.glyphRuns())
        return (SHAPED, color, None, QPointF(x, baseline - shaped[0]), shaped[1])


class PainterState:
    """What ``draw`` last set on a painter (a font by name, a pen, a brush), so that it sets
    them only when they change: a sheet of 1,000 leads draws ~14,000 texts, most in the font
    and colour of the one before. Use one per painter and page."""
    __slots__ = ("brush", "font", "pen")

    def __init__(self):
        self.font = self.pen = self.brush = _UNSET


_UNSET = object()
_NO_BRUSH = QBrush()


def draw(painter: QPainter, ops: list, fonts: dict[str, QFont], pens: Pens,
         colors: dict[str, QColor], state: PainterState | None = None) -> None:
    """Paint ``ops`` (at the painter's current translation) with the layout's fonts, pens and
    colours by name (``state``: what the painter has from the ops drawn before; default:
    nothing known). Only a box fills, with its ``fill`` colour or no brush."""
    if state is None:
        state = PainterState()
    draw_text, draw_glyphs = painter.drawText, painter.drawGlyphRun
    draw_line, draw_rect = painter.drawLine, painter.drawRect
    cur_pen, cur_font, cur_brush = state.pen, state.font, state.brush
    for kind, pen, style, at, what in ops:
        if cur_pen != pen:
            painter.setPen(pens[pen])
            cur_pen = pen
        if kind == SHAPED:
            for run in what:
                draw_glyphs(at, run)
        elif kind == TEXT:
            if cur_font != style:
                painter.setFont(fonts[style])
                cur_font = style
            draw_text(at, what)
        elif kind == LINE:
            draw_line(at, what)
        else:
            if cur_brush != style:
                painter.setBrush(colors[style] if style is not None else _NO_BRUSH)
                cur_brush = style
            draw_rect(at)
    state.pen, state.font, state.brush = cur_pen, cur_font, cur_brush
