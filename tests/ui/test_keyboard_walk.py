"""A salesperson's round without the mouse: filter, pick the lead, log the call, next lead.
Keys go to the focused widget (``QApplication.focusWidget()``), as a keyboard's do."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import query
from desktop_app.core.timeline import records as timeline

from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def type_filter(qtbot, window, text):
    press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search.edit
    with qtbot.waitSignal(window.model.filter_shown, timeout=2000,
                          check_params_cb=lambda t: t == text):
        type_text(window.search.edit, text)
    window.search.completer.popup().hide()  # the values' completion: Esc or a click closes it
    qtbot.waitUntil(lambda: window.detail.contact_id == window.table.current_id())  # a turn on


def test_down_in_the_filter_bar_goes_to_the_list(qtbot, window):
    type_filter(qtbot, window, "来源:知乎")
    shown = window.detail.contact_id
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    assert shown in contacts.ids(query.parse("source:知乎").where)
    assert window.table.current_id() == shown  # on the lead shown (the first when none was)
    row = window.table.currentIndex().row()
    press(Qt.Key.Key_Down)  # the arrows now walk the list
    assert window.detail.contact_id == window.model.contact_id(row + 1)


def test_enter_in_the_filter_bar_goes_to_the_list_unless_the_filter_has_a_mistake(
        qtbot, window):
    type_filter(qtbot, window, "city:上海")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.table
    press(Qt.Key.Key_F, CTRL)
    type_text(window.search.edit, "deal>=abc")
    window.search.completer.popup().hide()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.search.edit  # the mistake is shown: fix it


def test_tab_leaves_the_list_instead_of_walking_its_cells(qtbot, window):
    window.table.setFocus()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table
    assert not window.table.isAncestorOf(QApplication.focusWidget())


def test_ctrl_enter_logs_and_shows_the_next_lead_ready_to_log(qtbot, window):
    window.table.select_row(0)
    window.table.setFocus()
    first, second = window.model.contact_id(0), window.model.contact_id(1)
    bar = window.detail.timeline.quick_log
    press(Qt.Key.Key_L, CTRL)
    for digit in "111":  # 电话 / Call, 接通 / Reached, 发出 / Outbound
        press(digit)
    type_text(QApplication.focusWidget(), "约了周五见面")
    press(Qt.Key.Key_Return, CTRL)

    newest = timeline.entries(first, limit=1)[0]
    assert (newest.channel, newest.outcome, newest.summary) == ("call", "reached", "约了周五见面")
    assert window.table.current_id() == window.detail.contact_id == second
    assert QApplication.focusWidget() is bar.channel  # the next call's log starts here
    for digit in "121":  # 电话, 未接 / No answer, 发出
        press(digit)
    press(Qt.Key.Key_Return, CTRL)
    assert timeline.entries(second, limit=1)[0].outcome == "no-answer"
    assert window.detail.contact_id == window.model.contact_id(2)


def test_esc_in_the_quick_log_goes_back_to_the_list(qtbot, window):
    window.table.select_row(3)
    window.table.setFocus()
    press(Qt.Key.Key_L, CTRL)
    press("1")
    assert QApplication.focusWidget() is window.detail.timeline.quick_log.outcome
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    press(Qt.Key.Key_Down)
    assert window.detail.contact_id == window.model.contact_id(4)


def test_next_and_previous_contact_from_anywhere(qtbot, window):
    window.table.select_row(5)
    window.table.setFocus()
    press(Qt.Key.Key_L, CTRL)
    note = window.detail.timeline.quick_log.channel
    press(Qt.Key.Key_Period, CTRL)
    assert window.detail.contact_id == window.model.contact_id(6)
    assert QApplication.focusWidget() is note  # the keyboard stays where it was
    press(Qt.Key.Key_Comma, CTRL)
    press(Qt.Key.Key_Comma, CTRL)
    assert window.detail.contact_id == window.model.contact_id(4)


def test_next_contact_at_the_end_of_the_list_says_so(qtbot, window):
    last = window.model.rowCount() - 1
    window.table.select_row(last)
    window.table.setFocus()
    press(Qt.Key.Key_Period, CTRL)
    assert window.table.currentIndex().row() == last
    assert window.statusBar().currentMessage() == "That was the last contact of the list."


def test_ctrl_1_to_4_switch_tabs_and_the_keyboard_lands_in_each(qtbot, window):
    window.table.setFocus()
    pages = [window.splitter, window.followup.today_page, window.followup.calendar_page,
             window.reports.page]
    keys = (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1)
    for key, page in zip(keys, pages[1:] + pages[:1]):
        press(key, CTRL)
        focus = QApplication.focusWidget()
        assert window.tabs.currentWidget() is page
        assert page.isAncestorOf(focus) and focus.focusPolicy() & Qt.FocusPolicy.TabFocus, key
    assert QApplication.focusWidget() is window.table


def test_slash_in_the_list_goes_to_the_filter_bar(qtbot, window):
    window.table.setFocus()
    press(Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is window.search.edit
    assert window.search.text() == ""  # the slash is not typed into it
