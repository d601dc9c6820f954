"""Preferences stored in the database (table ``setting``), so the window and the headless
commands (a scheduled ``callsheet``) agree, and they travel with the data in a backup.

Window geometry and such stay in the UI's QSettings; only what the data's owner chose lives
here. Keys are plain strings; values are text."""
from __future__ import annotations

from desktop_app.core.storage.schema import database

SALESPERSON = "salesperson"  # the name printed in the call sheet's header
FIRST_TOUCHES_PER_DAY = "first-touches-per-day"  # daily capacity (core/followup/group_start.py)
KEYS = (SALESPERSON, FIRST_TOUCHES_PER_DAY)


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
    return dict(database.execute_sql("SELECT key, value FROM setting ORDER BY key").fetchall())
