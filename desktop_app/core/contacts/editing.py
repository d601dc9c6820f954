"""Editing contacts as the salesperson does it: the record writers (``records.update``,
``bulk.set_field``) and what a stage change sets off, in one transaction.

Closing a lead (成交 won / 流失 lost) stops its running cadence (``followup.closing``); the
result keeps the stop's undo data, so the undo puts the stage back and the touches are due
again on their dates. The detail pane, group set, ``contact-book bulk`` and import merges all
go through here (an import merge calls ``closing`` inside its own transaction).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.contacts import bulk
from desktop_app.core.contacts import records
from desktop_app.core.contacts.reach import Outcome, Snapshot
from desktop_app.core.contacts.bulk import SetResult
from desktop_app.core.contacts.records import Updated
from desktop_app.core.grading import manual, score
from desktop_app.core.storage.schema import database
from desktop_app.core.when import local_date, utcnow

if TYPE_CHECKING:
    from desktop_app.core.followup.touchpoints import Undo

# ``followup.closing`` and ``followup.touchpoints`` (with the cadence arithmetic and the holiday
# calendar) are imported when a stage change or an undo needs them: start-up stays light.


def update(contact_id: int, values: dict, phones: Iterable | None = None, *,
           now: datetime | None = None, restore: Undo | None = None,
           outcome: Outcome | None = None, restore_reach: Snapshot | None = None) -> Updated:
    """Change some values of one contact; a stage changed to won or lost stops its running
    cadence and records ``outcome`` (the won date and amount, or the lost reason; default:
    today and the deal value). ``update(old values, restore=result.stopped,
    restore_reach=result.reach)`` is the undo: the values back, the cadence and the stage
    dates with them, in one transaction."""
    from desktop_app.core.followup import closing, touchpoints

    now = now or utcnow()
    with database.atomic():
        result = records.update(contact_id, values, phones, now=now, outcome=outcome,
                                restore_reach=restore_reach)
        stopped = closing.stop_cadences([contact_id], result.stage, now) if result.stage \
            else None
        moved = stopped
        if restore is not None:
            moved = touchpoints.restore(restore)
        if "stage" in values:  # a stage floor may raise the grade
            score.regrade([contact_id], local_date(now))
    if moved is None:
        return result
    return replace(result, timeline=result.timeline | moved.timeline,
                   touchpoints=moved.touchpoints, stopped=stopped.undo if stopped else None)


def set_field(ids: Iterable[int], field: str, value: str, *, now: datetime | None = None,
              outcome: Outcome | None = None) -> SetResult:
    """``bulk.set_field`` for a group; a stage of won or lost also stops the running cadences
    of the leads it changed (kept in the result's ``stopped`` for the undo) and records
    ``outcome`` (see ``set_stage``). ``grade`` sets the manual grade (``grading.manual``;
    ``auto`` clears it); a stage regrades the leads."""
    from desktop_app.core.followup import closing

    if field in ("grade", "等级"):
        return manual.set_grade(ids, value)
    now = now or utcnow()
    with database.atomic():
        result = bulk.set_field(ids, field, value, now=now, outcome=outcome)
        if field == "stage" and result.changed:
            score.regrade(result.changed, local_date(now))
        stopped = closing.stop_cadences(result.changed, result.value, now) \
            if field == "stage" and result.changed else None
    if stopped is None:
        return result
    return replace(result, changes=result.changes | stopped, stopped=stopped.undo)


def undo_set(result: SetResult) -> Changes:
    """Undo ``set_field``: the old values back, its events gone, its stopped cadences running."""
    from desktop_app.core.followup import touchpoints

    if result.field == "grade":
        return manual.undo(result)
    with database.atomic():
        changes = bulk.undo_set(result)
        if result.field == "stage":
            score.regrade(result.changed, local_date(utcnow()))
        if result.stopped:
            changes = changes | touchpoints.restore(result.stopped)
    return changes


def set_stage(ids: Iterable[int], stage: str, outcome: Outcome | None = None, *,
              now: datetime | None = None) -> SetResult:
    """Move leads to ``stage`` (the detail pane, a group, ``contact-book bulk``): the stage
    events on their timelines, the day each reached it (``contacts.reach``), the won date and
    amount or the lost reason from ``outcome`` (default: today and each lead's deal value),
    and closing stops their cadences. ``undo_set`` puts everything back."""
    return set_field(ids, "stage", stage, now=now, outcome=outcome)


def redo_set(result: SetResult) -> SetResult:
    return set_field(result.changed, result.field, result.value, outcome=result.outcome)
