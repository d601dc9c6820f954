"""The timeline's hooks into running cadences, called by the use-cases in ``followup.touches``
(log, delete, restore an interaction) inside their transaction.

- What completes a step (``completes_step``): a one-to-one touch (a call, meeting or visit,
  or a message sent to one lead; not a group message: one WeChat, SMS, email or WhatsApp
  logged for several leads at once) that is a contact (not a note; outbound, or inbound
  and answered: ``timeline.is_touch``) and has an outcome, falling in the window of its
  lead's pending step (``cadence.matches_window``, on the touch's local date). The cadence
  then follows what really happened; the outcome drives what comes next ("no answer"
  retries). A group message or a touch without an outcome is logged on the timeline but
  neither completes a step nor uses up a retry (no "cadence-step-done" event is written).
- Deleting the interaction that completed a cadence's latest step reopens that step and
  removes the touch it led to (the timeline's Undo of a log); restoring it counts it again.
"""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from desktop_app.core.followup import cadence as cad
from desktop_app.core.timeline import records as timeline
from desktop_app.core.storage.schema import database
from desktop_app.core.followup.touchpoints.reads import pending_for
from desktop_app.core.followup.touchpoints.rows import ACTIVE, DONE, FINISHED, STEP_DONE, Tx
from desktop_app.core.followup.touchpoints.steps import finish
from desktop_app.core.followup.touchpoints.writes import refresh_next_due
from desktop_app.core.storage.rows import as_datetime, chunks, marks, sql
from desktop_app.core.when import local_date


MESSAGE_CHANNELS = ("wechat", "sms", "email", "whatsapp")  # one text can go to many leads


def completes_step(channel: str, direction: str, outcome: str | None, group: bool) -> bool:
    """Whether a logged interaction may complete a pending step (when in its window).
    ``group``: the interaction was logged for several leads at once."""
    if group and channel in MESSAGE_CHANNELS:
        return False
    return outcome is not None and timeline.is_touch(channel, direction, outcome)


def on_logged(rows: Sequence[tuple], now: datetime, *, group: bool = False) -> frozenset[int]:
    """Interactions just logged (or restored): ``(id, contact_id, at, channel, direction,
    outcome)``; ``group``: logged for several leads at once. A touch that
    ``completes_step`` in the window of its lead's pending step completes that step, in the
    caller's transaction. Returns the contacts whose cadence moved."""
    touches = sorted((r for r in rows if completes_step(r[3], r[4], r[5], group)),
                     key=lambda r: (r[2], r[0]))
    if not touches:
        return frozenset()
    today = local_date(now)
    tx = Tx(now)
    while touches:  # one touch per contact per round: a later one meets the step it left
        this, later, seen = [], [], set()
        for r in touches:
            (later if r[1] in seen else this).append(r)
            seen.add(r[1])
        waiting = pending_for(r[1] for r in this)
        items = []
        for interaction_id, contact_id, at, _channel, _direction, outcome in this:
            p = waiting.get(contact_id)
            if p is not None and cad.matches_window(p.template, p.start, p.step, local_date(at)):
                items.append((p, DONE, outcome, interaction_id, at))
        finish(tx, items, today)
        touches = later
    return frozenset(tx.contacts)


def on_restored(interaction_ids: Sequence[int], now: datetime) -> frozenset[int]:
    """Interactions brought back (the timeline's Undo of a delete): as if logged again
    (several leads' at once count as a group message, as their log did)."""
    rows = []
    for chunk in chunks(sorted(set(interaction_ids))):
        rows += sql("SELECT id, contact_id, at, channel, direction, outcome FROM interaction "
                     f"WHERE kind = 'interaction' AND deleted_at IS NULL AND id IN "
                     f"({marks(chunk)})", chunk)
    group = len({r[1] for r in rows}) > 1
    return on_logged([(r[0], r[1], as_datetime(r[2]), *r[3:]) for r in rows], now, group=group)


def on_deleted(interaction_ids: Sequence[int], now: datetime) -> frozenset[int]:
    """Interactions deleted: a step that one of them completed opens again, with the touch
    it led to removed, when it is still the latest step of a cadence that has not moved on
    (its lead started no other cadence since). Returns the contacts whose cadence moved."""
    found = []
    for chunk in chunks(sorted(set(interaction_ids))):
        found += sql(
            "SELECT t.id, t.contact_id, t.cadence_id, c.status, i.at FROM touchpoint t "
            "JOIN cadence c ON c.id = t.cadence_id JOIN interaction i ON i.id = t.interaction_id "
            f"WHERE t.status = 'done' AND t.interaction_id IN ({marks(chunk)})", chunk)
    moved = set()
    conn = database.connection()
    for tp_id, contact_id, cadence_id, status, at in found:
        latest = sql("SELECT MAX(id) FROM touchpoint WHERE cadence_id = ? AND status != 'due'",
                      (cadence_id,))[0][0]
        if latest != tp_id or status not in (ACTIVE, FINISHED):
            continue
        if status == FINISHED and sql("SELECT 1 FROM cadence WHERE contact_id = ? AND "
                                       "status = 'active'", (contact_id,)):
            continue
        conn.execute("DELETE FROM touchpoint WHERE cadence_id = ? AND status = 'due'",
                     (cadence_id,))
        conn.execute("UPDATE touchpoint SET status = 'due', outcome = NULL, done_at = NULL, "
                     "interaction_id = NULL WHERE id = ?", (tp_id,))
        conn.execute("UPDATE cadence SET status = 'active', ended_at = NULL WHERE id = ?",
                     (cadence_id,))
        conn.execute("DELETE FROM interaction WHERE id = (SELECT MAX(id) FROM interaction "
                     "WHERE contact_id = ? AND kind = ? AND ref_id = ? AND at = ?)",
                     (contact_id, STEP_DONE, cadence_id, at))
        moved.add(contact_id)
    refresh_next_due(moved)
    return frozenset(moved)
