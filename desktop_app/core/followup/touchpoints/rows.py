"""The touchpoint rows: codes, the results and undo data of the writes, a pending touch, and
``Tx``, the bookkeeping of one write (rows as first seen, for undo, and the rows it adds)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Sequence

from desktop_app.core.changes import Changes
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import cadence as cad
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.storage.rows import chunks, marks, next_id, sql, stamp
from desktop_app.core.storage.schema import database

DUE, DONE, SKIPPED, CANCELLED = "due", "done", "skipped", "cancelled"
ACTIVE, FINISHED, STOPPED, REPLACED = "active", "finished", "stopped", "replaced"
STEP_DONE, STEP_SKIPPED, RESCHEDULED, STARTED, ENDED = (
    "cadence-step-done", "cadence-step-skipped", "cadence-rescheduled", "cadence-started",
    "cadence-stopped")

# Default channel of a touch marked done with an outcome (the UI may pick another).
CHANNEL_FOR_OUTCOME = {"reached": "call", "no-answer": "call", "replied": "wechat",
                       "no-reply": "wechat", None: "call"}

CADENCE_COLS = "id, contact_id, template_id, start, status, started_at, ended_at"
TOUCH_COLS = ("id, contact_id, cadence_id, step, retry, due, status, outcome, done_at, "
               "interaction_id, created_at")
EVENT_SQL = ("INSERT INTO interaction (id, contact_id, at, kind, old_value, new_value, summary, "
              "ref_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
NEW_TOUCH_SQL = ("INSERT INTO touchpoint (id, contact_id, cadence_id, step, retry, due, status, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, 'due', ?)")
NEXT_DUE_SQL = "UPDATE contact SET next_due = ? WHERE id = ?"


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
    cadences: tuple[tuple, ...] = ()  # cadence rows before (CADENCE_COLS)
    touchpoints: tuple[tuple, ...] = ()  # touchpoint rows before (TOUCH_COLS)
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


step_text = cad.step_text  # (cached there, for lists that load none of the writes)


# --- bookkeeping of one write -------------------------------------------------------------

class Tx:
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
        for chunk in chunks(ids):
            places = marks(chunk)
            for row in sql(f"SELECT {CADENCE_COLS} FROM cadence WHERE id IN ({places})", chunk):
                self.cadences[row[0]] = row
                self.contacts.add(row[1])
            for row in sql(f"SELECT {TOUCH_COLS} FROM touchpoint WHERE status = 'due' AND "
                            f"cadence_id IN ({places})", chunk):
                self.touchpoints.setdefault(row[0], row)

    def record(self, rows: list[tuple]) -> None:
        """System events: (contact_id, at, kind, old, new, summary, cadence_id)."""
        if not rows:
            return
        first = next_id("interaction")
        database.connection().executemany(EVENT_SQL, [
            (first + i, cid, stamp(at), kind, old, new, summary, ref, self.stamp)
            for i, (cid, at, kind, old, new, summary, ref) in enumerate(rows)])
        self.events.extend(range(first, first + len(rows)))
        self.timeline.update(r[0] for r in rows)

    def add_touchpoints(self, rows: list[tuple]) -> list[int]:
        """New pending touchpoints: (contact_id, cadence_id, step, retry, due)."""
        if not rows:
            return []
        first = next_id("touchpoint")
        database.connection().executemany(NEW_TOUCH_SQL, [
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
