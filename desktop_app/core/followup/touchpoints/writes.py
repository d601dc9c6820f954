"""The writes on running cadences: start, complete, skip, reschedule, snooze, stop, and
``restore`` (the undo of any of them). Each is one transaction and returns a ``Result``."""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, Mapping

from desktop_app.core.changes import Changes
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import cadence as cad
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup.touchpoints.reads import active_among, pending
from desktop_app.core.followup.touchpoints.rows import (
    CHANNEL_FOR_OUTCOME,
    DONE,
    NEXT_DUE_SQL,
    REPLACED,
    SKIPPED,
    STARTED,
    STOPPED,
    TOUCH_COLS,
    CadenceConflict,
    Completed,
    Result,
    Started,
    Tx,
    Undo,
)
from desktop_app.core.followup.touchpoints.steps import end_cadences, finish, move
from desktop_app.core.storage.rows import (
    chunks,
    id_list,
    marks,
    next_id,
    require_live_contacts,
    sql,
)
from desktop_app.core.storage.schema import database
from desktop_app.core.timeline import channels as ch
from desktop_app.core.timeline import records as timeline
from desktop_app.core.when import utc_or_now

def start(contact_ids: int | Iterable[int], template: str | int | cadence_store.Template,
          start_date: date | Mapping[int, date], *, existing: str = "ask",
          not_before: date | None = None, now: datetime | None = None,
          at: Mapping[int, datetime] | None = None) -> Started:
    """Start ``template`` for each contact on ``start_date`` (day 1), in one transaction.
    ``start_date`` may be a mapping {contact id: its day 1} (a start spread over several days
    by ``followup.group_start``; every contact must be in it). ``not_before``: steps due
    before that day are skipped (a cadence started from a past day, e.g. the won date: its
    first pending step is the first one due on or after ``not_before``, none overdue); a
    lead whose template has no such step is left out (``skipped``).

    A lead runs one cadence at a time. ``existing``: "ask" raises ``CadenceConflict`` (with
    the leads that have one) and writes nothing; "replace" stops theirs and starts this one;
    "skip" leaves them alone. The first touch is due on day 1 (rolled forward to a working
    day when the template skips). Each lead's timeline gets a "cadence-started" event
    (``new_value`` the template key, ``old_value`` the name of the cadence it replaced), at
    ``now``, or at ``at[lead]`` (naive UTC) when given: the demo's sample cadences were
    started on their own day 1, not when the command ran.
    """
    if existing not in ("ask", "replace", "skip"):
        raise ValueError(existing)
    stored = template if isinstance(template, cadence_store.Template) else \
        cadence_store.find(template)
    if stored.deleted:
        raise ValidationError("template", "The template {name} was deleted.", name=stored.name)
    ids = sorted(id_list(contact_ids))
    if not ids:
        raise ValidationError("contact", "Choose at least one lead to start a cadence for.")
    starts = start_date if isinstance(start_date, Mapping) else dict.fromkeys(ids, start_date)
    first_steps = {d: _first_step(stored.template, d, not_before) for d in set(starts.values())}
    tx = Tx(utc_or_now(now))
    with database.atomic():
        require_live_contacts(ids)
        active = active_among(ids)
        if active and existing == "ask":
            raise CadenceConflict(sorted(active))
        skipped = tuple(sorted(active)) if existing == "skip" else ()
        replaced = tuple(sorted(active)) if existing == "replace" else ()
        ended = end_cadences(tx, [active[c] for c in replaced], REPLACED) if replaced else {}
        targets = [c for c in ids if c not in active] if skipped else ids
        ended_early = tuple(c for c in targets if first_steps[starts[c]] is None)
        if ended_early:
            targets = [c for c in targets if first_steps[starts[c]] is not None]
            skipped = tuple(sorted(set(skipped) | set(ended_early)))
        conn = database.connection()
        first = next_id("cadence")
        cadence_ids = range(first, first + len(targets))
        conn.executemany(
            "INSERT INTO cadence (id, contact_id, template_id, start, status, started_at) "
            "VALUES (?, ?, ?, ?, 'active', ?)",
            [(k, c, stored.id, starts[c].isoformat(), tx.stamp)
             for k, c in zip(cadence_ids, targets)])
        tx.new_cadences.extend(cadence_ids)
        new = tx.add_touchpoints([(c, k, *first_steps[starts[c]])
                                  for k, c in zip(cadence_ids, targets)])
        conn.executemany(NEXT_DUE_SQL, [(first_steps[starts[c]][2].isoformat(), c)
                                        for c in targets])
        when = at or {}
        tx.record([(c, when.get(c, tx.now), STARTED, ended.get(c), stored.key,
                    f"{stored.name} · {starts[c].isoformat()}", k)
                   for k, c in zip(cadence_ids, targets)])
        tx.contacts.update(targets)
    return tx.result(Started, next=tuple(new), started=tuple(targets), replaced=replaced,
                     skipped=skipped)


def _first_step(tpl: cad.CadenceTemplate, start: date, not_before: date | None
                ) -> tuple[int, int, date] | None:
    """(step, retry, due) of a new cadence's first pending touch; None when every step of
    the template falls before ``not_before``."""
    step, due = 0, cad.due_date(tpl, start, 0)
    while not_before is not None and due is not None and due < not_before:
        step += 1
        due = cad.due_date(tpl, start, step)
    return None if due is None else (step, 0, due)


def complete(touchpoint_id: int, outcome: str | None, *, today: date, channel: str | None = None,
             note: str = "", direction: str = "out", now: datetime | None = None) -> Completed:
    """Mark a pending touch done: log the interaction (channel, outcome, note) on the lead's
    timeline and schedule what follows (a retry after "no answer", else the next step)."""
    outcome = ch.outcome_code(outcome)
    channel = ch.channel_code(channel) if channel else CHANNEL_FOR_OUTCOME[outcome]
    if channel in ch.NOT_CONTACT:
        raise ValidationError("channel", "A note is not a touch; pick a call or a message.")
    tx = Tx(utc_or_now(now))
    with database.atomic():
        (p,) = pending(touchpoint_id)
        logged = timeline.log(p.contact_id, channel, outcome, direction, note, now=tx.now)
        tx.interactions.extend(logged.interactions)
        new = finish(tx, [(p, DONE, outcome, logged.interactions[0], tx.now)], today)
    return tx.result(Completed, contacts=logged.contacts, next=tuple(new),
                     interaction=logged.interactions[0])


def skip(touchpoint_ids: int | Iterable[int], *, today: date, note: str = "",
         now: datetime | None = None) -> Result:
    """Skip pending touches: the next step follows as if they had been done. ``note``: the
    timeline's text in place of the step's label (a skip that came from elsewhere: the phone's
    "在手机上取消: 黄金七天 · 第3天")."""
    tx = Tx(utc_or_now(now))
    with database.atomic():
        items = pending(touchpoint_ids)
        new = finish(tx, [(p, SKIPPED, None, None, tx.now) for p in items], today, note)
    return tx.result(next=tuple(new))


def reschedule(touchpoint_ids: int | Iterable[int], to: date, *, today: date,
               now: datetime | None = None) -> Result:
    """Move pending touches to ``to`` (today or later; rolled forward to a working day when
    the template skips days)."""
    if to < today:
        raise ValidationError("date", "{day} has passed; pick today or a later day.", day=to.isoformat())
    return move(touchpoint_ids, lambda p: cad.reschedule(p.template, to), now)


def snooze(touchpoint_ids: int | Iterable[int], days: int = cad.SNOOZE_DAY, *, today: date,
           now: datetime | None = None) -> Result:
    """Put pending touches off by ``days`` (1: +1 day, 7: +1 week), counted from their due
    date or from today when overdue."""
    return move(touchpoint_ids, lambda p: cad.snooze(p.template, p.due, days, today), now)


def stop(contact_ids: int | Iterable[int], *, now: datetime | None = None,
         reason: str | None = None) -> Result:
    """Stop the running cadence of each contact (those without one are left alone).
    ``reason``, the stage that closed the lead (see ``closing``), is kept as the
    "cadence-stopped" event's ``old_value``."""
    tx = Tx(utc_or_now(now))
    with database.atomic():
        active = active_among(id_list(contact_ids))
        end_cadences(tx, list(active.values()), STOPPED, reason)
    return tx.result()


def restore(undo: Undo, *, now: datetime | None = None) -> Changes:
    """Undo a write of this module: its rows back as they were, its events removed, the
    interactions it logged deleted (marked, like the timeline's own Undo)."""
    conn = database.connection()
    with database.atomic():
        conn.executemany("DELETE FROM touchpoint WHERE id = ?",
                         [(i,) for i in undo.new_touchpoints])
        conn.executemany("DELETE FROM cadence WHERE id = ?", [(i,) for i in undo.new_cadences])
        conn.executemany("UPDATE cadence SET status = ?, ended_at = ? WHERE id = ?",
                         [(r[4], r[6], r[0]) for r in undo.cadences])
        cols = TOUCH_COLS.count(",") + 1
        conn.executemany(f"INSERT OR REPLACE INTO touchpoint ({TOUCH_COLS}) VALUES "
                         f"({marks(range(cols))})", undo.touchpoints)
        conn.executemany("DELETE FROM interaction WHERE id = ? AND kind != 'interaction'",
                         [(i,) for i in undo.events])
        changes = Changes()
        if undo.interactions:
            changes = timeline.delete(undo.interactions, now=now)
        refresh_next_due(undo.contacts)
    ids = frozenset(undo.contacts)
    return changes | Changes(contacts=ids, timeline=ids if undo.events else frozenset(),
                             touchpoints=ids)


def refresh_next_due(contact_ids: Iterable[int] | None = None) -> None:
    """Recompute ``contact.next_due`` from the pending touchpoints (None: every contact)."""
    update = ("UPDATE contact SET next_due = (SELECT MIN(t.due) FROM touchpoint t WHERE "
              "t.contact_id = contact.id AND t.status = 'due')")
    if contact_ids is None:
        sql(update)
        return
    for chunk in chunks(sorted(set(contact_ids))):
        sql(f"{update} WHERE id IN ({marks(chunk)})", chunk)


