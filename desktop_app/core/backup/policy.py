"""When to back up one open database (``Backups``); ``now`` is always a parameter.

- at start, when the files changed since the last backup (``checks.file_fingerprint`` of the
  database and its -wal, stored in ``backups/<stem>.last-backup.json`` when the app quits with
  everything backed up; a crash or a write by another program changes it);
- every ``INTERVAL`` (30 minutes) while something changed (``due(now)``; see ``_marker``);
- before every risky step (``backup_now("before-import")``, before a restore) and at quit.

Never when nothing changed since the last backup: a job whose content the newest backup
already holds writes nothing and returns that backup. So a quit right after the start writes
none, and a quit writes one only when something changed since the last backup.

Opening a database read-write (which creates its ``Backups``) also removes the temporaries
that killed backups and restores left behind (``files.clean_stray_temporaries``).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from ..storage import checks
from .catalog import (AUTO, MANUAL, QUIT, START, BackupInfo, as_utc, backup_dir, backup_files,
                      describe, newest_backup_time)
from .files import clean_stray_temporaries, temporary
from .retention import KEEP, Retention
from .write import compress_pending, make_backup, pending_snapshots, snapshot_closed

log = logging.getLogger(__name__)

INTERVAL = timedelta(minutes=30)


def _state_path(db_path: Path) -> Path:
    return backup_dir(db_path) / f"{db_path.stem}.last-backup.json"


@dataclass
class BackupJob:
    """One backup to take. Create it in the thread that owns the connection (it records what
    the backup will contain); ``run()`` may then run in a worker thread. ``written`` says
    whether it wrote a file (False: the newest backup already held this content)."""

    owner: "Backups"
    reason: str
    now: datetime | None
    marker: tuple | None
    progress: Callable[[int, int], None] | None = None
    compact: bool = False  # first compress the quit snapshots waiting in backups/
    result: BackupInfo | None = field(default=None, init=False)
    written: bool = field(default=False, init=False)

    def run(self) -> BackupInfo:
        owner = self.owner
        if self.compact:
            compress_pending(owner.path, QUIT, retention=owner.retention,
                             max_bytes=owner.max_bytes)
        if self.marker == owner._saved_marker and (newest := owner.newest()) is not None:
            self.result = newest
            return newest
        info = make_backup(owner.path, self.reason, self.now, retention=owner.retention,
                           max_bytes=owner.max_bytes, progress=self.progress)
        owner._saved_marker = self.marker
        owner.last_backup_at = info.taken_at
        self.result, self.written = info, True
        return info


class Backups:
    """When to back up one open database. The UI calls ``job_if_due(now)`` from a QTimer."""

    def __init__(self, db, path: str | os.PathLike, *, interval: timedelta = INTERVAL,
                 retention: Retention = KEEP, max_bytes: int | None = None):
        self.db = db
        self.path = Path(path)
        self.interval = interval
        self.retention = retention
        self.max_bytes = max_bytes  # None: retention.budget_for the free space
        clean_stray_temporaries(self.path)
        self.last_backup_at = newest_backup_time(self.path)
        self._saved_marker: tuple | None = None  # the state that the newest backup holds

    # change detection
    def _marker(self) -> tuple:
        """What identifies the content: this connection's row changes (``total_changes``),
        commits of other connections (``data_version``), schema and version changes (a
        migration step changes no rows)."""
        conn = self.db.connection()
        return (id(conn), conn.total_changes,
                *(conn.execute(f"PRAGMA {p}").fetchone()[0]
                  for p in ("data_version", "schema_version", "user_version")))

    def mark_saved(self) -> None:
        """The current content is in a backup (after a restore, or when nothing changed)."""
        self._saved_marker = self._marker()

    def changed(self) -> bool:
        return self._saved_marker is None or self._marker() != self._saved_marker

    def newest(self) -> BackupInfo | None:
        found = backup_files(self.path)
        return describe(found[0][0], *found[0][1]) if found else None

    # backups
    def job(self, reason: str, now: datetime | None = None,
            progress: Callable[[int, int], None] | None = None,
            compact: bool = False) -> BackupJob:
        return BackupJob(self, reason, now, self._marker(), progress, compact)

    def backup_now(self, reason: str = MANUAL, now: datetime | None = None,
                   progress: Callable[[int, int], None] | None = None) -> BackupInfo:
        """Back up right away (before a risky step); raises ``StorageError`` on a full disk.
        Nothing changed since the last backup: that backup, and nothing written."""
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
        pending = bool(pending_snapshots(self.path, QUIT))  # the last quit's quick copy
        if stored == fingerprint and newest_backup_time(self.path) is not None:
            self.mark_saved()
            return self.job(START, now, compact=True) if pending else None
        return self.job(START, now, compact=pending)

    def at_start(self, now: datetime, fingerprint: list) -> BackupInfo | None:
        """The start backup written now, or None (nothing changed; compressing the last
        quit's snapshot writes no new backup)."""
        job = self.start_job(now, fingerprint)
        if job is None:
            return None
        info = job.run()
        return info if job.written else None

    def at_quit(self, now: datetime | None = None) -> BackupInfo | None:
        """A full backup at quit while the connection is open (slow: checked, compressed);
        the app quits with ``contents`` then ``at_quit_closed`` instead."""
        return self.backup_now(QUIT, now) if self.changed() else None

    def contents(self) -> dict:
        """What the database holds now (schema, alive contacts): the quit snapshot's facts,
        counted before the connection closes."""
        conn = self.db.connection()
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL"
                                ).fetchone()[0] if schema else 0
        return {"schema": schema, "contacts": contacts}

    def at_quit_closed(self, now: datetime | None, contents: dict) -> BackupInfo:
        """After the connection closed (the file holds every commit): the quick snapshot,
        compressed at the next start; a full backup when the file cannot be copied alone."""
        info = snapshot_closed(self.path, QUIT, now, **contents)
        if info is None:
            info = make_backup(self.path, QUIT, now, retention=self.retention,
                               max_bytes=self.max_bytes)
        return info

    def record_closed(self) -> None:
        """Call after the connection closed with everything backed up: the next start then
        knows the files still hold what the newest backup holds."""
        path = _state_path(self.path)
        try:
            with temporary(path) as tmp:
                tmp.write_text(json.dumps({"fingerprint": checks.file_fingerprint(self.path)}))
                os.replace(tmp, path)
        except OSError as e:
            log.warning("could not record the backup state in %s: %s", path, e)
