"""The sidebar (groups and facets) never scrolls sideways: it had its own horizontal scroll bar
at 1280x720 and at 1920x1080 (the values' column was the viewport less 70 px, and the counts'
column wider than 70). A text too long for it is cut with "…" and shown whole in a tooltip."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.core.contacts import groups
from desktop_app.core.contacts import records as contacts
from tests.ui.helpers import shown_window

LONG_SOURCE = "Industry trade fair Shanghai 2026, hall 3 booth 12, walk ins"
LONG_GROUP = "上海和杭州的意向客户（本季度重点跟进，老板特别交代）"


def _window(qtbot, width, height):
    window = shown_window(qtbot, width, height)
    qtbot.waitUntil(lambda: window.sidebar.computed > 0 and not window.sidebar.is_busy(),
                    timeout=5000)
    window.sidebar.groups.reload()
    return window


def _no_sideways_scrolling(window) -> bool:
    tree, group_list = window.sidebar.tree, window.sidebar.groups.list
    return tree.header().length() <= tree.viewport().width() and not (
        tree.horizontalScrollBar().isVisible() or group_list.horizontalScrollBar().isVisible())


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280", "1920"])
def test_the_sidebar_has_no_horizontal_scroll_bar(qtbot, language, sample, size, monkeypatch):
    """Also while the counts are not there yet (a large database counts for a while after the
    window shows): the counts' column was 100 px then, the values' the viewport less 70."""
    from desktop_app.ui.search.facet_sidebar import FacetSidebar

    counting = FacetSidebar._start
    monkeypatch.setattr(FacetSidebar, "_start", lambda self: None)  # the counts are late
    window = shown_window(qtbot, *size)
    qtbot.waitUntil(lambda: window._detail is not None)  # after the first paint
    assert window.sidebar.computed == 0 and _no_sideways_scrolling(window)
    monkeypatch.setattr(FacetSidebar, "_start", counting)
    window.sidebar.refresh(window.search.filter, at_once=True)
    qtbot.waitUntil(lambda: window.sidebar.computed > 0)
    assert _no_sideways_scrolling(window)


def _tooltip_over(qtbot, view, rect) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    pos = rect.center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos,
                                                       view.viewport().mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_long_text_is_cut_and_shown_whole_in_a_tooltip(qtbot, sample):
    for n in range(60):  # the commonest source: shown among the first values
        contacts.create({"name": f"展会客户{n}", "source": LONG_SOURCE})
    groups.create(LONG_GROUP, "city:上海,杭州 stage:interested")
    window = _window(qtbot, 1280, 720)
    tree = window.sidebar.tree
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.item_for("source", LONG_SOURCE)).width()
                    > 0)  # laid out (after the count the window asks once it has painted)
    rect = tree.visualItemRect(tree.item_for("source", LONG_SOURCE))
    assert rect.right() <= tree.viewport().width()
    assert tree.fontMetrics().horizontalAdvance(LONG_SOURCE) > rect.width()  # it is cut
    assert _tooltip_over(qtbot, tree, rect) == LONG_SOURCE
    short = tree.sections["source"].child(1)  # the next source: whole
    assert _tooltip_over(qtbot, tree, tree.visualItemRect(short)) == ""  # whole: no tooltip

    group_list = window.sidebar.groups.list
    row = group_list.item(0)
    assert row.text().startswith(LONG_GROUP)
    qtbot.waitUntil(lambda: group_list.visualItemRect(row).width() > 0)
    text = _tooltip_over(qtbot, group_list, group_list.visualItemRect(row).intersected(
        group_list.viewport().rect()))
    assert text == f"{row.text()}\ncity:上海,杭州 stage:interested"  # the name and the filter
    QToolTip.hideText()
