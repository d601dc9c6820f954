"""The peewee database over the one SQLite file: ``ContactDatabase``, whose connections
(``plain.Connection``) turn "disk full", "read-only" and "damaged" into ``ContactBookError``s
at the lowest level. The layer below it (``OpenState``, the pragmas, the start check) is
``core.storage.plain``, re-exported here; opening, checking and closing are in
``core.storage.db``."""
from __future__ import annotations

import threading
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from desktop_app.core.storage import checks
from desktop_app.core.storage.plain import (  # noqa: F401 - re-exported (db, tests, benchmarks)
    DAMAGED,
    IN_USE,
    PRAGMAS,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    READING_CACHE_SIZE,
    REQUESTED,
    SQLITE_MAGIC,
    Connection as _Connection,
    OpenState,
    log,
    start_check,
)

# A worker thread's connection (the list's typed filters, facets, reports) keeps a smaller
# page cache: the indexes a keystroke reads at 100,000 leads stay in it, and the window's peak
# memory does not carry a second 32 MB cache (issue #15: RSS after 10 filters).
WORKER_CACHE_SIZE = -8000  # 8 MB
_SHM_ERRORS = checks.OPEN_ERRORS


class _Savepoint(peewee._savepoint):
    """A nested ``atomic()`` whose rollback survives SQLite having already rolled back the
    whole transaction (disk full, I/O error): otherwise "no such savepoint" would replace the
    real error and the outer transaction's rollback would never run."""

    def rollback(self, begin=True):
        conn = self.db._state.conn
        if conn is not None and not conn.in_transaction:
            return
        try:
            super().rollback(begin)
        except peewee.OperationalError as e:
            if "no such savepoint" not in str(e):  # a failed RELEASE already dropped it
                raise


class ContactDatabase(SqliteDatabase):
    """A peewee ``SqliteDatabase`` that knows its file, its ``OpenState`` and its journal."""

    def __init__(self, path: Path, state: OpenState, *, cache_size: int | None = None,
                 **kwargs):
        """``cache_size``: the page cache of its connections (``PRAGMA cache_size``; None:
        ``PRAGMAS``'; worker threads' always ``WORKER_CACHE_SIZE``)."""
        self.path = Path(path)
        self.state = state
        self._generation = 0  # bumped by reopen(): other threads' connections then reconnect
        pragmas = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
        if cache_size is not None:
            pragmas["cache_size"] = cache_size
        super().__init__(self._uri(), pragmas=pragmas, **kwargs)

    def _uri(self) -> str:
        return checks.uri(self.path, mode="ro") if self.state.read_only else checks.uri(self.path)

    def _raw_connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.database, timeout=self._timeout, isolation_level=None,
                               uri=True, factory=_Connection, **self.connect_params)
        conn.owner_state = self.state  # errors met while setting up are ours too (damage...)
        return conn

    def _connect(self):
        if self.state.read_only:
            conn, self.state.read_mode = checks.open_read_only(self.path, factory=_Connection)
        else:
            conn = self._connect_journal()
        try:
            self._add_conn_hooks(conn)
            if threading.current_thread() is not threading.main_thread():
                conn.execute(f"PRAGMA cache_size = {WORKER_CACHE_SIZE}")
            conn.owner_state = self.state
            conn.generation = self._generation
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def taking_over(cls, plain) -> "ContactDatabase":
        """The database of a ``plain.PlainDatabase`` (its file, state and page cache), on its
        connection (``upgrade`` of ``plain.open_current``)."""
        db = cls(plain.path, plain.state, cache_size=plain.cache_size)
        conn = plain.hand_over()
        if conn is not None:
            db.adopt(conn)
        return db

    def adopt(self, conn: sqlite3.Connection) -> None:
        """Take over ``conn``, this file's connection in the calling thread, opened and set up
        by ``plain.open_current``, as if ``connect()`` made it."""
        self._add_conn_hooks(conn)  # (peewee's functions; the pragmas once more)
        conn.owner_state = self.state
        conn.generation = self._generation
        with self._lock:
            self._state.reset()
            self._state.set_connection(conn)

    def _refresh(self) -> None:
        conn = self._state.conn
        if conn is not None and getattr(conn, "generation", None) != self._generation \
                and not self.in_transaction():
            self.close()

    def connection(self):
        self._refresh()
        return super().connection()

    def cursor(self, named_cursor=None):
        self._refresh()
        return super().cursor(named_cursor)

    def _connect_journal(self) -> sqlite3.Connection:
        """WAL when the file system supports it, else a rollback journal (with a note)."""
        conn = self._raw_connect()
        if self.state.journal_mode == "wal":
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps -shm
                if mode == "wal":
                    return conn
                note = f"the file system refused WAL (journal_mode stayed {mode!r})"
            except sqlite3.OperationalError as e:
                if getattr(e, "sqlite_errorname", "") not in _SHM_ERRORS:
                    conn.close()
                    raise
                note = f"the file system cannot share memory for WAL ({e})"
            except BaseException:  # translated (DatabaseBusy: a foreign lock on the switch)
                conn.close()
                raise
            conn.close()
            if self.state.check_pending:  # switching the journal writes: check the file first
                self.state.check_pending = False
                start_check(self.path, self.state)
                if self.state.read_only:
                    conn, self.state.read_mode = checks.open_read_only(self.path,
                                                                       factory=_Connection)
                    return conn
            log().warning("%s: using a rollback journal instead of WAL: %s", self.path, note)
            self.state.journal_mode, self.state.journal_note = "delete", note
            conn = self._raw_connect()
        # Rollback journal. Exclusive mode first, so a file still marked WAL can be read
        # without shared memory and switched back; then normal locking again.
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # drops the lock
        except BaseException:
            conn.close()
            raise
        return conn

    def rollback(self):
        # After "disk full" SQLite may already have rolled back; a second ROLLBACK would
        # replace the real error with "no transaction is active".
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            return
        super().rollback()

    def savepoint(self, sid=None):
        return _Savepoint(self, sid)

    def reopen(self, *, read_only: bool) -> None:
        """Close and reconnect read-only or read-write (after a restore of a damaged file).

        Going read-only, a read-only connection stays open while the read-write one closes:
        that one is then not the last connection, so SQLite does not checkpoint the -wal into
        the file (a damaged file found by a deferred check is never written)."""
        keep = None
        if read_only and not self.state.read_only:
            try:
                keep, _ = checks.open_read_only(self.path)
            except sqlite3.Error as e:
                log().warning("%s: no read-only connection to hold across the reopen: %s",
                            self.path, e)
        try:
            self.close()
            self.state.read_only = read_only
            if not read_only:
                self.state.reason = None
                self.state.problems = []
            self.init(self._uri())
            self._generation += 1
            self.connect()
        finally:
            if keep is not None:
                keep.close()
