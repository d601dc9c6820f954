"""A salesperson's day on the keyboard alone (session 16's walk through the window): keys go to
the focused widget (``QApplication.focusWidget()``), as a keyboard's do."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.search import query
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 11, 24)

pytestmark = pytest.mark.usefixtures("calendar_day_builtins")


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def filter_by_keys(qtbot, window, text):
    press(Qt.Key.Key_F, CTRL)
    with qtbot.waitSignal(window.model.filter_shown, timeout=3000,
                          check_params_cb=lambda t: t == text):
        type_text(window.search.edit, text)
    window.search.completer.popup().hide()  # Esc closes it (the popup takes the keys)
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.table


@pytest.fixture
def due_outside_the_filter(sample):
    """One lead of 北京 due today; the list will be filtered to 上海."""
    lead = contacts.ids(query.parse("city:=北京").where)[0]
    tp.start([lead], "golden-week", TODAY)
    return lead


def test_enter_in_today_opens_a_lead_the_list_filter_hides(qtbot, window,
                                                           due_outside_the_filter):
    """The list shows every lead again and the lead is on it (it raised AttributeError:
    'FilterBar' object has no attribute 'clear', the crash dialog, the list still filtered)."""
    window.followup.today = lambda: TODAY
    filter_by_keys(qtbot, window, "city:=上海")
    press(Qt.Key.Key_2, CTRL)
    today = window.followup.today_view.panel
    assert QApplication.focusWidget() is today.table
    assert today.current_item().contact_id == due_outside_the_filter
    press(Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.search.text() == ""
    assert window.table.current_id() == window.detail.contact_id == due_outside_the_filter
    assert QApplication.focusWidget() is window.table


def test_r_in_today_then_up_moves_the_touch_a_day_not_a_year(qtbot, window,
                                                             due_outside_the_filter):
    window.followup.today = lambda: TODAY
    window.table.setFocus()
    press(Qt.Key.Key_2, CTRL)
    table = window.followup.today_view.panel.table
    assert QApplication.focusWidget() is table
    press(Qt.Key.Key_R)  # to the date box
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Return)  # reschedules, back to the list
    assert QApplication.focusWidget() is table
    due = tp.pending_for(due_outside_the_filter)[due_outside_the_filter].due
    assert due == TODAY + timedelta(days=1)


def test_tab_from_the_list_goes_through_the_window_once_in_reading_order(qtbot, window):
    """Tab from the list: the group buttons, the lead's pane (no stop on its scroll area, which
    shows no focus), then around to the tabs, the sidebar and the filter bar; the filter's chips
    are no Tab stop (they came last, after the timeline)."""
    window.finish_startup()
    filter_by_keys(qtbot, window, "city:上海 source:知乎")
    assert window.search.chips.chips
    stops = []
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.table:
            break
        stops.append(widget)
    assert QApplication.focusWidget() is window.table
    assert not any(isinstance(w, QScrollArea) and not w.isAncestorOf(window.detail)
                   or w is window.detail_scroll for w in stops)
    assert not any(window.search.chips.isAncestorOf(w) for w in stops)
    in_pane = [i for i, w in enumerate(stops) if window.detail.isAncestorOf(w)]
    assert in_pane and in_pane == list(range(in_pane[0], in_pane[-1] + 1))  # one run
    assert stops.index(window.tabs.tabBar()) == in_pane[-1] + 1  # then from the top
    assert stops[-1] is window.search.edit


def test_tab_in_the_reports_table_leaves_it_and_enter_lists_a_counts_leads(qtbot, window):
    window.reports.today = lambda: TODAY
    window.table.setFocus()
    press(Qt.Key.Key_4, CTRL)
    view = window.reports.view
    assert QApplication.focusWidget() is view.kind  # choose the report first
    qtbot.waitUntil(lambda: view.table is not None and not view.workers.busy, timeout=10000)
    view.view.setFocus()
    view.view.setCurrentIndex(view.model.index(0, 1))  # the leads of the funnel's first stage
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.view  # it walked the cells
    view.view.setFocus()
    press(Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0 and window.search.text()
    assert QApplication.focusWidget() is window.table


def test_ctrl_p_in_the_print_preview_reaches_its_print_button(qtbot, window, language):
    """Its Print is a toolbar button Tab does not stop at; Qt gives it no key."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtGui import QAction

    from desktop_app.core.followup.callsheet import CallSheet
    from desktop_app.ui.printing.printer import preview_dialog

    dialog = preview_dialog(CallSheet(TODAY, "张三", []), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    (printing,) = [a for a in dialog.findChildren(QAction) if a.text() == text]

    got = []

    class Keys(QObject):  # the key arrives as the action's shortcut; the system dialog stays shut
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Shortcut:
                got.append(watched)
                return True
            return False

    keys = Keys(dialog)
    printing.installEventFilter(keys)
    press(Qt.Key.Key_P, CTRL)
    assert got == [printing]
    assert "Ctrl+P" in printing.toolTip()


def test_tab_through_a_leads_details_goes_down_the_form_once(qtbot, window):
    """Each phone row: its number, its kind, its − button; Tab from the notes went back up
    to the − of the phone row."""
    pane = window.detail
    window.table.setFocus()
    press(Qt.Key.Key_Down)  # a lead with a phone on the pane
    assert pane.contact_id == window.model.contact_id(1)
    pane.tabs.setCurrentIndex(0)
    pane.tag_edit.setFocus()
    rows = pane.phones.rows()
    assert rows and all(row.number.isVisible() for row in rows)
    stops = [QApplication.focusWidget()]
    while QApplication.focusWidget() is not pane.notes and len(stops) < 40:
        press(Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    for row in rows:
        at = stops.index(row.number)
        assert stops[at:at + 3] == [row.number, row.label, row.remove]
    press(Qt.Key.Key_Tab)
    assert not pane.phones.isAncestorOf(QApplication.focusWidget())


def test_esc_in_a_leads_pane_goes_back_to_the_list_keeping_what_was_typed(qtbot, window):
    """As Esc in the quick-log bar does (it did nothing in the form, the timeline, the tabs)."""
    pane = window.detail
    window.table.setFocus()
    press(Qt.Key.Key_Down)
    lead = pane.contact_id
    pane.tabs.setCurrentIndex(0)
    city = pane.fields["city"]
    for widget in (city, pane.stage, pane.notes, pane.tabs.tabBar()):
        widget.setFocus()
        assert QApplication.focusWidget() is widget
        if widget is city:
            city.selectAll()
            type_text(city, "杭州")
        press(Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.table, widget
    pane.tabs.setCurrentIndex(1)
    pane.timeline.view.setFocus()
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    assert pane.contact_id == lead and pane.is_dirty() and city.text() == "杭州"
    press(Qt.Key.Key_S, CTRL)
    assert contacts.get(lead).city == "杭州"


def test_esc_in_a_new_contacts_form_keeps_the_keyboard_there(qtbot, window):
    window.table.setFocus()
    press(Qt.Key.Key_N, CTRL)
    field = QApplication.focusWidget()
    assert window.detail.isAncestorOf(field)
    type_text(field, "上海-新公司")
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is field and window.detail.contact_id is None


def test_enter_and_space_on_a_facet_add_and_remove_its_term(qtbot, window):
    """The arrows went through the facets, but only a click chose one."""
    from desktop_app.core.search import facets

    window.finish_startup()
    qtbot.waitUntil(lambda: not window.sidebar.is_busy(), timeout=3000)
    tree = window.sidebar.tree
    value, n = facets.facet_counts("source", limit=1)[0]
    tree.setFocus()
    tree.setCurrentItem(tree.item_for("source", value))
    with qtbot.waitSignal(window.search.search_changed, timeout=2000):
        press(Qt.Key.Key_Return)
    assert window.search.text() == f"source:={value}" and window.model.rowCount() == n
    assert QApplication.focusWidget() is tree  # the next value is a Down away
    qtbot.waitUntil(lambda: not window.sidebar.is_busy(), timeout=3000)
    tree.setCurrentItem(tree.item_for("source", value))
    press(Qt.Key.Key_Space)
    assert window.search.text() == ""


def test_enter_on_a_saved_group_shows_it(qtbot, window):
    window.finish_startup()
    panel = window.sidebar.groups
    panel.create("上海", "city:=上海")
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(window.search.search_changed, timeout=2000):
        press(Qt.Key.Key_Return)
    assert window.search.text() == "city:=上海"
    assert window.model.rowCount() == contacts.count(query.parse("city:=上海").where)


def test_a_dialog_opened_by_keys_shows_the_focus_frame_on_its_first_field(qtbot, window,
                                                                          monkeypatch):
    """Qt draws the frame only after a keyboard move inside the window: the start dialog
    (Ctrl+J) showed its template box without one until the first Tab."""
    from PySide6.QtWidgets import QDialog

    opened = []

    def exec_(dialog):
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        focus = QApplication.focusWidget()
        framed = focus.grab().toImage()
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
        opened.append((focus, framed != focus.grab().toImage()))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", exec_)
    window.finish_startup()
    window.table.setFocus()
    press(Qt.Key.Key_J, CTRL)
    dialog, (focus, framed) = opened
    assert focus is dialog.template and framed


def test_enter_on_a_timeline_entry_opens_its_editor_every_field_by_alt_letter(
        qtbot, window, language):
    """The edit dialog (Enter on an entry) had no Alt letters; Esc closes it."""
    from desktop_app.core.timeline import records as timeline
    from tests.ui.test_dialog_keys import (
        labels_without_a_letter,
        letters_used_twice,
        out_of_order,
        tab_keepers,
        tab_stops,
    )

    pane = window.detail
    window.table.setFocus()
    press(Qt.Key.Key_L, CTRL)
    for digit in "111":
        press(digit)
    type_text(QApplication.focusWidget(), "约了周五")
    press(Qt.Key.Key_Return)  # logged: the newest entry
    newest = timeline.entries(pane.contact_id, limit=1)[0]
    view = pane.timeline.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(view.model().row_of(newest.id), 0))
    press(Qt.Key.Key_Return)
    dialog = pane.timeline.edit_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is dialog.summary  # what is edited most
    assert labels_without_a_letter(dialog) == [] and letters_used_twice(dialog) == []
    assert tab_keepers(dialog) == [] and out_of_order(tab_stops(dialog)) == []
    assert dialog.ok_button.isDefault()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_in_the_filter_bar_clears_it_then_goes_to_the_list(qtbot, window):
    filter_by_keys(qtbot, window, "city:上海")
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Escape)
    assert window.search.text() == "" and QApplication.focusWidget() is window.search.edit
    press(Qt.Key.Key_Escape)  # nothing left to clear
    assert QApplication.focusWidget() is window.table
