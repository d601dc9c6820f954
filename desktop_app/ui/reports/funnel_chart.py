"""The funnel drawn as bars: one per stage, as wide as its share of the leads, with the count,
the step conversion and how many were lost there. Clicking a bar lists its leads.

Signals:
    filter_clicked(str): the filter text listing the leads of the clicked stage.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.reports.scope import COHORT
from desktop_app.ui.common.words import stage_names

COLOURS = ("#5dade2", "#3498db", "#2e86c1", "#2874a6", "#1e8449")
ROW, GAP = 34, 6


class FunnelChart(QWidget):
    filter_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.funnel = None
        self._bars: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_funnel(self, funnel) -> None:
        self.funnel = funnel
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.funnel.stages) if self.funnel is not None else 5
        return QSize(600, rows * (ROW + GAP) + GAP)

    def bars(self) -> list[tuple[QRectF, str]]:
        """(rectangle, filter) of each stage's bar as last painted (tests click them)."""
        return list(self._bars)

    def _texts(self, row) -> tuple[str, str]:
        label = f"{stage_names()[row.stage]}  {row.reached:,}"
        parts = []
        cohort = self.funnel.scope.mode == COHORT  # else ratios of the period's counts
        if row.step_rate is not None:
            step = self.tr("step %1") if cohort else self.tr("to the stage before %1")
            parts.append(step.replace("%1", f"{row.step_rate * 100:.1f}%"))
        if row.overall_rate is not None and row.stage != "lead":
            overall = self.tr("of all %1") if cohort else self.tr("per new lead %1")
            parts.append(overall.replace("%1", f"{row.overall_rate * 100:.1f}%"))
        if row.lost and row.stage != "won":
            parts.append(self.tr("lost here %1").replace("%1", f"{row.lost:,}"))
        return label, " · ".join(parts)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._bars = []
        if self.funnel is None or not self.funnel.stages:
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        side = max(metrics.horizontalAdvance(self._texts(r)[1]) for r in self.funnel.stages) + 16
        width = max(120.0, self.width() - side - 2 * GAP)
        top = self.funnel.stages[0].reached or 1
        for i, row in enumerate(self.funnel.stages):
            share = row.reached / top if top else 0.0
            bar_w = max(4.0, width * share)
            y = GAP + i * (ROW + GAP)
            rect = QRectF(GAP + (width - bar_w) / 2, y, bar_w, ROW)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLOURS[min(i, len(COLOURS) - 1)]))
            painter.drawRoundedRect(rect, 3, 3)
            label, side_text = self._texts(row)
            if metrics.horizontalAdvance(label) + 12 <= bar_w:  # on the bar
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(GAP, y, width, ROW), Qt.AlignmentFlag.AlignCenter, label)
            else:  # beside it
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(rect.right() + 6, y, width, ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 label)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(GAP * 2 + width, y, side, ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, side_text)
            self._bars.append((QRectF(GAP, y, width, ROW), row.reached_filter))
        painter.end()

    def _bar_at(self, pos) -> str | None:
        return next((f for rect, f in self._bars if rect.contains(pos)), None)

    def mouseMoveEvent(self, event) -> None:
        hit = self._bar_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit is not None
                       else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tr("Click to list these leads") if hit is not None else "")

    def mouseReleaseEvent(self, event) -> None:
        hit = self._bar_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.filter_clicked.emit(hit)
