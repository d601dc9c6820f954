"""Backups: verified online copies beside the database, thinned over time, listed, restored.

Where: ``backups/`` beside the database (mode 0700), files named
``contacts-2026-11-23T104500Z-before-import.sqlite3`` (the database's stem, the UTC time, the
reason): they sort by time and parse back without opening them.

How one is written (``write_backup``): SQLite's online backup API from a separate read-only
connection (so it sees committed data only and may run in a worker thread), into a hidden
temporary file created 0600 in the same folder, switched to a rollback journal so the copy is
one self-contained file, ``quick_check``-ed, fsync-ed, renamed into place with ``os.replace``
and the folder fsync-ed. A crash leaves either no backup or a complete one; a full disk leaves
no partial file and raises ``DiskFull``.

When (``Backups``, one per open database; ``now`` is always a parameter):
- at start, when the files changed since the last backup (``checks.file_fingerprint`` of the
  database and its -wal, stored in ``backups/<stem>.last-backup.json`` when the app quits with
  everything backed up; a crash or a write by another program changes it);
- every ``INTERVAL`` (30 minutes) while something changed (``due(now)``; changes are counted
  with the connection's ``total_changes`` and ``PRAGMA data_version``);
- before every risky step: ``backup_now("before-import")``, before each migration step,
  before a restore; and at quit when something changed.

Thinning (``select_kept``, a pure function): everything from the last 24 hours (up to 24
files), then the newest backup of each of 12 earlier days, 10 weeks and 9 months; then, newest
first, only as many as fit in 1 GB or 25 times the database, whichever is more
(``within_budget``), keeping at least 3.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Sequence

from desktop_app.core.storage import checks
from desktop_app.core.errors import BackupError, DiskFull, storage_error

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
INTERVAL = timedelta(minutes=30)
SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%dT%H%M%S"
_NEVER_THINNED = ("damaged",)  # reasons starting with these are kept until the user deletes them

# Reasons (codes; the UI translates them).
START, AUTO, QUIT, MANUAL = "start", "auto", "quit", "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT, BEFORE_BULK, BEFORE_EMPTY_TRASH = "before-import", "before-bulk-edit", \
    "before-empty-trash"
DAMAGED_ORIGINAL = "damaged-original"


def before_migration(version: int) -> str:
    return f"before-migration-{version}"


@dataclass(frozen=True)
class Retention:
    recent: timedelta = timedelta(hours=24)
    recent_cap: int = 24
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


KEEP = Retention()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str
    size: int = 0
    contacts: int | None = None  # alive contacts; None when the file cannot be read
    schema: int | None = None
    damaged: bool = False
    problem: str = ""


# --- names -------------------------------------------------------------------------------------

def backup_dir(db_path: str | os.PathLike) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def as_utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:  # the core's naive datetimes are UTC (contacts.utcnow)
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def slug(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return text or MANUAL


def backup_name(db_path: str | os.PathLike, taken_at: datetime, reason: str, n: int = 1) -> str:
    extra = f"_{n}" if n > 1 else ""
    stamp = as_utc(taken_at).strftime(_STAMP)
    return f"{Path(db_path).stem}-{stamp}Z-{slug(reason)}{extra}{SUFFIX}"


def parse_backup_name(db_path: str | os.PathLike, name: str) -> tuple[datetime, str] | None:
    m = re.fullmatch(re.escape(Path(db_path).stem) +
                     r"-(\d{4}-\d\d-\d\dT\d{6})Z-([a-z0-9]+(?:-[a-z0-9]+)*)(?:_\d+)?" +
                     re.escape(SUFFIX), name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return taken, m.group(2)


# --- thinning ----------------------------------------------------------------------------------

def select_kept(stamps: Sequence[datetime], now: datetime,
                retention: Retention = KEEP) -> list[bool]:
    """Which backups to keep, aligned with ``stamps`` (naive local times, any order).

    Newest first: the ``recent_cap`` newest of the last ``recent`` hours; then a backup is
    kept when it is the newest of an older day (while ``daily`` lasts), else of an older ISO
    week (``weekly``), else of an older month (``monthly``). Backups in the future (a clock set
    back) count as recent. The newest backup is always kept.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    keep = [False] * len(stamps)
    budget = {"daily": retention.daily, "weekly": retention.weekly,
              "monthly": retention.monthly}
    recent_left = retention.recent_cap
    last = None  # (day, week, month) of the last kept backup

    def buckets(t: datetime):
        return t.date(), t.isocalendar()[:2], (t.year, t.month)

    for i in order:
        t = stamps[i]
        b = buckets(t)
        if now - t < retention.recent and recent_left > 0:
            recent_left -= 1
            keep[i], last = True, b
            continue
        for tier, level in (("daily", 0), ("weekly", 1), ("monthly", 2)):
            if budget[tier] > 0:
                if last is None or b[level] < last[level]:
                    budget[tier] -= 1
                    keep[i], last = True, b
                break
    if order and not any(keep):
        keep[order[0]] = True
    return keep


def within_budget(stamps: Sequence[datetime], sizes: Sequence[int], keep: Sequence[bool],
                  max_bytes: int, minimum: int = 3) -> list[bool]:
    """Narrow ``keep`` so the kept backups fit in ``max_bytes``: the newest first, always at
    least ``minimum`` of them (a full disk is no reason to have no backup)."""
    out = [False] * len(stamps)
    used = kept = 0
    for i in sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True):
        if keep[i] and (kept < minimum or used + sizes[i] <= max_bytes):
            out[i] = True
            used += sizes[i]
            kept += 1
    return out


def budget_for(db_size: int) -> int:
    """Disk space the backups of a database may use: 1 GB, or 25 copies of a large one."""
    return max(1 << 30, 25 * db_size)


def _local(moment: datetime) -> datetime:
    return as_utc(moment).astimezone().replace(tzinfo=None)


def thin_backups(db_path: str | os.PathLike, now: datetime | None = None,
                 retention: Retention = KEEP, max_bytes: int | None = None) -> list[Path]:
    """Delete the backups that ``select_kept`` (then ``within_budget``) does not keep;
    returns the deleted paths. ``max_bytes`` defaults to ``budget_for`` the database."""
    found = [(p, parsed) for p, parsed in _backup_files(db_path)
             if not parsed[1].startswith(_NEVER_THINNED)]
    stamps = [_local(t) for _, (t, _) in found]
    flags = select_kept(stamps, _local(as_utc(now)), retention)
    if max_bytes is None:
        max_bytes = budget_for(_needed_bytes(Path(db_path)))
    flags = within_budget(stamps, [_size(p) for p, _ in found], flags, max_bytes)
    deleted = []
    for (path, _), keep in zip(found, flags):
        if not keep:
            try:
                path.unlink()
                deleted.append(path)
            except OSError as e:
                log.warning("could not delete old backup %s: %s", path, e)
    return deleted


# --- writing -----------------------------------------------------------------------------------

def _fsync_path(path: Path, directory: bool = False) -> None:
    try:
        fd = os.open(path, (os.O_RDONLY if directory else os.O_RDWR) | getattr(os, "O_BINARY", 0))
    except OSError:
        if directory:
            return  # Windows cannot open a folder; its renames are durable on NTFS
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)


def _remove_quietly(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as e:
            log.warning("could not remove %s: %s", p, e)


def _needed_bytes(db_path: Path) -> int:
    total = 0
    for p in (db_path, Path(f"{db_path}-wal")):
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def write_backup(source: str | os.PathLike, dest: str | os.PathLike, *, verify: bool = True,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Copy the database at ``source`` to ``dest`` atomically; returns the size in bytes.

    Safe in any thread and while the app writes (it uses its own read-only connection).
    Raises ``DiskFull``/``FolderReadOnly`` (nothing left behind) or ``BackupError``.
    """
    source, dest = Path(source), Path(dest)
    folder = dest.parent
    tmp = folder / f".{dest.name}.tmp-{os.getpid()}-{threading.get_ident()}"
    action = "writing a backup"
    try:
        needed = _needed_bytes(source)
        if shutil.disk_usage(folder).free < needed + (1 << 20):
            raise DiskFull(dest, action)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
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
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                if verify:
                    result = checks.check_connection(dst)
                    if not result.ok:
                        raise BackupError("The copy of {source} failed its check "
                                          "({problem}); it was not kept.", dest, source=source, problem=result.problems[0])
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_path(tmp)
        os.replace(tmp, dest)
        _fsync_path(folder, directory=True)
    except BaseException as e:
        _remove_quietly(tmp, Path(f"{tmp}-journal"))
        translated = storage_error(e, dest, action) if isinstance(e, (OSError, sqlite3.Error)) \
            else None
        if translated is not None:
            raise translated from e
        if isinstance(e, sqlite3.Error) and checks.is_corruption(e):
            raise BackupError("Cannot back up {path}: {error}.", source, error=e) from e
        raise
    return dest.stat().st_size


def _clean_stale_temporaries(folder: Path, older_than: float = 3600) -> None:
    now = time.time()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for p in entries:
        if p.name.startswith(".") and ".tmp-" in p.name:
            try:
                if now - p.stat().st_mtime > older_than:
                    p.unlink()
            except OSError:
                pass


def make_backup(db_path: str | os.PathLike, reason: str, now: datetime | None = None, *,
                thin: bool = True, retention: Retention = KEEP,
                progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Write a backup into ``backups/`` beside ``db_path`` and thin the old ones."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    taken = as_utc(now).replace(microsecond=0)
    try:
        _private_dir(folder)
    except OSError as e:
        raise (storage_error(e, folder, "creating the backups folder") or e) from e
    _clean_stale_temporaries(folder)
    n = 1
    while (folder / backup_name(db_path, taken, reason, n)).exists():
        n += 1
    dest = folder / backup_name(db_path, taken, reason, n)
    write_backup(db_path, dest, progress=progress)
    if thin:
        thin_backups(db_path, taken, retention)
    return describe(dest, taken, slug(reason))


def save_damaged_copy(db_path: str | os.PathLike, now: datetime | None = None) -> Path:
    """Raw copy of a damaged database (and its -wal) into ``backups/``, never thinned."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    _private_dir(folder)
    dest = folder / backup_name(db_path, as_utc(now), DAMAGED_ORIGINAL)
    try:
        for src, dst in ((db_path, dest), (Path(f"{db_path}-wal"), Path(f"{dest}-wal"))):
            if src.exists():
                tmp = dst.with_name(f".{dst.name}.tmp-{os.getpid()}")
                os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
                shutil.copyfile(src, tmp)
                _fsync_path(tmp)
                os.replace(tmp, dst)
        _fsync_path(folder, directory=True)
    except OSError as e:
        raise (storage_error(e, dest, "saving a copy of the damaged database") or e) from e
    return dest


# --- listing -----------------------------------------------------------------------------------

def _backup_files(db_path) -> list[tuple[Path, tuple[datetime, str]]]:
    folder = backup_dir(db_path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for p in entries:
        parsed = parse_backup_name(db_path, p.name)
        if parsed is not None and p.is_file():
            found.append((p, parsed))
    found.sort(key=lambda item: (item[1][0], item[0].name), reverse=True)
    return found


def describe(path: Path, taken_at: datetime, reason: str) -> BackupInfo:
    """Open a backup read-only to count its contacts; a file that cannot be read is damaged."""
    try:
        size = path.stat().st_size
        conn = checks.connect_read_only(path, immutable=True)
        try:
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            contacts = conn.execute(
                "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except Exception as e:  # noqa: BLE001 - a listing must never crash on a bad file
        return BackupInfo(path, taken_at, reason, size=_size(path), damaged=True, problem=str(e))
    return BackupInfo(path, taken_at, reason, size=size, contacts=contacts, schema=schema)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def list_backups(db_path: str | os.PathLike) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, each with its contact count."""
    return [describe(p, t, reason) for p, (t, reason) in _backup_files(db_path)]


def newest_backup_time(db_path: str | os.PathLike) -> datetime | None:
    found = _backup_files(db_path)
    return found[0][1][0] if found else None


def newest_good_backup(db_path: str | os.PathLike) -> BackupInfo | None:
    """The newest backup that opens and passes ``quick_check``."""
    for path, (taken, reason) in _backup_files(db_path):
        if reason.startswith(_NEVER_THINNED):
            continue
        info = describe(path, taken, reason)
        if info.damaged:
            continue
        try:
            if checks.check_file(path).ok:
                return info
        except sqlite3.Error:
            continue
    return None


# --- restoring ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    saved_before: Path  # the backup (or damaged copy) of the state the restore replaced
    check: checks.CheckResult
    migrated_from: int | None = None


def validate_backup(path: str | os.PathLike) -> BackupInfo:
    """The backup at ``path`` if it can be restored, else ``BackupError`` saying why."""
    from desktop_app.core.storage.migrations import LATEST

    path = Path(path)
    if not path.is_file():
        raise BackupError("{path} does not exist.", path)
    parsed = parse_backup_name(path.name.split("-")[0] + SUFFIX, path.name)  # ours, or mtime
    taken, reason = parsed or (datetime.fromtimestamp(path.stat().st_mtime, timezone.utc), MANUAL)
    info = describe(path, taken, reason)
    if info.damaged:
        raise BackupError("{path} cannot be restored: it is not a readable Contact Book "
                          "backup ({problem}).", path, problem=info.problem)
    try:
        result = checks.check_file(path)
    except sqlite3.Error as e:
        raise BackupError("{path} cannot be restored: {error}.", path, error=e) from e
    if not result.ok:
        raise BackupError("{path} is damaged ({problem}); choose another backup.",
                          path, problem=result.problems[0])
    if not info.schema or info.schema > LATEST:
        raise BackupError("{path} was written by a newer Contact Book (schema {schema}); "
                          "update the app to restore it.", path, schema=info.schema)
    return info


def replace_database_file(db_path: str | os.PathLike, source: str | os.PathLike,
                          now: datetime | None = None) -> Path | None:
    """Restore by file when the database cannot be opened for writing (damaged or missing).

    The damaged file and its -wal are first copied to ``backups/`` (that copy is returned;
    None when there was no file); the backup is written next to the database under a
    temporary name, the stale -wal/-shm are removed and the copy is renamed over the database.
    The caller holds the instance lock and has no connection open.
    """
    db_path = Path(db_path)
    saved = save_damaged_copy(db_path, now) if db_path.is_file() and \
        db_path.stat().st_size > 0 else None
    staging = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    write_backup(source, staging)
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            _remove_or_fail(Path(f"{db_path}{suffix}"))
        os.replace(staging, db_path)
        _fsync_path(db_path.parent, directory=True)
    except OSError as e:
        _remove_quietly(staging)
        raise (storage_error(e, db_path, "restoring a backup") or e) from e
    return saved


def _remove_or_fail(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def restore_backup(db, backup_path: str | os.PathLike, *, now: datetime | None = None,
                   full_check: bool = True) -> RestoreResult:
    """Replace the open database's content with the backup at ``backup_path``.

    First the current state is backed up (``before-restore``; a damaged file is copied raw
    instead). A healthy database receives the backup through SQLite's backup API into its own
    connection: one write transaction, so a crash leaves the old or the new content and no
    stale -wal can apply on top. A damaged one is replaced by file (``replace_database_file``)
    and reopened read-write. Then ``integrity_check`` (``full_check``) or ``quick_check``,
    and migration when the backup is from an older schema.
    """
    from desktop_app.core.storage import migrations
    from desktop_app.core.errors import DatabaseInUse, ReadOnlyDatabase

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
    if state.reason == "damaged":
        db.close()
        saved = replace_database_file(state.path, info.path, now)
        db.reopen(read_only=False)
    else:
        saved = state.backups.backup_now(BEFORE_RESTORE, now).path
        src, _ = checks.open_read_only(info.path)
        try:
            src.backup(db.connection())
        except sqlite3.Error as e:
            raise (storage_error(e, state.path, "restoring a backup") or BackupError(
                "Cannot restore {path}: {error}. The database was not changed.", info.path, error=e)
            ) from e
        finally:
            src.close()
    result = checks.check_connection(db.connection(), full=full_check)
    if not result.ok:
        raise BackupError("The restored database fails its check ({problem}); the "
                          "state before the restore is in {saved}.", info.path, problem=result.problems[0], saved=saved)
    if state.backups is None:
        state.backups = Backups(db, state.path)
    version = migrations.current_version(db)
    migrated = None
    if version < migrations.LATEST:
        migrations.migrate(db, before_step=lambda old, new: state.backups.backup_now(
            before_migration(new), now))
        migrated = version
    else:
        state.backups.mark_saved()
    return RestoreResult(info, saved, result, migrated)


# --- the policy for one open database ----------------------------------------------------------

def _state_path(db_path: Path) -> Path:
    return backup_dir(db_path) / f"{db_path.stem}.last-backup.json"


@dataclass
class BackupJob:
    """One backup to take. Create it in the thread that owns the connection (it records what
    the backup will contain); ``run()`` may then run in a worker thread."""

    owner: "Backups"
    reason: str
    now: datetime | None
    marker: tuple | None
    progress: Callable[[int, int], None] | None = None
    result: BackupInfo | None = field(default=None, init=False)

    def run(self) -> BackupInfo:
        info = make_backup(self.owner.path, self.reason, self.now, retention=self.owner.retention,
                           progress=self.progress)
        self.owner._saved_marker = self.marker
        self.owner.last_backup_at = info.taken_at
        self.result = info
        return info


class Backups:
    """When to back up one open database. The UI calls ``job_if_due(now)`` from a QTimer."""

    def __init__(self, db, path: str | os.PathLike, *, interval: timedelta = INTERVAL,
                 retention: Retention = KEEP):
        self.db = db
        self.path = Path(path)
        self.interval = interval
        self.retention = retention
        self.last_backup_at = newest_backup_time(self.path)
        self._saved_marker: tuple | None = None  # the state that the newest backup holds

    # change detection
    def _marker(self) -> tuple:
        conn = self.db.connection()
        return (id(conn), conn.total_changes,
                conn.execute("PRAGMA data_version").fetchone()[0])

    def mark_saved(self) -> None:
        """The current content is in a backup (after a restore, or when nothing changed)."""
        self._saved_marker = self._marker()

    def changed(self) -> bool:
        return self._saved_marker is None or self._marker() != self._saved_marker

    # backups
    def job(self, reason: str, now: datetime | None = None,
            progress: Callable[[int, int], None] | None = None) -> BackupJob:
        return BackupJob(self, reason, now, self._marker(), progress)

    def backup_now(self, reason: str = MANUAL, now: datetime | None = None,
                   progress: Callable[[int, int], None] | None = None) -> BackupInfo:
        """Back up right away (before a risky step); raises ``StorageError`` on a full disk."""
        return self.job(reason, now, progress).run()

    def due(self, now: datetime) -> bool:
        if not self.changed():
            return False
        last = self.last_backup_at
        return last is None or as_utc(now) - last >= self.interval

    def job_if_due(self, now: datetime) -> BackupJob | None:
        return self.job(AUTO, now) if self.due(now) else None

    def maybe_backup(self, now: datetime) -> BackupInfo | None:
        job = self.job_if_due(now)
        return job.run() if job else None

    def start_job(self, now: datetime, fingerprint: list) -> BackupJob | None:
        """The start backup, if the files changed since the last backup (``fingerprint`` is
        ``OpenState.fingerprint``, taken before the database was opened); None otherwise."""
        try:
            stored = json.loads(_state_path(self.path).read_text()).get("fingerprint")
        except (OSError, ValueError, AttributeError):
            stored = None
        if stored == fingerprint and newest_backup_time(self.path) is not None:
            self.mark_saved()
            return None
        return self.job(START, now)

    def at_start(self, now: datetime, fingerprint: list) -> BackupInfo | None:
        job = self.start_job(now, fingerprint)
        return job.run() if job else None

    def at_quit(self, now: datetime | None = None) -> BackupInfo | None:
        return self.backup_now(QUIT, now) if self.changed() else None

    def record_closed(self) -> None:
        """Call after the connection closed with everything backed up: the next start then
        knows the files still hold what the newest backup holds."""
        path = _state_path(self.path)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
            tmp.write_text(json.dumps({"fingerprint": checks.file_fingerprint(self.path)}))
            os.replace(tmp, path)
        except OSError as e:
            _remove_quietly(tmp)
            log.warning("could not record the backup state in %s: %s", path, e)


__all__ = [
    "BackupInfo", "BackupJob", "Backups", "Retention", "KEEP", "INTERVAL",
    "backup_dir", "backup_name", "parse_backup_name", "select_kept", "thin_backups",
    "write_backup", "make_backup", "list_backups", "newest_good_backup", "save_damaged_copy",
    "RestoreResult", "validate_backup", "restore_backup", "replace_database_file",
]
