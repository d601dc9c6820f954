"""Run a core function off the GUI thread; its result or its error comes back in the GUI thread.

    workers = Workers(parent)
    workers.run(backup.write_backup, path, dest, done=on_done, failed=on_error)

``done(result)`` or ``failed(exception)`` is called in the GUI thread, through a queued signal.
The tasks of one ``Workers`` run one after another (a backup, a restore and a check never
overlap), on a private thread pool. ``wait()`` at quit lets the running one finish.

A task that uses the peewee database from its thread (``restore_backup``) must close that
thread's connection before it ends: pass ``close=db`` (or ``close=True``: the open database).
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives (queued)."""

    finished = Signal(object, bool, object)  # task, ok, result or exception


class Task(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable, args: tuple, kwargs: dict, done, failed,
                 close):
        super().__init__()
        self.setAutoDelete(False)  # Workers keeps the Python object until it reports back
        self._relay = relay
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.done, self.failed, self.close = done, failed, close
        self.name = getattr(fn, "__name__", "task")

    def run(self) -> None:
        try:
            result, ok = self.fn(*self.args, **self.kwargs), True
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread, never lost
            result, ok = e, False
        finally:
            if self.close is not None:  # this thread's connection only
                # (imported here: it loads the models, which the first paint does without)
                from desktop_app.core.storage.threads import close_thread_connection

                close_thread_connection(None if self.close is True else self.close)
        self._relay.finished.emit(self, ok, result)


class Workers(QObject):
    """Background tasks, one at a time, reported back in the GUI thread.

    Signals:
        busy_changed(bool): the first task started or the last one finished.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._tasks: set[Task] = set()
        self._stopped = False

    def run(self, fn: Callable, *args, done: Callable | None = None,
            failed: Callable | None = None, close=None, **kwargs) -> Task:
        task = Task(self._relay, fn, args, kwargs, done, failed, close)
        self._tasks.add(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queued and running tasks are done (at quit); their callbacks are
        not called any more."""
        self._stopped = True
        return self.pool.waitForDone(msecs)

    def _finished(self, task: Task, ok: bool, result) -> None:
        self._tasks.discard(task)
        if self._stopped or not _alive(task.done) or not _alive(task.failed):
            return  # e.g. a dialog closed (and deleted) before the work it asked for ended
        try:
            if ok:
                if task.done is not None:
                    task.done(result)
            elif task.failed is not None:
                task.failed(result)
            else:
                raise result
        finally:
            if not self._tasks:
                self.busy_changed.emit(False)


def _alive(callback) -> bool:
    """False for a bound method of a Qt object that has been deleted."""
    import shiboken6

    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
