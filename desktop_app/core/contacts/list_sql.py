"""The list's unfiltered count and pages in plain SQL: what the window's first paint reads,
without peewee or the models (importing them is ~100 M instructions, a tenth of the start;
``listing`` builds the same statements with them, and a test holds the two equal).
``listing`` answers everything else (a filter, ids, a lead's position)."""
from __future__ import annotations

from datetime import datetime

from desktop_app.core.storage.bound import database

LIST_COLUMNS = (
    "name", "city", "company", "product", "deal_size", "title", "source",
    "phone", "stage", "created_at", "updated_at",
    "last_contacted_at", "unanswered_count",  # derived by core.timeline.records
    "next_due",  # derived by core.followup.touchpoints
    "grade", "score",  # derived by core.grading.score (grade: the manual one, else computed)
)
# The stored column of each list column's sort (the deal size sorts by its value).
SORT_COLUMNS = dict({c: c for c in LIST_COLUMNS}, deal_size="deal_value")
# The DATETIME columns, read as datetimes (``listing.stored_datetime``); the others as stored.
DATETIME_COLUMNS = ("created_at", "updated_at", "last_contacted_at")
_DATE_POSITIONS = frozenset(1 + LIST_COLUMNS.index(c) for c in DATETIME_COLUMNS)
_SELECT = ", ".join(f'"t1"."{c}"' for c in ("id", *LIST_COLUMNS))


def _alive(in_trash: bool) -> str:
    return f'("t1"."deleted_at" IS {"NOT NULL" if in_trash else "NULL"})'


def count_sql(in_trash: bool = False) -> str:
    """``listing.count_query(None, in_trash=...)``'s statement."""
    return f'SELECT COUNT(*) FROM "contact" AS "t1" WHERE {_alive(in_trash)}'


def page_sql(sort: str = "updated_at", descending: bool = True, in_trash: bool = False) -> str:
    """``listing.page_query(None, ...)``'s statement (parameters: limit, offset): the list
    walks its sort index; the trash is found and sorted."""
    column = f'"t1"."{SORT_COLUMNS[sort]}"'
    way = "DESC" if descending else "ASC"
    index = "" if in_trash else f' INDEXED BY "contact_{SORT_COLUMNS[sort]}"'
    return (f'SELECT {_SELECT} FROM "contact" AS "t1"{index} WHERE {_alive(in_trash)} '
            f'ORDER BY {column} {way}, "t1"."id" {way} LIMIT ? OFFSET ?')


def count(in_trash: bool = False) -> int:
    """``listing.count(None, in_trash=...)``."""
    return database.execute_sql(count_sql(in_trash)).fetchone()[0]


def page(*, sort: str = "updated_at", descending: bool = True, offset: int = 0,
         limit: int = 200, in_trash: bool = False) -> list[tuple]:
    """``listing.page(None, ...)``: rows ``(id, *LIST_COLUMNS)``, the dates as datetimes."""
    rows = database.execute_sql(page_sql(sort, descending, in_trash), (limit, offset)).fetchall()
    return [tuple(_datetime(v) if i in _DATE_POSITIONS else v for i, v in enumerate(row))
            for row in rows]


def unnamed_label(contact_id: int) -> str:
    """What tells a lead without a name apart in the list: its e-mail, else its WeChat id
    ('' when it has neither; a phone's contact with only an address imports so)."""
    row = database.execute_sql("SELECT email, wechat FROM contact WHERE id = ?",
                               (contact_id,)).fetchone()
    return next((v for v in row or () if v), "")


def _datetime(value):
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:  # another stored form: peewee's own parsing, as listing's
            from peewee import DateTimeField

            return DateTimeField().python_value(value)
    return value


_PHONES_SQL = ("SELECT contact_id, raw, label FROM phone WHERE contact_id IN "
               "(SELECT value FROM json_each(?)) ORDER BY contact_id, position")


def phones_of(contact_ids) -> dict[int, list[tuple[str, str]]]:
    """{contact id: [(number as typed, label), ...] in the lead's order}, in one query: for a
    list that shows phones next to rows it already has (the day's call sheet), without whole
    records."""
    import json

    out: dict[int, list[tuple[str, str]]] = {}
    if contact_ids:
        for contact_id, raw, label in database.execute_sql(
                _PHONES_SQL, (json.dumps(list(contact_ids)),)).fetchall():
            out.setdefault(contact_id, []).append((raw, label))
    return out
