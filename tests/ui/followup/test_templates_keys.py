"""The follow-up dialogs from the keyboard: Enter does what the focused thing suggests, Esc
leaves the editing (then the dialog)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.followup import template_store as cadence_store
from tests.ui.followup.test_cadence_templates import dialog, ops, today  # noqa: F401

pytestmark = pytest.mark.usefixtures("calendar_day_builtins")


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_enter_on_a_template_edits_it_not_a_new_one(dialog, qtbot):
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.list.setFocus()
    press(Qt.Key.Key_Down)
    chosen = dialog.current_id()
    press(Qt.Key.Key_Return)
    assert dialog.editing == chosen  # editing that template (None would be a new one)
    assert dialog.editor.isAncestorOf(QApplication.focusWidget())  # typing goes to the form
    count = len(cadence_store.templates())
    press(Qt.Key.Key_Escape)  # leave the editing, not the dialog
    assert dialog.isVisible() and dialog.editing is False
    assert len(cadence_store.templates()) == count
