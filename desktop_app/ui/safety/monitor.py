"""Keeps the open database safe while the window runs. No widgets: MainWindow shows the state.

- The start check runs after the first paint (the database was opened with
  ``check=LATER``); writes are held until it passes. Damage reopens the file read-only and
  ``state.newest_good_backup`` is offered.
- Backups: at start (after the check, if the files changed since the last one), every
  30 minutes while something changed (``backup_if_due``, a QTimer), before a risky step
  (``backup_before``), and at quit (``close_database`` in ``app.run``).
- Backing up to a chosen file, restoring a backup and the full check run in a worker.

Signals:
    state_changed(): writable, read-only or its reason changed: the banner and actions follow.
    busy(str): a step the user must wait for started (what it does), or ended ("").
    restored(object): a backup replaced the content (``RestoreResult``): reload every view;
        the undo history no longer applies.
    backed_up(object): the copy the user asked for was written: (``BackupInfo``, the time of
        the older backup it replaced or None).
    checked(object): the full check finished (``CheckResult``).
    failed(str): an expected error, as one message for the user.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.storage import checks
from desktop_app.ui.safety.text import error_text
from desktop_app.ui.common.workers import Workers

log = logging.getLogger(__name__)
INTERVAL_MS = 30 * 60 * 1000
BULK = 50  # trashing or restoring this many contacts at once is backed up first


def finish_start_check(db, *outcome) -> bool:
    """``db.finish_start_check`` (the peewee open's module loads after the first paint)."""
    from desktop_app.core.storage import db as storage

    return storage.finish_start_check(db, *outcome)


def backup_before_risky_step(db, reason: str, now: datetime):
    """``db.backup_before_risky_step`` (see ``finish_start_check``)."""
    from desktop_app.core.storage import db as storage

    return storage.backup_before_risky_step(db, reason, now)


def _check(path: Path, full: bool, keep: list | None = None):
    """In a worker: the check, and the backup to offer when it fails (also put in ``keep``)."""
    result = checks.check_file(path, full=full, remember=True)
    good = None
    if not result.ok:
        from desktop_app.core.backup import newest_good_backup

        good = newest_good_backup(path)
    if keep is not None:
        keep.append((result, good))
    return result, good


def _write_copy(source: Path, dest: Path, replace: bool):
    from desktop_app.core import backup

    older = backup.replaced_backup(dest)
    backup.write_backup(source, dest, replace=replace)
    return backup.describe(dest, backup.as_utc(None), backup.MANUAL), older


def _list_backups(path: Path):
    from desktop_app.core.backup import list_backups

    return list_backups(path)


def _restore(db, path: Path):
    from desktop_app.core.backup import restore_backup

    return restore_backup(db, path)


class DataSafety(QObject):
    state_changed = Signal()
    busy = Signal(str)
    restored = Signal(object)
    backed_up = Signal(object)
    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, db, parent=None, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.db = db
        self.path = Path(db.path)
        self.workers = Workers(self)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self._started = False
        self._auto = None  # the timer's backup job while it runs
        self._start_outcome: list = []  # the start check's result, also when quitting early
        self._rechecking = False

    # --- state --------------------------------------------------------------------------------

    @property
    def state(self):
        return self.db.state

    @property
    def checking(self) -> bool:
        return self.state.check_pending

    @property
    def writable(self) -> bool:
        return not self.state.read_only and not self.state.check_pending

    @property
    def can_restore(self) -> bool:
        """Restoring needs the lock: read-write, or damaged and not open anywhere else."""
        state = self.state
        if state.check_pending:
            return False
        return not state.read_only or (state.damaged and state.lock is not None)

    # --- start and the periodic backup --------------------------------------------------------

    def start(self) -> None:
        """After the first paint: the deferred start check, then the start backup; the timer."""
        if self._started:
            return
        self._started = True
        self.timer.start()
        if self.state.check_pending:
            self.workers.run(_check, self.path, False, self._start_outcome,
                             done=self._start_checked, failed=self._start_check_failed)
        else:
            self._start_backup()

    def _start_checked(self, outcome) -> None:
        result, good = outcome
        finish_start_check(self.db, result, good)
        self.state_changed.emit()
        if self.writable:
            self._start_backup()

    def _start_check_failed(self, error) -> None:
        log.error("the start check could not run: %r", error)
        self.failed.emit(error_text(error))  # writes stay held: nothing is known about the file

    def _start_backup(self) -> None:
        backups = self.state.backups
        if backups is None or not self.writable:
            return
        job = backups.start_job(self.clock(), self.state.fingerprint)
        if job is not None:
            self.workers.run(job.run, failed=self._backup_failed,
                             done=lambda info: self._took_start_backup(
                                 info if job.written else None))  # not a compaction only

    def _took_start_backup(self, info) -> None:
        self.state.start_backup = info

    def backup_if_due(self, now: datetime | None = None):
        """The timer's slot: back up in a worker if something changed in the last interval."""
        backups = self.state.backups
        if backups is None or not self.writable or self._auto is not None:
            return None
        job = backups.job_if_due(now or self.clock())
        if job is not None:
            self._auto = job
            self.workers.run(job.run, done=self._auto_done, failed=self._auto_failed)
        return job

    def _auto_done(self, _info) -> None:
        self._auto = None

    def _auto_failed(self, error) -> None:
        self._auto = None
        self._backup_failed(error)

    def _backup_failed(self, error) -> None:
        log.error("automatic backup failed: %r", error)
        self.failed.emit(self.tr("The automatic backup could not be written. Your contacts "
                                 "are saved, but there is no fresh backup of them.") + "\n\n"
                         + error_text(error))

    # --- steps the user asked for -------------------------------------------------------------

    def backup_before(self, reason: str, then: Callable[[], None]) -> None:
        """Back up (in a worker, the user waiting), then run ``then``; not if the backup failed."""
        job = backup_before_risky_step(self.db, reason, self.clock())
        if job is None:
            then()
            return
        self.busy.emit(self.tr("Backing up before the change…"))

        def done(_info):
            self.busy.emit("")
            then()

        def failed(error):
            self.busy.emit("")
            self.failed.emit(self.tr("Nothing was changed: the backup before the change could "
                                     "not be written.") + "\n\n" + error_text(error))

        self.workers.run(job.run, done=done, failed=failed)

    def backup_before_bulk(self, then: Callable[[], None]) -> None:
        from desktop_app.core.backup import BEFORE_BULK

        self.backup_before(BEFORE_BULK, then)

    def back_up_to(self, dest: str | Path, replace: bool = False) -> bool:
        """Write a copy to a file the user chose; False (and a message) if that is not allowed.
        ``replace``: the user agreed to replace an existing ``dest`` (the core still refuses a
        Contact Book database that is not a backup, with a message)."""
        dest = Path(dest)
        try:
            own = {Path(f"{self.path.resolve()}{suffix}")
                   for suffix in ("", "-wal", "-shm", "-journal", ".lock")}
            same = dest.resolve() in own
        except OSError:
            same = False
        if same:
            self.failed.emit(self.tr("%1 is the database itself or one of its files. Choose "
                                     "another name.").replace("%1", str(dest)))
            return False
        self.busy.emit(self.tr("Backing up…"))
        self.workers.run(_write_copy, self.path, dest, replace, done=self._backed_up,
                         failed=self._step_failed)
        return True

    def _backed_up(self, written) -> None:
        self.busy.emit("")
        self.backed_up.emit(written)

    def list_backups(self, done: Callable[[list], None]) -> None:
        self.workers.run(_list_backups, self.path, done=done, failed=self._step_failed)

    def restore(self, backup_path: str | Path) -> None:
        """Replace the content with a backup (the current state is backed up first)."""
        self.busy.emit(self.tr("Restoring the backup…"))
        self.workers.run(_restore, self.db, Path(backup_path), close=self.db,
                         done=self._restored, failed=self._restore_failed)

    def _restored(self, result) -> None:
        self.state.check = result.check
        self.busy.emit("")
        self.state_changed.emit()
        self.restored.emit(result)

    def _restore_failed(self, error) -> None:
        self.busy.emit("")
        self.state_changed.emit()
        self.failed.emit(self.tr("The backup was not restored.") + "\n\n" + error_text(error))

    def full_check(self) -> None:
        """Integrity and references, in a worker; damage found makes the database read-only."""
        self.busy.emit(self.tr("Checking the database…"))
        self.workers.run(_check, self.path, True, done=self._fully_checked,
                         failed=self._step_failed)

    def _fully_checked(self, outcome) -> None:
        result, good = outcome
        self.busy.emit("")
        if not result.ok and not self.state.read_only:
            finish_start_check(self.db, result, good)
            self.state_changed.emit()
        self.checked.emit(result)

    def check_after_read_error(self, error) -> None:
        """A read failed with damage the start check did not see (or has not seen yet): check
        again quietly; damage found makes the database read-only (``state_changed``)."""
        if self.state.read_only or self.state.check_pending or self._rechecking \
                or not checks.is_corruption(error):
            return
        self._rechecking = True
        self.workers.run(_check, self.path, False, done=self._rechecked,
                         failed=self._recheck_failed)

    def _rechecked(self, outcome) -> None:
        self._rechecking = False
        result, good = outcome
        if not result.ok and not self.state.read_only:
            finish_start_check(self.db, result, good)
            self.state_changed.emit()

    def _recheck_failed(self, error) -> None:
        self._rechecking = False
        log.error("check after a read error: %r", error)

    def _step_failed(self, error) -> None:
        self.busy.emit("")
        self.failed.emit(error_text(error))

    # --- quit ---------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the timer and let a running backup or restore finish (before close_database).

        Quit before the start check reported back: it is run here, so that closing cannot
        write (checkpoint) into a damaged file."""
        self.timer.stop()
        self.workers.wait()
        if not self.state.check_pending:
            return
        try:
            outcome = self._start_outcome[0] if self._start_outcome else \
                _check(self.path, False)
            if finish_start_check(self.db, *outcome) and \
                    checks.file_fingerprint(self.path) == self.state.fingerprint:
                # nothing written since the open: the start job only tells whether the files
                # still hold what the newest backup holds (then no backup at quit)
                self.state.backups.start_job(self.clock(), self.state.fingerprint)
        except Exception as e:  # noqa: BLE001 - quitting anyway; the lock still guards
            log.error("start check at quit: %r", e)
