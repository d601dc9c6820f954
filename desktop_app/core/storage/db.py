"""Opening the one SQLite file: where it lives, its pragmas, its mode, its schema version,
and the guards around it (one writer, a check at start, read-only when damaged).

``open_database(path)`` returns the peewee database (a ``ContactDatabase``) as always; its
``state`` (an ``OpenState``) tells the UI whether it is read-only and why, what the start check
found, which journal is in use and which backup was taken. Typical app use::

    db = open_database(path, lock=True, if_locked="read_only", backup_at_start=True)
    if db.state.read_only: ...show db.state.reason / db.state.newest_good_backup...
    ...
    close_database(db)   # at quit: backup if changed, close, remember, unlock

A window that must paint fast opens with ``check=LATER`` instead: when nothing will be written
at open, the ``quick_check`` is skipped (``state.check_pending``) and the caller runs
``checks.check_file(path)`` in a worker, holds writes meanwhile, and hands the result to
``finish_start_check(db, result, good_backup)``: a damaged file is then reopened read-only
without a byte written; a healthy one gets its ``state.backups`` (take ``start_job`` next).

Order at open: take the instance lock; check the file with ``quick_check`` on a read-only
connection (a damaged file is never written to: it stays read-only); open read-write with WAL
(falling back to a rollback journal where the file system cannot share memory); migrate with a
backup before each step; back up at start if the files changed since the last backup.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee

from desktop_app.core.storage import checks
from desktop_app.core.storage import migrations, planner, preferences
from desktop_app.core.search import index as search_index
from desktop_app.core.errors import (
    ContactBookError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseTooNew,
    DatabaseUnreadable,
    FolderReadOnly,
    storage_error,
)
from desktop_app.core.storage.connection import (
    DAMAGED,
    IN_USE,
    PRAGMAS,  # noqa: F401 - re-exported: benchmarks take the pragmas from here
    READING_CACHE_SIZE,  # noqa: F401 - re-exported: what the reading commands open with
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    REQUESTED,
    ContactDatabase,
    OpenState,
    start_check,
)
from desktop_app.core.storage.paths import (  # noqa: F401 - re-exported (cli, tests)
    ENV_VAR,
    FILE_NAME,
    default_path,
    resolve_path,
)
from desktop_app.core.storage.plain import is_current_wal, release_previous, tighten_modes
from desktop_app.core.storage.lock import InstanceLock, LockHeld, LockUnsupported
from desktop_app.core.storage.bound import database as proxy

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: ~3 ms)
if TYPE_CHECKING:  # core.backup is imported when first needed: not before the first paint
    from desktop_app.core import backup as backups_mod

log = logging.getLogger(__name__)
# The library logs; the app decides where logs go. Without this, Python's last-resort handler
# would print warnings to the CLI's stderr next to its one-line message.
logging.getLogger("desktop_app").addHandler(logging.NullHandler())

LATER = "later"  # open_database(check=LATER): the caller checks after opening (see above)
DAILY = "daily"  # open_database(check=DAILY): check unless this file passed one within a day


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


# --- opening and closing -----------------------------------------------------------------------

def _folder_writable(path: Path) -> bool:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _acquire_lock(path: Path, state: OpenState, if_locked: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        state.lock = InstanceLock.acquire(path)
    except LockHeld as e:
        if if_locked != "read_only":
            raise DatabaseInUse(path, e.pid) from e
        state.read_only, state.reason, state.holder_pid = True, IN_USE, e.pid
    except LockUnsupported as e:
        state.lock_note = f"this file system cannot lock files ({e}); no second-window guard"
        log.warning("%s: %s", path, state.lock_note)
    except OSError as e:
        err = storage_error(e, path, "opening the database")
        if not isinstance(err, FolderReadOnly) or not path.is_file():
            raise (err or DatabaseUnreadable("Cannot open {path}: {error}.", path=path, error=e.strerror or e)) from e
        state.read_only, state.reason = True, READ_ONLY_FOLDER


def _refuse_other_programs(path: Path) -> None:
    """Raise ``DatabaseUnreadable`` when ``path`` is an SQLite database another program wrote
    (``--db`` given a browser's or a phone backup's file): opening it would switch its journal
    and add our tables. Ours is new (no tables) or has the ``contact`` table, at a version 0 or more.
    Read on a read-only connection, before the read-write one writes anything; a file that
    cannot be read this way is left to the open (damage, not SQLite)."""
    try:
        conn, _ = checks.open_read_only(path)
    except sqlite3.Error:
        return
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "ORDER BY rowid")]
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if version < 0 or (tables and "contact" not in tables):
        shown = ", ".join(tables[:3]) + (", ..." if len(tables) > 3 else "")
        raise DatabaseUnreadable(
            "{path} is not a Contact Book database: it is another program's SQLite file "
            "(schema {version}, tables: {tables}). It was not changed; choose a Contact Book "
            "database or a new file name.", path=path, version=version, tables=shown or "none")


def finish_start_check(db: ContactDatabase, result: checks.CheckResult,
                       good_backup: "backups_mod.BackupInfo | None" = None) -> bool:
    """Apply a start check run after ``open_database(check=LATER)``; True if writable.

    Damage: the database is reopened read-only (nothing written, see ``reopen``) with
    ``state.reason == DAMAGED``, ``problems`` and ``newest_good_backup = good_backup`` (find it
    with ``backup.newest_good_backup(path)`` in the worker too). Healthy: ``state.backups`` is
    set up; the caller takes ``state.backups.start_job(now, state.fingerprint)`` next. Call
    it in the thread that owns the connection.
    """
    state = db.state
    state.check, state.check_pending = result, False
    if not result.ok:
        log.error("%s failed quick_check: %s", state.path, result.problems[:5])
        state.reason, state.problems, state.newest_good_backup = DAMAGED, result.problems, \
            good_backup
        state.backups = None
        if not state.read_only:
            db.reopen(read_only=True)
        return False
    if not state.read_only:
        try:  # opening skipped it (nothing written before the check); at most one INSERT
            preferences.ensure_database_id(db)
        except ContactBookError as e:  # another program's write lock, a full disk: next open
            log.warning("%s: no identity yet: %s", state.path, e)
    if not state.read_only and state.backups is None:
        from desktop_app.core.backup import Backups

        state.backups = Backups(db, state.path)
    return not state.read_only


def open_database(path: str | os.PathLike, *, migrate: bool = True, lock: bool = False,
                  if_locked: str = "raise", read_only: bool = False,
                  check: bool | str = True,
                  backup_at_start: bool = False, backup_before_migration: bool = True,
                  backups: bool = True, now: datetime | None = None,
                  cache_size: int | None = None) -> ContactDatabase:
    """Open (creating if needed) the database at ``path``, bind the models, migrate it.

    - ``lock``: hold the one-instance lock beside the file (the app and CLI writes do); when
      another process holds it, raise ``DatabaseInUse`` or, with ``if_locked="read_only"``,
      open read-only.
    - ``check``: ``quick_check`` at start on a read-only connection; a damaged file is opened
      read-only (``state.reason == "damaged"``, ``state.newest_good_backup``) and never written.
      ``LATER``: skip it when opening writes nothing (``state.check_pending``; no
      ``state.backups`` and no start backup until ``finish_start_check``), else check now.
      A read-only open (another instance has the lock) always defers: it never writes.
      ``DAILY`` (the commands): only when this file has not passed a check within a day
      (``checks.checked_recently``; the window's background check and ``check`` count too);
      damage met later by a statement still raises ``DatabaseDamaged``.
    - ``backup_before_migration``: a backup before each migration step of a non-empty file.
    - ``backup_at_start``: back up when the files changed since the last backup (the app).
    - ``backups=False`` (reading commands): no ``state.backups`` unless opening migrates, so
      opening a current file loads nothing of ``core.backup`` (nor reads its catalog).
    - ``cache_size``: the connections' page cache (``PRAGMA cache_size``; None: the
      window's, ``PRAGMAS``); reading commands take ``READING_CACHE_SIZE``.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        raise DatabaseUnreadable("{path} is not a file.", path=path)
    release_previous(path)
    state = OpenState(path)
    if read_only:
        state.read_only, state.reason = True, REQUESTED
    elif lock:
        _acquire_lock(path, state, if_locked)
    try:
        return _open(path, state, migrate=migrate, check=check, backup_at_start=backup_at_start,
                     backup_before_migration=backup_before_migration, backups=backups, now=now,
                     cache_size=cache_size)
    except BaseException:
        if state.lock is not None:
            state.lock.release()
        raise


def _open(path: Path, state: OpenState, *, migrate, check, backup_at_start,
          backup_before_migration, backups, now, cache_size) -> ContactDatabase:
    existed = path.is_file() and path.stat().st_size > 0
    if not state.read_only and not (_folder_writable(path) and
                                    (not path.exists() or os.access(path, os.W_OK))):
        if not existed:
            raise FolderReadOnly(path, "creating the database")
        state.read_only = True
        state.reason = READ_ONLY_FILE if _folder_writable(path) else READ_ONLY_FOLDER
    if not state.read_only:
        try:
            _create_private_file(path)
        except OSError as e:
            err = storage_error(e, path, "creating the database")
            raise (err or DatabaseUnreadable(
                "Cannot create the database {path}: {error}.", path=path, error=e.strerror or e)) from e
        tighten_modes(path)
    elif not existed:
        raise DatabaseUnreadable("{path} does not exist.", path=path)
    state.fingerprint = checks.file_fingerprint(path)
    if existed and check == LATER and (state.read_only or is_current_wal(path)):
        state.check_pending = True  # (read-only: nothing is ever written, whatever the file)
    elif existed and check == DAILY and checks.checked_recently(path):
        start_check(path, state, quick=False)  # that it is SQLite at all; its pages passed
    elif existed and check:
        start_check(path, state)
    if existed:
        _refuse_other_programs(path)

    db = ContactDatabase(path, state, cache_size=cache_size)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        version = migrations.current_version(db)
    except DatabaseBusy:  # another program's lock on the journal switch: said as it is
        db.close()
        raise
    except (sqlite3.DatabaseError, peewee.DatabaseError, DatabaseDamaged) as e:
        db.close()
        if state.damaged or isinstance(e, DatabaseDamaged) or checks.is_corruption(e):
            from desktop_app.core.backup import newest_good_backup

            good = state.newest_good_backup if state.damaged else newest_good_backup(path)
            raise DatabaseDamaged(path, state.problems or [str(e)], good) from e
        raise DatabaseUnreadable("Cannot open {path} as a Contact Book database: {error}.", path=path, error=e) from e
    if version > migrations.LATEST:
        db.close()
        raise DatabaseTooNew(
            "This database was written by a newer Contact Book (schema {version}; this app "
            "knows up to {latest}). Please update the app; the file was not changed.", version=version, latest=migrations.LATEST)
    proxy.initialize(db)
    if state.read_only:
        state.schema_outdated = version < migrations.LATEST
        return db
    if state.check_pending:  # nothing to migrate (see plain.is_current_wal); backups come after
        tighten_modes(path)
        return db
    try:
        if backups or (migrate and version < migrations.LATEST) or backup_at_start:
            from desktop_app.core import backup as backups_mod

            state.backups = backups_mod.Backups(db, path)
        if migrate and version < migrations.LATEST:
            before = None
            if version > 0 and backup_before_migration:
                def before(old, new):
                    state.backups.backup_now(backups_mod.before_migration(new), now)
            migrations.migrate(db, before_step=before)
            state.migrated_from = version if version > 0 else None
            state.created = version == 0
        elif backup_at_start and existed and version > 0:
            state.start_backup = state.backups.at_start(now or datetime.now().astimezone(),
                                                        state.fingerprint)
        if migrate:
            search_index.flush(db)  # contacts written without the app (or by an old build)
            planner.analyze_if_stale(db)
            preferences.ensure_database_id(db)  # once: a file of an earlier version has none
    except BaseException:
        db.close()
        raise
    tighten_modes(path)
    return db


def backup_before_risky_step(db: ContactDatabase, reason: str, now: datetime | None = None,
                             progress=None) -> "backups_mod.BackupJob | None":
    """The backup taken before a risky step (an import or its undo, a bulk edit, emptying the
    trash), the same for the window and the command line: a job for ``reason`` (a
    ``core.backup`` reason code such as ``BEFORE_IMPORT``) to ``run()``, here or in a worker;
    None when the database cannot be backed up this way (opened read-only, or its start
    check still running). ``run()`` raises ``StorageError`` (full disk, read-only folder):
    then do not take the step."""
    backups = db.state.backups
    if backups is None or db.state.read_only:
        return None
    return backups.job(reason, now, progress)


def close_database(db: ContactDatabase, *, now: datetime | None = None,
                   backup: bool = True) -> "backups_mod.BackupInfo | None":
    """At quit: close, back up if something changed (a quick copy of the closed file, compressed
    at the next start), remember the files' state, unlock.

    A failing backup (full disk) is logged and does not stop the quit; it is returned as None.
    """
    state = db.state
    info = None
    saved = False
    backups = state.backups
    open_here = backups is not None and not state.read_only and not db.is_closed()
    changed = open_here and backups.changed()
    contents = backups.contents() if changed and backup else None
    db.close()  # the last connection: its commits are checkpointed into the file
    if open_here:
        saved = not changed
        if contents is not None:
            try:  # a quick copy of the closed file (~0.5 s at 100,000 leads)
                info = backups.at_quit_closed(now, contents)
                saved = True
            except ContactBookError as e:
                log.error("backup at quit failed: %s", e)
    if saved:
        state.backups.record_closed()
    tighten_modes(db.path)
    if state.lock is not None:
        state.lock.release()
        state.lock = None
    return info


def current_database() -> ContactDatabase | None:
    """The open database (what the models are bound to), or None."""
    return proxy.obj
