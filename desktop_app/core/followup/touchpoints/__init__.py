"""Running cadences and their touchpoints: start, complete, skip, reschedule, snooze, stop.

Design: a running cadence has exactly ONE pending touchpoint row (status ``due``; a unique
partial index keeps it so). Completing or skipping it writes the next one, computed from the
template by ``cadence.next_after`` with ``today`` a parameter; done, skipped and cancelled
rows stay as history. Not every step up front, because what comes next depends on what
happened: a "no answer" inserts a retry, a late completion moves every later step
(``next_after`` never schedules on or before today), a manual touch early in its window
completes the step, a template edit applies from the next step, and ``nurture`` repeats
without end. With all steps stored each of those would rewrite the rest of the rows; with
one row a reschedule or snooze changes that row only and nothing downstream can go stale.
The cost: the calendar shows a lead's next touch, not the ones after it.

Derived: ``contact.next_due`` is the due date of the contact's pending touch (NULL without a
running cadence; at most one runs per contact), written in the same transaction.

Every write returns a ``Result`` (a ``Changes``; ``touchpoints`` = the contacts whose cadence
changed) whose ``undo`` puts the rows back as they were: ``restore(result.undo)``.

The timeline drives cadences too: see ``followup.timeline_hooks`` (a touch logged by hand completes
the pending step in its window; deleting the interaction that completed the latest step
reopens it).

The package: ``rows`` (codes, results, ``Tx``), ``reads`` (pending touches, running
cadences), ``steps`` (finish, move, end inside a write), ``writes`` (the public writes).
Callers use this package's names: ``touchpoints.start(...)``.
"""
from __future__ import annotations

from desktop_app.core.followup.touchpoints.reads import active_among, pending, pending_for
from desktop_app.core.followup.touchpoints.rows import (
    ACTIVE,
    CANCELLED,
    CHANNEL_FOR_OUTCOME,
    DONE,
    DUE,
    ENDED,
    FINISHED,
    REPLACED,
    RESCHEDULED,
    SKIPPED,
    STARTED,
    STEP_DONE,
    STEP_SKIPPED,
    STOPPED,
    CadenceConflict,
    Completed,
    Pending,
    Result,
    Started,
    Undo,
    step_text,
)
from desktop_app.core.followup.touchpoints.writes import (
    complete,
    refresh_next_due,
    reschedule,
    restore,
    skip,
    snooze,
    start,
    stop,
)

__all__ = [
    "ACTIVE", "CANCELLED", "CHANNEL_FOR_OUTCOME", "DONE", "DUE", "ENDED", "FINISHED", "REPLACED",
    "RESCHEDULED", "SKIPPED", "STARTED", "STEP_DONE", "STEP_SKIPPED", "STOPPED",
    "CadenceConflict", "Completed", "Pending", "Result", "Started", "Undo", "step_text",
    "active_among", "pending", "pending_for",
    "complete", "refresh_next_due", "reschedule", "restore", "skip", "snooze", "start", "stop",
]
