"""Logging a touch, as the salesperson does it: the interaction on the lead's timeline and
its running cadence moved on, in one transaction.

These are the use-cases above the timeline's record writers (``timeline.records.log``,
``delete``, ``restore``) and the cadence's hooks (``followup.timeline_hooks``): a touch in
the window of the pending step completes it; deleting the interaction that completed the
latest step reopens it; restoring it counts it again. Everything that logs for a person
(the quick-log bar, a group log, ``contact-book log``) calls these.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.storage.schema import database
from desktop_app.core.timeline import records as timeline
from desktop_app.core.timeline.records import Logged
from desktop_app.core.when import utc_or_now

# ``timeline_hooks`` (with the cadence arithmetic and the holiday calendar) is imported by each
# function when it runs: the window's start-up, which imports this module, stays light.


def log(contact_ids: int | Iterable[int], channel: str, outcome: str | None = None,
        direction: str = "out", summary: str = "", next_step: str = "",
        at: datetime | None = None, *, now: datetime | None = None) -> Logged:
    """Log one interaction for each contact (a group follow-up) and move their cadences on.
    Arguments as ``timeline.records.log``; undo is ``delete(logged.interactions)``."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        logged = timeline.log(contact_ids, channel, outcome, direction, summary, next_step,
                              at, now=now)
        moved = timeline_hooks.on_logged(logged.rows, now)
    return replace(logged, contacts=logged.contacts | moved, touchpoints=moved)


def delete(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Changes:
    """Delete logged interactions (kept, marked, for ``restore``); a cadence step that one of
    them completed opens again."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        done = timeline.delete(interaction_ids, now=now)
        moved = timeline_hooks.on_deleted(done.flipped, now)
    return Changes(contacts=done.contacts | moved, timeline=done.timeline, touchpoints=moved)


def restore(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Changes:
    """Undo ``delete``: the interactions are back and count for their cadences again."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        done = timeline.restore(interaction_ids, now=now)
        moved = timeline_hooks.on_restored(done.flipped, now)
    return Changes(contacts=done.contacts | moved, timeline=done.timeline, touchpoints=moved)


undelete = restore
