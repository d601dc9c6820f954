"""Contacts: create, update, trash, restore and list. Every write is one transaction."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Iterable, Sequence

from peewee import SQL, DateTimeField, fn

from desktop_app.core.contacts import naming_tag
from desktop_app.core.search import index as search_index
from desktop_app.core.timeline import records as timeline
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.contacts.phones import PhoneNumber, normalize
from desktop_app.core.storage.schema import Contact, Phone, database
from desktop_app.core.contacts.stages import stage_code
from desktop_app.core.storage.rows import chunks
from desktop_app.core.when import utcnow

if TYPE_CHECKING:  # the cadence modules load when a write needs them, not at start-up
    from desktop_app.core.followup.touchpoints import Undo

OTHER_FIELDS = ("tag_extra", "email", "wechat", "notes", "stage")
EDITABLE = FIELDS + OTHER_FIELDS

# The list's columns, in display order; each sorts by the SQL column named in SORT_FIELDS.
# Append new columns at the end: pages are tuples (id, *LIST_COLUMNS).
LIST_COLUMNS = (
    "name", "city", "company", "product", "deal_size", "title", "source",
    "phone", "stage", "created_at", "updated_at",
    "last_contacted_at", "unanswered_count",  # derived by core.timeline.records
    "next_due",  # derived by core.followup.touchpoints
    "grade", "score",  # derived by core.grading.score (grade: the manual one, else computed)
)
SORT_FIELDS = {c: getattr(Contact, c) for c in LIST_COLUMNS}
SORT_FIELDS["deal_size"] = Contact.deal_value
_ROW_SELECT = [Contact.id] + [getattr(Contact, c) for c in LIST_COLUMNS]


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


def values_from_tag(text: str) -> dict[str, str]:
    """The seven fields (and extra parts) that a pasted naming tag stands for."""
    tag = naming_tag.parse(text)
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
            value = naming_tag.SEPARATOR.join(parts)
        else:
            value = value.strip()
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
        timeline.record_event(contact_id, event, new=row.get("stage", "lead"), now=now)
        search_index.flush()
    ids = frozenset({contact_id})
    return contact_id, Changes(ids, rows_added_or_removed=True, timeline=ids)


@dataclass(frozen=True)
class Updated(Changes):
    stage: str | None = None  # the new stage, when the stage changed
    stopped: Undo | None = None  # the cadence that closing the lead stopped (``editing``)


def update(contact_id: int, values: dict, phones: Iterable | None = None, *,
           now: datetime | None = None) -> Updated:
    """Change some values (and, when ``phones`` is given, replace the phone list), with the
    stage and tag events on the timeline. The record writer: what a stage change stops is
    the use-case ``contacts.editing.update``'s business."""
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
        row["updated_at"] = now
        Contact.update(**row).where(Contact.id == contact_id).execute()
        events = _timeline_events(contact_id, old, row, now)
        search_index.flush()
    ids = frozenset({contact_id})
    stage = row["stage"] if row.get("stage", old["stage"]) != old["stage"] else None
    return Updated(ids, timeline=ids if events else frozenset(), stage=stage)


_TAG_FIELDS = FIELDS + ("tag_extra",)


def _tag_of(values: dict) -> str:
    extra = values["tag_extra"]
    return naming_tag.compose({f: values[f] for f in FIELDS},
                              tuple(extra.split(naming_tag.SEPARATOR)) if extra else ())


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
        for contact_id, values, numbers in updates:
            columns = dict(values)
            if numbers is not None:
                conn.execute("DELETE FROM phone WHERE contact_id = ?", (contact_id,))
                conn.executemany(_PHONE_INSERT_SQL, [
                    (contact_id, pos, n.label, n.raw, n.e164, n.digits)
                    for pos, n in enumerate(numbers)])
                columns["phone"] = numbers[0].raw if numbers else ""
            columns["updated_at"] = now_text
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
        search_index.analyze_if_stale()
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
    """Records for ``ids`` in that order, phones included, in two queries per 500 ids."""
    records: dict[int, ContactRecord] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for row in Contact.select().where(Contact.id.in_(chunk)).dicts():
            row.pop("phone", None)
            records[row["id"]] = ContactRecord(**row)
        for p in (Phone.select().where(Phone.contact.in_(chunk))
                  .order_by(Phone.contact, Phone.position)):
            records[p.contact_id].phones.append(
                PhoneNumber(raw=p.raw, label=p.label, e164=p.e164, digits=p.digits))
    return [records[i] for i in ids if i in records]


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


def _base_where(where, in_trash: bool):
    alive = Contact.deleted_at.is_null(not in_trash)
    return alive if where is None else (alive & where)


def count_query(where=None, *, in_trash: bool = False):
    """The query behind ``count`` (benchmarks run its SQL directly).

    A ``where`` from ``query.parse`` carries a ``search_plan`` that may count in the search
    index alone (no visit to the contact table).
    """
    plan = getattr(where, "search_plan", None)
    query = plan.count_query(in_trash) if plan is not None else None
    if query is None:
        query = Contact.select(fn.COUNT(SQL("*"))).where(_base_where(where, in_trash))
    return query


def count(where=None, *, in_trash: bool = False) -> int:
    """How many contacts match; a plain COUNT(*) (peewee's .count() wraps a subquery)."""
    return count_query(where, in_trash=in_trash).scalar()


def page_query(where=None, *, sort: str = "updated_at", descending: bool = True,
               offset: int = 0, limit: int = 200, in_trash: bool = False):
    """The query behind ``page`` (a ``search_plan`` picks lookups or an index scan)."""
    plan = getattr(where, "search_plan", None)
    condition = (plan.page_condition(in_trash, offset, limit) if plan is not None
                 else _base_where(where, in_trash))
    column = SORT_FIELDS[sort]
    order = [column.desc(), Contact.id.desc()] if descending else [column.asc(), Contact.id.asc()]
    return (Contact.select(*_ROW_SELECT).where(condition)
            .order_by(*order).offset(offset).limit(limit))


def page(where=None, *, sort: str = "updated_at", descending: bool = True, offset: int = 0,
         limit: int = 200, in_trash: bool = False) -> list[tuple]:
    """Rows ``(id, *LIST_COLUMNS)`` of one page of the list, sorted in SQL."""
    query = page_query(where, sort=sort, descending=descending, offset=offset, limit=limit,
                       in_trash=in_trash)
    # The cursor's rows as they are but for the two dates: peewee's per-value conversion
    # (strptime for dates) costs more than the query itself for a page of 200.
    rows = database.execute(query).fetchall()
    return [tuple(_datetime(v) if i in _DATE_POSITIONS else v for i, v in enumerate(row))
            for row in rows]


_DATE_POSITIONS = frozenset(1 + LIST_COLUMNS.index(c) for c in LIST_COLUMNS
                            if isinstance(SORT_FIELDS[c], DateTimeField))


def _datetime(value):
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return Contact.updated_at.python_value(value)
    return value


def ids(where=None, *, sort: str = "updated_at", descending: bool = True,
        in_trash: bool = False) -> list[int]:
    """All matching ids, in list order (for "select all in this filter" and the CLI)."""
    column = SORT_FIELDS[sort]
    order = [column.desc(), Contact.id.desc()] if descending else [column.asc(), Contact.id.asc()]
    query = Contact.select(Contact.id).where(_base_where(where, in_trash)).order_by(*order)
    return [r[0] for r in query.tuples()]


def position(contact_id: int, where=None, *, sort: str = "updated_at", descending: bool = True,
             in_trash: bool = False) -> int | None:
    """The 0-based row of ``contact_id`` in the list ``page`` shows; None when it is not in it.

    Lets a view keep the same contact selected after an edit moves it (one query, in SQL).
    """
    column = SORT_FIELDS[sort]
    order = [column.desc(), Contact.id.desc()] if descending else [column.asc(), Contact.id.asc()]
    inner = (Contact.select(Contact.id, fn.ROW_NUMBER().over(order_by=order).alias("rn"))
             .where(_base_where(where, in_trash)))
    row_number = inner.select_from(inner.c.rn).where(inner.c.id == contact_id).scalar()
    return None if row_number is None else row_number - 1


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
