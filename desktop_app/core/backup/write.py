"""Writing a backup: a checked copy, compressed, renamed into place.

``write_compressed`` (what ``backups/`` gets): SQLite's online backup API from a separate
read-only connection (committed data only; may run in a worker thread) into a temporary copy
switched to a rollback journal; the search index is left out of that copy (it is 40% of the
file and is rebuilt from the contacts on restore: ``search_dirty`` lists every contact); the
copy is ``quick_check``-ed, compressed into a second temporary with a header saying what it
holds (``container``; the database's identity too, ``identity``), fsync-ed and renamed into
place, the folder fsync-ed. A crash leaves no backup or a complete one (and temporaries that
the next open removes, ``files``); a full disk leaves nothing and raises ``DiskFull``.

``snapshot_closed`` is the quit's quick backup: the closed file copied as it is (~0.5 s at
100,000 leads instead of ~2.3 s), compressed by ``compress_pending`` at the next start.

``write_backup`` writes the same checked copy uncompressed and with its index: a file that
opens as a database (``backup --to FILE``, File › Back up now…).
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from ..storage import checks
from ..errors import BackupError, ContactBookError, DiskFull, storage_error
from . import container
from .catalog import (QUIT, BackupInfo, DAMAGED_ORIGINAL, PLAIN_SUFFIX, as_utc, backup_dir,
                      backup_name, slug)
from .files import (fsync_path, needed_bytes, private_dir, refuse_destination, remove_quietly,
                    temporary)
from .identity import HEADER_KEY, stored_id
from .retention import KEEP, Retention, thin_backups

INDEX_TABLE, INDEX_QUEUE = "contact_search", "search_dirty"  # core/search_index.py's tables
_ACTION = "writing a backup"
log = logging.getLogger(__name__)


def _leave_out_index(conn: sqlite3.Connection) -> bool:
    """Empty the search index of a copy (zeroing its pages) and queue every contact for
    re-indexing, so that the copy compresses to ~60% and its first write path rebuilds it."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (INDEX_TABLE,)).fetchone()
    queue = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (INDEX_QUEUE,)).fetchone()
    if row is None or queue is None:
        return False
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN")
    conn.execute(f"DROP TABLE {INDEX_TABLE}")
    conn.execute(row[0])  # the same CREATE VIRTUAL TABLE, empty
    conn.execute(f"INSERT OR IGNORE INTO {INDEX_QUEUE} (id) SELECT id FROM contact")
    conn.execute("COMMIT")
    return True


def copy_database(source: Path, tmp: Path, *, verify: bool, without_index: bool,
          progress: Callable[[int, int], None] | None) -> dict:
    """Copy ``source`` into the empty file ``tmp``; returns the header of what it holds."""
    src, _ = checks.open_read_only(source)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            if progress is None:
                src.backup(dst)
            else:
                src.backup(dst, pages=4096,
                           progress=lambda status, left, total: progress(total - left, total))
            left_out = without_index and _leave_out_index(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            if verify:
                result = checks.check_connection(dst)
                if not result.ok:
                    raise BackupError("The copy of {source} failed its check ({problem}); it "
                                      "was not kept.", tmp, source=source,
                                      problem=result.problems[0])
            schema = dst.execute("PRAGMA user_version").fetchone()[0]
            contacts = dst.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL"
                                   ).fetchone()[0] if schema else 0
            database_id = stored_id(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return {"schema": schema, "contacts": contacts, "size": tmp.stat().st_size,
            "search_index": not left_out, HEADER_KEY: database_id}


def _translated(e: BaseException, source: Path, dest: Path) -> BaseException | None:
    if not isinstance(e, (OSError, sqlite3.Error)):
        return None
    translated = storage_error(e, dest, _ACTION)
    if translated is None and isinstance(e, sqlite3.Error) and checks.is_corruption(e):
        translated = BackupError("Cannot back up {path}: {error}.", source, error=e)
    return translated


def _check_space(source: Path, folder: Path, dest: Path) -> None:
    if shutil.disk_usage(folder).free < needed_bytes(source) + (1 << 20):
        raise DiskFull(dest, _ACTION)


def write_backup(source: str | os.PathLike, dest: str | os.PathLike, *, verify: bool = True,
                 replace: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Copy the database at ``source`` to ``dest`` (uncompressed, a database file) atomically;
    returns the size in bytes. Safe in any thread and while the app writes. An existing
    ``dest`` is replaced when it is an older backup (``files.is_older_backup``: tonight's
    replaces last night's), any other file only with ``replace`` (the user said so), and
    never a Contact Book database rather than a backup (``files.refuse_destination``).
    Raises ``DiskFull``/``FolderReadOnly`` (nothing left behind) or ``BackupError``."""
    source, dest = Path(source), Path(dest)
    refuse_destination(dest, source=source, replace=replace)
    try:
        _check_space(source, dest.parent, dest)
        with temporary(dest) as tmp:
            copy_database(source, tmp, verify=verify, without_index=False, progress=progress)
            fsync_path(tmp)
            os.replace(tmp, dest)
        fsync_path(dest.parent, directory=True)
    except (OSError, sqlite3.Error) as e:
        translated = _translated(e, source, dest)
        if translated is not None:
            raise translated from e
        raise
    return dest.stat().st_size


def write_compressed(source: str | os.PathLike, dest: str | os.PathLike, *,
                     progress: Callable[[int, int], None] | None = None) -> dict:
    """Back up ``source`` into ``dest`` compressed, without its search index (see above);
    returns the header (schema, contacts, size). Errors as ``write_backup``."""
    source, dest = Path(source), Path(dest)
    try:
        _check_space(source, dest.parent, dest)
        with temporary(dest.with_name(dest.name[:-len(container.EXTENSION)])) as raw:
            header = copy_database(source, raw, verify=True, without_index=True, progress=progress)
            with temporary(dest) as tmp:
                with open(tmp, "r+b") as out:
                    container.compress(raw, out, header)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, dest)
            remove_quietly(raw)
        fsync_path(dest.parent, directory=True)
    except (OSError, sqlite3.Error) as e:
        translated = _translated(e, source, dest)
        if translated is not None:
            raise translated from e
        raise
    return header


def make_backup(db_path: str | os.PathLike, reason: str, now: datetime | None = None, *,
                thin: bool = True, retention: Retention = KEEP, max_bytes: int | None = None,
                progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Write a compressed backup into ``backups/`` beside ``db_path`` and thin the old ones."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    taken = as_utc(now).replace(microsecond=0)
    try:
        private_dir(folder)
    except OSError as e:
        raise (storage_error(e, folder, "creating the backups folder") or e) from e
    n = 1
    while (folder / backup_name(db_path, taken, reason, n)).exists():
        n += 1
    dest = folder / backup_name(db_path, taken, reason, n)
    header = write_compressed(db_path, dest, progress=progress)
    if thin:
        # a quit snapshot still waiting is uncompressed (~6x its backup): compressed first, or
        # the budget would count it so and thin away older backups for it
        try:
            compress_pending(db_path, QUIT, thin=False)
        except (ContactBookError, OSError, sqlite3.Error) as e:
            log.warning("could not compress the quit snapshot: %s", e)
        thin_backups(db_path, taken, retention, max_bytes, newest_good=dest)
    return BackupInfo(dest, taken, slug(reason), size=dest.stat().st_size,
                      contacts=header["contacts"], schema=header["schema"])


def save_damaged_copy(db_path: str | os.PathLike, now: datetime | None = None) -> Path:
    """Raw copy of a damaged database (and its -wal) into ``backups/``, never thinned."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    private_dir(folder)
    dest = folder / backup_name(db_path, as_utc(now), DAMAGED_ORIGINAL, suffix=PLAIN_SUFFIX)
    try:
        for src, dst in ((db_path, dest), (Path(f"{db_path}-wal"), Path(f"{dest}-wal"))):
            if src.exists():
                with temporary(dst) as tmp:
                    shutil.copyfile(src, tmp)
                    fsync_path(tmp)
                    os.replace(tmp, dst)
        fsync_path(folder, directory=True)
    except OSError as e:
        raise (storage_error(e, dest, "saving a copy of the damaged database") or e) from e
    return dest


def snapshot_closed(db_path: str | os.PathLike, reason: str, now: datetime | None = None, *,
                    contacts: int | None = None, schema: int | None = None) -> BackupInfo | None:
    """The quick backup at quit: the closed database file copied as it is (the kernel copies;
    nothing is checked or compressed) into ``backups/`` as an uncompressed ``.sqlite3``, fsync-
    ed and renamed into place. The next start compresses it (``compress_pending``). None when
    the file cannot be copied alone (a -wal still holds commits: another connection is open);
    the caller then takes a full backup. ``contacts`` and ``schema``: what the caller counted
before closing (for the returned ``BackupInfo``). Errors as ``write_backup``."""
    db_path = Path(db_path)
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    folder = backup_dir(db_path)
    taken = as_utc(now).replace(microsecond=0)
    try:
        private_dir(folder)
        n = 1
        while any((folder / backup_name(db_path, taken, reason, n, suffix)).exists()
                  for suffix in (PLAIN_SUFFIX, PLAIN_SUFFIX + container.EXTENSION)):
            n += 1
        dest = folder / backup_name(db_path, taken, reason, n, PLAIN_SUFFIX)
        _check_space(db_path, folder, dest)
        with temporary(dest) as tmp:
            shutil.copyfile(db_path, tmp)
            fsync_path(tmp)
            os.replace(tmp, dest)
        fsync_path(folder, directory=True)
    except (OSError, sqlite3.Error) as e:
        translated = _translated(e, db_path, folder)
        if translated is not None:
            raise translated from e
        raise
    return BackupInfo(dest, taken, slug(reason), size=dest.stat().st_size, contacts=contacts,
                      schema=schema)


def pending_snapshots(db_path: str | os.PathLike, reason: str) -> list[Path]:
    """The uncompressed ``reason`` backups (quit snapshots) waiting to be compressed."""
    from .catalog import backup_files

    return [p for p, (_taken, r) in backup_files(db_path)
            if r == slug(reason) and not p.name.endswith(container.EXTENSION)]


def compress_pending(db_path: str | os.PathLike, reason: str, *, retention: Retention = KEEP,
                     max_bytes: int | None = None, thin: bool = True) -> list[Path]:
    """Compress the waiting snapshots into regular backups (checked, without the search
    index), each removed once its compressed twin is in place; returns the new files. A
    snapshot that fails (damaged, full disk) stays as it is and the error is raised."""
    made = []
    for plain in pending_snapshots(db_path, reason):
        dest = plain.with_name(plain.name + container.EXTENSION)
        write_compressed(plain, dest)
        remove_quietly(plain)
        made.append(dest)
    if made and thin:
        thin_backups(Path(db_path), None, retention, max_bytes, newest_good=made[-1])
    return made
