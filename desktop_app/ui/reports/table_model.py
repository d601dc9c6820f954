"""A report's table (``core.reports.tables.Table``) for a QTableView: numbers right-aligned and
written as the CLI writes them, but money short (1,006.5万 and 1.48亿 in Chinese, 10.07M and
148.3M in English; the full figure in the cell's tooltip, the exports and the English
printout; sorting is by value), the total row bold and kept last when sorting, the best and
worst ROI marked (colour and ▲/▼), and for every count the filter text that lists its leads
(``filter_at``)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView

from desktop_app.core.contacts.stages import LABELS
from desktop_app.core.grading import behaviours
from desktop_app.core.messages import kmb_text, wan_text
from desktop_app.core.reports.tables import Table, cell_text
from desktop_app.core.timeline import channels
from desktop_app.ui.common.core_text import message_text
from desktop_app.ui.common.words import chinese, stage_names

BEST, WORST = QColor("#d5f5e3"), QColor("#fadbd8")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CHANNEL_CODE = {zh: code for code, zh in channels.LABELS_ZH.items()}


def shown_text(value, kind: str, key: str = "", short: bool = True) -> str:
    """A cell of column ``key`` as the window shows it: money in 万 and 亿 in Chinese, in k, M
    and B in English when ``short`` (the window: 148,298,857 made the sources report's 14
    columns wider than a 1280-pixel window, ROI behind a scroll bar; a printout has the room
    for the full figure); messages, and the stages, channels and seeded behaviours the core
    writes in Chinese, in the UI's language. Other text is the user's (a source
    named 微信 or 电话 stays so: it was shown as "WeChat" and "Call")."""
    if value is None:
        return "—"
    if kind == "yuan" and chinese():
        return wan_text(value)
    if kind == "yuan" and short:
        return kmb_text(value)
    if kind != "text":
        return cell_text(value, kind)
    if hasattr(value, "template"):
        return message_text(value)
    if key == "stage" and not chinese():
        stage = next((code for code, label in LABELS.items() if label == value), None)
        if stage is not None:
            return stage_names()[stage]
    if key == "channel" and not chinese():
        code = _CHANNEL_CODE.get(value)
        if code is not None:
            return channels.label(code, "en")
        found = behaviours.find(str(value), include_archived=True)  # 私信: Direct message
        if found is not None:
            return behaviours.display_name(found.key, found.name, "en")
    return str(value)


WRAP_AT = 8  # a header longer than this (and with a space) is shown on two lines


def two_lines(text: str) -> str:
    """A long header on two lines, broken at the space nearest its middle ("Median days\nto
    close"), for a table too wide on one line: the columns are as wide as their numbers, and
    the sources report's 14 columns fit a 1280-pixel window in English (ROI, the last one, was
    off screen). Chinese headers have no spaces and are short: unchanged."""
    if len(text) <= WRAP_AT:
        return text
    if text.endswith(" %"):  # the unit under its word ("Contacted\n%"): the rates' headers
        return text[:-2] + "\n%"  # were twice as wide as their numbers (58.3%)
    spaces = [i for i, c in enumerate(text) if c == " " and 2 < i < len(text) - 3]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class ReportHeader(QHeaderView):
    """The horizontal header of a report: a header on two lines is as wide as its longer line
    and the sort arrow. (Qt reserves the section's height for the arrow: a second line made
    each wrapped column a line height wider than one line made it, 14 px in Fusion; the
    sources report's 9 wrapped columns were still wider than a 1280-pixel window.)"""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        # what a view gives its own default header only: a click sorts by the column
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logical_index: int):
        size = super().sectionSizeFromContents(logical_index)
        text = self.model().headerData(logical_index, Qt.Orientation.Horizontal) \
            if self.model() is not None else None
        if self.isSortIndicatorShown() and isinstance(text, str) and "\n" in text:
            size.setWidth(size.width() - text.count("\n") * self.fontMetrics().lineSpacing())
        return size


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self.order: list[int] = []  # shown row -> table row
        self.wrap_headers = False

    def set_wrap_headers(self, wrap: bool) -> None:
        """Long headers on two lines (``two_lines``): the view asks when one line is too wide."""
        if wrap != self.wrap_headers:
            self.wrap_headers = wrap
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.order = list(range(len(table.rows))) if table is not None else []
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.order)

    def columnCount(self, parent=None) -> int:
        if (parent is not None and parent.isValid()) or self.table is None:
            return 0
        return len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        _key, header, kind = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = message_text(header)
            return two_lines(text) if self.wrap_headers else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return message_text(header)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return _RIGHT
        return None

    def _cell(self, index):
        row = self.order[index.row()]
        key, _header, kind = self.table.columns[index.column()]
        mark = self.table.marks[row] if row < len(self.table.marks) else ""
        return row, key, kind, self.table.rows[row].get(key), mark

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        _row, key, kind, value, mark = self._cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            text = shown_text(value, kind, key)
            if key == "roi" and mark in ("best", "worst"):
                text = ("▲ " if mark == "best" else "▼ ") + text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and mark == "total":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and mark in ("best", "worst"):
            return QBrush(BEST if mark == "best" else WORST)
        if role == Qt.ItemDataRole.ToolTipRole:
            # (literal contexts: lupdate filed a module's own tr() under none, and the Chinese
            # window showed these in English)
            tips = []
            if mark == "best":
                tips.append(QCoreApplication.translate("Reports", "The best ROI of this report"))
            elif mark == "worst":
                tips.append(QCoreApplication.translate("Reports",
                                                       "The worst ROI of this report"))
            if kind == "yuan" and value is not None:  # the full figure of a short amount
                tips.append(QCoreApplication.translate("Reports", "%1 yuan").replace(
                    "%1", cell_text(value, kind)))
            if self.filter_at(index):
                tips.append(QCoreApplication.translate("Reports",
                                                       "Double-click to list these leads"))
            return "\n".join(tips) or None
        return None

    def filter_at(self, index) -> str | None:
        """The filter text listing the leads this cell counts, or None (not a count)."""
        if not index.isValid() or self.table is None:
            return None
        row, key, _kind, value, _mark = self._cell(index)
        filters = self.table.filters[row] if row < len(self.table.filters) else {}
        text = filters.get(key)
        return text if text is not None and value is not None else None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By the column's value (numbers as numbers, no value last); the total stays last."""
        if self.table is None:
            return
        if not 0 <= column < len(self.table.columns):  # no sort column: the report's order
            self.layoutAboutToBeChanged.emit()
            self.order = list(range(len(self.table.rows)))
            self.layoutChanged.emit()
            return
        key, _header, kind = self.table.columns[column]
        rows = [r for r in range(len(self.table.rows)) if self.table.marks[r] != "total"]
        totals = [r for r in range(len(self.table.rows)) if self.table.marks[r] == "total"]
        descending = order == Qt.SortOrder.DescendingOrder

        def value(r):
            v = self.table.rows[r].get(key)
            if kind == "text":
                return shown_text(v, kind, key)
            return v

        present = [r for r in rows if self.table.rows[r].get(key) is not None]
        missing = [r for r in rows if self.table.rows[r].get(key) is None]
        present.sort(key=value, reverse=descending)
        self.layoutAboutToBeChanged.emit()
        self.order = present + missing + totals
        self.layoutChanged.emit()
