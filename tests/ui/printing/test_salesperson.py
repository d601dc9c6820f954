"""The salesperson's name for call sheets: the real input dialog, asked once, kept in the db."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop_app.core.followup import callsheet
from desktop_app.core.storage import preferences
from desktop_app.ui.printing import salesperson


@pytest.fixture(autouse=True)
def real_input_dialog(message_boxes):
    """These tests drive the real QInputDialog (with a timer), not the recorded one."""
    message_boxes.use_real(QInputDialog, "getText")


def _answer(text: str | None):
    """Type ``text`` into the input dialog that is about to open and press OK (None: Cancel)."""
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, act)
            return
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()
    QTimer.singleShot(0, act)


def test_asked_once_then_kept(qtbot, db, monkeypatch):
    monkeypatch.delenv(callsheet.SALESPERSON_ENV, raising=False)
    _answer("  王  五 ")
    assert salesperson.for_sheet(None, writable=True) == "王 五"
    assert preferences.get(preferences.SALESPERSON) == "王 五"
    assert salesperson.for_sheet(None, writable=True) == "王 五"  # no dialog: it would hang


def test_cancel_prints_without_a_name_and_does_not_ask_again(qtbot, db, monkeypatch):
    monkeypatch.delenv(callsheet.SALESPERSON_ENV, raising=False)
    _answer(None)
    assert salesperson.for_sheet(None, writable=True) == ""
    assert preferences.get(preferences.SALESPERSON) == ""
    assert salesperson.for_sheet(None, writable=True) == ""
    _answer("赵六")  # changed later from the Follow-up menu
    salesperson.change(None)
    assert callsheet.salesperson_name() == "赵六"


def test_not_asked_when_the_environment_names_you_or_read_only(qtbot, db, monkeypatch):
    monkeypatch.setenv(callsheet.SALESPERSON_ENV, "李四")
    assert salesperson.for_sheet(None, writable=True) == "李四"
    monkeypatch.delenv(callsheet.SALESPERSON_ENV)
    assert salesperson.for_sheet(None, writable=False) == ""
    assert preferences.get(preferences.SALESPERSON) is None
