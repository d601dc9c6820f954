"""Reading a typed filter's count and first page in a worker thread, so a keystroke never
waits for SQL: the list stays painted until the new rows are ready, and a newer keystroke
stops the query of an older one (a progress handler on the worker's connection aborts it
within a few thousand SQLite instructions; ``interrupt()`` would miss a statement that had
not started yet). Results carry the generation they were asked for; the model drops any but
the newest."""
from __future__ import annotations

import logging
import threading
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


# A worker with nothing to read for this long ends and closes its connection (the next request
# starts another). Kept between keystrokes, the connection's page cache stays warm: a fresh one
# read last:>7d in 21 ms against 7 ms at 100,000 leads. After a reopen (a restore) the
# database replaces a thread's older connection at its next use.
IDLE_SECONDS = 10


class _Relay(QObject):
    """Carries results to the GUI thread. It has no parent, so the worker's reference keeps it
    alive even when the model that listens is gone (the connection then just ends)."""

    done = Signal(int, object, object)


class Read(NamedTuple):
    """What a request read: the count and the first rows (a screenful); for the lead to keep
    (the one the detail pane shows) when it is not among them, its row (None: not listed) and
    the page that holds it ({page number: rows}), so the list shows it without a query of its
    own."""
    count: int
    rows: list
    keep: int | None = None
    keep_row: int | None = None
    pages: dict | None = None


class ListReader:
    """A worker thread (started by a request, ended when idle) that reads what ``request``
    asks.

    ``done`` (a signal): (generation, ``Read`` or None, error or None). Not emitted for a
    request that a newer one replaced before it finished.
    """

    def __init__(self, page_size: int):
        self._relay = _Relay()
        self.done = self._relay.done
        self._page_size = page_size
        self._wake = threading.Condition()
        self._job = None  # the newest request not started yet
        self._latest = 0  # the newest generation asked for
        self._stopping = False
        self._reading = False  # the worker is reading a request
        self._thread: threading.Thread | None = None

    def request(self, generation: int, where, *, sort: str, descending: bool,
                in_trash: bool, keep: int | None = None, first: int | None = None,
                count: int | None = None) -> None:
        """Read ``where``'s count and first ``first`` rows (default: the first page), and
        where the lead ``keep`` is (see ``Read``); any older request still reading stops.
        ``count``: the count when the caller knows it (a new order of the rows shown)."""
        with self._wake:
            self._latest = generation
            first = self._page_size if first is None else min(first, self._page_size)
            self._job = (generation, where, sort, descending, in_trash, keep, first, count)
            self._wake.notify()
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="list", daemon=True)
                self._thread.start()

    def cancel(self) -> None:
        """Forget what was asked (the list was read another way meanwhile)."""
        with self._wake:
            self._latest += 1
            self._job = None

    def is_busy(self) -> bool:
        with self._wake:
            return self._job is not None or self._reading

    def shutdown(self) -> None:
        """Stop reading and wait for the worker (its connection closes)."""
        with self._wake:
            self._stopping = True
            self._job = None
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._wake:
            self._stopping = False

    def _current(self, generation: int) -> bool:
        return generation == self._latest and not self._stopping  # (reads of ints: atomic)

    def _loop(self) -> None:
        while True:
            with self._wake:
                if self._job is None and not self._stopping:
                    self._wake.wait(IDLE_SECONDS)
                if self._stopping or self._job is None:  # stopped, or idle: this thread ends
                    self._thread = None
                    from desktop_app.core.storage.threads import close_thread_connection

                    close_thread_connection()  # no handle outlives the worker (quit)
                    return
                job, self._job = self._job, None
                self._reading = True
            try:
                self._read(*job)
            finally:
                with self._wake:
                    self._reading = False

    def _read(self, generation: int, where, sort: str, descending: bool,
              in_trash: bool, keep: int | None, first: int, count: int | None) -> None:
        result = error = None
        connection = None
        try:
            if not self._current(generation):
                return
            # (peewee and the models load with the first request, after the first paint)
            from desktop_app.core.contacts import listing
            from desktop_app.core.storage.threads import thread_connection

            connection = thread_connection()
            # a newer request (or a shutdown) aborts whatever statement runs
            connection.set_progress_handler(lambda: not self._current(generation), 2000)
            if count is None:  # (one full-text match for the count and the rows)
                count, where = listing.count_matched(where, in_trash=in_trash)
            if not count:  # no page to read, no lead to look for (each a second full-text
                result = Read(0, [], keep)  # match of a word with no hits: ~1 ms)
            elif self._current(generation):
                rows = listing.page(where, sort=sort, descending=descending, limit=first,
                                    in_trash=in_trash, matches=count)
                result = Read(count, rows)
                if keep is not None and all(r[0] != keep for r in rows):
                    if len(rows) >= count:  # every match was read: the lead is not one
                        result = Read(count, rows, keep)
                    elif self._current(generation):
                        result = self._find(result, keep, where, sort, descending, in_trash)
        except Exception as e:  # noqa: BLE001 - reported below unless a newer request stopped it
            error = e
        finally:
            if connection is not None:
                connection.set_progress_handler(None, 0)
        if not self._current(generation):
            return  # replaced (interrupted or not): never shown
        if error is not None and not _expected(error):
            log.error("reading the list failed", exc_info=error)
        self._relay.done.emit(generation, result, error)


    def _find(self, read: Read, keep: int, where, sort, descending, in_trash) -> Read:
        """``read`` with the row of ``keep`` and the page holding it."""
        from desktop_app.core.contacts import listing

        row = listing.position(keep, where, sort=sort, descending=descending,
                               in_trash=in_trash, matches=read.count)
        if row is None or row >= read.count:
            return read._replace(keep=keep, keep_row=None)
        number = row // self._page_size
        rows = listing.page(where, sort=sort, descending=descending, in_trash=in_trash,
                            offset=number * self._page_size, limit=self._page_size,
                            matches=read.count)
        return read._replace(keep=keep, keep_row=row, pages={number: rows})


def _expected(error: Exception) -> bool:
    from desktop_app.ui.common.undo import EXPECTED_ERRORS

    return isinstance(error, EXPECTED_ERRORS)
