"""Undoable cadence writes on the window's undo stack: each is a one-line call into
``core.followup.touchpoints``; undo is ``touchpoints.restore(result.undo)``, redo runs the write again
with the same ``now`` and ``today``."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.core.when import utcnow
from desktop_app.core.followup import touchpoints
from desktop_app.ui.common.undo import Command


class CadenceCommand(Command):
    def __init__(self, ops, text: str, write):
        super().__init__(ops, text)
        self._write = write
        self.result: touchpoints.Result | None = None

    def do(self):
        self.result = self._write()
        return self.result

    def undo_write(self):
        return touchpoints.restore(self.result.undo)


class CadenceOps:
    """The cadence writes the views offer; expected errors are raised to the caller."""

    def __init__(self, ops, today):
        self.ops = ops  # undo.Operations: its stack, events and failed signal
        self.today = today  # callable -> date

    def _run(self, text: str, write) -> touchpoints.Result:
        command = CadenceCommand(self.ops, text, write)
        command.first_do()
        if command.result or command.result.undo != touchpoints.Undo():
            self.ops.stack.push(command)  # a write that changed nothing is no step to undo
        return command.result

    def start(self, ids, template, day: date, existing: str = "ask") -> touchpoints.Started:
        now = utcnow()
        text = QCoreApplication.translate("CadenceOps", "Start cadence for %1 lead(s)")
        return self._run(text.replace("%1", str(len(ids))), lambda: touchpoints.start(
            ids, template, day, existing=existing, now=now))

    def start_group(self, ids, template, day: date, existing: str = "ask", *,
                    include_closed: bool = False, per_day: int | None = None):
        """``group_start.start`` on the undo stack; returns its ``GroupStarted``."""
        from desktop_app.core.followup import group_start

        now = utcnow()
        text = QCoreApplication.translate("CadenceOps", "Start cadence for %1 lead(s)")
        started = []

        def write():
            done = group_start.start(ids, template, day, existing=existing,
                                     include_closed=include_closed, per_day=per_day, now=now)
            started[:] = [done]
            return done.result

        self._run(text.replace("%1", str(len(ids))), write)
        return started[0]

    def start_from_won(self, ids):
        """``group_start.start_from_won`` (长期培育 from each won date) on the undo stack."""
        from desktop_app.core.followup import group_start

        now, today = utcnow(), self.today()
        text = QCoreApplication.translate("CadenceOps", "Start nurture from the won date")
        started = []

        def write():
            done = group_start.start_from_won(ids, today, now=now)
            started[:] = [done]
            return done.result

        self._run(text, write)
        return started[0]

    def stop(self, contact_ids) -> touchpoints.Result:
        now = utcnow()
        text = QCoreApplication.translate("CadenceOps", "Stop cadence")
        return self._run(text, lambda: touchpoints.stop(contact_ids, now=now))

    def complete(self, touchpoint_id: int, outcome: str, channel: str | None = None,
                 note: str = "") -> touchpoints.Completed:
        now, today = utcnow(), self.today()
        text = QCoreApplication.translate("CadenceOps", "Mark done")
        return self._run(text, lambda: touchpoints.complete(
            touchpoint_id, outcome, channel=channel, note=note, today=today, now=now))

    def skip(self, ids) -> touchpoints.Result:
        now, today = utcnow(), self.today()
        text = QCoreApplication.translate("CadenceOps", "Skip step")
        return self._run(text, lambda: touchpoints.skip(ids, today=today, now=now))

    def snooze(self, ids, days: int) -> touchpoints.Result:
        now, today = utcnow(), self.today()
        text = QCoreApplication.translate("CadenceOps", "Snooze")
        return self._run(text, lambda: touchpoints.snooze(ids, days, today=today, now=now))

    def reschedule(self, ids, day: date) -> touchpoints.Result:
        now, today = utcnow(), self.today()
        text = QCoreApplication.translate("CadenceOps", "Reschedule")
        return self._run(text, lambda: touchpoints.reschedule(ids, day, today=today, now=now))
