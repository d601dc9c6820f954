"""The dialog guard itself: an unexpected box fails the test, with its kind and text."""
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.ui.dialogs import MessageBoxes


@pytest.fixture
def guard(monkeypatch, qapp):
    boxes = MessageBoxes(monkeypatch)
    boxes.install()
    return boxes


def test_an_unconsumed_box_fails_with_its_kind_and_text(guard):
    QMessageBox.warning(None, "t", "The disk is full.")
    with pytest.raises(pytest.fail.Exception, match="warning: The disk is full."):
        guard.check()


def test_expect_consumes_exactly_the_next_box(guard):
    QMessageBox.information(None, "t", "Backed up 3 contacts.")
    QMessageBox.critical(None, "t", "Too damaged.")
    with pytest.raises(AssertionError, match="got information"):
        guard.expect("critical", "damaged")  # the oldest first: order matters
    guard.expect("critical", "damaged")
    with pytest.raises(AssertionError, match="none appeared"):
        guard.expect("warning")
    guard.check()


def test_questions_answer_cancel_unless_told(guard):
    assert QMessageBox.question(None, "t", "Sure?") == QMessageBox.StandardButton.Cancel
    guard.answer(QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "t", "Sure?") == QMessageBox.StandardButton.Yes
    assert guard.take() == [("question", "Sure?"), ("question", "Sure?")]
    guard.check()


def test_box_instances_file_and_input_dialogs_are_recorded_not_shown(guard):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "Replace them?")
    box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
    box.exec()  # would block
    assert box.clickedButton() is None
    assert QFileDialog.getOpenFileName(None, "Open Backup") == ("", "")
    assert QInputDialog.getText(None, "Your Name", "Name:") == ("", False)
    assert guard.take() == [("question", "Replace them?"),
                            ("file dialog", "getOpenFileName: Open Backup"),
                            ("input dialog", "getText: Your Name")]
    guard.check()
