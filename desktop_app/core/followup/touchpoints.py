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

The timeline drives cadences too: see ``cadence_timeline`` (a touch logged by hand completes
the pending step in its window; deleting the interaction that completed the latest step
reopens it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Iterable, Sequence

from desktop_app.core.followup import cadence as cad
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.timeline import channels as ch
from desktop_app.core.timeline import records as timeline
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.schema import database
from desktop_app.core.when import to_utc

DUE, DONE, SKIPPED, CANCELLED = "due", "done", "skipped", "cancelled"
ACTIVE, FINISHED, STOPPED, REPLACED = "active", "finished", "stopped", "replaced"
STEP_DONE, STEP_SKIPPED, RESCHEDULED, STARTED, ENDED = (
    "cadence-step-done", "cadence-step-skipped", "cadence-rescheduled", "cadence-started",
    "cadence-stopped")
_CHUNK = 500
_MANY = 5000  # more ids than this: read the whole (indexed) set instead of IN lists

# Default channel of a touch marked done with an outcome (the UI may pick another).
CHANNEL_FOR_OUTCOME = {"reached": "call", "no-answer": "call", "replied": "wechat",
                       "no-reply": "wechat", None: "call"}

_CADENCE_COLS = "id, contact_id, template_id, start, status, started_at, ended_at"
_TOUCH_COLS = ("id, contact_id, cadence_id, step, retry, due, status, outcome, done_at, "
               "interaction_id, created_at")
_EVENT_SQL = ("INSERT INTO interaction (id, contact_id, at, kind, old_value, new_value, summary, "
              "ref_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_NEW_TOUCH_SQL = ("INSERT INTO touchpoint (id, contact_id, cadence_id, step, retry, due, status, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, 'due', ?)")
_NEXT_DUE_SQL = "UPDATE contact SET next_due = ? WHERE id = ?"


class CadenceConflict(ValidationError):
    """Some leads already have a running cadence; ``contact_ids`` says which. Call ``start``
    again with ``existing="replace"`` or ``"skip"``."""

    def __init__(self, contact_ids: Sequence[int]):
        n = len(contact_ids)
        super().__init__("contact", (
            "{n:,} of these leads already has a running cadence; replace it (--replace) or skip "
            "them (--skip-existing)." if n == 1 else
            "{n:,} of these leads already have a running cadence; replace it (--replace) or "
            "skip them (--skip-existing)."), n=n)
        self.contact_ids = tuple(contact_ids)


@dataclass(frozen=True)
class Undo:
    """The rows a write changed, as they were, and the rows it added."""
    cadences: tuple[tuple, ...] = ()  # cadence rows before (_CADENCE_COLS)
    touchpoints: tuple[tuple, ...] = ()  # touchpoint rows before (_TOUCH_COLS)
    new_cadences: tuple[int, ...] = ()
    new_touchpoints: tuple[int, ...] = ()
    events: tuple[int, ...] = ()  # system events recorded: removed on undo
    interactions: tuple[int, ...] = ()  # interactions logged: deleted (marked) on undo
    contacts: tuple[int, ...] = ()  # whose next_due to recompute


@dataclass(frozen=True)
class Result(Changes):
    undo: Undo = field(default_factory=Undo)
    next: tuple[int, ...] = ()  # the pending touchpoints this write created


@dataclass(frozen=True)
class Started(Result):
    started: tuple[int, ...] = ()  # contact ids that now run the template
    replaced: tuple[int, ...] = ()  # ... of which had another cadence, now replaced
    skipped: tuple[int, ...] = ()  # contact ids left alone: they already had one


@dataclass(frozen=True)
class Completed(Result):
    interaction: int | None = None  # the interaction logged for the touch


@dataclass(frozen=True)
class Pending:
    """A pending touchpoint with what the arithmetic needs from its cadence."""
    id: int
    contact_id: int
    cadence_id: int
    step: int
    retry: int
    due: date
    template_id: int
    start: date

    @property
    def template(self) -> cad.CadenceTemplate:
        return cadence_store.by_id(self.template_id).template

    @property
    def label(self) -> str:
        return step_text(self.template, self.step, self.retry)


def step_text(tpl: cad.CadenceTemplate, step: int, retry: int = 0) -> str:
    label = cad.step_label(tpl, step, retry)
    return cad.format_step_label(label) if label else tpl.name


# --- bookkeeping of one write -------------------------------------------------------------

class _Tx:
    """What one write changes: rows as first seen (for undo) and the rows it adds."""

    def __init__(self, now: datetime):
        self.now = now
        self.stamp = now.isoformat(" ")
        self.cadences: dict[int, tuple] = {}
        self.touchpoints: dict[int, tuple] = {}
        self.new_cadences: list[int] = []
        self.new_touchpoints: list[int] = []
        self.events: list[int] = []
        self.interactions: list[int] = []
        self.contacts: set[int] = set()  # whose cadence changed
        self.timeline: set[int] = set()

    def keep(self, cadence_ids: Iterable[int]) -> None:
        """Remember these cadences and their pending touchpoints before changing them."""
        ids = sorted({i for i in cadence_ids if i not in self.cadences})
        for chunk in _chunks(ids):
            marks = _marks(chunk)
            for row in _sql(f"SELECT {_CADENCE_COLS} FROM cadence WHERE id IN ({marks})", chunk):
                self.cadences[row[0]] = row
                self.contacts.add(row[1])
            for row in _sql(f"SELECT {_TOUCH_COLS} FROM touchpoint WHERE status = 'due' AND "
                            f"cadence_id IN ({marks})", chunk):
                self.touchpoints.setdefault(row[0], row)

    def record(self, rows: list[tuple]) -> None:
        """System events: (contact_id, at, kind, old, new, summary, cadence_id)."""
        if not rows:
            return
        first = _next_id("interaction")
        database.connection().executemany(_EVENT_SQL, [
            (first + i, cid, _ts(at), kind, old, new, summary, ref, self.stamp)
            for i, (cid, at, kind, old, new, summary, ref) in enumerate(rows)])
        self.events.extend(range(first, first + len(rows)))
        self.timeline.update(r[0] for r in rows)

    def add_touchpoints(self, rows: list[tuple]) -> list[int]:
        """New pending touchpoints: (contact_id, cadence_id, step, retry, due)."""
        if not rows:
            return []
        first = _next_id("touchpoint")
        database.connection().executemany(_NEW_TOUCH_SQL, [
            (first + i, cid, cadence_id, step, retry, due.isoformat(), self.stamp)
            for i, (cid, cadence_id, step, retry, due) in enumerate(rows)])
        ids = list(range(first, first + len(rows)))
        self.new_touchpoints.extend(ids)
        return ids

    def result(self, kind=Result, *, contacts: Iterable[int] = (), **extra) -> Result:
        undo = Undo(tuple(self.cadences.values()), tuple(self.touchpoints.values()),
                    tuple(self.new_cadences), tuple(self.new_touchpoints), tuple(self.events),
                    tuple(self.interactions), tuple(sorted(self.contacts)))
        moved = frozenset(self.contacts)
        return kind(contacts=moved | frozenset(contacts), timeline=frozenset(self.timeline),
                    touchpoints=moved, undo=undo, **extra)


# --- reading what a write needs -----------------------------------------------------------

_PENDING_SQL = ("SELECT t.id, t.contact_id, t.cadence_id, t.step, t.retry, t.due, c.template_id, "
                "c.start FROM touchpoint t JOIN cadence c ON c.id = t.cadence_id "
                "WHERE t.status = 'due' AND ")


def _pending_rows(where: str, params: Sequence) -> list[Pending]:
    return [Pending(r[0], r[1], r[2], r[3], r[4], _date(r[5]), r[6], _date(r[7]))
            for r in _sql(_PENDING_SQL + where, params)]


def pending(touchpoint_ids: int | Iterable[int]) -> list[Pending]:
    """These pending touchpoints, in the order given; NotFound if one is not pending."""
    ids = _id_list(touchpoint_ids)
    found: dict[int, Pending] = {}
    for chunk in _chunks(ids):
        found.update((p.id, p) for p in _pending_rows(f"t.id IN ({_marks(chunk)})", chunk))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound("Touchpoint {id} is not pending (done, skipped or stopped).", id=missing[0])
    return [found[i] for i in ids]


def pending_for(contact_ids: int | Iterable[int]) -> dict[int, Pending]:
    """{contact id: its pending touchpoint} for the contacts that have a running cadence."""
    ids = _id_list(contact_ids)
    out: dict[int, Pending] = {}
    for chunk in _chunks(sorted(ids)):
        out.update((p.contact_id, p) for p in
                   _pending_rows(f"t.contact_id IN ({_marks(chunk)})", chunk))
    return out


def active_among(contact_ids: Iterable[int]) -> dict[int, int]:
    """{contact id: cadence id} of the given contacts that have a running cadence (so the
    caller can ask whether to replace those or skip them)."""
    ids = _id_list(contact_ids)
    if len(ids) > _MANY:
        wanted = set(ids)
        return {cid: cadence_id for cid, cadence_id in
                _sql("SELECT contact_id, id FROM cadence WHERE status = 'active'")
                if cid in wanted}
    out = {}
    for chunk in _chunks(sorted(ids)):
        out.update(_sql(f"SELECT contact_id, id FROM cadence WHERE status = 'active' AND "
                        f"contact_id IN ({_marks(chunk)})", chunk))
    return out


# --- writes -------------------------------------------------------------------------------

def start(contact_ids: int | Iterable[int], template: str | int | cadence_store.Template,
          start_date: date, *, existing: str = "ask", now: datetime | None = None) -> Started:
    """Start ``template`` for each contact on ``start_date`` (day 1), in one transaction.

    A lead runs one cadence at a time. ``existing``: "ask" raises ``CadenceConflict`` (with
    the leads that have one) and writes nothing; "replace" stops theirs and starts this one;
    "skip" leaves them alone. The first touch is due on day 1 (rolled forward to a working
    day when the template skips). Each lead's timeline gets a "cadence-started" event
    (``new_value`` the template key, ``old_value`` the name of the cadence it replaced).
    """
    if existing not in ("ask", "replace", "skip"):
        raise ValueError(existing)
    stored = template if isinstance(template, cadence_store.Template) else \
        cadence_store.find(template)
    if stored.deleted:
        raise ValidationError("template", "The template {name} was deleted.", name=stored.name)
    ids = sorted(_id_list(contact_ids))
    if not ids:
        raise ValidationError("contact", "Choose at least one lead to start a cadence for.")
    first_due = cad.due_date(stored.template, start_date, 0)
    tx = _Tx(_now(now))
    with database.atomic():
        _require_contacts(ids)
        active = active_among(ids)
        if active and existing == "ask":
            raise CadenceConflict(sorted(active))
        skipped = tuple(sorted(active)) if existing == "skip" else ()
        replaced = tuple(sorted(active)) if existing == "replace" else ()
        ended = _end(tx, [active[c] for c in replaced], REPLACED) if replaced else {}
        targets = [c for c in ids if c not in active] if skipped else ids
        conn = database.connection()
        first = _next_id("cadence")
        cadence_ids = range(first, first + len(targets))
        conn.executemany(
            "INSERT INTO cadence (id, contact_id, template_id, start, status, started_at) "
            "VALUES (?, ?, ?, ?, 'active', ?)",
            [(k, c, stored.id, start_date.isoformat(), tx.stamp)
             for k, c in zip(cadence_ids, targets)])
        tx.new_cadences.extend(cadence_ids)
        new = tx.add_touchpoints([(c, k, 0, 0, first_due) for k, c in zip(cadence_ids, targets)])
        conn.executemany(_NEXT_DUE_SQL, [(first_due.isoformat(), c) for c in targets])
        summary = f"{stored.name} · {start_date.isoformat()}"
        tx.record([(c, tx.now, STARTED, ended.get(c), stored.key, summary, k)
                   for k, c in zip(cadence_ids, targets)])
        tx.contacts.update(targets)
    return tx.result(Started, next=tuple(new), started=tuple(targets), replaced=replaced,
                     skipped=skipped)


def complete(touchpoint_id: int, outcome: str | None, *, today: date, channel: str | None = None,
             note: str = "", direction: str = "out", now: datetime | None = None) -> Completed:
    """Mark a pending touch done: log the interaction (channel, outcome, note) on the lead's
    timeline and schedule what follows (a retry after "no answer", else the next step)."""
    outcome = ch.outcome_code(outcome)
    channel = ch.channel_code(channel) if channel else CHANNEL_FOR_OUTCOME[outcome]
    if channel in ch.NOT_CONTACT:
        raise ValidationError("channel", "A note is not a touch; pick a call or a message.")
    tx = _Tx(_now(now))
    with database.atomic():
        (p,) = pending(touchpoint_id)
        logged = timeline.log(p.contact_id, channel, outcome, direction, note, now=tx.now,
                              cadence=False)
        tx.interactions.extend(logged.interactions)
        new = _finish(tx, [(p, DONE, outcome, logged.interactions[0], tx.now)], today)
    return tx.result(Completed, contacts=logged.contacts, next=tuple(new),
                     interaction=logged.interactions[0])


def skip(touchpoint_ids: int | Iterable[int], *, today: date,
         now: datetime | None = None) -> Result:
    """Skip pending touches: the next step follows as if they had been done."""
    tx = _Tx(_now(now))
    with database.atomic():
        items = pending(touchpoint_ids)
        new = _finish(tx, [(p, SKIPPED, None, None, tx.now) for p in items], today)
    return tx.result(next=tuple(new))


def reschedule(touchpoint_ids: int | Iterable[int], to: date, *, today: date,
               now: datetime | None = None) -> Result:
    """Move pending touches to ``to`` (today or later; rolled forward to a working day when
    the template skips days)."""
    if to < today:
        raise ValidationError("date", "{day} has passed; pick today or a later day.", day=to.isoformat())
    return _move(touchpoint_ids, lambda p: cad.reschedule(p.template, to), now)


def snooze(touchpoint_ids: int | Iterable[int], days: int = cad.SNOOZE_DAY, *, today: date,
           now: datetime | None = None) -> Result:
    """Put pending touches off by ``days`` (1: +1 day, 7: +1 week), counted from their due
    date or from today when overdue."""
    return _move(touchpoint_ids, lambda p: cad.snooze(p.template, p.due, days, today), now)


def stop(contact_ids: int | Iterable[int], *, now: datetime | None = None,
         reason: str | None = None) -> Result:
    """Stop the running cadence of each contact (those without one are left alone).
    ``reason``, the stage that closed the lead (see ``closing``), is kept as the
    "cadence-stopped" event's ``old_value``."""
    tx = _Tx(_now(now))
    with database.atomic():
        active = active_among(_id_list(contact_ids))
        _end(tx, list(active.values()), STOPPED, reason)
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
        cols = _TOUCH_COLS.count(",") + 1
        conn.executemany(f"INSERT OR REPLACE INTO touchpoint ({_TOUCH_COLS}) VALUES "
                         f"({_marks(range(cols))})", undo.touchpoints)
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
    sql = ("UPDATE contact SET next_due = (SELECT MIN(t.due) FROM touchpoint t WHERE "
           "t.contact_id = contact.id AND t.status = 'due')")
    if contact_ids is None:
        _sql(sql)
        return
    for chunk in _chunks(sorted(set(contact_ids))):
        _sql(f"{sql} WHERE id IN ({_marks(chunk)})", chunk)


# --- the steps themselves -----------------------------------------------------------------

def _finish(tx: _Tx, items: list[tuple], today: date) -> list[int]:
    """Close pending touches and write what follows. ``items``: (Pending, DONE or SKIPPED,
    outcome, interaction id, when), at most one per cadence. Returns the new touchpoints."""
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
        events.append((p.contact_id, at, kind, None, outcome, p.label, p.cadence_id))
        tx.contacts.add(p.contact_id)
    conn = database.connection()
    conn.executemany("UPDATE touchpoint SET status = ?, outcome = ?, done_at = ?, "
                     "interaction_id = ? WHERE id = ?", closes)
    new = tx.add_touchpoints(follow)
    conn.executemany("UPDATE cadence SET status = 'finished', ended_at = ? WHERE id = ?", ends)
    conn.executemany(_NEXT_DUE_SQL, next_due)
    tx.record(events)
    return new


def _move(touchpoint_ids, new_due, now) -> Result:
    tx = _Tx(_now(now))
    with database.atomic():
        items = pending(touchpoint_ids)
        tx.keep(p.cadence_id for p in items)
        moves = [(p, new_due(p)) for p in items]
        conn = database.connection()
        conn.executemany("UPDATE touchpoint SET due = ? WHERE id = ?",
                         [(d.isoformat(), p.id) for p, d in moves])
        conn.executemany(_NEXT_DUE_SQL, [(d.isoformat(), p.contact_id) for p, d in moves])
        tx.record([(p.contact_id, tx.now, RESCHEDULED, p.due.isoformat(), d.isoformat(),
                    p.label, p.cadence_id) for p, d in moves])
        tx.contacts.update(p.contact_id for p in items)
    return tx.result()


def _end(tx: _Tx, cadence_ids: list[int], status: str, reason: str | None = None
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
        conn.executemany(_NEXT_DUE_SQL, [(None, r[1]) for r in rows])
        tx.record([(r[1], tx.now, ENDED, reason, status, names[r[1]], r[0]) for r in rows])
    return names


# --- helpers ------------------------------------------------------------------------------

def _sql(sql: str, params: Sequence = ()) -> list[tuple]:
    return database.execute_sql(sql, tuple(params)).fetchall()


def _marks(items) -> str:
    return ", ".join("?" * len(items))


def _chunks(items: Sequence, size: int = _CHUNK):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _id_list(ids: int | Iterable[int]) -> list[int]:
    if isinstance(ids, int):
        return [ids]
    return list(dict.fromkeys(int(i) for i in ids))


def _next_id(table: str) -> int:
    return _sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")[0][0]


def _now(now: datetime | None) -> datetime:
    return to_utc(now, timezone.utc) if now is not None else \
        datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _ts(value: datetime | str) -> str:
    return value if isinstance(value, str) else value.isoformat(" ")


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _require_contacts(ids: list[int]) -> None:
    """Every id is a contact and none is in the trash."""
    if len(ids) > _MANY:
        rows = dict(_sql("SELECT id, deleted_at FROM contact"))
    else:
        rows = {}
        for chunk in _chunks(ids):
            rows.update(_sql(f"SELECT id, deleted_at FROM contact WHERE id IN ({_marks(chunk)})",
                             chunk))
    for cid in ids:
        if cid not in rows:
            raise NotFound("No contact with id {id}.", id=cid)
        if rows[cid] is not None:
            raise ValidationError("contact", "Contact {id} is in the trash.", id=cid)
