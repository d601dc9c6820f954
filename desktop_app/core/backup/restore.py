"""Restoring a backup: a checked, current copy first, swapped in only when it is good.

``prepare_copy`` turns any backup (compressed or not, of this or an older schema) into a
complete database in a temporary file beside the database: decompressed (checksum and size
checked) or copied, migrated to this version's schema, its search index rebuilt, then
checked. Only that result replaces the current content, so a backup that cannot be migrated
or fails its check leaves the current database exactly as it was (and writes no backup).
A crash at any moment leaves the old or the new content and a temporary that the next open
removes.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from ..search import index as search_index
from ..storage import checks, migrations
from ..storage.preferences import DATABASE_ID
from ..errors import (BackupError, DatabaseBusy, DatabaseInUse, MigrationError, ReadOnlyDatabase,
                      storage_error)
from . import container
from .catalog import (BEFORE_RESTORE, BackupInfo, describe, taken_and_reason,
                      unreadable_problem)
from .identity import stored_id
from .files import (fsync_path, refuse_destination, refuse_other_database, remove_quietly,
                    temporary)
from .policy import Backups
from .write import copy_database, save_damaged_copy

log = logging.getLogger(__name__)
_ACTION = "restoring a backup"


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    saved_before: Path  # the backup (or damaged copy) of the state the restore replaced
    check: checks.CheckResult
    migrated_from: int | None = None


def validate_backup(path: str | os.PathLike) -> BackupInfo:
    """The backup at ``path`` if it can be restored, else ``BackupError`` saying why. (A
    compressed backup's content is checked when it is decompressed, by ``prepare_copy``.)"""
    path = Path(path)
    if not path.is_file():
        raise BackupError("{path} does not exist.", path)
    info = describe(path, *taken_and_reason(path))
    if info.damaged:
        raise BackupError("{path} cannot be restored: it is not a readable Contact Book "
                          "backup ({problem}).", path, problem=info.problem)
    if not container.is_compressed(path):  # by content: a backup renamed .sqlite3 too
        try:
            result = checks.check_file(path)
        except sqlite3.Error as e:
            raise BackupError("{path} cannot be restored: it is not a readable Contact Book "
                              "backup ({problem}).", path, problem=unreadable_problem(
                                  path, info.size or 0, e)) from e
        if not result.ok:
            raise BackupError("{path} is damaged ({problem}); choose another backup.",
                              path, problem=result.problems[0])
    if not info.schema or info.schema > migrations.LATEST:
        raise BackupError("{path} was written by a newer Contact Book (schema {schema}); "
                          "update the app to restore it.", path, schema=info.schema)
    return info


def prepare_copy(info: BackupInfo, dest: Path, *, full_check: bool = True,
                 identity: str | None = None) -> tuple[checks.CheckResult, int | None]:
    """Fill the empty file ``dest`` with the backup as a database of this version: migrated,
    indexed, checked. Returns the check and the schema it was migrated from (None: current).
    ``identity``: the identity to give a backup written before identities existed (the
    database it is restored into stays the same database: its backups stay its own).
    ``BackupError`` (nothing else touched) when the backup cannot become one."""
    try:
        if container.is_compressed(info.path):
            with open(dest, "r+b") as out:
                container.decompress(info.path, out.write)
        else:
            copy_database(info.path, dest, verify=False, without_index=False, progress=None)
        copy = peewee.SqliteDatabase(str(dest), pragmas={"synchronous": 0})
        copy.connect()
        try:
            version = migrations.current_version(copy)
            if not 0 < version <= migrations.LATEST:
                raise BackupError("{path} was written by a newer Contact Book (schema "
                                  "{schema}); update the app to restore it.", info.path,
                                  schema=version)
            migrations.migrate(copy)
            if identity is not None:  # (a backup's own identity is kept)
                copy.execute_sql("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                                 (DATABASE_ID, identity))
            search_index.flush(copy)
            result = checks.check_connection(copy.connection(), full=full_check)
        finally:
            copy.close()
    except (sqlite3.Error, peewee.DatabaseError, MigrationError) as e:
        error = storage_error(e, dest, _ACTION)
        if error is not None:
            raise error from e
        log.warning("%s cannot be made into a database: %r", info.path, e)
        cause = e.__cause__ if isinstance(e, MigrationError) and e.__cause__ else e
        raise BackupError("{path} cannot be restored: {error}. The database was not changed.",
                          info.path, error=str(cause).rstrip(".")) from e
    except OSError as e:
        raise (storage_error(e, dest, _ACTION) or e) from e
    if not result.ok:
        raise BackupError("{path} is damaged ({problem}); the database was not changed. "
                          "Choose another backup.", info.path, problem=result.problems[0])
    fsync_path(dest)
    return result, (version if version < migrations.LATEST else None)


def _identity_of(db_path: Path) -> str | None:
    """The identity of the database a restore replaces, for a backup without one to keep
    (``prepare_copy``); None when it has none or is too damaged to tell."""
    try:
        conn, _ = checks.open_read_only(db_path)
    except (OSError, sqlite3.Error):
        return None
    try:
        return stored_id(conn)
    except sqlite3.Error:  # damaged: a restore must go on, with a new identity
        return None
    finally:
        conn.close()


def _staging(db_path: Path):
    return temporary(db_path.with_name(db_path.name + ".restoring"))


def _swap_file(staging: Path, db_path: Path) -> None:
    """Rename ``staging`` over the database (no connection open), dropping its stale
    journals first so that none applies on top of the new content."""
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            try:
                Path(f"{db_path}{suffix}").unlink()
            except FileNotFoundError:
                pass
        os.replace(staging, db_path)
        fsync_path(db_path.parent, directory=True)
    except OSError as e:
        raise (storage_error(e, db_path, _ACTION) or e) from e


def replace_database_file(db_path: str | os.PathLike, source: str | os.PathLike,
                          now: datetime | None = None) -> Path | None:
    """Restore by file when the database cannot be opened for writing (damaged or missing).

    The backup is prepared beside the database (``prepare_copy``); then the damaged file and
    its -wal are copied to ``backups/`` (that copy is returned; None when there was no file)
    and the prepared copy is renamed over the database. The caller holds the instance lock
    and has no connection open.
    """
    db_path = Path(db_path)
    info = validate_backup(source)
    with _staging(db_path) as staging:
        prepare_copy(info, staging, full_check=False, identity=_identity_of(db_path))
        saved = save_damaged_copy(db_path, now) if db_path.is_file() and \
            db_path.stat().st_size > 0 else None
        _swap_file(staging, db_path)
    return saved


def extract(backup_path: str | os.PathLike, dest: str | os.PathLike, *,
            replace: bool = False) -> BackupInfo:
    """Write the backup at ``backup_path`` to ``dest`` as a database that opens directly
    (``contact-book restore --extract``): decompressed, current schema, search index built.
    An existing ``dest`` as ``write_backup``: an older backup of the same database (an earlier
    extract) is replaced, another file only with ``replace``, never a database."""
    info = validate_backup(backup_path)
    dest = Path(dest)
    refuse_destination(dest, replace=replace)
    with temporary(dest) as tmp:
        prepare_copy(info, tmp)
        refuse_other_database(dest, tmp, replace=replace, live=False)  # (the copy's leads)
        os.replace(tmp, dest)
    fsync_path(dest.parent, directory=True)
    return info


class _StillBusy(Exception):
    pass


def _give_up_when_busy(status: int, remaining: int, total: int) -> None:
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise _StillBusy()


def _copy_into(staging: Path, db, info: BackupInfo) -> None:
    """The prepared copy into the open database: SQLite's backup API writes it in one
    transaction of the database's own connection (old or new content after a crash).

    Python's ``backup()`` retries a busy database for ever; a step returns "busy" only after
    the connection's busy handler waited its timeout, so another program holding the write
    lock that long gives ``DatabaseBusy`` at once, the database unchanged."""
    src, _ = checks.open_read_only(staging)
    try:
        src.backup(db.connection(), progress=_give_up_when_busy)
    except _StillBusy:
        raise DatabaseBusy(db.state.path) from None
    except sqlite3.Error as e:
        raise (storage_error(e, db.state.path, _ACTION) or BackupError(
            "Cannot restore {path}: {error}. The database was not changed.", info.path,
            error=e)) from e
    finally:
        src.close()


def restore_backup(db, backup_path: str | os.PathLike, *, now: datetime | None = None,
                   full_check: bool = True) -> RestoreResult:
    """Replace the open database's content with the backup at ``backup_path``.

    The backup is prepared first (``prepare_copy``: migrated, indexed, ``integrity_check``-ed
    with ``full_check``, else ``quick_check``-ed); then the current state is backed up
    (``before-restore``; a damaged file is copied raw instead) and the copy swapped in: into
    the healthy database's own connection, or by file for a damaged one (then reopened
    read-write).
    """
    state = db.state
    info = validate_backup(backup_path)
    if state.reason == "in-use":
        raise DatabaseInUse(state.path, state.holder_pid)
    if state.read_only and state.reason != "damaged":
        raise ReadOnlyDatabase(state.path, state.reason)
    if info.path.resolve() == Path(state.path).resolve():
        raise BackupError("{path} is the open database itself.", info.path)
    if db.in_transaction():
        raise RuntimeError("restore_backup() inside a transaction")
    db_path = Path(state.path)
    own_id = _identity_of(db_path)
    with _staging(db_path) as staging:
        result, migrated = prepare_copy(info, staging, full_check=full_check, identity=own_id)
        if state.reason == "damaged":
            db.close()
            saved = save_damaged_copy(db_path, now) if db_path.is_file() and \
                db_path.stat().st_size > 0 else None
            _swap_file(staging, db_path)
            db.reopen(read_only=False)
        else:
            saved = state.backups.backup_now(BEFORE_RESTORE, now).path
            _copy_into(staging, db, info)
            remove_quietly(staging)
    if state.backups is None:
        state.backups = Backups(db, db_path)
    if migrated is None:
        state.backups.mark_saved()
    return RestoreResult(info, saved, result, migrated)
