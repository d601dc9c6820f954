"""The query planner's statistics of the contact table (``ANALYZE contact``).

Without them SQLite takes ``deleted_at IS NULL`` for a rare value and reads whole lists
through that index (0.5 s instead of 5 ms). Opening refreshes them when they are missing or
the table grew or shrank twofold since (``analyze_if_stale``); a reading command's open
without peewee (``plain.open_current``) only asks whether it would (``stale``)."""
from __future__ import annotations

from desktop_app.core.storage.bound import database


def stale(execute) -> bool:
    """Whether the statistics are missing or out of date; ``execute(sql)`` runs a statement
    (a connection's ``execute`` or a database's ``execute_sql``)."""
    known = 0
    if execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        row = execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'contact' "
                      "AND idx = 'contact_updated_at'").fetchone()
        known = int(row[0].split()[0]) if row else 0
    rows = execute("SELECT max(id) FROM contact").fetchone()[0] or 0
    return not (rows == 0 or known / 2 <= rows <= 2 * known)


def analyze_if_stale(db=None) -> bool:
    """Refresh the statistics when they are ``stale`` (``ANALYZE contact`` takes ~0.5 s at
    100,000 contacts) on ``db`` (default: the open database). Returns whether it ran."""
    db = database if db is None else db
    if not stale(db.execute_sql):
        return False
    db.execute_sql("ANALYZE contact")
    return True
