"""Preferences stored in the database (table ``setting``), so the window and the headless
commands (a scheduled ``callsheet``) agree, and they travel with the data in a backup.

Window geometry and such stay in the UI's QSettings; only what the data's owner chose lives
here. Keys are plain strings; values are text."""
from __future__ import annotations

import os

from desktop_app.core.storage.bound import database

SALESPERSON = "salesperson"  # the name printed in the call sheet's header
FIRST_TOUCHES_PER_DAY = "first-touches-per-day"  # daily capacity (core/followup/group_start.py)
KEYS = (SALESPERSON, FIRST_TOUCHES_PER_DAY)
# This database's identity: 32 random hex digits, created once (``ensure_database_id``) and
# never changed, so every backup carries it and a backup can tell whose data it holds
# (core/backup/identity.py). Not a preference: no command sets it.
DATABASE_ID = "database-id"


def get(key: str, default: str | None = None) -> str | None:
    """The stored value, or ``default`` when it was never set."""
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if row is None else row[0]


def put(key: str, value: str) -> None:
    """Store ``value`` (an empty text is kept: "chosen to be empty" is not "never set")."""
    with database.atomic():
        database.execute_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def all_values() -> dict[str, str]:
    """Every stored preference (not the database's identity)."""
    return dict(database.execute_sql("SELECT key, value FROM setting WHERE key != ? ORDER BY key",
                                     (DATABASE_ID,)).fetchall())


def ensure_database_id(db) -> str:
    """The identity of the peewee database ``db`` (read-write, schema 7 or later), created now
    if it has none: at its first read-write open by this version (a new file, or one of an
    earlier version: the identity is data, not schema, so no migration step), or in a
    restored copy (``core.backup.restore``)."""
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (DATABASE_ID,)).fetchone()
    if row is not None:
        return row[0]
    new = os.urandom(16).hex()
    with db.atomic():
        db.execute_sql("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                       (DATABASE_ID, new))
        return db.execute_sql("SELECT value FROM setting WHERE key = ?",
                              (DATABASE_ID,)).fetchone()[0]
