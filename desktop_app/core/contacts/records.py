"""Contacts: create, update, trash, restore and list. Every write is one transaction."""
from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Iterable, Sequence

from peewee import SQL, Expression

from desktop_app.core.contacts import naming_tag, reach
from desktop_app.core.search import index as search_index
from desktop_app.core.timeline import records as timeline
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.contacts.listing import (  # noqa: F401 - part of this module's API
    LIST_COLUMNS,
    SORT_FIELDS,
    count,
    count_query,
    ids,
    page,
    page_query,
    position,
)
from desktop_app.core.contacts.phones import PhoneNumber, normalize
from desktop_app.core.storage.schema import Contact, Phone, database
from desktop_app.core.contacts.stages import stage_code
from desktop_app.core.storage import planner
from desktop_app.core.storage.rows import chunks
from desktop_app.core.when import local_date, utcnow

if TYPE_CHECKING:  # the cadence modules load when a write needs them, not at start-up
    from desktop_app.core.followup.touchpoints import Undo

OTHER_FIELDS = ("tag_extra", "email", "wechat", "notes", "stage")
EDITABLE = FIELDS + OTHER_FIELDS

# The list's columns, in display order; each sorts by the SQL column named in SORT_FIELDS.
# Append new columns at the end: pages are tuples (id, *LIST_COLUMNS).
@dataclass
class ContactRecord:
    id: int
    city: str = ""
    company: str = ""
    product: str = ""
    deal_size: str = ""
    name: str = ""
    title: str = ""
    source: str = ""
    tag_extra: str = ""
    deal_value: int | None = None
    email: str = ""
    wechat: str = ""
    notes: str = ""
    stage: str = "lead"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_contacted_at: datetime | None = None  # derived by core.timeline.records
    unanswered_count: int = 0
    next_due: date | None = None  # derived by core.followup.touchpoints: the running cadence's next touch
    import_batch_id: int | None = None
    contacted_on: date | None = None  # derived by core.contacts.reach: stages reached
    interested_on: date | None = None
    proposal_on: date | None = None
    won_on: date | None = None
    won_amount: int | None = None
    lost_on: date | None = None
    lost_from: str | None = None
    lost_reason: str | None = None
    score: float = 0.0  # derived by core.grading.score
    grade_auto: str = "D"
    grade_manual: str | None = None  # set by hand; overrides grade_auto until cleared
    grade: str = "D"  # the grade in force
    phones: list[PhoneNumber] = field(default_factory=list)

    @property
    def tag(self) -> str:
        return _tag_of(self.values())

    def values(self) -> dict[str, str]:
        """The editable values, as ``create``/``update`` take them."""
        return {f: getattr(self, f) for f in EDITABLE}

    def to_json(self) -> dict:
        """Stable keys for ``list --format json``: later versions add keys, never rename."""
        return {
            "id": self.id,
            **{f: getattr(self, f) for f in FIELDS[:4]},
            "deal_value": self.deal_value,
            **{f: getattr(self, f) for f in FIELDS[4:]},
            "tag": self.tag,
            "phones": [{"label": p.label, "number": p.raw, "e164": p.e164} for p in self.phones],
            "email": self.email,
            "wechat": self.wechat,
            "stage": self.stage,
            "notes": self.notes,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "last_contacted_at": _iso(self.last_contacted_at),
            "unanswered_count": self.unanswered_count,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "grade": self.grade,
            "score": self.score,
            "grade_auto": self.grade_auto,
            "grade_manual": self.grade_manual,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def values_from_tag(text: str, *, typed: bool = False) -> dict[str, str]:
    """The seven fields (and extra parts) that a pasted naming tag stands for (``typed``: by
    hand, where seven words between spaces are the seven parts: ``naming_tag.parse_typed``)."""
    tag = (naming_tag.parse_typed if typed else naming_tag.parse)(text)
    values = tag.fields()
    values["tag_extra"] = naming_tag.SEPARATOR.join(naming_tag.clean_field(x) for x in tag.extra)
    return values


def clean_values(values: dict) -> dict:
    """Validate and normalise editable values; adds the derived ``deal_value``."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "Unknown field {field!r}.", field=sorted(unknown)[0])
    out = {}
    for key, value in values.items():
        value = "" if value is None else str(value)
        if key in FIELDS:
            value = naming_tag.clean_field(value)
        elif key == "stage":
            value = stage_code(value)
        elif key == "notes":
            value = value.rstrip()
        elif key == "tag_extra":
            parts = naming_tag.parse(naming_tag.SEPARATOR * 7 + value).extra
            value = naming_tag.SEPARATOR.join(naming_tag.clean_field(p) for p in parts)
        else:  # e-mail, WeChat id: one line, nothing invisible
            value = naming_tag.INVISIBLE.sub("", value).strip()
        out[key] = value
    if "email" in out and out["email"] and "@" not in out["email"]:
        raise ValidationError("email", "{email!r} is not an email address.", email=out["email"])
    if "deal_size" in out:
        out["deal_value"] = naming_tag.deal_value(out["deal_size"])
    return out


def _phone_numbers(phones: Iterable) -> list[PhoneNumber]:
    result = []
    for p in phones:
        if isinstance(p, PhoneNumber):
            label, raw = p.label, p.raw
        elif isinstance(p, str):
            label, raw = "", p
        else:
            label, raw = p
        if raw and raw.strip():
            result.append(normalize(raw, label))
    return result


def _write_phones(contact_id: int, numbers: Sequence[PhoneNumber]) -> str:
    Phone.delete().where(Phone.contact == contact_id).execute()
    if numbers:
        Phone.insert_many(
            [
                {"contact": contact_id, "position": i, "label": n.label, "raw": n.raw,
                 "e164": n.e164, "digits": n.digits}
                for i, n in enumerate(numbers)
            ]
        ).execute()
    return numbers[0].raw if numbers else ""


def create(values: dict, phones: Iterable = (), *, now: datetime | None = None,
           event: str = "created") -> tuple[int, Changes]:
    """Add one contact; returns its id and the Changes.

    Its timeline starts with ``event`` ("created", or "imported" from the importer) whose
    ``new_value`` is the stage it starts in.
    """
    row = clean_values(values)
    numbers = _phone_numbers(phones)
    now = now or utcnow()
    with database.atomic():
        contact_id = Contact.insert(created_at=now, updated_at=now, **row).execute()
        first = _write_phones(contact_id, numbers)
        if first:
            Contact.update(phone=first).where(Contact.id == contact_id).execute()
        if row.get("stage", "lead") != "lead":
            reach.apply([contact_id], row["stage"], local_date(now), fresh=True)
        timeline.record_event(contact_id, event, new=row.get("stage", "lead"), now=now)
        search_index.flush()
    ids = frozenset({contact_id})
    return contact_id, Changes(ids, rows_added_or_removed=True, timeline=ids)


@dataclass(frozen=True)
class Updated(Changes):
    stage: str | None = None  # the new stage, when the stage changed
    reach: reach.Snapshot | None = None  # the stage dates before a stage change (the undo's)
    stopped: Undo | None = None  # the cadence that closing the lead stopped (``editing``)


def update(contact_id: int, values: dict, phones: Iterable | None = None, *,
           now: datetime | None = None, outcome: reach.Outcome | None = None,
           restore_reach: reach.Snapshot | None = None) -> Updated:
    """Change some values (and, when ``phones`` is given, replace the phone list), with the
    stage and tag events on the timeline. The record writer: what a stage change stops is
    the use-case ``contacts.editing.update``'s business.

    A stage change keeps the stage dates current (``reach``; ``outcome``: the won date and
    amount or the lost reason); ``restore_reach`` (an undo) puts saved ones back instead."""
    row = clean_values(values)
    numbers = None if phones is None else _phone_numbers(phones)
    now = now or utcnow()
    with database.atomic():
        old = (Contact.select(*[getattr(Contact, f) for f in _TAG_FIELDS], Contact.stage)
               .where(Contact.id == contact_id).dicts().first())
        if old is None:
            raise NotFound("No contact with id {id}.", id=contact_id)
        if numbers is not None:
            row["phone"] = _write_phones(contact_id, numbers)
        before = None
        if row.get("stage", old["stage"]) != old["stage"]:
            before = reach.snapshot([contact_id])
            if restore_reach is None:
                if "deal_value" in row and (outcome is None or outcome.won_amount is None):
                    outcome = replace(outcome or reach.Outcome(), won_amount=row["deal_value"])
                reach.apply([contact_id], row["stage"], local_date(now), outcome)
        if restore_reach is not None:
            reach.restore(restore_reach)
        row["updated_at"] = now
        Contact.update(**row).where(Contact.id == contact_id).execute()
        events = _timeline_events(contact_id, old, row, now)
        search_index.flush()
    ids = frozenset({contact_id})
    stage = row["stage"] if row.get("stage", old["stage"]) != old["stage"] else None
    return Updated(ids, timeline=ids if events else frozenset(), stage=stage, reach=before)


_TAG_FIELDS = FIELDS + ("tag_extra",)


def _tag_of(values: dict) -> str:
    return naming_tag.stored_tag(values)


def _timeline_events(contact_id: int, old: dict, row: dict, now: datetime) -> int:
    """Record stage and naming-tag changes on the timeline; returns how many were recorded."""
    recorded = 0
    if row.get("stage", old["stage"]) != old["stage"]:
        timeline.record_event(contact_id, "stage-changed", old=old["stage"], new=row["stage"],
                              now=now)
        recorded += 1
    old_tag, new_tag = _tag_of(old), _tag_of({**old, **row})
    if new_tag != old_tag:
        timeline.record_event(contact_id, "tag-changed", old=old_tag, new=new_tag, now=now)
        recorded += 1
    return recorded


_STORED = FIELDS + OTHER_FIELDS + ("deal_value",)
_INSERT_SQL = (
    f"INSERT INTO contact (id, {', '.join(_STORED)}, phone, created_at, updated_at, "
    f"import_batch_id) VALUES ({', '.join('?' * (len(_STORED) + 5))})"
)
_PHONE_INSERT_SQL = ("INSERT INTO phone (contact_id, position, label, raw, e164, digits) "
                     "VALUES (?, ?, ?, ?, ?, ?)")
_DEFAULTS = {f: "" for f in EDITABLE} | {"stage": "lead", "deal_value": None}
_IMPORTED_SQL = ("INSERT INTO interaction (contact_id, at, kind, new_value, created_at) "
                 "VALUES (?, ?, 'imported', ?, ?)")


def write_many(inserts: Sequence[tuple[dict, Sequence[PhoneNumber]]] = (),
               updates: Sequence[tuple[int, dict, Sequence[PhoneNumber] | None]] = (), *,
               batch_id: int | None = None, now: datetime | None = None,
               ) -> tuple[list[int], Changes]:
    """THE bulk write (import, merge, undo of a merge): every contact row that a bulk operation
    creates or changes goes through here, so the search index can be updated in one place.

    ``inserts``: ``(values, phones)``; ``updates``: ``(id, values, phones or None to keep)``.
    ``values`` must come from ``clean_values`` (not re-checked here: 100,000 rows). Inserted
    contacts get consecutive new ids (returned in order) and ``import_batch_id = batch_id``.
    Runs in one transaction, through the raw connection's ``executemany``: peewee's
    ``insert_many`` is ~12x slower at this size. Inside a caller's transaction (an import writes
    in chunks) it opens no savepoint of its own: in a savepoint every row whose triggers fire
    journals the pages it touches, ~10x slower; the caller's transaction is then the unit that
    is written whole or not at all.
    """
    now_text = (now or utcnow()).isoformat(" ")
    conn = database.connection()
    new_ids: list[int] = []
    with nullcontext() if database.in_transaction() else database.atomic():
        if inserts:
            first_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM contact").fetchone()[0]
            rows, phone_rows = [], []
            for offset, (values, numbers) in enumerate(inserts):
                cid = first_id + offset
                new_ids.append(cid)
                merged = _DEFAULTS | values
                rows.append((cid, *[merged[f] for f in _STORED],
                             numbers[0].raw if numbers else "", now_text, now_text, batch_id))
                phone_rows.extend((cid, pos, n.label, n.raw, n.e164, n.digits)
                                  for pos, n in enumerate(numbers))
            conn.executemany(_INSERT_SQL, rows)
            if phone_rows:
                conn.executemany(_PHONE_INSERT_SQL, phone_rows)
            started: dict[str, list[int]] = {}
            for cid, row in zip(new_ids, rows):
                started.setdefault(row[1 + _STORED.index("stage")], []).append(cid)
            for stage, stage_ids in started.items():
                if stage != "lead":
                    reach.apply(stage_ids, stage, local_date(now or utcnow()), fresh=True)
        for contact_id, values, numbers in updates:
            columns = dict(values)
            if numbers is not None:
                conn.execute("DELETE FROM phone WHERE contact_id = ?", (contact_id,))
                conn.executemany(_PHONE_INSERT_SQL, [
                    (contact_id, pos, n.label, n.raw, n.e164, n.digits)
                    for pos, n in enumerate(numbers)])
                columns["phone"] = numbers[0].raw if numbers else ""
            columns["updated_at"] = now_text
            if "stage" in columns:  # (a merge or its undo): the stage dates follow
                reach.apply([contact_id], columns["stage"], local_date(now or utcnow()))
            unknown = set(columns) - set(_STORED) - {"phone", "updated_at"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], "Unknown field {field!r}.", field=sorted(unknown)[0])
            assignments = ", ".join(f"{c} = ?" for c in columns)
            conn.execute(f"UPDATE contact SET {assignments} WHERE id = ?",
                         (*columns.values(), contact_id))
        if new_ids:  # each new lead's timeline starts with "imported" (its starting stage)
            conn.executemany(_IMPORTED_SQL, [(cid, now_text, row[1 + _STORED.index("stage")],
                                              now_text) for cid, row in zip(new_ids, rows)])
        search_index.flush()  # the triggers listed every inserted or changed contact
    if len(new_ids) > 1000:
        planner.analyze_if_stale()
    touched = frozenset(new_ids) | frozenset(u[0] for u in updates)
    return new_ids, Changes(touched, rows_added_or_removed=bool(new_ids),
                            timeline=frozenset(new_ids))


def get(contact_id: int) -> ContactRecord:
    row = Contact.select().where(Contact.id == contact_id).dicts().first()
    if row is None:
        raise NotFound("No contact with id {id}.", id=contact_id)
    row.pop("phone", None)
    record = ContactRecord(**row)
    record.phones = [
        PhoneNumber(raw=p.raw, label=p.label, e164=p.e164, digits=p.digits)
        for p in Phone.select().where(Phone.contact == contact_id).order_by(Phone.position)
    ]
    return record


def get_many(ids: Sequence[int]) -> list[ContactRecord]:
    """Records for ``ids`` in that order, phones included, in two queries per 500 ids.

    Rows are read from the cursor and only dates converted (peewee's per-value conversion
    was most of ``contact-book list`` for 5,000 leads)."""
    records: dict[int, ContactRecord] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        listed = _json_ids(chunk)  # one parameter, not one converted value per id
        cursor = database.execute(Contact.select(*_RECORD_FIELDS)
                                  .where(Expression(Contact.id, "IN", listed)))
        for row in cursor.fetchall():
            values = {name: convert(v) if convert is not None and v is not None else v
                      for (name, convert), v in zip(_RECORD_CONVERT, row)}
            records[values["id"]] = ContactRecord(**values)
        phones = (Phone.select(Phone.contact_id, Phone.raw, Phone.label, Phone.e164, Phone.digits)
                  .where(Expression(Phone.contact, "IN", listed))
                  .order_by(Phone.contact, Phone.position))
        for contact_id, raw, label, e164, digits in database.execute(phones).fetchall():
            records[contact_id].phones.append(
                PhoneNumber(raw=raw, label=label, e164=e164, digits=digits))
    return [records[i] for i in ids if i in records]


def _json_ids(ids: list[int]):
    return SQL("(SELECT value FROM json_each(?))", [json.dumps(ids)])


def _date(value):
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return Contact.next_due.python_value(value)


def _converter(f):
    from peewee import DateField, DateTimeField, FloatField

    from desktop_app.core.contacts.listing import stored_datetime

    if isinstance(f, DateTimeField):
        return stored_datetime
    if isinstance(f, DateField):
        return _date
    if isinstance(f, FloatField):
        return float
    return None


_RECORD_FIELDS = [f for f in Contact._meta.sorted_fields if f.name != "phone"]
_RECORD_CONVERT = [(f.name, _converter(f)) for f in _RECORD_FIELDS]


def _mark_deleted(ids: Iterable[int], deleted_at: datetime | None) -> Changes:
    ids = frozenset(ids)
    with database.atomic():
        for chunk in chunks(sorted(ids)):
            Contact.update(deleted_at=deleted_at).where(Contact.id.in_(chunk)).execute()
        search_index.flush()  # the index knows the trash state, for counts
    return Changes(ids, rows_added_or_removed=True)


def trash(ids: Iterable[int], *, now: datetime | None = None) -> Changes:
    """Move contacts to the trash (soft delete); ``restore`` brings them back."""
    return _mark_deleted(ids, now or utcnow())


def restore(ids: Iterable[int]) -> Changes:
    return _mark_deleted(ids, None)


def purge(ids: Iterable[int]) -> Changes:
    """Delete for good (emptying the trash, undoing a create). Phones go with them."""
    ids = frozenset(ids)
    with database.atomic():
        for chunk in chunks(sorted(ids)):
            Contact.delete().where(Contact.id.in_(chunk)).execute()  # a trigger drops the index rows
        search_index.flush()
    return Changes(ids, rows_added_or_removed=True)


def reinsert(record: ContactRecord) -> Changes:
    """Put a purged contact back with its id, timestamps and phones (redo of an undone create)."""
    row = clean_values(record.values())
    numbers = _phone_numbers(record.phones)
    with database.atomic():
        if Contact.select(Contact.id).where(Contact.id == record.id).exists():
            raise ValidationError("id", "A contact with id {id} already exists.", id=record.id)
        now = utcnow()
        Contact.insert(id=record.id, created_at=record.created_at or now,
                       updated_at=record.updated_at or now, deleted_at=record.deleted_at,
                       **row).execute()
        first = _write_phones(record.id, numbers)
        if first:
            Contact.update(phone=first).where(Contact.id == record.id).execute()
        search_index.flush()
    return Changes(frozenset({record.id}), rows_added_or_removed=True)
