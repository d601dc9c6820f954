"""A view with no rows says why, and what to do, in grey in the middle of its viewport."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def paint_empty_text(view: QAbstractItemView, text: str) -> None:
    """Call from ``paintEvent`` after the base class painted: ``text`` when the model is
    empty (several lines allowed), word-wrapped within the viewport's width."""
    model = view.model()
    if not text or model is None or model.rowCount():
        return
    from PySide6.QtGui import QPainter  # an empty list only: its enums cost at start-up

    painter = QPainter(view.viewport())
    try:
        painter.setPen(view.palette().placeholderText().color())
        area = view.viewport().rect().adjusted(24, 24, -24, -24)
        area.setHeight(min(area.height(), 160))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    finally:
        painter.end()
