"""Every dialog of the window from the keyboard, in both languages: Esc cancels, Enter has a
default button to press, Tab goes through the dialog in the order it reads (no list or text box
keeps it), and Alt+letter reaches every field, radio button and check box."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog, QLabel,
                               QPlainTextEdit, QPushButton, QRadioButton, QTextEdit)

from tests.ui.helpers import shown_window

# (the window's part, the action) of each dialog, modal (exec) or window-modal (open)
DIALOGS = [("", "export_action"), ("", "import_action"), ("", "restore_backup_action"),
           ("group", "log_action"), ("group", "set_action"), ("followup", "start_action"),
           ("followup", "templates_action"), ("grading", "rules_action"),
           ("grading", "content_action"), ("reports", "spend_action"), ("sync", "action")]


def tab_keepers(dialog) -> list[str]:
    views = [type(v).__name__ for v in dialog.findChildren(QAbstractItemView)
             if v.isVisibleTo(dialog) and v.tabKeyNavigation()]
    edits = [type(e).__name__ for e in [*dialog.findChildren(QPlainTextEdit),
                                        *dialog.findChildren(QTextEdit)]
             if e.isVisibleTo(dialog) and not e.isReadOnly() and not e.tabChangesFocus()]
    return views + edits


def labels_without_a_letter(dialog) -> list[str]:
    """The labels of fields (their buddies) that Alt+letter cannot reach."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisibleTo(dialog) and label.buddy() is not None
            and not isinstance(label.buddy(), QLabel)
            and QKeySequence.mnemonic(label.text()).isEmpty()]


def choices_without_a_letter(dialog) -> list[str]:
    """Radio buttons and check boxes that Alt+letter cannot reach (their own text is their
    label: "Selected leads (3)" had none)."""
    return [b.text() for b in [*dialog.findChildren(QRadioButton), *dialog.findChildren(QCheckBox)]
            if b.isVisibleTo(dialog) and QKeySequence.mnemonic(b.text()).isEmpty()]


def letters_used_twice(dialog) -> list[str]:
    """Alt letters that two visible fields, choices or buttons of the dialog share."""
    from collections import Counter

    texts = [w.text() for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QRadioButton),
                                *dialog.findChildren(QCheckBox), *dialog.findChildren(QPushButton)]
             if w.isVisibleTo(dialog) and not (isinstance(w, QLabel) and w.buddy() is None)]
    keys = Counter(QKeySequence.mnemonic(t).toString() for t in texts)
    return [k for k, n in keys.items() if k and n > 1]


def tab_stops(dialog) -> list[tuple[int, int, str]]:
    """(top, left, class) of the widgets Tab stops at, in Tab's order from the top-left one."""
    stops, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and len(stops) < 200:
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and dialog.isAncestorOf(widget):
            corner = widget.mapTo(dialog, widget.rect().topLeft())
            stops.append((corner.y(), corner.x(), type(widget).__name__))
        widget = widget.nextInFocusChain()
    first = min(range(len(stops)), key=lambda i: stops[i][:2]) if stops else 0
    return stops[first:] + stops[:first]


def out_of_order(stops) -> list:
    """Stops that come after one below them, or left of one on the same line (±8 px)."""
    return [(a, b) for a, b in zip(stops, stops[1:])
            if b[0] < a[0] - 8 or (abs(b[0] - a[0]) <= 8 and b[1] < a[1])]


@pytest.mark.parametrize("part, name", DIALOGS)
def test_esc_cancels_enter_has_a_default_and_tab_goes_through(qtbot, sample, monkeypatch,
                                                               language, part, name):
    window = shown_window(qtbot)
    window.finish_startup()
    window.table.select_row(0)
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        checked.append(check(dialog))
        return dialog.result()

    def check(dialog):
        dialog.activateWindow()
        QApplication.processEvents()
        defaults = [b for b in dialog.findChildren(QPushButton)
                    if b.isVisibleTo(dialog) and b.isDefault()]
        keepers = tab_keepers(dialog) + out_of_order(tab_stops(dialog)) + \
            labels_without_a_letter(dialog) + choices_without_a_letter(dialog) + \
            letters_used_twice(dialog)
        focus = QApplication.focusWidget()
        QTest.keyClick(focus if dialog.isAncestorOf(focus) else dialog, Qt.Key.Key_Escape)
        return [b.text() for b in defaults], keepers, dialog.isVisible(), dialog.result()

    checked = []
    monkeypatch.setattr(QDialog, "exec", exec_)
    owner = getattr(window, part) if part else window
    getattr(owner, name).trigger()
    if not opened:  # opened with open(): window-modal, it is up now
        opened = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible()]
        assert len(opened) == 1
        qtbot.waitExposed(opened[0])
        checked.append(check(opened[0]))
    ((defaults, keepers, visible, result),) = checked
    assert len(defaults) == 1, defaults
    assert keepers == []
    assert not visible and result == QDialog.DialogCode.Rejected
