"""Listing contacts: counts, pages, ids and a contact's position under a filter and a sort,
all in SQL. ``records`` re-exports these names (``contacts.count(...)``)."""
from __future__ import annotations

import copy
from datetime import datetime

from peewee import SQL, DateTimeField, NodeList, fn

from desktop_app.core.contacts.list_sql import LIST_COLUMNS, phones_of  # noqa: F401 - also here
from desktop_app.core.errors import ReadOnlyDatabase
from desktop_app.core.storage.schema import Contact, database

SORT_FIELDS = {c: getattr(Contact, c) for c in LIST_COLUMNS}
SORT_FIELDS["deal_size"] = Contact.deal_value
_ROW_SELECT = [Contact.id] + [getattr(Contact, c) for c in LIST_COLUMNS]


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


def count_matched(where=None, *, in_trash: bool = False):
    """``(count, where)``: the count, and the ``where`` to read this filter's pages and rows
    with on this connection (until its next call here). A filter counted by its full-text
    match alone (positive terms, nothing but stages and negative terms besides) is matched
    once into a temporary table that the count and the pages then read, instead of matching
    again for each (``SearchPlan.match_once``): `sh` (68,925 of 100,000 leads) counted and
    paged in ~21 ms against ~28. Any other filter, or a read-only connection, as ``count``;
    ``where`` itself is never changed (other threads read it on their connections)."""
    plan = getattr(where, "search_plan", None)
    if plan is None or not plan.positive or plan.rest:
        return count(where, in_trash=in_trash), where
    try:
        matched, plan = plan.match_once(in_trash)
    except ReadOnlyDatabase:
        return count(where, in_trash=in_trash), where
    where = copy.copy(where)
    where.search_plan = plan
    return matched, where


# A page is read by walking the list's sort index (testing each row against the filter) rather
# than by finding every match and sorting them, when matches² > SCAN_FACTOR * rows to read *
# contacts: measured at 100,000 contacts, a found-and-sorted row costs ~6x a walked one.
# SQLite's planner, left alone, found-and-sorted every match even with no filter (27 ms for
# the first 50 of 100,000 rows; 0.2 ms walking the index).
SCAN_FACTOR = 0.15


def sort_index(sort: str) -> str:
    """The index ``(deleted_at, column)`` that lists are read in when sorted by ``sort``
    (created by the schema for every LIST_COLUMNS entry; a test checks they exist)."""
    return f"contact_{SORT_FIELDS[sort].column_name}"


def _walk_sort_index(where, matches: int | None, rows: int) -> bool:
    if where is None:
        return True
    if matches is None:
        matches = count(where)
    return matches * matches > SCAN_FACTOR * rows * _all_rows()


def _all_rows() -> int:
    """About how many contacts there are (max(id): one index lookup, no count)."""
    return database.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0


def page_query(where=None, *, sort: str = "updated_at", descending: bool = True,
               offset: int = 0, limit: int = 200, in_trash: bool = False,
               matches: int | None = None):
    """The query behind ``page``. ``matches``: how many rows the filter lists, when the
    caller knows (else it is counted): it picks between walking the sort index and finding
    the matches (a ``search_plan``'s full-text lookups, or the filter's own indexes) and
    sorting them. The trash is always found and sorted (its rows are not one index range)."""
    plan = getattr(where, "search_plan", None)
    column = SORT_FIELDS[sort]
    order = [column.desc(), Contact.id.desc()] if descending else [column.asc(), Contact.id.asc()]
    query = Contact.select(*_ROW_SELECT)
    if not in_trash and _walk_sort_index(where, matches, offset + limit):
        condition = plan.scan_condition(in_trash) if plan is not None else _base_where(where, False)
        query = query.from_(NodeList((Contact, SQL(f'INDEXED BY "{sort_index(sort)}"'))))
    else:
        condition = plan.condition(in_trash) if plan is not None else _base_where(where, in_trash)
    return query.where(condition).order_by(*order).offset(offset).limit(limit)


def page(where=None, *, sort: str = "updated_at", descending: bool = True, offset: int = 0,
         limit: int = 200, in_trash: bool = False, matches: int | None = None) -> list[tuple]:
    """Rows ``(id, *LIST_COLUMNS)`` of one page of the list, sorted in SQL (``matches``: see
    ``page_query``)."""
    query = page_query(where, sort=sort, descending=descending, offset=offset, limit=limit,
                       in_trash=in_trash, matches=matches)
    # The cursor's rows as they are but for the two dates: peewee's per-value conversion
    # (strptime for dates) costs more than the query itself for a page of 200.
    rows = database.execute(query).fetchall()
    return [tuple(stored_datetime(v) if i in _DATE_POSITIONS else v for i, v in enumerate(row))
            for row in rows]


_DATE_POSITIONS = frozenset(1 + LIST_COLUMNS.index(c) for c in LIST_COLUMNS
                            if isinstance(SORT_FIELDS[c], DateTimeField))


def stored_datetime(value):
    """A DATETIME column's text as a datetime (``fromisoformat``; peewee's own parsing for
    any other stored form). Reading rows from the cursor and converting only these is much
    cheaper than peewee's per-value conversion."""
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
    # the cursor's rows, not peewee's row wrappers: 100,000 ids in ~120 ms instead of ~300
    return [r[0] for r in database.execute(query).fetchall()]


def position(contact_id: int, where=None, *, sort: str = "updated_at", descending: bool = True,
             in_trash: bool = False, matches: int | None = None) -> int | None:
    """The 0-based row of ``contact_id`` in the list ``page`` shows; None when it is not in it.
    ``matches``: how many rows the filter lists, when the caller knows (see ``page_query``).

    Lets a view keep the same contact selected after a filter or an edit. Two queries through
    the indexes: the contact's own sort value (if the filter keeps it), then how many listed
    rows sort before it. Numbering every matching row (ROW_NUMBER) instead took 155 ms of a
    196 ms keystroke at 100,000 leads."""
    column = SORT_FIELDS[sort]
    condition = _base_where(where, in_trash)
    found = (Contact.select(column.alias("v")).where(condition & (Contact.id == contact_id))
             .tuples().first())
    if found is None:
        return None
    value = found[0]
    if descending:  # (column DESC, id DESC): NULLs come last
        if value is None:
            before = column.is_null(False) | (column.is_null() & (Contact.id > contact_id))
        else:
            before = (column > value) | ((column == value) & (Contact.id > contact_id))
    else:  # (column ASC, id ASC): NULLs come first
        if value is None:
            before = column.is_null() & (Contact.id < contact_id)
        else:
            before = (column.is_null() | (column < value)
                      | ((column == value) & (Contact.id < contact_id)))
    reach = _walk_reach(where, matches) if descending and not in_trash and value is not None \
        else 0
    if reach:
        # Newest first (or any column descending): walk the sort index up from the lead,
        # stopping after ``reach`` rows that sort before it. Near the top that is a fraction
        # of the count below, which visits every match (the list's default order at 100,000
        # leads, row 1,500: deal>=100万 ~5 instead of ~20 ms, no filter ~1 instead of ~25);
        # further down it adds about an eighth. The >= gives the walk its index range.
        plan = getattr(where, "search_plan", None)
        walk = plan.scan_condition(False) if plan is not None else condition
        near = (Contact.select(SQL("1"))
                .from_(NodeList((Contact, SQL(f'INDEXED BY "{sort_index(sort)}"'))))
                .where(walk & (column >= value) & before).limit(reach))
        sql, params = near.sql()
        n = database.execute_sql(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
        if n < reach:
            return n
    return Contact.select(fn.COUNT(Contact.id)).where(condition & before).scalar()


def _walk_reach(where, matches: int | None) -> int:
    """How many rows ``position`` may walk (0: not worth a walk). Reaching k matches walks
    about k * all / matches rows, each an index entry and a row; counting visits about
    ``matches`` (fewer steps, through the filter's own index): k = matches² / (8 * all)."""
    if matches is None:
        matches = count(where)
    total = _all_rows()
    reach = matches * matches // (8 * total) if total else 0
    return reach if reach >= 50 else 0


_SUMMARY_SQL = (
    "SELECT c.id, c.city, c.company, c.product, c.deal_size, c.name, c.title, c.source, "
    "c.tag_extra, c.stage, c.grade, c.grade_manual, c.score "
    "FROM contact c WHERE c.id IN (SELECT value FROM json_each(?))")
_SUMMARY_PHONES = ("SELECT contact_id, raw FROM phone WHERE contact_id IN "
                   "(SELECT value FROM json_each(?)) ORDER BY contact_id, position")


def summaries(contact_ids) -> list[tuple]:
    """``(id, tag, [phones as typed], stage, grade, grade set by hand, score)`` for these ids,
    in their order, in two queries: what a printed list shows, without reading whole records
    (``records.get_many`` builds ~30 fields and a phone object for each)."""
    import json

    from desktop_app.core.contacts import naming_tag

    listed = (json.dumps(list(contact_ids)),)
    phones: dict[int, list[str]] = {}
    for contact_id, raw in database.execute_sql(_SUMMARY_PHONES, listed).fetchall():
        phones.setdefault(contact_id, []).append(raw)
    rows = {}
    for r in database.execute_sql(_SUMMARY_SQL, listed).fetchall():
        tag = naming_tag.stored_tag(dict(zip((*naming_tag.FIELDS, "tag_extra"), r[1:9])))
        rows[r[0]] = (r[0], tag, phones.get(r[0], []), r[9], r[10], bool(r[11]), r[12])
    return [rows[i] for i in contact_ids if i in rows]


