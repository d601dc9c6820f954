"""The calendar of due touchpoints: a month where each day shows how many are due (overdue
days in red, today framed), how many more the running cadences will bring (projected, grey:
computed as if every touch is done on its day, not stored), and whether the day has more
first touches than the daily capacity (an orange bar on top); the touchpoints of the day
clicked are listed below it.

The counts of the 6-week grid come from grouped queries (``agenda.day_counts``,
``projection.counts``, ``projection.over_capacity``) when the month changes or a write
touches cadences; cells are painted from those dicts.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (QCalendarWidget, QLabel, QSplitter, QToolButton, QVBoxLayout,
                               QWidget)

from desktop_app.core.followup import agenda, group_start, projection
from desktop_app.ui.common.words import count_text
from desktop_app.ui.followup.touchpoint_model import ui_language
from desktop_app.ui.followup.touchpoint_panel import TouchpointPanel

_WIDGET = Qt.ShortcutContext.WidgetShortcut

OVERDUE = QColor("#c0392b")
DUE = QColor("#1f6fb2")
TODAY_FRAME = QColor("#e67e22")
TODAY_FILL = QColor(255, 244, 214)
PROJECTED = QColor("#9a9a9a")
OVER_CAPACITY = QColor("#e67e22")
_MONDAY = Qt.DayOfWeek.Monday


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DueCalendar(QCalendarWidget):
    """A month calendar that paints each day's count of due touchpoints.

    ``counts`` is {date: n} for the grid shown; ``today`` a callable.
    """

    def __init__(self, today, parent=None):
        super().__init__(parent)
        self.today = today
        self.counts: dict[date, int] = {}
        self.projected: dict[date, int] = {}
        self.over: set[date] = set()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        if ui_language() == "zh":
            self.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            self._year_first()
            self.currentPageChanged.connect(self._chinese_header)
            self._chinese_header(self.yearShown(), self.monthShown())
        else:
            self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.setFirstDayOfWeek(_MONDAY)  # after the locale, which sets its own
        self.painted: list[date] = []  # the days painted last (tests read it)

    def _year_first(self) -> None:
        """Chinese reads 2026年12月: the year's button before the month's."""
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        year = self.findChild(QToolButton, "qt_calendar_yearbutton")
        month = self.findChild(QToolButton, "qt_calendar_monthbutton")
        layout = bar.layout() if bar is not None else None
        if layout is None or year is None or month is None:
            return
        layout.removeWidget(year)
        layout.insertWidget(layout.indexOf(month), year)

    def _chinese_header(self, year: int, month: int) -> None:
        """The header as 2026年 12月 (Qt writes 十二月 2026); the month menu 1月 … 12月."""
        month_button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if month_button is None or year_button is None:
            return
        month_button.setText(f"{month}月")
        year_button.setText(f"{year}年")
        if month_button.menu() is not None:
            for number, action in enumerate(month_button.menu().actions(), start=1):
                action.setText(f"{number}月")

    def header_text(self) -> str:
        """The navigation bar's month and year as shown, in their order (tests read it)."""
        buttons = [self.findChild(QToolButton, n)
                   for n in ("qt_calendar_monthbutton", "qt_calendar_yearbutton")]
        layout = self.findChild(QWidget, "qt_calendar_navigationbar").layout()
        buttons.sort(key=layout.indexOf)
        return " ".join(b.text() for b in buttons)

    def set_counts(self, counts: dict[date, int], projected: dict[date, int] | None = None,
                   over: set[date] | None = None) -> None:
        self.counts = counts
        self.projected = projected or {}
        self.over = over or set()
        self.painted = []
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day_q: QDate) -> None:
        day = day_q.toPython()
        self.painted.append(day)
        today = self.today()
        palette = self.palette()
        selected = day_q == self.selectedDate()
        in_month = day_q.month() == self.monthShown()
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        elif day == today:
            painter.fillRect(rect, TODAY_FILL)
        else:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        if not in_month:
            text_color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        font = QFont(painter.font())
        font.setBold(day == today)
        painter.setFont(font)
        painter.setPen(text_color)
        inner = rect.adjusted(4, 2, -4, -2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(day.day))
        count = self.counts.get(day)
        right = inner.right()
        if count:
            color = OVERDUE if day < today else DUE
            right = self._badge(painter, font, inner, right, f"{count:,}",
                                color if in_month else color.lighter(150)) - 3
            if day < today:  # overdue work: a red bar on the left edge
                painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), OVERDUE)
        ahead = self.projected.get(day)
        if ahead:  # the running cadences' later steps: grey, computed, not stored
            self._badge(painter, font, inner, right, f"+{ahead:,}",
                        PROJECTED if in_month else PROJECTED.lighter(130))
        if day in self.over:  # more first touches than the daily capacity: a bar and a sign
            painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 4), OVER_CAPACITY)
            painter.setPen(OVER_CAPACITY)
            painter.setFont(font)
            painter.drawText(inner.adjusted(0, 3, 0, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "⚠")
        if day == today:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(TODAY_FRAME, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


    @staticmethod
    def _badge(painter: QPainter, font: QFont, inner: QRect, right: int, text: str,
               color: QColor) -> int:
        """A rounded count badge ending at ``right`` at the cell's bottom; its left edge."""
        small = QFont(font)
        small.setBold(True)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        w = metrics.horizontalAdvance(text) + 10
        h = metrics.height() + 2
        badge = QRect(right - w + 1, inner.bottom() - h + 1, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return badge.left()


class CalendarView(QWidget):
    """The month of due touchpoints and the list of the selected day.

    Signals:
        open_contact(int): show this contact in the list.
    """

    open_contact = Signal(int)

    def __init__(self, ops=None, today=date.today, parent=None):
        super().__init__(parent)
        from desktop_app.ui.followup.cadence_ops import CadenceOps

        self.today = today
        self._stale = True  # loads when first shown
        self.cadence_ops = CadenceOps(ops, today) if ops is not None else None
        day = today()
        self.calendar = DueCalendar(today)
        self.calendar.setSelectedDate(qdate(day))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: gray;")
        self.day_title = QLabel()
        self.day_title.setStyleSheet("font-weight: bold;")
        self.panel = TouchpointPanel(self.cadence_ops, today, day, day)
        self.panel.table.empty_text = self.tr("Nothing is due on this day.")
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.legend)
        column.addWidget(self.day_title)
        column.addWidget(self.panel, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.calendar)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._connect_signals(ops)

    def _connect_signals(self, ops) -> None:
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._load_counts())
        self.calendar.selectionChanged.connect(self._day_selected)
        self.panel.open_contact.connect(self.open_contact)
        self.panel.model.count_changed.connect(lambda _n: self._show_day_title())
        self.calendar.activated.connect(lambda _day: self.open_day_list())  # Enter on a day
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.panel.table, context=_WIDGET,
                  activated=lambda: self.calendar.setFocus(Qt.FocusReason.ShortcutFocusReason))
        if ops is not None:
            ops.events.changed.connect(self.on_changed)

    def open_day_list(self) -> None:
        """Enter on a day (the arrows move through the days): the keyboard goes to its list,
        on its first follow-up; Esc there goes back to the month."""
        if self.panel.model.rowCount() and not self.panel.table.currentIndex().isValid():
            self.panel.select_row(0)
        self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- what it shows ------------------------------------------------------------------------

    @property
    def selected_day(self) -> date:
        return self.calendar.selectedDate().toPython()

    def show_month(self, year: int, month: int) -> None:
        """Show a month (its counts read in one query)."""
        if (year, month) != (self.calendar.yearShown(), self.calendar.monthShown()):
            self.calendar.setCurrentPage(year, month)  # -> currentPageChanged -> counts
        else:
            self._load_counts()

    def select_day(self, day: date) -> None:
        """Select a day: the month turns to it and the list shows its touchpoints."""
        self.calendar.setSelectedDate(qdate(day))  # -> selectionChanged -> the list

    def reload(self) -> None:
        self._load_counts()
        day = self.selected_day
        if self.panel.model.loaded:
            self.panel.refresh()
        else:
            self.panel.set_range(day, day)

    def on_changed(self, changes) -> None:
        if not (changes.touchpoints or changes.rows_added_or_removed or changes.contacts):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _load_counts(self) -> None:
        self._stale = False
        first, last = agenda.month_grid(self.calendar.yearShown(), self.calendar.monthShown())
        today = self.today()
        capacity = group_start.capacity()
        ahead = projection.counts(max(first, today), last, today) if last >= today else {}
        self.calendar.set_counts(agenda.day_counts(first, last), ahead,
                                 projection.over_capacity(first, last, capacity))
        self.legend.setText(self.tr(
            "Red, with a bar on the left: overdue · blue: due · grey +N: projected (the running "
            "cadences' later steps, if every touch is done on its day) · orange bar ⚠: more "
            "than %1 first touches (the daily capacity)").replace("%1", str(capacity)))

    def _day_selected(self) -> None:
        day = self.selected_day
        self.panel.set_range(day, day)
        self._show_day_title()

    def _show_day_title(self) -> None:
        day = self.selected_day
        n = self.panel.model.rowCount()
        locale = self.calendar.locale()
        name = locale.toString(qdate(day), QLocale.FormatType.LongFormat)
        text = count_text(n, self.tr("%2: 1 follow-up due"),
                          self.tr("%2: %1 follow-ups due")).replace("%2", name)
        if day < self.today() and n:
            text += " " + self.tr("(overdue)")
        ahead = self.calendar.projected.get(day)
        if ahead:
            text += self.tr("; %1 projected").replace("%1", f"{ahead:,}")
        if day in self.calendar.over:
            text += self.tr("; over the daily capacity")
        self.day_title.setText(text)
