"""Connections of worker threads. peewee keeps one connection per thread; a thread that used
the open database closes its own before it ends, so no file handle outlives it (a restore
swaps the file; a quit closes it). The UI's workers call this; they never touch the schema."""
from __future__ import annotations

import logging
import sqlite3

import peewee

from desktop_app.core.storage.schema import database

log = logging.getLogger(__name__)


def close_thread_connection(db: peewee.Database | None = None) -> None:
    """Close the calling thread's connection to ``db`` (default: the open database), if any.
    Other threads' connections stay open."""
    target = db if db is not None else database.obj
    if target is None or target.is_closed():
        return
    try:
        target.close()
    except (sqlite3.Error, peewee.PeeweeException) as e:  # a closing file: nothing to keep
        log.warning("closing a worker's connection: %s", e)


def thread_connection() -> sqlite3.Connection:
    """The calling thread's own connection to the open database, opened if needed (a worker
    sets a progress handler on it to stop a read that a newer request replaced)."""
    return database.connection()
