"""Undoable timeline writes, on the window's one undo stack (``Operations.stack``).

Each command is a one-line call into ``core.timeline.records``: log (undo: delete the new entries, redo:
restore them, so the ids stay the same), edit (undo: edit back to the values before), delete
(undo: ``timeline.restore``). As with ``Operations``, the first write runs before the push, so
an expected error reaches the caller and nothing lands on the stack.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.core.followup import touches
from desktop_app.core.grading import behaviours
from desktop_app.core.timeline import records as timeline
from desktop_app.ui.timeline.labels import language
from desktop_app.ui.common.undo import Command

EDITABLE = ("channel", "outcome", "direction", "summary", "next_step", "at")


class LogCommand(Command):
    def __init__(self, ops, contact_id: int, values: dict, at: datetime | None = None):
        super().__init__(ops, QCoreApplication.translate("TimelineOperations", "Log %1").replace(
            "%1", behaviours.label(behaviours.channel_code(values["channel"]), language())))
        self.contact_id, self.values, self.at = contact_id, dict(values), at
        self.ids: tuple[int, ...] = ()

    def do(self):
        if self.ids:  # redo after undo: the same entries come back
            return touches.restore(self.ids)
        logged = touches.log(self.contact_id, at=self.at, **self.values)
        self.ids = logged.interactions
        return logged

    def undo_write(self):
        return touches.delete(self.ids)


class EditEntryCommand(Command):
    def __init__(self, ops, entry_id: int, values: dict):
        super().__init__(ops, QCoreApplication.translate("TimelineOperations",
                                                         "Edit timeline entry"))
        self.entry_id = entry_id
        self.values = {k: v for k, v in values.items() if k in EDITABLE}
        before = timeline.get(entry_id)
        self.before = {k: getattr(before, k) for k in self.values}

    def do(self):
        return touches.edit(self.entry_id, **self.values)

    def undo_write(self):
        return touches.edit(self.entry_id, **self.before)


class DeleteEntriesCommand(Command):
    def __init__(self, ops, ids: list[int]):
        text = QCoreApplication.translate("TimelineOperations", "Delete timeline entry") \
            if len(ids) == 1 else QCoreApplication.translate(
                "TimelineOperations", "Delete %1 timeline entries").replace("%1", str(len(ids)))
        super().__init__(ops, text)
        self.ids = list(ids)

    def do(self):
        return touches.delete(self.ids)

    def undo_write(self):
        return touches.restore(self.ids)


class TimelineOperations:
    """The timeline writes the UI offers, each undoable; expected errors reach the caller."""

    def __init__(self, ops):
        self.ops = ops

    def log(self, contact_id: int, values: dict, at: datetime | None = None) -> tuple[int, ...]:
        """Log an interaction (``values``: channel, outcome, direction, summary, next_step);
        returns the new entry's id(s)."""
        return self.ops._run(LogCommand(self.ops, contact_id, values, at)).ids

    def edit(self, entry_id: int, values: dict) -> None:
        command = EditEntryCommand(self.ops, entry_id, values)
        if command.values != command.before:
            self.ops._run(command)

    def delete(self, ids) -> None:
        if ids:
            self.ops._run(DeleteEntriesCommand(self.ops, list(ids)))
