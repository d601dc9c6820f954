"""Opening the one SQLite file: where it lives, its pragmas, its mode, its schema version."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from .. import APP_ID
from . import migrations, search_index
from .errors import DatabaseUnreadable
from .schema import database as proxy

ENV_VAR = "CONTACT_BOOK_DB"
FILE_NAME = "contacts.sqlite3"
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed write survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB
    # Statement journals in memory: with the search-index triggers every row of a bulk insert
    # opens one, and as temporary files they cost 5 s of system time per 100,000 contacts.
    "temp_store": 2,
}


def default_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path(APP_ID, appauthor=False) / FILE_NAME


def resolve_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` wins, then ``$CONTACT_BOOK_DB``, then the user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return default_path()


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten_modes(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists() and (p.stat().st_mode & 0o077):
                os.chmod(p, 0o600)
        except OSError:
            pass  # not ours to change (e.g. a read-only share); opening will say more if needed


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path``, bind the models, migrate it."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise DatabaseUnreadable(f"{path} is not a file.")
    try:
        _create_private_file(path)
    except OSError as e:
        raise DatabaseUnreadable(f"Cannot create the database {path}: {e.strerror or e}.") from e
    _tighten_modes(path)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as e:
        db.close()
        raise DatabaseUnreadable(f"Cannot open {path} as a Contact Book database: {e}.") from e
    proxy.initialize(db)
    if migrate:
        try:
            migrations.migrate(db)
            search_index.flush(db)  # contacts written without the app (or by an old build)
            search_index.analyze_if_stale(db)
        except Exception:
            db.close()
            raise
    _tighten_modes(path)
    return db
