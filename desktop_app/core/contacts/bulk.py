"""Group follow-up writes: set a field for many contacts in one transaction, with undo data.

Every bulk write first calls ``before_write(action, count)``: the one hook point where a
backup (``db.state.backups.backup_now``) can be taken before a large change. Register with
``BEFORE_WRITE.append(fn)``; a hook that raises stops the write (nothing changed).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.timeline import channels as ch
from desktop_app.core.contacts import naming_tag, reach
from desktop_app.core.search import index as search_index
from desktop_app.core.changes import Changes
from desktop_app.core.contacts.records import clean_values
from desktop_app.core.storage.rows import chunks
from desktop_app.core.when import local_date, utcnow
from desktop_app.core.errors import ValidationError
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.storage.schema import Contact, Interaction, database

if TYPE_CHECKING:  # the cadence modules load when a write needs them, not at start-up
    from desktop_app.core.followup.touchpoints import Undo

SETTABLE = FIELDS + ("stage",)

# Called as hook(action, count) before each bulk write (backups plug in here).
BEFORE_WRITE: list[Callable[[str, int], None]] = []


def before_write(action: str, count: int) -> None:
    """Run the registered hooks before a bulk write of ``count`` contacts."""
    for hook in BEFORE_WRITE:
        hook(action, count)


@dataclass(frozen=True)
class SetResult:
    """What ``set_field`` changed and what ``undo_set`` needs to put it back."""
    field: str
    value: str
    changed: tuple[int, ...]  # ids whose value actually changed
    old: tuple[tuple[int, str, object, object], ...]  # (id, old value, old deal_value, updated_at)
    events: tuple[int, ...]  # timeline events recorded (removed again by the undo)
    changes: Changes
    stopped: Undo | None = None  # cadences stopped by closing leads (``closing``)
    reach: reach.Snapshot = ()  # the stage dates before (``reach``), for the undo
    outcome: reach.Outcome | None = None  # the won date and amount / lost reason given


def _tag(row: dict) -> str:
    return naming_tag.stored_tag(row)


def set_field(ids: Iterable[int], field: str, value: str, *, now: datetime | None = None,
              outcome: reach.Outcome | None = None) -> SetResult:
    """Set ``field`` (a naming-tag field or ``stage``) to ``value`` for every contact in
    ``ids``, in one transaction: one UPDATE per 500 ids, the stage/tag events on each timeline,
    the search index flushed. Contacts that already hold the value are left alone. The record
    writer: a stage of won or lost stops cadences in the use-case ``contacts.editing``. A
    stage keeps the stage dates current (``reach``, with ``outcome`` when closing)."""
    if field not in SETTABLE:
        raise ValidationError(field, "Cannot set {field!r} for a group; use one of "
                              "{choices}.", field=field, choices=", ".join(SETTABLE))
    row_values = clean_values({field: value})
    new = row_values[field]
    ids = sorted(set(ids))
    now = now or utcnow()
    columns = [getattr(Contact, f) for f in FIELDS] + [Contact.tag_extra, Contact.stage,
                                                       Contact.deal_value, Contact.updated_at]
    before_write("set", len(ids))
    old, events = [], []
    with database.atomic():
        for chunk in chunks(ids):
            rows = Contact.select(Contact.id, *columns).where(Contact.id.in_(chunk)).dicts()
            for row in rows:
                if row[field] == new:
                    continue
                old.append((row["id"], row[field], row["deal_value"], row["updated_at"]))
                if field == "stage":
                    events.append((row["id"], "stage-changed", row["stage"], new))
                else:
                    events.append((row["id"], "tag-changed", _tag(row), _tag({**row, field: new})))
        changed = [o[0] for o in old]
        saved: reach.Snapshot = ()
        if field == "stage" and changed:
            saved = reach.snapshot(changed)
            reach.apply(changed, new, local_date(now), outcome)
        for chunk in chunks(changed):
            Contact.update(updated_at=now, **row_values).where(Contact.id.in_(chunk)).execute()
        event_ids = _record_events(events, now)
        search_index.flush()
    ids_set = frozenset(changed)
    changes = Changes(ids_set, rows_added_or_removed=bool(ids_set), timeline=ids_set)
    return SetResult(field, new, tuple(changed), tuple(old), tuple(event_ids), changes,
                     reach=saved, outcome=outcome)


def _record_events(events, now: datetime) -> list[int]:
    if not events:
        return []
    conn = database.connection()
    first = Interaction.select(Interaction.id).order_by(Interaction.id.desc()).limit(1).scalar()
    first = (first or 0) + 1
    stamp = now.isoformat(" ")
    conn.executemany(
        "INSERT INTO interaction (id, contact_id, at, kind, old_value, new_value, summary, "
        "next_step, created_at) VALUES (?, ?, ?, ?, ?, ?, '', '', ?)",
        [(first + k, cid, stamp, kind, o, n, stamp) for k, (cid, kind, o, n) in enumerate(events)])
    return list(range(first, first + len(events)))


def undo_set(result: SetResult) -> Changes:
    """Put back the values ``set_field`` replaced (and its updated times) and drop its
    events (``contacts.editing.undo_set`` also brings back the cadences it stopped)."""
    before_write("undo-set", len(result.old))
    with database.atomic():
        conn = database.connection()
        column = result.field
        extra = ", deal_value = ?" if column == "deal_size" else ""
        sql = f"UPDATE contact SET {column} = ?{extra}, updated_at = ? WHERE id = ?"
        conn.executemany(sql, [
            (value, deal, _stamp(updated), cid) if extra else (value, _stamp(updated), cid)
            for cid, value, deal, updated in result.old])
        reach.restore(result.reach)
        for chunk in chunks(result.events):
            Interaction.delete().where(
                Interaction.id.in_(chunk) & (Interaction.kind != ch.INTERACTION)).execute()
        search_index.flush()
    ids = frozenset(result.changed)
    return Changes(ids, rows_added_or_removed=bool(ids), timeline=ids)


def _stamp(value):
    return value.isoformat(" ") if isinstance(value, datetime) else value
