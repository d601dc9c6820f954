"""A grade's procedure started from the window (the Grades menu for the group, the Grade tab
for one lead): ``core.grading.procedures.apply`` as one step on the undo stack."""
from __future__ import annotations

from datetime import date

from desktop_app.ui.common.undo import Command


class ProceduresCommand(Command):
    """``procedures.apply`` on the undo stack: undo restores each start, the last first."""

    def __init__(self, ops, ids, today: date, text: str):
        super().__init__(ops, text)
        self.ids, self.today = list(ids), today
        self.now = None
        self.done = None

    def do(self):
        # the cadence modules load here, not at start-up
        from desktop_app.core.grading import procedures
        from desktop_app.core.when import utcnow

        self.now = self.now or utcnow()  # a redo writes what the first do wrote
        self.done = procedures.apply(self.ids, self.today, now=self.now)
        return self.done.changes

    def undo_write(self):
        from desktop_app.core.changes import Changes
        from desktop_app.core.followup import touchpoints

        changes = Changes()
        for undo in reversed(self.done.undos):
            changes = changes | touchpoints.restore(undo)
        return changes


def start_procedures(ops, ids, today: date, text: str):
    """Apply the procedures of ``ids`` (``procedures.Applied``); a start is one undo step.
    An expected error (ContactBookError) reaches the caller, nothing written."""
    command = ProceduresCommand(ops, ids, today, text)
    command.first_do()
    if command.done.undos:
        ops.stack.push(command)
    return command.done
