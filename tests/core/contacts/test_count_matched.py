"""``listing.count_matched``: a keystroke's count and rows from one full-text match (a temporary
table of the connection), the same count, pages and positions as matching each time; a
read-only connection (beside a running window) counts as before."""
import pytest

from desktop_app.core.contacts import listing
from desktop_app.core.search import query

FILTERS = ["上海", "sh", "王", "上海 -stage:流失", "stage:意向 sh", "-上海", "deal>=100万",
           "上海 deal>=100万", "不存在的词", ""]


@pytest.fixture
def many(db):
    from desktop_app.core.contacts import demo
    from desktop_app.core.contacts import records as contacts

    demo.generate(600, seed=4)
    contacts.trash(listing.ids(query.parse("北京").where)[:15])
    return db


@pytest.mark.parametrize("walk", [False, True], ids=["found and sorted", "sort index walked"])
@pytest.mark.parametrize("in_trash", [False, True], ids=["list", "trash"])
@pytest.mark.parametrize("text", FILTERS)
def test_the_same_count_rows_and_positions_as_matching_each_time(many, monkeypatch, text,
                                                                in_trash, walk):
    monkeypatch.setattr(listing, "SCAN_FACTOR", 0 if walk else 10**9)
    where = query.parse(text).where
    expected = listing.count(where, in_trash=in_trash)
    pages = [listing.page(where, sort=sort, descending=d, offset=o, limit=40,
                          in_trash=in_trash, matches=expected)
             for sort in ("updated_at", "name", "deal_size") for d in (True, False)
             for o in (0, 40)]
    everyone = listing.ids(where, in_trash=in_trash)
    leads = everyone[::max(1, len(everyone) // 5)] + listing.ids(in_trash=not in_trash)[:2]
    positions = [listing.position(c, where, in_trash=in_trash, matches=expected)
                 for c in leads]

    count, matched = listing.count_matched(where, in_trash=in_trash)
    assert count == expected
    assert [listing.page(matched, sort=sort, descending=d, offset=o, limit=40,
                         in_trash=in_trash, matches=count)
            for sort in ("updated_at", "name", "deal_size") for d in (True, False)
            for o in (0, 40)] == pages
    assert [listing.position(c, matched, in_trash=in_trash, matches=count)
            for c in leads] == positions
    plan = getattr(where, "search_plan", None)
    one_match = plan is not None and plan.positive and not plan.rest
    assert (matched is not where) == bool(one_match)
    if one_match:
        assert where.search_plan.matched_in is None  # the caller's filter is left as it was


def test_the_pages_read_the_match_of_the_latest_count(many):
    """The temporary table holds the last count's matches: a filter read after another one
    is not answered with the other's rows."""
    first, second = query.parse("上海").where, query.parse("王").where
    _, shanghai = listing.count_matched(first)
    n, wang = listing.count_matched(second)
    assert listing.page(wang, matches=n) == listing.page(second, matches=n)
    assert n == listing.count(second) != listing.count(first)


def test_a_read_only_connection_counts_as_before(tmp_path):
    """Beside a running window a reading process's connection cannot write, its temporary
    tables included: the count is the plain one and the filter is left as it was."""
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.db import close_database, open_database
    from desktop_app.core.storage.lock import InstanceLock

    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    demo.generate(200, seed=5)
    close_database(db, backup=False)
    window = InstanceLock.acquire(path)
    try:
        db = open_database(path, lock=True, if_locked="read_only")
        assert db.state.read_only
        where = query.parse("上海").where
        count, matched = listing.count_matched(where)
        assert count == listing.count(where) > 0 and matched is where
        assert listing.page(matched, matches=count) == listing.page(where, matches=count)
        db.close()
    finally:
        window.release()
