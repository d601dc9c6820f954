"""How the commands open the database, all in one place.

- Reading commands (``list``, ``timeline``, ``due``, ``export``, ...) open alongside a running
  window (read-only while it holds the lock) and create nothing: a path that does not exist
  is an error, so ``--db ~/typo/x.sqlite3 list`` says so instead of leaving an empty database
  (and folders) behind.
- Writing commands hold the one-window lock (``core.storage.lock``) while they run: when the window or
  another command has the database, they refuse with one line. A database opened read-only
  (a read-only folder or file, damage) refuses too, saying why. Risky ones (``import``,
  ``undo-import``, ``bulk``) take the same backup first as the window
  (``core.storage.db.backup_before_risky_step``); ``restore`` backs up inside ``core.backup``.
- The full-file ``quick_check`` runs at most once a day (``check=DAILY``: a file that passed
  one within a day, in the window's background check, ``contact-book check`` or an earlier
  command, is only checked for being SQLite), so a command is never slower than its own work
  on a large file; damage a statement meets still says so (``DatabaseDamaged``).
- A new database is created only at the default location (any command, as on first start) or
  by ``add``, ``import``, ``demo`` and ``restore`` (``create=True``) in a folder that exists.
"""
from __future__ import annotations

from pathlib import Path


def is_default(db_path: Path) -> bool:
    from desktop_app.core.storage.paths import default_path

    return Path(db_path) == default_path()


def must_exist(db_path: Path, *, create: bool = False) -> None:
    """Raise ``DatabaseUnreadable`` (creating nothing) unless ``db_path`` is a database file
    or (``create``) may be created there: its folder exists."""
    from desktop_app.core.errors import DatabaseUnreadable

    db_path = Path(db_path)
    if db_path.is_file():
        return
    if db_path.exists():
        raise DatabaseUnreadable("{path} is not a file.", path=db_path)
    if not db_path.parent.is_dir():
        raise DatabaseUnreadable(
            "The folder {folder} does not exist, so there is no database {path}; nothing was "
            "created. Check the path given with --db (or $CONTACT_BOOK_DB).",
            folder=db_path.parent, path=db_path)
    if not create:
        raise DatabaseUnreadable(
            "There is no database at {path}; nothing was created. `contact-book add`, "
            "`import` or `demo` start a new one there.", path=db_path)


def open_to_read(db_path: Path, *, models: bool = True):
    """Open for a reading command: beside a running window (then read-only), never creating.
    It takes no backups, so ``state.backups`` stays None (unless opening migrates), and keeps
    SQLite's default page cache (``READING_CACHE_SIZE``: each query runs once).

    ``models=False``: the command runs plain SQL (``bound.database``), so a current file is
    opened without peewee (``plain.open_current``; the database is promoted if a model is
    needed after all); the same lock, check and errors."""
    from desktop_app.core.storage.plain import READING_CACHE_SIZE

    # (an existing file needs no look at the default location: platformdirs, ~4 ms)
    if not Path(db_path).is_file() and not is_default(db_path):
        must_exist(db_path)  # the default location starts empty, as the window does
    if not models:
        from desktop_app.core.storage.plain import open_current
        from desktop_app.core.storage.takeover import taking_over

        db = open_current(db_path, taking_over, cache_size=READING_CACHE_SIZE)
        if db is not None:
            return db
    from desktop_app.core.storage.db import DAILY, open_database

    return open_database(db_path, lock=True, if_locked="read_only", check=DAILY,
                         backups=False, cache_size=READING_CACHE_SIZE)


def open_to_write(db_path: Path, *, create: bool = False, before: str | None = None):
    """Open for a writing command, holding the lock until the process ends (or the next open).

    Raises ``DatabaseInUse`` while the window or another command has the database and
    ``ReadOnlyDatabase`` (saying why) when it can only be read. ``before``: the reason of
    the backup to take first (``core.backup.BEFORE_IMPORT``, ...); see ``backup_before``."""
    from desktop_app.core.errors import ReadOnlyDatabase
    from desktop_app.core.storage.db import DAILY, open_database

    if not Path(db_path).is_file() and not is_default(db_path):
        must_exist(db_path, create=create)
    db = open_database(db_path, lock=True, check=DAILY)
    if db.state.read_only:
        reason = db.state.reason
        db.close()
        if db.state.lock is not None:
            db.state.lock.release()
            db.state.lock = None
        raise ReadOnlyDatabase(db_path, reason)
    if before is not None:
        backup_before(db, before)
    return db


def backup_before(db, reason: str) -> None:
    """The window's backup before a risky step; a failure (full disk) stops the command."""
    from desktop_app.core.storage.db import backup_before_risky_step

    job = backup_before_risky_step(db, reason)
    if job is not None:
        job.run()
