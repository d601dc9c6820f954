"""Modal dialogs in UI tests: recorded instead of shown, and a test fails on one it did not expect.

A modal dialog would hang a headless test (nobody clicks it), and a dialog that nobody looks at
can hide a bug (an error message where the test expected success). The autouse fixture
``message_boxes`` (tests/ui/conftest.py) therefore replaces every way the app opens one:

- ``QMessageBox.information/warning/critical/question/about``: recorded; ``question`` answers
  Cancel unless the test called ``answer(...)``, the others answer Ok;
- ``QMessageBox(...).exec()``: recorded (the kind from its icon); no button is clicked;
- ``QMessageBox(...).open()``: recorded, and really opened (it does not block);
- ``QFileDialog.get*`` and ``QInputDialog.get*``: recorded as "file dialog" / "input dialog"
  (their caption is the text) and cancelled. A test that chooses a file patches the static
  method itself; a test that drives the real input dialog calls ``use_real(...)``.

A test consumes what it expects with ``expect(kind, contains)`` (the oldest box not yet
consumed, exactly that kind) or ``take()`` (all of them, to assert on the list). Anything left
unconsumed fails the test at teardown, with each box's kind and text.
"""
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

_ICON_KIND = {
    QMessageBox.Icon.Information: "information",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Critical: "critical",
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.NoIcon: "message",
}

# Static methods that open a modal dialog, and what each returns when cancelled.
_FILE_DIALOGS = {
    "getOpenFileName": ("", ""),
    "getOpenFileNames": ([], ""),
    "getSaveFileName": ("", ""),
    "getExistingDirectory": "",
    "getOpenFileUrl": None,  # filled in below: needs a QUrl
    "getOpenFileUrls": None,
    "getSaveFileUrl": None,
    "getExistingDirectoryUrl": None,
}
_INPUT_DIALOGS = {
    "getText": ("", False),
    "getMultiLineText": ("", False),
    "getItem": ("", False),
    "getInt": (0, False),
    "getDouble": (0.0, False),
}


class Box(NamedTuple):
    kind: str  # information, warning, critical, question, about, file dialog, input dialog
    text: str


class MessageBoxes:
    """The dialogs a test caused, in order; see the module's docstring."""

    def __init__(self, monkeypatch):
        self._monkeypatch = monkeypatch
        self._pending: list[Box] = []
        self._answer = QMessageBox.StandardButton.Cancel
        self._originals = {}

    # -- what a test calls -------------------------------------------------------------------

    def expect(self, kind: str, contains: str = "") -> str:
        """Consume the oldest box not yet consumed: it must be a ``kind`` box whose text
        contains ``contains``. Its text."""
        assert self._pending, f"expected a {kind} box containing {contains!r}; none appeared"
        box = self._pending.pop(0)
        assert box.kind == kind and contains in box.text, (
            f"expected a {kind} box containing {contains!r}; got {box.kind}: {box.text!r}")
        return box.text

    def take(self) -> list[Box]:
        """All the boxes not yet consumed, oldest first, consumed."""
        taken, self._pending = self._pending, []
        return taken

    def answer(self, button: QMessageBox.StandardButton) -> None:
        """Every later ``QMessageBox.question`` returns ``button`` (it is still recorded)."""
        self._answer = button

    def use_real(self, cls, name: str) -> None:
        """Let ``cls.name`` (e.g. QInputDialog, "getText") open the real dialog: for a test that
        drives it with a timer."""
        self._monkeypatch.setattr(cls, name, self._originals[(cls, name)])

    def __len__(self) -> int:
        """How many boxes are not yet consumed (for ``qtbot.waitUntil``)."""
        return len(self._pending)

    # -- the fixture's side ------------------------------------------------------------------

    def install(self) -> None:
        mp = self._monkeypatch

        def static(kind):
            def show(parent, title, text, *args, **kwargs):
                self._pending.append(Box(kind, text))
                if kind == "question":
                    return self._answer
                return QMessageBox.StandardButton.Ok
            return show

        for kind in ("information", "warning", "critical", "question"):
            mp.setattr(QMessageBox, kind, static(kind))
        mp.setattr(QMessageBox, "about",
                   lambda parent, title, text: self._pending.append(Box("about", text)))

        original_open = QMessageBox.open

        def exec_(box):
            self._pending.append(Box(_ICON_KIND.get(box.icon(), "message"), box.text()))
            return int(QMessageBox.StandardButton.Cancel)

        def open_(box, *args):
            self._pending.append(Box(_ICON_KIND.get(box.icon(), "message"), box.text()))
            return original_open(box, *args)

        mp.setattr(QMessageBox, "exec", exec_)
        mp.setattr(QMessageBox, "exec_", exec_)
        mp.setattr(QMessageBox, "open", open_)

        from PySide6.QtCore import QUrl
        cancelled = dict(_FILE_DIALOGS, getOpenFileUrl=(QUrl(), ""), getOpenFileUrls=([], ""),
                         getSaveFileUrl=(QUrl(), ""), getExistingDirectoryUrl=QUrl())
        for cls, kind, table in ((QFileDialog, "file dialog", cancelled),
                                 (QInputDialog, "input dialog", _INPUT_DIALOGS)):
            for name, result in table.items():
                self._originals[(cls, name)] = getattr(cls, name)
                mp.setattr(cls, name, self._guard(kind, name, result))

    def _guard(self, kind, name, result):
        def guarded(*args, **kwargs):
            caption = kwargs.get("caption", kwargs.get("title", args[1] if len(args) > 1 else ""))
            self._pending.append(Box(kind, f"{name}: {caption}"))
            return result
        return staticmethod(guarded)

    def check(self) -> None:
        if self._pending:
            listed = "\n".join(f"  {box.kind}: {box.text}" for box in self._pending)
            pytest.fail(f"{len(self._pending)} dialog(s) appeared that the test did not expect "
                        f"(consume them with message_boxes.expect() or .take()):\n{listed}",
                        pytrace=False)
