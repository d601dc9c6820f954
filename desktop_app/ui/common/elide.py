"""Narrow item views that never scroll sideways: a text too long for its cell is cut with "…"
and shown whole in a tooltip, only when it is cut (as file managers do)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

# QStyledItemDelegate, QStyleOptionViewItem and QToolTip are imported where used: the first use
# of a PySide6 class builds its enums, and the sidebar is made before the list's first paint.


def is_cut(view: QAbstractItemView, index) -> bool:
    """Whether the text of ``index`` needs more width than its cell has in the viewport."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    cell, shown = view.visualRect(index), view.viewport().rect()
    return needed > min(cell.right(), shown.right()) - max(cell.left(), shown.left()) + 1


class _CutTooltips(QObject):
    """On the viewport: a tooltip with the whole text of a cut cell; the item's own tooltip
    otherwise (there is none on most)."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        if not text or not is_cut(self.view, index):
            return False  # the view shows the item's own tooltip, if any
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        from PySide6.QtWidgets import QToolTip

        QToolTip.showText(event.globalPos(), f"{text}\n{own}" if own else text,
                          self.view.viewport(), self.view.visualRect(index))
        return True


def _viewport_wide(view: QAbstractItemView):
    """A delegate that paints a cell no wider than the viewport shows it: a list lays its rows
    out as wide as the longest text, which would then be clipped, not cut with "…"."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    class ViewportWide(QStyledItemDelegate):
        def paint(self, painter, option, index) -> None:
            right = view.viewport().rect().right()
            if option.rect.right() > right:
                option = QStyleOptionViewItem(option)
                option.rect.setRight(right)
            super().paint(painter, option, index)

    return ViewportWide(view)


def never_scroll_sideways(view: QAbstractItemView, *, clip_rows: bool = False,
                          elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
    """No horizontal scroll bar on ``view``; cut texts get "…" (``elide``: at the end, or in
    the middle to keep a count at the end in view) and show whole in a tooltip.
    ``clip_rows``: a list (its rows as wide as its longest text)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(elide)
    if clip_rows:  # with the first row: the groups list is empty at the window's first paint,
        # and a delegate class of our own costs ~7 M instructions. (Not disconnected from
        # inside its own call: PySide may free a slot that disconnects itself while it runs.)
        def first_rows(*_) -> None:
            if not view.property("clips_rows"):
                view.setProperty("clips_rows", True)
                view.setItemDelegate(_viewport_wide(view))

        view.model().rowsInserted.connect(first_rows)
    view.cut_tooltips = _CutTooltips(view)


def elided_label():
    """A QLabel of one line that never widens its layout: a text too long for it is cut with
    "…" and shown whole in its tooltip (a lead's name of 40 letters made the detail pane
    wider than the window). ``text()`` is the whole text."""
    from PySide6.QtWidgets import QLabel, QSizePolicy

    class ElidedLabel(QLabel):
        def __init__(self):
            super().__init__()
            self._full = ""
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
            self._full = text
            self._fit()

        def text(self) -> str:
            return self._full

        def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
            super().resizeEvent(event)
            self._fit()

        def _fit(self) -> None:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                  max(self.width(), 1))
            super().setText(shown)
            self.setToolTip(self._full if shown != self._full else "")

    return ElidedLabel()
