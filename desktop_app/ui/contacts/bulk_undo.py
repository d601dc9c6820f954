"""Undoable group follow-up writes on the window's one undo stack (``Operations.stack``).

Each command is one transaction in ``core`` (``bulk.set_field``, ``timeline.log``,
``contacts.trash``/``restore``), preceded by ``core.contacts.bulk.before_write`` (the backup hook).
From ``THRESHOLD`` contacts on, the write runs in a worker thread (its own SQLite connection)
behind a progress dialog while the GUI thread keeps painting.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop_app.core.contacts import editing
from desktop_app.core.followup import touches
from desktop_app.core.contacts import bulk
from desktop_app.core.contacts import records as contacts
from desktop_app.core.storage.threads import close_thread_connection
from desktop_app.ui.common.undo import Command

THRESHOLD = 2000


def run_with_progress(parent, count: int, text: str, work):
    """``work()``; in a worker thread behind a busy progress dialog when ``count`` is large.
    Exceptions of ``work`` are raised here, in the GUI thread."""
    if count < THRESHOLD:
        return work()
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = work()
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread
            outcome["error"] = e
        finally:
            close_thread_connection()  # this thread's own connection

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle(QCoreApplication.translate("BulkOperations", "Working…"))
    dialog.show()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    worker = threading.Thread(target=target, name="bulk-write", daemon=True)
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    poll.start()
    loop.exec()
    poll.stop()
    worker.join()
    QApplication.restoreOverrideCursor()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _BulkCommand(Command):
    """A group write: first do, undo and redo go through ``run_with_progress``."""

    def __init__(self, ops, ids, text: str):
        super().__init__(ops, text)
        self.ids = list(ids)
        self.parent_widget = None

    def _progress(self, write):
        return run_with_progress(self.parent_widget, len(self.ids), self.text(), write)

    def first_do(self) -> None:
        self._ops.events.changed.emit(self._progress(self.do))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(lambda: self._progress(self.do))

    def undo(self) -> None:
        self._guarded(lambda: self._progress(self.undo_write))


class BulkSetCommand(_BulkCommand):
    def __init__(self, ops, ids, field: str, value: str, field_label: str, outcome=None):
        super().__init__(ops, ids, QCoreApplication.translate("BulkOperations", "Set %1 to “%2” for %3 contact(s)").replace(
            "%1", field_label).replace("%2", value).replace("%3", f"{len(ids):,}"))
        self.field, self.value, self.outcome = field, value, outcome
        self.result: bulk.SetResult | None = None

    def do(self):
        if self.result is None:
            self.result = editing.set_field(self.ids, self.field, self.value,
                                            outcome=self.outcome)
        else:
            self.result = editing.redo_set(self.result)
        return self.result.changes

    def undo_write(self):
        return editing.undo_set(self.result)


class BulkLogCommand(_BulkCommand):
    def __init__(self, ops, ids, values: dict):
        super().__init__(ops, ids, QCoreApplication.translate("BulkOperations", "Log an interaction for %1 contact(s)").replace(
            "%1", f"{len(ids):,}"))
        self.values = dict(values)
        self.interactions: tuple[int, ...] = ()

    def do(self):
        bulk.before_write("log", len(self.ids))
        if self.interactions:  # redo after undo: the same entries come back
            return touches.restore(self.interactions)
        logged = touches.log(self.ids, **self.values)
        self.interactions = logged.interactions
        return logged

    def undo_write(self):
        bulk.before_write("undo-log", len(self.ids))
        return touches.delete(self.interactions)


class BulkTrashCommand(_BulkCommand):
    def __init__(self, ops, ids, restore: bool = False):
        text = QCoreApplication.translate("BulkOperations", "Restore %1 contact(s)") if restore else \
            QCoreApplication.translate("BulkOperations", "Move %1 contact(s) to the trash")
        super().__init__(ops, ids, text.replace("%1", f"{len(ids):,}"))
        self.restore = restore

    def do(self):
        bulk.before_write("restore" if self.restore else "trash", len(self.ids))
        return (contacts.restore if self.restore else contacts.trash)(self.ids)

    def undo_write(self):
        bulk.before_write("trash" if self.restore else "restore", len(self.ids))
        return (contacts.trash if self.restore else contacts.restore)(self.ids)


class BulkOperations:
    """Group writes, each undoable; expected errors reach the caller, nothing is pushed."""

    def __init__(self, ops, parent_widget=None):
        self.ops = ops
        self.parent_widget = parent_widget

    def _run(self, command: _BulkCommand) -> _BulkCommand:
        command.parent_widget = self.parent_widget
        return self.ops._run(command)

    def set_field(self, ids, field: str, value: str, field_label: str = "",
                  outcome=None) -> int:
        """Set a tag field or the stage for all (``outcome``: the won date and amount / lost
        reason when closing); returns how many changed."""
        command = self._run(BulkSetCommand(self.ops, ids, field, value, field_label or field,
                                           outcome))
        return len(command.result.changed)

    def log(self, ids, values: dict) -> tuple[int, ...]:
        return self._run(BulkLogCommand(self.ops, ids, values)).interactions

    def trash(self, ids) -> None:
        self._run(BulkTrashCommand(self.ops, ids))

    def restore(self, ids) -> None:
        self._run(BulkTrashCommand(self.ops, ids, restore=True))
