"""The list's columns across restarts: what fitting chose is fitted again, what the user chose
is kept. The header's state is saved at every quit; it counted as "the user's own columns"
even when it was only the automatic fit, so an upgrading user kept an earlier version's
columns (Created and Source shown) and a horizontal scroll bar at 1280x720."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui import settings
from desktop_app.ui.contacts import contact_list
from desktop_app.ui.contacts.table_model import (
    COL_CITY,
    COL_CREATED_AT,
    COL_NAME,
    COL_SOURCE,
)
from tests.ui.helpers import shown_window

# what a version before session 12 hid first (a shorter list, the same order)
_EARLIER_HIDE_FIRST = ("updated_at", "score", "unanswered_count", "last_contacted_at", "title",
                       "next_due", "product")


def _window(qtbot, width, height):
    window = shown_window(qtbot, width, height)
    qtbot.waitUntil(lambda: window._detail is not None and window.detail.isVisible())
    return window


def _fits(window) -> bool:
    table = window.table
    return table.horizontalHeader().length() <= table.viewport().width() and \
        not table.horizontalScrollBar().isVisible()


def _quit_as_an_earlier_version(window) -> None:
    window.close()  # saves the state
    settings().remove("main/columns_chosen")  # which an earlier version did not write


def test_an_earlier_version_s_automatic_columns_fit_like_a_fresh_start(qtbot, language, sample,
                                                                      monkeypatch):
    monkeypatch.setattr(contact_list, "_HIDE_FIRST", _EARLIER_HIDE_FIRST)
    old = _window(qtbot, 1280, 720)
    old.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert not _fits(old)  # what that version showed
    _quit_as_an_earlier_version(old)
    monkeypatch.undo()

    window = _window(qtbot, 1280, 720)
    header = window.table.horizontalHeader()
    assert header.isSectionHidden(COL_CREATED_AT)  # (and Source too in English)
    assert _fits(window) and window.table.auto_fit
    assert window.model.sort_key == ("name", False)  # the sort is kept
    window.close()
    assert settings().value("main/columns_chosen") == contact_list.AUTO_COLUMNS

    # a state an earlier version saved after the user moved a column stays the user's
    moved = _window(qtbot, 1280, 720)
    header = moved.table.horizontalHeader()
    header.moveSection(header.visualIndex(COL_CITY), 0)
    _quit_as_an_earlier_version(moved)
    again = _window(qtbot, 1280, 720)
    assert again.table.horizontalHeader().visualIndex(COL_CITY) == 0
    assert not again.table.auto_fit


def test_a_fitted_layout_is_fitted_again_on_a_smaller_screen(qtbot, sample):
    """Quit at 1920x1080 (every column fits) and start at 1280x720: fitted, no scroll bar."""
    wide = _window(qtbot, 1920, 1080)
    assert not any(wide.table.horizontalHeader().isSectionHidden(c)
                   for c in (COL_CREATED_AT, COL_SOURCE))
    wide.close()
    window = _window(qtbot, 1280, 720)
    assert _fits(window)


def _drag(widget, start: QPointF, end: QPointF) -> None:
    """A real drag with the left button held (QTest's mouseMove carries no button)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QEvent.Type.MouseButtonPress, start, left, left)]
    steps += [(QEvent.Type.MouseMove, start + (end - start) * (i / 4), none, left)
              for i in range(1, 5)]
    steps.append((QEvent.Type.MouseButtonRelease, end, left, none))
    for kind, pos, button, buttons in steps:
        event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_columns_the_user_chose_are_kept_across_restarts(qtbot, sample):
    """Widened by hand, a column shown from the header's menu: the user's, at every start."""
    window = _window(qtbot, 1280, 720)
    table, header = window.table, window.table.horizontalHeader()
    assert table.auto_fit
    edge = header.sectionViewportPosition(COL_NAME) + header.sectionSize(COL_NAME) - 1
    y = header.height() / 2
    before = header.sectionSize(COL_NAME)
    _drag(header.viewport(), QPointF(edge, y), QPointF(edge + 40, y))
    assert header.sectionSize(COL_NAME) == before + 40
    assert not table.auto_fit  # a drag on the header is the user's choice
    table.column_actions[COL_SOURCE].trigger()  # shown again from the menu
    window.close()

    again = _window(qtbot, 1280, 720)
    header = again.table.horizontalHeader()
    assert header.sectionSize(COL_NAME) == before + 40
    assert not header.isSectionHidden(COL_SOURCE) and not again.table.auto_fit
