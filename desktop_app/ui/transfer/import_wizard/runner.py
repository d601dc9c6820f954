"""Runs the dry runs and the import off the GUI thread, with a throttled progress signal and a
cancel flag that the core reads between rows (``run_import(..., cancel=)``).

Signals:
    progress(int, int): rows done, rows expected (at most every ``INTERVAL`` seconds).
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

from desktop_app.core.transfer.importing import POLICIES, run_import
from desktop_app.ui.common.workers import Workers

INTERVAL = 0.1  # seconds between two progress signals


def dry_runs(source, columns, progress, cancel) -> dict | None:
    """In a worker: a dry run for each policy; None when cancelled."""
    reports = {}
    for step, policy in enumerate(POLICIES):
        def scaled(done, total, step=step):
            progress(step * total + done, len(POLICIES) * total)

        report = run_import(source, columns, duplicates=policy, dry_run=True,
                            progress=scaled, cancel=cancel)
        if report.cancelled:
            return None
        reports[policy] = report
    return reports


def real_run(source, columns, policy, progress, cancel):
    return run_import(source, columns, duplicates=policy, progress=progress, cancel=cancel)


class ImportRunner(QObject):
    progress = Signal(int, int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db  # its connection in the worker thread is closed when a task ends
        self.workers = Workers(self)
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def busy(self) -> bool:
        return self.workers.busy

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        """Called in the worker thread: emit (queued to the GUI thread), not too often."""
        now = time.monotonic()
        if done >= total or now - self._last >= INTERVAL:
            self._last = now
            self.progress.emit(done, total)

    def _start(self, fn, *args, done, failed):
        self._cancel = threading.Event()
        self._last = 0.0
        flag = self._cancel
        return self.workers.run(fn, *args, self._progress, flag.is_set, done=done,
                                failed=failed, close=self.db)

    def dry_run(self, source, columns, *, done, failed):
        """``done(dict policy -> ImportReport)`` or ``done(None)`` when cancelled."""
        return self._start(dry_runs, source, columns, done=done, failed=failed)

    def run(self, source, columns, policy: str, *, done, failed):
        """``done(ImportReport)``; ``report.cancelled`` when Cancel won the race."""
        return self._start(real_run, source, columns, policy, done=done, failed=failed)

    def wait(self) -> None:
        self.workers.wait()
