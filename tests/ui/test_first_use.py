"""The first day: empty states that say what to do, actions with nothing to act on disabled,
window shortcuts from the filter bar, Tab to the list."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import shown_window, type_text


def test_a_first_run_says_how_to_start(qtbot, db):
    window = shown_window(qtbot)
    assert window.model.rowCount() == 0
    assert "Import" in window.table.empty_text() and "New Contact" in window.table.empty_text()
    assert not window.delete_action.isEnabled()
    assert not window.group.export_action.isEnabled()


def test_a_filter_without_matches_says_so(qtbot, sample):
    window = shown_window(qtbot)
    assert window.table.empty_text() == ""  # rows: nothing to say
    with qtbot.waitSignal(window.search.search_changed, timeout=2000):
        type_text(window.search.edit, "没有这个词")
    assert window.model.rowCount() == 0
    assert window.table.empty_text().startswith("No contact matches this filter.")
    assert not window.delete_action.isEnabled()


def test_the_trash_when_empty(qtbot, sample):
    window = shown_window(qtbot)
    window.trash_action.setChecked(True)
    assert window.table.empty_text() == "The trash is empty."
    assert not window.restore_action.isEnabled()


def test_move_to_trash_needs_a_selection(qtbot, sample):
    window = shown_window(qtbot)
    window.finish_startup()
    assert window.delete_action.isEnabled()  # the first row is selected
    window.table.clearSelection()
    assert not window.delete_action.isEnabled()
    window.table.selectAll()
    assert window.delete_action.isEnabled()


def test_today_without_cadences_says_they_must_be_started(qtbot, sample):
    from desktop_app.ui.followup.today_view import TodayView

    view = TodayView(today=lambda: date(2026, 12, 3))
    qtbot.addWidget(view)
    view.show()
    assert view.panel.model.rowCount() == 0
    assert "Start Cadence" in view.panel.table.empty_text


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_ctrl_e_exports_while_the_filter_bar_has_focus(qtbot, sample, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.ui.search.filter_bar import FilterEdit

    def greedy(self, event):  # as under X11, where Ctrl+E is "end of line" for a QLineEdit
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return QLineEdit.event(self, event)

    monkeypatch.setattr(FilterEdit, "event", greedy)
    window = shown_window(qtbot)
    _active(qtbot, window)
    opened = []
    monkeypatch.setattr(type(window), "open_export", lambda self, group=False: opened.append(1))
    window.search.edit.setFocus()
    window.search.edit.setText("上海")
    window.search.edit.setCursorPosition(0)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]
    assert window.search.edit.cursorPosition() == 0  # not taken as "end of line"
    qtbot.keyClick(window.search.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search.edit.selectedText() == "上海"  # editing keys stay the field's


def test_tab_from_the_filter_bar_reaches_the_list(qtbot, sample):
    window = shown_window(qtbot)
    _active(qtbot, window)
    window.search.edit.setFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
