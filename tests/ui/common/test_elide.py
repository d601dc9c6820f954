"""A list that never scrolls sideways paints each row no wider than its viewport (so a long
text is cut with "…", not clipped), from its first row on: the row-clipping delegate is made
when the first row arrives (an empty list at the window's first paint does not pay for it)."""
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem

from desktop_app.ui.common.elide import never_scroll_sideways

LONG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎 " * 4


def _painted_right_edge(view, delegate, index) -> int:
    """The rightmost column ``delegate`` paints for ``index`` given a cell twice as wide as the
    viewport (as a list lays out a row as wide as its longest text)."""
    width = view.viewport().width()
    image = QImage(width * 2, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, width * 2, 40)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    white = QColor("white").rgb()
    return max((x for x in range(image.width()) for y in range(0, 40, 2)
                if image.pixel(x, y) != white), default=-1)


def test_a_list_clips_its_rows_to_the_viewport_from_its_first_row(qtbot):
    view = QListWidget()
    qtbot.addWidget(view)
    view.resize(160, 120)
    never_scroll_sideways(view, clip_rows=True, elide=Qt.TextElideMode.ElideMiddle)
    view.show()
    qtbot.waitExposed(view)
    view.addItem(LONG)
    index = view.model().index(0, 0)
    right = _painted_right_edge(view, view.itemDelegate(), index)
    assert 0 <= right <= view.viewport().rect().right()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
