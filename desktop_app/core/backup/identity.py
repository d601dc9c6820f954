"""Whose data a backup holds: the database's identity, read back without restoring anything.

Every database has an identity (``storage.preferences.DATABASE_ID``: random, created once at
its first read-write open by this version). A copy carries it: an uncompressed backup in its
``setting`` table (one query on a read-only connection), a compressed one also in its header
(``container.read_header``: no decompression).

``whose_backup(source, backup)`` says whether ``backup`` is a backup of the database
``source``: when both carry an identity, they are compared. A backup written before
identities existed (or of a database never opened by this version since) is recognised by
its first lead instead: the lead with the lowest id, created at the same second in
``source`` (a lead's id and creation time never change; another salesperson's database has
its own first lead, created at another moment). When neither tells (no leads, the lead since
deleted for good, a file that cannot be read), the answer is ``UNKNOWN``, and the caller
treats it as another database's: replacing it needs the user's word.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..storage import checks
from ..storage.preferences import DATABASE_ID
from . import container

SAME, OTHER, UNKNOWN = "same", "other", "unknown"
HEADER_KEY = "database_id"  # in a compressed backup's header


def stored_id(conn: sqlite3.Connection) -> str | None:
    """The identity stored in the database on ``conn``; None when it has none (written before
    identities, or a schema before the ``setting`` table)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting'"
                    ).fetchone() is None:
        return None
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID,)).fetchone()
    return row[0] if row else None


def backup_id(path: str | os.PathLike) -> str | None:
    """The identity a backup carries: a compressed one's header, an uncompressed one's
    ``setting`` table; None when it has none. ``OSError``, ``BackupError``, ``sqlite3.Error``
    when the file cannot be read."""
    if container.is_compressed(path):
        return container.read_header(path).get(HEADER_KEY)
    conn = _open(Path(path), live=False)
    try:
        return stored_id(conn)
    finally:
        conn.close()


def _first_lead(conn: sqlite3.Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, created_at FROM contact ORDER BY id LIMIT 1").fetchone()
    return (row[0], str(row[1])) if row else None


def _created_at(conn: sqlite3.Connection, lead_id: int) -> str | None:
    row = conn.execute("SELECT created_at FROM contact WHERE id = ?", (lead_id,)).fetchone()
    return str(row[0]) if row else None


def _open(path: Path, live: bool) -> sqlite3.Connection:
    """A live database (maybe open in a window, commits in its -wal) as ``checks`` reads it;
    a backup or a prepared copy (a self-contained file nothing writes) without any lock."""
    if live:
        return checks.open_read_only(path)[0]
    return checks.connect_read_only(path, immutable=True)


def whose_backup(source: str | os.PathLike, backup: str | os.PathLike, *,
                 live_source: bool = True) -> str:
    """``SAME`` when ``backup`` (an uncompressed backup, ``files.is_older_backup``) holds a copy
    of the database ``source``, ``OTHER`` when it holds another database's, ``UNKNOWN`` when
    that cannot be told (see above). ``live_source``: ``source`` is a database that may be
    open (else a backup or a prepared copy, read as a plain file)."""
    source, backup = Path(source), Path(backup)
    try:
        if container.is_compressed(backup):
            return UNKNOWN  # (never an older backup to refresh: those are SQLite files)
        theirs = _open(backup, live=False)
        try:
            their_id, their_first = stored_id(theirs), _first_lead(theirs)
        finally:
            theirs.close()
        ours = _open(source, live=live_source)
        try:
            our_id = stored_id(ours)
            if our_id and their_id:
                return SAME if our_id == their_id else OTHER
            if their_first is None:
                return UNKNOWN
            created = _created_at(ours, their_first[0])
        finally:
            ours.close()
    except (OSError, sqlite3.Error):
        return UNKNOWN  # cannot be read: not known to be ours
    if created is None:
        return UNKNOWN
    return SAME if created == their_first[1] else OTHER
