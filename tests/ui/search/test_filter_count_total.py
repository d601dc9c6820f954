"""The filter bar's "N of M": M (every contact, or every one in the trash) is counted once and
kept until something changes, not on every keystroke (issue #15: one count per keystroke)."""
import threading

from desktop_app.core.changes import Changes
from desktop_app.core.contacts import records as contacts
from tests.ui.helpers import shown_window


def _totals_counted(db, fn) -> int:
    seen = []
    original = db.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        if threading.current_thread() is threading.main_thread() and \
                sql.startswith("SELECT COUNT(*) FROM \"contact\" AS \"t1\" WHERE (\"t1\".\"deleted_at\" IS"):
            seen.append(sql)
        return original(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql
    try:
        fn()
    finally:
        del db.execute_sql
    return len(seen)


def test_the_total_is_counted_once_then_after_a_change(qtbot, db):
    for i in range(5):
        contacts.create({"name": f"王{i}", "city": "上海" if i % 2 else "北京"})
    window = shown_window(qtbot)
    search = window.search
    # the unfiltered list at the start counted them all: the first filter counts no total
    assert _totals_counted(db, lambda: search.set_text("上海")) == 0
    assert search.count_label.text().endswith("5")
    assert _totals_counted(db, lambda: search.set_text("北京")) == 0
    assert search.count_label.text().endswith("5")
    cid, changes = contacts.create({"name": "新的", "city": "上海"})
    assert _totals_counted(db, lambda: window.events.changed.emit(
        Changes(frozenset({cid}), rows_added_or_removed=True))) == 1  # a change: once again
    assert search.count_label.text().endswith("6")
    assert _totals_counted(db, lambda: search.set_text("王")) == 0
    assert search.count_label.text().endswith("6")
