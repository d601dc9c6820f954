"""Today and the calendar without the mouse: tabs by Ctrl+2/3, Tab out of the list, skip,
snooze and reschedule by keys, the calendar's days by arrows and Enter."""
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.followup import touchpoints as tp
from desktop_app.ui.followup.calendar_view import CalendarView
from desktop_app.ui.followup.today_view import TodayView

from tests.ui.followup.test_cadence_views import TODAY, board, ops, shown, today  # noqa: F401

pytestmark = pytest.mark.usefixtures("calendar_day_builtins")


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_tab_leaves_the_today_list(qtbot, board, ops):
    view = shown(qtbot, TodayView(ops, today))
    view.panel.table.setFocus()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.panel.table


def test_skip_and_snooze_by_keys_in_the_today_list(qtbot, board, ops):
    view = shown(qtbot, TodayView(ops, today))
    panel = view.panel
    panel.table.setFocus()
    first = panel.current_item()
    press(Qt.Key.Key_D)  # +1 day
    assert tp.pending_for(first.contact_id)[first.contact_id].due == TODAY + timedelta(days=1)
    assert QApplication.focusWidget() is panel.table
    second = panel.current_item()
    assert second.contact_id != first.contact_id  # the next lead moved up into the row
    press(Qt.Key.Key_W)  # +1 week
    assert tp.pending_for(second.contact_id)[second.contact_id].due == TODAY + timedelta(days=7)
    third = panel.current_item()
    press(Qt.Key.Key_S)  # skip the step: the next step is pending instead
    assert tp.pending_for(third.contact_id)[third.contact_id].step == third.step + 1
    assert panel.model.rowCount() == 12


def test_reschedule_by_keys_in_the_today_list(qtbot, board, ops):
    view = shown(qtbot, TodayView(ops, today))
    panel = view.panel
    panel.table.setFocus()
    first = panel.current_item()
    press(Qt.Key.Key_R)
    assert QApplication.focusWidget() is panel.reschedule_date
    panel.reschedule_date.setDate(QDate(2026, 12, 3))  # typing a date works as in any date box
    press(Qt.Key.Key_Return)
    assert tp.pending_for(first.contact_id)[first.contact_id].due.isoformat() == "2026-12-03"
    assert QApplication.focusWidget() is panel.table
    press(Qt.Key.Key_R)
    press(Qt.Key.Key_Escape)  # changed its mind: back to the list, nothing moved
    assert QApplication.focusWidget() is panel.table
    assert panel.model.rowCount() == 14


def test_calendar_arrows_move_the_day_and_enter_opens_its_list(qtbot, board, ops):
    view = shown(qtbot, CalendarView(ops, today))
    view.calendar.setFocus()
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Left)
    assert view.selected_day == TODAY - timedelta(days=2)
    due = view.panel.model.rowCount()
    assert due == 3  # 3 leads start on each day; the day before yesterday's first touch
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.panel.table
    assert view.panel.current_item().due == TODAY - timedelta(days=2)
    press(Qt.Key.Key_Escape)
    assert view.calendar.isAncestorOf(QApplication.focusWidget())
    press(Qt.Key.Key_Right)
    assert view.selected_day == TODAY - timedelta(days=1)
