"""An import on the window's undo stack (Edit › Undo), and the report page's Undo button.

Undoing calls ``core.transfer.importing.undo_import``: the contacts the import created are removed and
what its merges changed is reverted (later edits are kept). It cannot be redone: the command
leaves the stack once undone."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.changes import Changes
from desktop_app.core.transfer.importing import undo_import
from desktop_app.ui.contacts.bulk_undo import run_with_progress
from desktop_app.ui.common.undo import Command


class ImportCommand(Command):
    def __init__(self, ops, report, parent_widget=None):
        super().__init__(ops, QCoreApplication.translate("Operations", "Import %1").replace(
            "%1", report.file))
        self.batch_id = report.batch_id
        self.created = report.created
        self.parent_widget = parent_widget
        self.result = None  # the UndoResult once undone

    def do(self):  # never called: an undone import is not redone (the command is obsolete)
        return Changes()

    def undo_write(self):
        self.setObsolete(True)
        if self.result is not None:  # undone already (the report page's button)
            return Changes()
        self.result = run_with_progress(
            self.parent_widget, self.created,
            QCoreApplication.translate("Operations", "Undoing the import…"),
            lambda: undo_import(self.batch_id))
        return self.result.changes | Changes(rows_added_or_removed=True)


def undo_now(ops, command: ImportCommand):
    """Undo ``command``'s import now: through the stack when it is the newest command (so
    Edit › Undo moves on), else directly. Returns the UndoResult (None if it failed: the
    failure went to ``ops.failed``)."""
    stack = ops.stack
    if stack.index() > 0 and stack.command(stack.index() - 1) is command:
        stack.undo()
    elif command.result is None:
        command._guarded(command.undo_write)
    return command.result
