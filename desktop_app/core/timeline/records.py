"""A lead's timeline: the interactions the salesperson logs and the system events, newest first.

Entries are ordered by ``(at, id)``: ``at`` is when it happened (naive UTC), ``id`` breaks ties
in the order they were recorded. Deleting an interaction only marks it (``restore`` is Undo);
system events are history and cannot be edited or deleted.

Derived facts on the contact row, kept current in the same transaction as every write:

``last_contacted_at``
    the ``at`` of the latest *touch*: an interaction that is not a note (``channels.NOT_CONTACT``)
    and is either outbound (whatever its outcome: an unanswered call is still an attempt we
    made) or an inbound one that connected (outcome reached/replied, or no outcome: the lead
    wrote, called or came to us). An inbound no-answer/no-reply (a call we missed) is no touch.
``unanswered_count``
    outbound no-answer/no-reply attempts (not notes) after the latest *answered* interaction:
    outcome reached/replied in either direction, or an inbound one with no outcome. Other
    entries (outbound with no outcome, notes, inbound misses) neither count nor reset it.

Deleted interactions and system events count for neither. A log at the newest position
updates the facts in place; anything else (a back-dated log, edit, delete, restore)
recomputes them for the affected contacts only, from their own rows (index ``(contact_id, at)``).
"Days since last touch" is not stored: ``days_since_touch(last_contacted_at, today)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Iterable

from peewee import SQL, fn

from desktop_app.core.grading import behaviours
from desktop_app.core.timeline import channels as ch
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.schema import Contact, Interaction, database
from desktop_app.core.storage.rows import chunks, id_list, require_live_contacts
from desktop_app.core.when import day_start_utc, local_date, to_utc, utc_or_now

DEFAULT_LIMIT = 200
FUTURE_SLACK = timedelta(minutes=10)  # clocks differ a little; beyond this a time is "planned"
_UNSET = object()


@dataclass(frozen=True)
class Entry:
    """One line of the timeline. Events have ``channel``/``direction``/``outcome`` None."""
    id: int
    contact_id: int
    at: datetime  # naive UTC
    kind: str  # channels.INTERACTION or an event kind
    channel: str | None = None
    direction: str | None = None
    outcome: str | None = None
    summary: str = ""
    next_step: str = ""
    old_value: str | None = None  # events: from (stage code, naming tag)
    new_value: str | None = None  # events: to
    ref_id: int | None = None  # cadence events: the cadence
    content_id: int | None = None  # the content piece the touch sent (core.grading.content)

    @property
    def is_event(self) -> bool:
        return self.kind != ch.INTERACTION


@dataclass(frozen=True)
class Logged(Changes):
    """What ``log`` returns: the Changes, plus the new interactions' ids (for Undo) and their
    rows ``(id, contact_id, at, channel, direction, outcome)`` for what reacts to a touch
    (``followup.touches``)."""
    interactions: tuple[int, ...] = ()
    rows: tuple[tuple, ...] = ()


@dataclass(frozen=True)
class Flipped(Changes):
    """What ``delete``/``restore`` return: the Changes, plus the interactions whose state
    actually changed (deleting a deleted one changes nothing)."""
    flipped: tuple[int, ...] = ()


# Bulk inserts go through the raw connection's executemany (peewee's insert_many spends most of
# a 10,000-contact group log building SQL). Parameters: id, contact_id, at, kind, channel,
# direction, outcome, summary, next_step, created_at.
INSERT_SQL = (
    "INSERT INTO interaction (id, contact_id, at, kind, channel, direction, outcome, summary, "
    "next_step, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

_ENTRY_FIELDS = (
    Interaction.id, Interaction.contact, Interaction.at, Interaction.kind, Interaction.channel,
    Interaction.direction, Interaction.outcome, Interaction.summary, Interaction.next_step,
    Interaction.old_value, Interaction.new_value, Interaction.ref_id, Interaction.content_id,
)


# --- what counts: in Python (for a log at the newest position) and in SQL (to recompute) ----

def is_touch(channel: str, direction: str, outcome: str | None) -> bool:
    return channel not in ch.NOT_CONTACT and (direction == "out" or outcome not in ch.UNANSWERED)


def is_answered(channel: str, direction: str, outcome: str | None) -> bool:
    return channel not in ch.NOT_CONTACT and (
        outcome in ch.ANSWERED or (direction == "in" and outcome is None))


def is_unanswered_attempt(channel: str, direction: str, outcome: str | None) -> bool:
    return channel not in ch.NOT_CONTACT and direction == "out" and outcome in ch.UNANSWERED


# The same three in SQL, over an alias of Interaction (NULL-careful: use them only positively).
def _touch(m):
    return m.channel.not_in(ch.NOT_CONTACT) & (
        (m.direction == "out") | m.outcome.is_null() | m.outcome.in_(ch.ANSWERED))


def _answered(m):
    return m.channel.not_in(ch.NOT_CONTACT) & (
        m.outcome.in_(ch.ANSWERED) | ((m.direction == "in") & m.outcome.is_null()))


def _attempt(m):
    return m.channel.not_in(ch.NOT_CONTACT) & (m.direction == "out") & m.outcome.in_(ch.UNANSWERED)


def _live(m):
    return (m.kind == ch.INTERACTION) & m.deleted_at.is_null()


_I = Interaction
_LIVE = _live(_I)


def refresh(contact_ids: Iterable[int] | None = None) -> None:
    """Recompute the derived facts of these contacts (None: of every contact, the demo's bulk
    fill) from their own live interactions, in one UPDATE per 500 contacts.

    Each value is a correlated subquery that walks the contact's ``(contact_id, at)`` index
    from the newest end and stops early: the latest touch; the attempts since the latest
    answered interaction (ties in ``at`` broken by id).
    """
    i, a, b = Interaction.alias("i"), Interaction.alias("a"), Interaction.alias("b")
    mine = lambda m: (m.contact == Contact.id) & _live(m)  # noqa: E731
    last_touch = i.select(i.at).where(mine(i) & _touch(i)).order_by(i.at.desc()).limit(1)
    last_answer = a.select(a.at).where(mine(a) & _answered(a)).order_by(a.at.desc()).limit(1)
    answered_later_same_time = b.select(SQL("1")).where(
        (b.contact == i.contact) & (b.at == i.at) & (b.id > i.id) & _live(b) & _answered(b))
    unanswered = i.select(fn.COUNT(SQL("*"))).where(
        mine(i) & _attempt(i) & (i.at >= fn.COALESCE(last_answer, ""))
        & ~fn.EXISTS(answered_later_same_time))
    update = Contact.update(last_contacted_at=last_touch, unanswered_count=unanswered)
    if contact_ids is None:
        update.execute()
        return
    for chunk in chunks(sorted(set(contact_ids))):
        update.where(Contact.id.in_(chunk)).execute()


# --- writes ------------------------------------------------------------------------------

def log(contact_ids: int | Iterable[int], channel: str, outcome: str | None = None,
        direction: str | None = None, summary: str = "", next_step: str = "",
        at: datetime | None = None, *, now: datetime | None = None) -> Logged:
    """Log one interaction for each contact (a group follow-up), in one transaction.

    ``channel``/``outcome``/``direction`` take codes or labels (``电话``, ``未接``); a
    channel may also be a behaviour (``知乎评论``, ``core.grading.behaviours``). ``direction``
    None: the behaviour's own direction, else outbound.
    ``at`` (naive UTC, or aware) defaults to ``now``; it may be in the past, not the future.
    This is the record writer: the lead's running cadence is moved on by the use-case
    ``followup.touches.log``, which calls this and the cadence's hook in one transaction.
    Undo is ``delete(logged.interactions)``.
    """
    ids = sorted(id_list(contact_ids))  # in id order, pages and index leaves are visited once
    if not ids:
        raise ValidationError("contact", "Choose at least one contact to log for.")
    values = _clean(channel, outcome, direction, summary, next_step)
    now = utc_or_now(now)
    at = _when(at, now)
    with database.atomic():
        require_live_contacts(ids)
        first = Interaction.select(fn.COALESCE(fn.MAX(_I.id), 0) + 1).scalar()
        new_ids = tuple(range(first, first + len(ids)))
        tail = (at.isoformat(" "), ch.INTERACTION, values["channel"], values["direction"],
                values["outcome"], values["summary"], values["next_step"], now.isoformat(" "))
        database.connection().executemany(
            INSERT_SQL, [(i, cid, *tail) for i, cid in zip(new_ids, ids)])
        touched = _advance(ids, at, values["channel"], values["direction"], values["outcome"])
    ids_set = frozenset(ids)
    rows = tuple((i, cid, at, values["channel"], values["direction"], values["outcome"])
                 for i, cid in zip(new_ids, ids))
    return Logged(contacts=ids_set if touched else frozenset(), timeline=ids_set,
                  interactions=new_ids, rows=rows)


def _advance(ids: list[int], at: datetime, channel: str, direction: str,
             outcome: str | None) -> bool:
    """Update the facts for a new interaction at ``at``; False if it cannot change them."""
    touch = is_touch(channel, direction, outcome)
    answered = is_answered(channel, direction, outcome)
    attempt = is_unanswered_attempt(channel, direction, outcome)
    if not (touch or answered or attempt):
        return False
    updates = {}
    if touch:
        updates[Contact.last_contacted_at] = at
    if answered:
        updates[Contact.unanswered_count] = 0
    elif attempt:
        updates[Contact.unanswered_count] = Contact.unanswered_count + 1
    later: list[int] = []
    for chunk in chunks(ids):
        newer = {r[0] for r in _I.select(_I.contact).where(
            _I.contact.in_(chunk) & (_I.at > at) & _LIVE).distinct().tuples()}
        newest = [c for c in chunk if c not in newer]
        if newest:
            Contact.update(updates).where(Contact.id.in_(newest)).execute()
        later += newer
    if later:  # back-dated behind newer interactions: recompute those contacts
        refresh(later)
    return True


def edit(interaction_id: int, *, channel=_UNSET, outcome=_UNSET, direction=_UNSET,
         summary=_UNSET, next_step=_UNSET, at=_UNSET, now: datetime | None = None) -> Changes:
    """Change some fields of a logged interaction (``outcome=None`` clears the outcome)."""
    with database.atomic():
        old = _editable([interaction_id])[interaction_id]
        pick = lambda new, current: current if new is _UNSET else new  # noqa: E731
        values = _clean(pick(channel, old.channel), pick(outcome, old.outcome),
                        pick(direction, old.direction), pick(summary, old.summary),
                        pick(next_step, old.next_step))
        values["at"] = old.at if at is _UNSET or at is None else _when(at, utc_or_now(now))
        facts = ("channel", "direction", "outcome", "at")
        moved = any(values[k] != getattr(old, k) for k in facts)
        Interaction.update({getattr(_I, k): v for k, v in values.items()}).where(
            _I.id == interaction_id).execute()
        if moved:
            refresh([old.contact_id])
    cid = frozenset({old.contact_id})
    return Changes(contacts=cid if moved else frozenset(), timeline=cid)


def delete(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Flipped:
    """Delete logged interactions (kept, marked, for ``restore``). The use-case
    ``followup.touches.delete`` also reopens a cadence step that one of them completed."""
    now = utc_or_now(now)
    return _set_deleted(interaction_ids, now, now)


def restore(interaction_ids: int | Iterable[int], *, now: datetime | None = None) -> Flipped:
    """Undo ``delete``: the interactions are back and the facts recomputed."""
    return _set_deleted(interaction_ids, None, utc_or_now(now))


undelete = restore


def _set_deleted(interaction_ids, deleted_at: datetime | None, now: datetime) -> Flipped:
    ids = id_list(interaction_ids)
    with database.atomic():
        found = _editable(ids, include_deleted=True)
        flipped = []  # the ids whose state changes (deleting a deleted one changes nothing)
        for chunk in chunks(ids):
            pending = _I.id.in_(chunk) & _I.deleted_at.is_null(deleted_at is not None)
            flipped += [r[0] for r in _I.select(_I.id).where(pending).tuples()]
            Interaction.update(deleted_at=deleted_at).where(pending).execute()
        contacts = frozenset(e.contact_id for e in found.values())
        refresh(contacts)
    return Flipped(contacts=contacts, timeline=contacts, flipped=tuple(flipped))


def record_event(contact_id: int, kind: str, *, old: str | None = None, new: str | None = None,
                 summary: str = "", ref_id: int | None = None, at: datetime | None = None,
                 now: datetime | None = None) -> Changes:
    """Add a system event (``channels.EVENT_KINDS``) to a contact's timeline.

    Writers: ``contacts`` (created with ``new`` = the stage, stage changed ``old``->``new``
    as stage codes, naming tag changed as composed tags), the importer (``imported``) and the
    cadence module (``cadence-*`` with ``ref_id`` = the cadence). Call it inside the writer's
    transaction; the derived facts do not change.
    """
    if kind not in ch.KINDS or kind == ch.INTERACTION:
        raise ValidationError("kind", "Unknown event kind {kind!r}.", kind=kind)
    now = utc_or_now(now)
    Interaction.insert(contact=contact_id, at=_when(at, now), kind=kind, old_value=old,
                       new_value=new, summary=summary, ref_id=ref_id, created_at=now).execute()
    return Changes(timeline=frozenset({contact_id}))


# --- reads -------------------------------------------------------------------------------

def _where(contact_id: int, channel: str | None):
    where = (_I.contact == contact_id) & _I.deleted_at.is_null()
    if channel is not None:
        # what ``log`` takes (a channel, a behaviour), and a behaviour archived since
        where &= _I.channel == behaviours.channel_code(channel, include_archived=True)
    return where


def entries(contact_id: int, channel: str | None = None, *, limit: int | None = DEFAULT_LIMIT,
            offset: int = 0) -> list[Entry]:
    """The timeline of one contact, newest first, system events included (unless ``channel``
    is given: then only that channel's or behaviour's interactions, named as ``log`` takes
    it). ``limit=None``: all of it."""
    query = (_I.select(*_ENTRY_FIELDS).where(_where(contact_id, channel))
             .order_by(_I.at.desc(), _I.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return [Entry(*row) for row in query.tuples()]


def count(contact_id: int, channel: str | None = None) -> int:
    """How many entries ``entries`` would return without a limit."""
    return _I.select(fn.COUNT(_I.id)).where(_where(contact_id, channel)).scalar()


def get(interaction_id: int) -> Entry:
    row = _I.select(*_ENTRY_FIELDS).where(_I.id == interaction_id).tuples().first()
    if row is None:
        raise NotFound("No timeline entry with id {id}.", id=interaction_id)
    return Entry(*row)


def days_since_touch(last_contacted_at: datetime | None, today: date,
                     tz: tzinfo | None = None) -> int | None:
    """Whole local days from the last touch to ``today`` (0: today); None if never."""
    if last_contacted_at is None:
        return None
    return (today - local_date(last_contacted_at, tz)).days


# --- filter terms ------------------------------------------------------------------------

_OPS = {"": "=", ":": "=", "=": "=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
_DAYS = re.compile(r"^(\d+)\s*(d|w|天|周)?$")
_DAY_WORDS = {"today": 0, "今天": 0, "yesterday": 1, "昨天": 1}
_TERM = re.compile(r"^\s*(\w+)\s*[:：]\s*(>=|<=|>|<|=)?\s*(.*?)\s*$")


def last_term(op: str, value: str, today: date, tz: tzinfo | None = None):
    """``last:`` (days since the last touch, in local days) -> a peewee expression.

    ``last:>7d``   last touched more than 7 days ago (8 or more days)
    ``last:>=7d``  7 or more days ago;  ``last:<3d``  within the last 3 days (today, yesterday,
                   the day before);  ``last:<=3d``;  ``last:7d`` / ``last:=7d`` exactly 7 days ago
    ``last:today`` touched today (= ``0d``);  ``last:yesterday`` (= ``1d``)
    ``last:never`` never touched
    Units: ``d`` days (also when omitted, ``天``), ``w`` weeks (``周``). A never-touched lead
    matches only ``last:never``; the expressions are NULL-safe, so NOT(term) is its complement.
    """
    op = _op(op, "last")
    column = Contact.last_contacted_at
    text = (value or "").strip().lower()
    if text == "never":
        if op != "=":
            raise ValidationError("last", "last:never takes no comparison.")
        return column.is_null()
    days = _DAY_WORDS.get(text)
    if days is None:
        m = _DAYS.match(text)
        if not m:
            raise ValidationError("last", "last:{value} is not a number of days; write e.g. "
                                          "last:>7d, last:<3d, last:today or last:never.", value=value)
        days = int(m.group(1)) * (7 if m.group(2) in ("w", "周") else 1)

    def start(n: int) -> datetime:  # the local midnight n days before today, in UTC
        return day_start_utc(today - timedelta(days=n), tz)

    cond = {
        ">": lambda: column < start(days),
        ">=": lambda: column < start(days - 1),
        "<": lambda: column >= start(days - 1),
        "<=": lambda: column >= start(days),
        "=": lambda: (column >= start(days)) & (column < start(days - 1)),
    }[op]()
    return column.is_null(False) & cond


def unanswered_term(op: str, value: str):
    """``unanswered:>=2`` (consecutive unanswered attempts; ops = > >= < <=) -> expression."""
    op = _op(op, "unanswered")
    text = (value or "").strip()
    if not text.isdigit():
        raise ValidationError("unanswered", "unanswered:{value} is not a whole number; write "
                                            "e.g. unanswered:>=2.", value=value)
    column, n = Contact.unanswered_count, int(text)
    return {">": column > n, ">=": column >= n, "<": column < n, "<=": column <= n,
            "=": column == n}[op]


TERMS = {"last": last_term, "unanswered": lambda op, value, today, tz=None: unanswered_term(op, value)}


def parse_term(text: str, today: date, tz: tzinfo | None = None):
    """``"last:>7d"`` -> expression; None when the key is not one of ``TERMS``."""
    m = _TERM.match(text or "")
    if not m or m.group(1).lower() not in TERMS:
        return None
    return TERMS[m.group(1).lower()](m.group(2) or "", m.group(3), today, tz)


def _op(op: str, key: str) -> str:
    try:
        return _OPS[(op or "").strip()]
    except KeyError:
        raise ValidationError(key, "Unknown comparison {op!r}; use > >= < <= or =.", op=op) from None


# --- helpers -----------------------------------------------------------------------------

def _clean(channel, outcome, direction, summary, next_step) -> dict:
    code = behaviours.channel_code(channel)
    values = {
        "channel": code,
        "direction": ch.direction_code(direction or behaviours.default_direction(code)),
        "outcome": ch.outcome_code(outcome),
        "summary": (summary or "").strip(),
        "next_step": (next_step or "").strip(),
    }
    if values["channel"] in ch.NOT_CONTACT and values["outcome"] is not None:
        raise ValidationError("outcome", "A note has no outcome.")
    return values


def _when(at: datetime | None, now: datetime) -> datetime:
    if at is None:
        return now
    at = to_utc(at, timezone.utc)  # naive means UTC here
    if at > now + FUTURE_SLACK:
        raise ValidationError("at", "That time is in the future; log what happened.")
    return at


def _editable(ids: list[int], include_deleted: bool = False) -> dict[int, Entry]:
    found: dict[int, Entry] = {}
    deleted = set()
    for chunk in chunks(ids):
        for row in _I.select(*_ENTRY_FIELDS, _I.deleted_at).where(_I.id.in_(chunk)).tuples():
            found[row[0]] = Entry(*row[:-1])
            if row[-1] is not None:
                deleted.add(row[0])
    for i in ids:
        if i not in found or (i in deleted and not include_deleted):
            raise NotFound("No interaction with id {id}.", id=i)
        if found[i].is_event:
            raise ValidationError("kind", "System events are history: they cannot be changed.")
    return found
