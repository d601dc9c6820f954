"""``listing.position``: the row of a contact in the list as ``page`` sorts it, for every sort
column, both directions, with NULL and equal sort values, a filter and the trash: compared
with the contact's index in the pages themselves."""
import random

import pytest

from desktop_app.core.contacts import listing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import query


@pytest.fixture
def leads(db):
    rnd = random.Random(9)
    ids = []
    for i in range(120):
        values = {"name": rnd.choice(["王芳", "叶辉", "", "李娜"]) + str(i % 7),
                  "city": rnd.choice(["上海", "北京", ""]),
                  "deal_size": rnd.choice(["", "5万", "5万", "100万", "1千万"]),
                  "source": rnd.choice(["知乎", "抖音"])}
        ids.append(contacts.create(values)[0])
    contacts.trash(ids[:10])
    return ids


@pytest.mark.parametrize("sort", sorted(listing.SORT_FIELDS))
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("text,in_trash", [("", False), ("source:知乎", False), ("", True),
                                           ("王芳", False)])
@pytest.mark.parametrize("matches", [None, 220, 100_000])
def test_position_is_the_row_page_shows(leads, sort, descending, text, in_trash, matches):
    """``matches`` stands for the filter's size at 100,000 leads: None counts (120 leads: no
    walk), 220 lets the walk up the sort index reach 50 rows (then it counts), 100,000 lets it
    reach every row."""
    where = query.parse(text).where
    rows = listing.page(where, sort=sort, descending=descending, limit=1000, in_trash=in_trash)
    order = [r[0] for r in rows]
    for cid in leads:
        expected = order.index(cid) if cid in order else None
        assert listing.position(cid, where, sort=sort, descending=descending,
                                in_trash=in_trash, matches=matches) == expected, (cid, sort)


def test_the_walk_is_taken_and_stops_at_its_reach(leads):
    """A lead near the top is found by the walk up the sort index alone; one beyond its reach
    is counted after it (the statements SQLite runs, traced)."""
    from desktop_app.core.storage.schema import database

    where = query.parse("").where
    order = [r[0] for r in listing.page(where, limit=1000)]
    statements = []
    database.connection().set_trace_callback(statements.append)
    try:
        assert listing.position(order[3], where, matches=220) == 3  # reach 50: the walk
        walked = [s for s in statements if "INDEXED BY" in s and "LIMIT 50" in s]
        counted = [s for s in statements if 'COUNT("t1"."id")' in s]
        assert walked and not counted
        statements.clear()
        assert listing.position(order[60], where, matches=220) == 60  # beyond it: counted
        walked = [s for s in statements if "INDEXED BY" in s and "LIMIT 50" in s]
        counted = [s for s in statements if 'COUNT("t1"."id")' in s]
        assert walked and counted
    finally:
        database.connection().set_trace_callback(None)


def test_every_sort_column_has_its_index_and_a_first_page_walks_it(db):
    """Pages sorted by any column of the list read the (deleted_at, column) index in order: no
    sorting of every row (27 ms at 100,000 leads for the first 50 of an unfiltered list)."""
    from desktop_app.core.storage.schema import database

    names = {r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    for sort in listing.LIST_COLUMNS:
        assert listing.sort_index(sort) in names, sort
        for descending in (True, False):
            sql, params = listing.page_query(sort=sort, descending=descending, limit=50).sql()
            plan = " ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                                params))
            assert listing.sort_index(sort) in plan and "TEMP B-TREE" not in plan, (sort, plan)


@pytest.mark.parametrize("matches,walks", [(0, False), (2, False), (10_000, True)])
def test_a_filtered_page_walks_the_sort_index_only_when_the_matches_are_many(db, matches, walks):
    from desktop_app.core.storage.schema import database

    contacts.create({"name": "x"})  # max(id) = 1: the "contacts" of the rule
    sql, params = listing.page_query(query.parse("deal>=100万").where, limit=50,
                                     matches=matches).sql()
    plan = " ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert ("TEMP B-TREE" not in plan) == walks, plan
