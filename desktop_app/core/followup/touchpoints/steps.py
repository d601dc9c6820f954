"""The steps inside the writes: finish pending touches and schedule what follows, move them,
end cadences. Each runs in its caller's transaction and records into its ``Tx``."""
from __future__ import annotations

from datetime import date

from desktop_app.core.followup import cadence as cad
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup.touchpoints.reads import pending
from desktop_app.core.followup.touchpoints.rows import (
    DONE,
    ENDED,
    NEXT_DUE_SQL,
    REPLACED,
    RESCHEDULED,
    STEP_DONE,
    STEP_SKIPPED,
    Result,
    Tx,
)
from desktop_app.core.storage.schema import database
from desktop_app.core.when import utc_or_now

def finish(tx: Tx, items: list[tuple], today: date, note: str = "") -> list[int]:
    """Close pending touches and write what follows. ``items``: (Pending, DONE or SKIPPED,
    outcome, interaction id, when), at most one per cadence. ``note``: the events' text in
    place of the step's label. Returns the new touchpoints."""
    if not items:
        return []
    tx.keep(p.cadence_id for p, *_ in items)
    closes, follow, ends, next_due, events = [], [], [], [], []
    for p, status, outcome, interaction_id, at in items:
        tpl = p.template
        done_as = cad.Outcome(outcome) if status == DONE and outcome else cad.Outcome.REACHED
        nxt = cad.next_after(tpl, p.start, p.step, done_as, p.retry, today)
        closes.append((status, outcome, tx.stamp, interaction_id, p.id))
        if nxt is None:
            ends.append((tx.stamp, p.cadence_id))
            next_due.append((None, p.contact_id))
        else:
            follow.append((p.contact_id, p.cadence_id, nxt.step_index, nxt.retry, nxt.due))
            next_due.append((nxt.due.isoformat(), p.contact_id))
        kind = STEP_DONE if status == DONE else STEP_SKIPPED
        events.append((p.contact_id, at, kind, None, outcome, note or p.label, p.cadence_id))
        tx.contacts.add(p.contact_id)
    conn = database.connection()
    conn.executemany("UPDATE touchpoint SET status = ?, outcome = ?, done_at = ?, "
                     "interaction_id = ? WHERE id = ?", closes)
    new = tx.add_touchpoints(follow)
    conn.executemany("UPDATE cadence SET status = 'finished', ended_at = ? WHERE id = ?", ends)
    conn.executemany(NEXT_DUE_SQL, next_due)
    tx.record(events)
    return new


def move(touchpoint_ids, new_due, now) -> Result:
    tx = Tx(utc_or_now(now))
    with database.atomic():
        items = pending(touchpoint_ids)
        tx.keep(p.cadence_id for p in items)
        moves = [(p, new_due(p)) for p in items]
        conn = database.connection()
        conn.executemany("UPDATE touchpoint SET due = ? WHERE id = ?",
                         [(d.isoformat(), p.id) for p, d in moves])
        conn.executemany(NEXT_DUE_SQL, [(d.isoformat(), p.contact_id) for p, d in moves])
        tx.record([(p.contact_id, tx.now, RESCHEDULED, p.due.isoformat(), d.isoformat(),
                    p.label, p.cadence_id) for p, d in moves])
        tx.contacts.update(p.contact_id for p in items)
    return tx.result()


def end_cadences(tx: Tx, cadence_ids: list[int], status: str, reason: str | None = None
         ) -> dict[int, str]:
    """Stop (or replace) running cadences: their pending touch is cancelled. A stop records
    an event (``old_value`` the reason, if any) and clears ``next_due``; a replace leaves both
    to the start that follows. Returns {contact id: the ended template's name}."""
    if not cadence_ids:
        return {}
    tx.keep(cadence_ids)
    rows = [tx.cadences[k] for k in sorted(cadence_ids)]
    wanted = set(cadence_ids)
    pending_ids = sorted(t[0] for t in tx.touchpoints.values() if t[2] in wanted)
    conn = database.connection()
    conn.executemany("UPDATE touchpoint SET status = 'cancelled', done_at = ? WHERE id = ?",
                     [(tx.stamp, i) for i in pending_ids])  # in id order: pages visited once
    conn.executemany("UPDATE cadence SET status = ?, ended_at = ? WHERE id = ?",
                     [(status, tx.stamp, r[0]) for r in rows])
    names = {r[1]: cadence_store.by_id(r[2]).name for r in rows}
    if status != REPLACED:
        conn.executemany(NEXT_DUE_SQL, [(None, r[1]) for r in rows])
        tx.record([(r[1], tx.now, ENDED, reason, status, names[r[1]], r[0]) for r in rows])
    return names
