"""Undoable writes: each QUndoCommand is a one-line call into ``core.contacts.records``.

``Operations`` runs a command's first write *before* pushing it, so an expected error
(ValidationError, NotFound, a locked database) reaches the caller and nothing lands on the stack.
A later undo/redo that fails is reported through ``Operations.failed`` and dropped from the stack.
"""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.errors import ContactBookError
from desktop_app.core.when import utcnow

# The writes (core.contacts.records / editing) are imported by the commands when they run: the
# window's first paint does not wait for them (~15 ms of imports at start-up).

EXPECTED_ERRORS = (ContactBookError,)  # expected storage errors arrive as these (core.storage)


def error_message(error: Exception) -> str:
    """One line for the user; database errors get a hint of what to do."""
    if isinstance(error, ContactBookError):
        from desktop_app.ui.safety.text import error_text  # full disk, read-only, damaged...: translated

        return error_text(error)
    return QCoreApplication.translate(
        "Operations", "The database could not be written (%1). Try again in a moment; "
        "if it keeps failing, check the disk space.").replace("%1", str(error))


class Command(QUndoCommand):
    def __init__(self, ops: "Operations", text: str):
        super().__init__(text)
        self._ops = ops
        self._first = True

    def first_do(self) -> None:
        self._ops.events.changed.emit(self.do())

    def redo(self) -> None:
        if self._first:  # the first write already ran in Operations._run
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_write)

    def _guarded(self, write) -> None:
        try:
            changes = write()
        except EXPECTED_ERRORS as e:
            self.setObsolete(True)  # QUndoStack drops it: its state no longer matches the data
            self._ops.failed.emit(error_message(e))
            return
        self._ops.events.changed.emit(changes)

    def do(self):
        raise NotImplementedError

    def undo_write(self):
        raise NotImplementedError


class CreateCommand(Command):
    def __init__(self, ops, values: dict, phones: list):
        super().__init__(ops, QCoreApplication.translate("Operations", "Add %1").replace(
            "%1", values.get("name") or ""))
        self.values, self.phones = values, phones
        self.contact_id: int | None = None
        self._record = None

    def do(self):
        from desktop_app.core.contacts import records as contacts

        if self._record is not None:  # redo after undo: the same id, so later commands still fit
            return contacts.reinsert(self._record)
        self.contact_id, changes = contacts.create(self.values, self.phones)
        return changes

    def undo_write(self):
        from desktop_app.core.contacts import records as contacts

        self._record = contacts.get(self.contact_id)
        return contacts.purge([self.contact_id])


class EditCommand(Command):
    def __init__(self, ops, contact_id: int, values: dict, phones: list, outcome=None):
        from desktop_app.core.contacts import records as contacts

        self.before = contacts.get(contact_id)
        super().__init__(ops, QCoreApplication.translate("Operations", "Edit %1").replace(
            "%1", values.get("name") or self.before.name))
        self.contact_id, self.values, self.phones = contact_id, values, phones
        self._now = utcnow()  # a redo writes the same "updated" time as the first do
        self.stopped = None  # the cadence that closing the lead stopped: the undo restores it
        self.reach = None  # the stage dates before a stage change: the undo restores them
        self.outcome = outcome  # the won date and amount / lost reason asked for (``editing``)

    def do(self):
        from desktop_app.core.contacts import editing

        result = editing.update(self.contact_id, self.values, self.phones, now=self._now,
                                outcome=self.outcome)
        self.stopped, self.reach = result.stopped, result.reach
        return result

    def undo_write(self):
        from desktop_app.core.contacts import editing

        return editing.update(self.contact_id, self.before.values(), self.before.phones,
                              now=self.before.updated_at, restore=self.stopped,
                              restore_reach=self.reach)


class TrashCommand(Command):
    def __init__(self, ops, ids: list[int]):
        super().__init__(ops, QCoreApplication.translate(
            "Operations", "Move %1 contact(s) to the trash").replace(
            "%1", str(len(ids))))
        self.ids = ids

    def do(self):
        from desktop_app.core.contacts import records as contacts

        return contacts.trash(self.ids)

    def undo_write(self):
        from desktop_app.core.contacts import records as contacts

        return contacts.restore(self.ids)


class RestoreCommand(Command):
    def __init__(self, ops, ids: list[int]):
        super().__init__(ops, QCoreApplication.translate(
            "Operations", "Restore %1 contact(s)").replace("%1", str(len(ids))))
        self.ids = ids

    def do(self):
        from desktop_app.core.contacts import records as contacts

        return contacts.restore(self.ids)

    def undo_write(self):
        from desktop_app.core.contacts import records as contacts

        return contacts.trash(self.ids)


class Operations(QObject):
    """The writes the window offers, each undoable. Expected errors are raised to the caller.

    Signals:
        failed(str): an undo or redo could not be written; the message is for the user.
    """

    failed = Signal(str)

    def __init__(self, events, parent=None):
        super().__init__(parent)
        self.events = events
        self.stack = QUndoStack(self)

    def create(self, values: dict, phones: list) -> int:
        return self._run(CreateCommand(self, values, phones)).contact_id

    def edit(self, contact_id: int, values: dict, phones: list, outcome=None) -> None:
        """``outcome``: a ``reach.Outcome`` when the edit closes the lead (won/lost)."""
        self._run(EditCommand(self, contact_id, values, phones, outcome))

    def trash(self, ids) -> None:
        if ids:
            self._run(TrashCommand(self, list(ids)))

    def restore(self, ids) -> None:
        if ids:
            self._run(RestoreCommand(self, list(ids)))

    def _run(self, command: Command) -> Command:
        command.first_do()
        self.stack.push(command)
        return command
