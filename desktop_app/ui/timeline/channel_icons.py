"""Channel icons drawn with QPainter: a coloured disc with a white pictogram.

No icon font, image file or emoji: they look the same on Linux, Windows and macOS. Shapes are
drawn on a 24×24 grid and scaled; pixmaps are cached per (channel, size, device pixel ratio).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop_app.core.grading import behaviours

COLOURS = {
    "call": "#1e88e5",
    "wechat": "#09b83e",
    "sms": "#f08c00",
    "email": "#7048e8",
    "meeting": "#0c9488",
    "visit": "#a0522d",
    "whatsapp": "#128c7e",
    "note": "#8d8d8d",
}
_WHITE = QColor("#ffffff")
_cache: dict[tuple, QPixmap] = {}


def colour(channel: str | None) -> QColor:
    """A built-in channel's colour, a behaviour's own (``core.grading.behaviours``), else grey."""
    code = channel or ""
    return QColor(COLOURS.get(code) or behaviours.colours().get(code) or "#8d8d8d")


def pixmap(channel: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon of ``channel`` as a ``size``×``size`` pixmap (logical pixels)."""
    key = (channel, size, ratio, colour(channel).name())
    cached = _cache.get(key)
    if cached is None:
        cached = QPixmap(round(size * ratio), round(size * ratio))
        cached.setDevicePixelRatio(ratio)
        cached.fill(Qt.GlobalColor.transparent)
        painter = QPainter(cached)
        paint(painter, QRectF(0, 0, size, size), channel)
        painter.end()
        _cache[key] = cached
    return cached


def icon(channel: str, size: int = 16) -> QIcon:
    return QIcon(pixmap(channel, size, 2.0))


def paint(painter: QPainter, rect: QRectF, channel: str) -> None:
    """Draw the icon of ``channel`` into ``rect`` (a square)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 24, rect.height() / 24)
    base = colour(channel)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(base)
    painter.drawEllipse(QRectF(0, 0, 24, 24))
    glyph = _GLYPHS.get(channel)
    if glyph is None:  # a behaviour (浏览, 私信 ...): a star; anything else a dot
        glyph = _star if channel in behaviours.labels() else _dot
    glyph(painter, base)
    painter.restore()


def _fill(painter: QPainter, colour: QColor = _WHITE) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)


def _stroke(painter: QPainter, width: float, colour: QColor = _WHITE) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _call(painter, base):
    # a handset: two pads joined by a curved grip, leaning like the usual phone sign
    path = QPainterPath()
    path.moveTo(7.0, 5.2)
    path.cubicTo(5.2, 6.2, 4.6, 8.6, 6.4, 11.8)
    path.cubicTo(8.2, 15.0, 10.8, 17.4, 13.6, 18.8)
    path.cubicTo(16.0, 20.0, 18.0, 19.2, 18.9, 17.6)
    path.lineTo(16.0, 14.6)
    path.cubicTo(15.2, 14.0, 14.4, 14.2, 13.9, 15.0)
    path.lineTo(13.4, 15.6)
    path.cubicTo(11.6, 14.8, 9.6, 12.6, 8.6, 10.6)
    path.lineTo(9.2, 10.1)
    path.cubicTo(10.0, 9.6, 10.1, 8.8, 9.6, 8.0)
    path.closeSubpath()
    _fill(painter)
    painter.drawPath(path)


def _wechat(painter, base):
    _fill(painter)
    painter.drawEllipse(QRectF(3.4, 4.6, 12.4, 10.2))
    tail = QPainterPath()
    tail.moveTo(5.6, 12.0)
    tail.lineTo(5.0, 15.6)
    tail.lineTo(8.6, 13.8)
    painter.drawPath(tail)
    painter.setPen(QPen(base, 1.4))
    painter.setBrush(_WHITE)
    painter.drawEllipse(QRectF(10.2, 10.0, 10.6, 8.6))
    _fill(painter, base)
    for x, y, r in ((7.3, 8.4, 1.0), (11.9, 8.4, 1.0), (13.6, 13.4, 0.8), (17.4, 13.4, 0.8)):
        painter.drawEllipse(QPointF(x, y), r, r)


def _sms(painter, base):
    _fill(painter)
    painter.drawRoundedRect(QRectF(4.5, 5.5, 15, 10.5), 2.6, 2.6)
    tail = QPainterPath()
    tail.moveTo(7.5, 15.0)
    tail.lineTo(7.0, 19.4)
    tail.lineTo(11.6, 15.0)
    painter.drawPath(tail)
    _fill(painter, base)
    for x in (8.4, 12.0, 15.6):
        painter.drawEllipse(QPointF(x, 10.75), 1.1, 1.1)


def _email(painter, base):
    _fill(painter)
    painter.drawRoundedRect(QRectF(4.5, 7, 15, 10.5), 1.4, 1.4)
    _stroke(painter, 1.5, base)
    path = QPainterPath()
    path.moveTo(5.4, 8.2)
    path.lineTo(12, 13.2)
    path.lineTo(18.6, 8.2)
    painter.drawPath(path)


def _meeting(painter, base):
    _fill(painter)
    for cx, cy, r in ((15.4, 8.6, 2.4), (9.0, 8.0, 2.8)):
        painter.drawEllipse(QPointF(cx, cy), r, r)
    painter.drawChord(QRectF(11.2, 11.8, 8.6, 9.2), 0, 180 * 16)
    painter.setPen(QPen(base, 1.2))
    painter.setBrush(_WHITE)
    painter.drawChord(QRectF(3.6, 11.4, 10.8, 10.8), 0, 180 * 16)


def _visit(painter, base):
    path = QPainterPath()  # a map pin
    path.moveTo(12, 20.2)
    path.cubicTo(9.4, 16.8, 6.4, 13.6, 6.4, 10.2)
    path.arcTo(QRectF(6.4, 4.4, 11.2, 11.2), 180, -180)
    path.cubicTo(17.6, 13.6, 14.6, 16.8, 12, 20.2)
    path.closeSubpath()
    _fill(painter)
    painter.drawPath(path)
    _fill(painter, base)
    painter.drawEllipse(QPointF(12, 10.0), 2.3, 2.3)


def _whatsapp(painter, base):
    _stroke(painter, 1.8)
    painter.drawEllipse(QPointF(12.2, 11.6), 6.6, 6.6)
    _fill(painter)
    tail = QPainterPath()
    tail.moveTo(6.2, 15.0)
    tail.lineTo(5.0, 19.6)
    tail.lineTo(9.6, 18.2)
    painter.drawPath(tail)
    painter.save()
    painter.translate(12.2, 11.6)
    painter.scale(0.42, 0.42)
    painter.translate(-12, -12)
    _call(painter, base)
    painter.restore()


def _note(painter, base):
    page = QPainterPath()
    page.moveTo(7, 4.8)
    page.lineTo(14.4, 4.8)
    page.lineTo(17.6, 8.0)
    page.lineTo(17.6, 19.2)
    page.lineTo(7, 19.2)
    page.closeSubpath()
    _fill(painter)
    painter.drawPath(page)
    _stroke(painter, 1.3, base)
    for y in (10.6, 13.4, 16.2):
        painter.drawLine(QPointF(9.2, y), QPointF(15.4, y))


def _dot(painter, base):
    _fill(painter)
    painter.drawEllipse(QPointF(12, 12), 3.5, 3.5)


def _star(painter, base):
    """A five-pointed star: an interest the lead showed (a behaviour)."""
    import math

    path = QPainterPath()
    for k in range(10):
        r = 8.0 if k % 2 == 0 else 3.4
        a = math.pi / 2 + k * math.pi / 5
        point = QPointF(12 + r * math.cos(a), 12.6 - r * math.sin(a))
        path.moveTo(point) if k == 0 else path.lineTo(point)
    path.closeSubpath()
    _fill(painter)
    painter.drawPath(path)


_GLYPHS = {
    "call": _call, "wechat": _wechat, "sms": _sms, "email": _email, "meeting": _meeting,
    "visit": _visit, "whatsapp": _whatsapp, "note": _note,
}
