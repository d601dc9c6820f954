"""Paints the rows of a TimelineModel: day headers, interactions, and quieter system events.

An interaction::

    (icon)  电话  ↗ 发出  [未接]                         14:30
            summary, wrapped to at most two lines, then elided…
            下一步：发报价

Heights depend only on which parts a row has and whether its summary fits on one line, so a
row is measured with one ``horizontalAdvance``; nothing is laid out to size a row.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.timeline.model import DAY, EVENT, ROW_ROLE
from desktop_app.ui.timeline import channel_icons

PAD_X = 10
ICON = 24
TEXT_X = PAD_X + ICON + 10  # where texts start
PAD_Y = 7
SUMMARY_LINES = 2
GOOD = ("reached", "replied")
BAD = ("no-answer", "no-reply")
# outcome badges: (background, text) — soft enough for dark palettes too
BADGES = {
    "good": (QColor("#d3f2dc"), QColor("#17692f")),
    "bad": (QColor("#fbdada"), QColor("#b3261e")),
}
_LINE_BREAK = "\u2028"


class TimelineDelegate(QStyledItemDelegate):
    """Paints Rows; ``view`` gives the width that summaries wrap to."""

    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self._font_key = None
        self._heights: dict = {}  # Row -> height, for the width in self._heights_width
        self._heights_width = -1

    def clear_cache(self) -> None:
        """Forget measured heights (the font changed)."""
        self._font_key = None
        self._heights.clear()

    # --- fonts --------------------------------------------------------------------------------

    def _fonts(self, font: QFont) -> _Fonts:
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._f = _Fonts(font)
        return self._f

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - TEXT_X - PAD_X)

    # --- sizes --------------------------------------------------------------------------------

    def sizeHint(self, option, index) -> QSize:
        row = index.data(ROW_ROLE)
        width = self._text_width()
        if width != self._heights_width:
            self._heights.clear()
            self._heights_width = width
        height = self._heights.get(row)
        if height is None:
            height = self._heights[row] = self._height(row, option.font)
        return QSize(200, height)

    def _height(self, row, font) -> int:
        f = self._fonts(font)
        fm, sm = f.fm, f.sm
        if row is None:
            return fm.height()
        if row.kind == DAY:
            return f.bm.height() + 14
        if row.kind == EVENT:
            return max(sm.height(), 12) + 10
        height = PAD_Y + self._first_line_height(fm, sm)
        if row.text:
            height += 2 + fm.lineSpacing() * self._summary_lines(row.text, fm)
        if row.next_step:
            height += 2 + sm.lineSpacing()
        return max(height + PAD_Y, ICON + 2 * PAD_Y)

    @staticmethod
    def _first_line_height(fm, sm) -> int:
        return max(fm.height(), sm.height() + 4)

    def _summary_lines(self, text: str, fm) -> int:
        if "\n" in text or fm.horizontalAdvance(text) > self._text_width():
            return SUMMARY_LINES
        return 1

    # --- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if row.kind != DAY and style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected) and row.kind != DAY
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        quiet = QColor(text)
        quiet.setAlphaF(0.62)
        if row.kind == DAY:
            self._paint_day(painter, opt, row, text)
        elif row.kind == EVENT:
            self._paint_event(painter, opt, row, quiet)
        else:
            self._paint_entry(painter, opt, row, text, quiet, selected)
        painter.restore()

    def _paint_day(self, painter, opt, row, text) -> None:
        f = self._fonts(opt.font)
        bold, bm = f.bold, f.bm
        r = opt.rect
        colour = QColor(text)
        colour.setAlphaF(0.8)
        painter.setFont(bold)
        painter.setPen(colour)
        baseline = r.bottom() - 4 - bm.descent()
        painter.drawText(QPointF(r.left() + PAD_X, baseline), row.text)
        line = QColor(text)
        line.setAlphaF(0.18)
        painter.setPen(QPen(line, 1))
        x = r.left() + PAD_X + bm.horizontalAdvance(row.text) + 10
        y = baseline - bm.ascent() / 2 + 1
        if x < r.right() - PAD_X:
            painter.drawLine(QPointF(x, y), QPointF(r.right() - PAD_X, y))

    def _paint_event(self, painter, opt, row, quiet) -> None:
        f = self._fonts(opt.font)
        small, sm = f.small, f.sm
        r = opt.rect
        cy = r.center().y() + 0.5
        painter.setPen(QPen(quiet, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(r.left() + PAD_X + ICON / 2, cy), 3.5, 3.5)
        painter.setFont(small)
        painter.setPen(quiet)
        time_width = sm.horizontalAdvance(row.time)
        right = r.right() - PAD_X
        baseline = cy + (sm.ascent() - sm.descent()) / 2
        painter.drawText(QPointF(right - time_width, baseline), row.time)
        width = right - time_width - 12 - (r.left() + TEXT_X)
        painter.drawText(QPointF(r.left() + TEXT_X, baseline),
                         sm.elidedText(row.text, Qt.TextElideMode.ElideMiddle, max(0, width)))

    def _paint_entry(self, painter, opt, row, text, quiet, selected) -> None:
        f = self._fonts(opt.font)
        font, bold, small, fm, bm, sm = f.font, f.bold, f.small, f.fm, f.bm, f.sm
        r = opt.rect
        entry = row.entry
        top = r.top() + PAD_Y
        first = self._first_line_height(fm, sm)
        icon_y = top + (first - ICON) / 2
        channel_icons.paint(painter, QRectF(r.left() + PAD_X, max(r.top() + 3, icon_y), ICON,
                                            ICON), entry.channel)
        left, right = r.left() + TEXT_X, r.right() - PAD_X
        center = top + first / 2

        # line 1: time at the right, then channel, direction, outcome badge from the left
        painter.setFont(small)
        painter.setPen(quiet)
        time_width = sm.horizontalAdvance(row.time)
        painter.drawText(QPointF(right - time_width, center + (sm.ascent() - sm.descent()) / 2),
                         row.time)
        painter.save()
        painter.setClipRect(QRect(left, r.top(), max(0, right - time_width - 8 - left),
                                  r.height()))
        x = left
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QPointF(x, center + (bm.ascent() - bm.descent()) / 2), row.channel)
        x += bm.horizontalAdvance(row.channel) + 9
        if entry.channel != "note":
            _arrow(painter, QRectF(x, center - 4, 8, 8), entry.direction == "out", quiet)
            x += 11
            painter.setFont(small)
            painter.setPen(quiet)
            painter.drawText(QPointF(x, center + (sm.ascent() - sm.descent()) / 2),
                             row.direction)
            x += sm.horizontalAdvance(row.direction) + 9
        if row.outcome:
            self._badge(painter, x, center, row.outcome, entry.outcome, sm, small, selected)
        painter.restore()

        # the summary, then the next step
        y = top + first + 2
        if row.text:
            lines = self._summary_lines(row.text, fm)
            painter.setFont(font)
            painter.setPen(text)
            for i, line in enumerate(_wrap(row.text, font, fm, right - left, lines)):
                painter.drawText(QPointF(left, y + i * fm.lineSpacing() + fm.ascent()), line)
            y += lines * fm.lineSpacing() + 2
        if row.next_step:
            link = opt.palette.color(QPalette.ColorRole.Link) if not selected else text
            painter.setFont(small)
            painter.setPen(link)
            painter.drawText(QPointF(left, y + sm.ascent()),
                             sm.elidedText(row.next_step, Qt.TextElideMode.ElideRight,
                                           right - left))

    @staticmethod
    def _badge(painter, x, center, label, outcome, sm, small, selected) -> None:
        background, foreground = BADGES["good" if outcome in GOOD else "bad"]
        width = sm.horizontalAdvance(label) + 12
        height = sm.height() + 2
        rect = QRectF(x, center - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        if selected:
            painter.setPen(QPen(QColor(255, 255, 255, 200), 1))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(small)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


class _Fonts:
    """The row font, its bold and small variants, and their metrics."""

    def __init__(self, font: QFont):
        self.font = QFont(font)  # a copy: an option's font dies with the option
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        size = font.pointSizeF()
        if size > 0:
            self.small.setPointSizeF(max(size * 0.88, 7.0))
        else:
            self.small.setPixelSize(max(round(font.pixelSize() * 0.88), 9))
        self.fm, self.bm, self.sm = (QFontMetrics(f) for f in (self.font, self.bold, self.small))


def _arrow(painter, rect: QRectF, outbound: bool, colour: QColor) -> None:
    """A small diagonal arrow: ↗ outbound, ↙ inbound."""
    painter.save()
    pen = QPen(colour, 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    a, b = rect.bottomLeft(), rect.topRight()
    tip, tail = (b, a) if outbound else (a, b)
    painter.drawLine(tail, tip)
    head = QPainterPath()
    sx = -1 if outbound else 1  # the two barbs run back from the tip along the edges
    head.moveTo(tip.x() + sx * rect.width() * 0.65, tip.y())
    head.lineTo(tip)
    head.lineTo(tip.x(), tip.y() - sx * rect.height() * 0.65)
    painter.drawPath(head)
    painter.restore()


def _wrap(text: str, font: QFont, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
    text = text.replace("\r\n", "\n").replace("\n", _LINE_BREAK)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    units = text.encode("utf-16-le")  # QTextLayout counts UTF-16 code units

    def part(start: int, end: int | None = None) -> str:
        chunk = units[2 * start:None if end is None else 2 * end].decode("utf-16-le", "replace")
        return chunk.replace(_LINE_BREAK, " ").strip()

    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = part(start)
            lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            lines.append(part(start, start + length))
    layout.endLayout()
    return lines
