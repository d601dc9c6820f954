"""Small helpers every record writer uses: ids in chunks for ``IN (...)`` lists, the next free
id of a table, raw SQL, and the stored forms of dates and times. One home for each job."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.bound import database

CHUNK = 500  # ids per IN (...) list: far below SQLite's limit on bound variables
MANY = 5000  # more ids than this: read the whole (indexed) set instead of IN lists


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def id_list(ids: int | Iterable[int]) -> list[int]:
    """One id or many as a list of ints, duplicates dropped, order kept."""
    if isinstance(ids, int):
        return [ids]
    return list(dict.fromkeys(int(i) for i in ids))


def marks(items: Sequence) -> str:
    """``?, ?, ?``: one placeholder per item."""
    return ", ".join("?" * len(items))


def sql(query: str, params: Sequence = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


def next_id(table: str) -> int:
    """The id the next row of ``table`` gets when rows are inserted with explicit ids (inside
    the writer's transaction, so no other writer can take it)."""
    return sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")[0][0]


def stamp(value: datetime | str) -> str:
    """A naive UTC datetime as stored (``2026-11-24 09:30:00``)."""
    return value if isinstance(value, str) else value.isoformat(" ")


def as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def as_datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def require_live_contacts(ids: list[int]) -> None:
    """Every id is a contact and none is in the trash (NotFound / ValidationError)."""
    if len(ids) > MANY:
        rows = dict(sql("SELECT id, deleted_at FROM contact"))
    else:
        rows = {}
        for chunk in chunks(ids):
            rows.update(sql(f"SELECT id, deleted_at FROM contact WHERE id IN ({marks(chunk)})",
                            chunk))
    for cid in ids:
        if cid not in rows:
            raise NotFound("No contact with id {id}.", id=cid)
        if rows[cid] is not None:
            raise ValidationError("contact", "Contact {id} is in the trash.", id=cid)
