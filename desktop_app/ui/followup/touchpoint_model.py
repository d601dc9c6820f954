"""Pending touchpoints of a date range as a lazy table model (the Today view, a calendar day).

Counts and pages come from ``core.followup.agenda`` in call order (overdue first, then by stage and
deal value); rows are fetched PAGE_SIZE at a time, never all of them.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.followup import agenda
from desktop_app.core.grading import behaviours
from desktop_app.core.followup import template_store
from desktop_app.ui.common.words import count_text, stage_names, step_text
from desktop_app.core.when import local_date
from desktop_app.core.contacts.phones import display

COL_DUE, COL_LATE, COL_STEP, COL_TAG, COL_PHONE, COL_STAGE, COL_GRADE, COL_LAST = range(8)
COLUMN_COUNT = 8
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the touchpoint id of a row (int)
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 3  # the contact id of a row (int)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 4  # the agenda.Item of a row
PAGE_SIZE = 200
MAX_PAGES = 20
OVERDUE_COLOR = QColor("#c0392b")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


def ui_language() -> str:
    """'zh' when the Chinese translation is loaded, else 'en' (for core's labels)."""
    return QCoreApplication.translate("language", "en")


def last_text(item: agenda.Item, language: str = "zh") -> str:
    """"11-22 电话 接通 聊了需求" (local date, labels, what was said)."""
    last = item.last
    if last is None:
        return ""
    parts = [f"{local_date(last.at):%m-%d}", behaviours.label(last.channel, language),
             behaviours.label(last.outcome, language), " ".join(last.summary.split())]
    return " ".join(p for p in parts if p)


class TouchpointModel(QAbstractTableModel):
    """The pending touchpoints due in ``first..last`` (``first`` None: up to ``last``, the
    overdue ones included), in call order. ``today`` (a callable) says what is overdue.
    Empty until the first ``reload()`` (views load when first shown, not at start-up).

    Signals:
        count_changed(int): the number of rows after a reload.
    """

    count_changed = Signal(int)

    def __init__(self, first: date | None, last: date, today, parent=None):
        super().__init__(parent)
        self._first, self._last = first, last
        self._today = today
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._count = 0
        self._language = ui_language()
        self.fetches = 0
        self._headers = (self.tr("Due"), self.tr("Late"), self.tr("Step"), self.tr("Naming tag"),
                         self.tr("Phone"), self.tr("Stage"), self.tr("Grade"),
                         self.tr("Last interaction"))

    # --- the Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._text(item, column)
        if role == ID_ROLE:
            return item.touchpoint_id
        if role == CONTACT_ROLE:
            return item.contact_id
        if role == ITEM_ROLE:
            return item
        if role == _FOREGROUND and column in (COL_DUE, COL_LATE) and \
                item.due < self._today():
            return QBrush(OVERDUE_COLOR)
        if role == _TOOLTIP and column == COL_TAG:
            return item.tag
        if role == _TOOLTIP and column == COL_LAST and item.last is not None:
            return item.last.summary or None
        return None

    def late_text(self, days: int) -> str:
        """The Late column's words: "5 days"."""
        return count_text(days, self.tr("1 day"), self.tr("%1 days"))

    def _text(self, item: agenda.Item, column: int) -> str:
        if column == COL_DUE:
            return item.due.isoformat()
        if column == COL_LATE:
            late = item.days_overdue(self._today())
            return self.late_text(late) if late else ""
        if column == COL_STEP:
            return step_text(template_store.by_id(item.template_id).template, item.step,
                             item.retry)
        if column == COL_TAG:
            return item.tag
        if column == COL_PHONE:
            return display(item.phone) if item.phone else ""
        if column == COL_STAGE:
            return stage_names().get(item.stage, item.stage)
        if column == COL_GRADE:  # the rows are in grade order (A first): say why
            return item.grade or ""
        return last_text(item, self._language)

    # --- what it shows ------------------------------------------------------------------------

    @property
    def range(self) -> tuple[date | None, date]:
        return self._first, self._last

    def set_range(self, first: date | None, last: date) -> None:
        if (first, last) != (self._first, self._last) or not self.loaded:
            self._first, self._last = first, last
            self.reload()

    loaded = False

    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        try:
            self._pages.clear()
            self._count = agenda.count(self._first, self._last)
        finally:
            self.endResetModel()
        self.count_changed.emit(self._count)

    def item(self, row: int) -> agenda.Item | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, touchpoint_id: int) -> int | None:
        """The row of a touchpoint among the fetched pages, or None."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.touchpoint_id == touchpoint_id:
                    return number * PAGE_SIZE + offset
        return None

    def _fetch(self, number: int) -> list:
        page = agenda.page(self._first, self._last, offset=number * PAGE_SIZE,
                           limit=PAGE_SIZE)
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page
