"""Logging a touch, as the salesperson does it: the interaction on the lead's timeline and
its running cadence moved on, in one transaction.

These are the use-cases above the timeline's record writers (``timeline.records.log``,
``delete``, ``restore``) and the cadence's hooks (``followup.timeline_hooks``): a touch in
the window of the pending step completes it; deleting the interaction that completed the
latest step reopens it; restoring it counts it again. Everything that logs for a person
(the quick-log bar, a group log, ``contact-book log``) calls these.

Each also regrades the leads it touched (``grading.score.regrade``) in the same transaction,
as of the local day of ``now``: score and grade never lag behind the timeline.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.grading import content as content_mod
from desktop_app.core.grading import score
from desktop_app.core.storage.schema import database
from desktop_app.core.timeline import records as timeline
from desktop_app.core.timeline.records import Logged
from desktop_app.core.when import local_date, utc_or_now

# ``timeline_hooks`` (with the cadence arithmetic and the holiday calendar) is imported by each
# function when it runs: the window's start-up, which imports this module, stays light.


def log(contact_ids: int | Iterable[int], channel: str, outcome: str | None = None,
        direction: str | None = None, summary: str = "", next_step: str = "",
        at: datetime | None = None, *, now: datetime | None = None,
        content: int | str | None = None) -> Logged:
    """Log one interaction for each contact, move their cadences on and regrade them. A
    message (WeChat, SMS, email) for several contacts is a group message: logged for each,
    but it completes no cadence step (``timeline_hooks.completes_step``); neither does a
    touch without an outcome. Arguments as ``timeline.records.log``; ``content``: the piece
    sent (id or name, ``grading.content``). Undo is ``delete(logged.interactions)``."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        piece = content_mod.find(content).id if content not in (None, "") else None
        logged = timeline.log(contact_ids, channel, outcome, direction, summary, next_step,
                              at, now=now)
        if piece is not None:
            content_mod.attach(logged.interactions, piece)
        group = len({r[1] for r in logged.rows}) > 1
        moved = timeline_hooks.on_logged(logged.rows, now, group=group)
        graded = score.regrade(logged.timeline, local_date(now))
    return replace(logged, contacts=logged.contacts | moved | graded, touchpoints=moved)


def edit(interaction_id: int, *, now: datetime | None = None, **values) -> Changes:
    """``timeline.records.edit`` and the lead regraded, in one transaction."""
    now = utc_or_now(now)
    with database.atomic():
        done = timeline.edit(interaction_id, now=now, **values)
        graded = score.regrade(done.timeline, local_date(now))
    return done | Changes(contacts=graded)


def delete(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Changes:
    """Delete logged interactions (kept, marked, for ``restore``); a cadence step that one of
    them completed opens again."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        done = timeline.delete(interaction_ids, now=now)
        moved = timeline_hooks.on_deleted(done.flipped, now)
        graded = score.regrade(done.contacts, local_date(now))
    return Changes(contacts=done.contacts | moved | graded, timeline=done.timeline,
                   touchpoints=moved)


def restore(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Changes:
    """Undo ``delete``: the interactions are back and count for their cadences again."""
    from desktop_app.core.followup import timeline_hooks

    now = utc_or_now(now)
    with database.atomic():
        done = timeline.restore(interaction_ids, now=now)
        moved = timeline_hooks.on_restored(done.flipped, now)
        graded = score.regrade(done.contacts, local_date(now))
    return Changes(contacts=done.contacts | moved | graded, timeline=done.timeline,
                   touchpoints=moved)


undelete = restore
