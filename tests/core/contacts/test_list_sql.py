"""``list_sql``: the whole list's count and pages without peewee (the window's first paint),
the same statements and rows as ``listing``'s for every sort, both directions and the trash."""
import random
from datetime import datetime

import pytest

from desktop_app.core.contacts import list_sql, listing
from desktop_app.core.contacts import records as contacts


@pytest.fixture
def leads(db):
    rnd = random.Random(3)
    ids = []
    for i in range(40):
        values = {"name": rnd.choice(["王芳", "叶辉", "", "李娜"]) + str(i % 7),
                  "city": rnd.choice(["上海", "北京", ""]),
                  "deal_size": rnd.choice(["", "5万", "100万", "1千万"]),
                  "source": rnd.choice(["知乎", "抖音"])}
        ids.append(contacts.create(values)[0])
    contacts.trash(ids[:6])
    return ids


def test_the_columns_are_listings():
    assert listing.LIST_COLUMNS == list_sql.LIST_COLUMNS
    assert {c: f.column_name for c, f in listing.SORT_FIELDS.items()} == list_sql.SORT_COLUMNS
    assert list_sql._DATE_POSITIONS == listing._DATE_POSITIONS


@pytest.mark.parametrize("sort", list_sql.LIST_COLUMNS)
def test_the_same_statements_and_rows_as_listing(leads, sort):
    for descending in (True, False):
        for in_trash in (False, True):
            sql, params = listing.page_query(None, sort=sort, descending=descending, offset=3,
                                             limit=25, in_trash=in_trash).sql()
            assert (list_sql.page_sql(sort, descending, in_trash), params) == (sql, [25, 3])
            assert list_sql.page(sort=sort, descending=descending, offset=3, limit=25,
                                 in_trash=in_trash) == listing.page(
                None, sort=sort, descending=descending, offset=3, limit=25, in_trash=in_trash)
    for in_trash in (False, True):
        assert list_sql.count_sql(in_trash) == listing.count_query(
            None, in_trash=in_trash).sql()[0]
        assert list_sql.count(in_trash) == listing.count(None, in_trash=in_trash) == (
            6 if in_trash else 34)


def test_dates_are_datetimes_in_any_stored_form(leads, db):
    db.execute_sql("UPDATE contact SET updated_at = '2026-12-06 08:00:00.5+08:00' "
                   "WHERE id = ?", (leads[-1],))
    db.execute_sql("UPDATE contact SET created_at = '2026-12-06' WHERE id = ?", (leads[-1],))
    db.execute_sql("UPDATE contact SET last_contacted_at = '6.12.2026' WHERE id = ?",
                   (leads[-2],))  # no date to Python nor to peewee: the text as stored
    rows = {r[0]: r for r in list_sql.page(limit=100)}
    assert rows == {r[0]: r for r in listing.page(None, limit=100)}
    row = rows[leads[-1]]
    created = row[1 + list_sql.LIST_COLUMNS.index("created_at")]
    assert isinstance(created, datetime) and isinstance(
        row[1 + list_sql.LIST_COLUMNS.index("updated_at")], datetime)
    assert rows[leads[-2]][1 + list_sql.LIST_COLUMNS.index("last_contacted_at")] == "6.12.2026"
