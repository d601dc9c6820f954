"""The connection to the one SQLite file: its pragmas, the open database's ``OpenState``,
and a ``ContactDatabase`` whose connections turn "disk full", "read-only" and "damaged"
into ``ContactBookError``s at the lowest level (so raw ``executemany`` writes are covered).
Opening, checking and closing are in ``core.storage.db``."""
from __future__ import annotations

import logging
import threading
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from desktop_app.core.storage import checks
from desktop_app.core.errors import (
    ContactBookError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseUnreadable,
    ReadOnlyDatabase,
    storage_error,
)

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: ~3 ms)
if TYPE_CHECKING:
    from desktop_app.core import backup as backups_mod
    from desktop_app.core.storage.lock import InstanceLock

log = logging.getLogger("desktop_app.core.storage.db")

# A worker thread's connection (the list's typed filters, facets, reports) keeps a smaller
# page cache: the indexes a keystroke reads at 100,000 leads stay in it, and the window's peak
# memory does not carry a second 32 MB cache (issue #15: RSS after 10 filters).
WORKER_CACHE_SIZE = -8000  # 8 MB
# A reading command's connection keeps SQLite's own default page cache. It runs each query
# once, so a page is hardly read twice, and every page first read into a larger cache is
# freshly allocated memory: `due` at 100,000 leads reads ~16,000 pages, and with 32 MB its
# query took 85 ms instead of 50 in the page faults of new memory (the same instructions).
READING_CACHE_SIZE = -2000  # 2 MB

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed write survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB (the GUI thread's and a command's connection)
    # Statement journals in memory: with the search-index triggers every row of a bulk insert
    # opens one, and as temporary files they cost 5 s of system time per 100,000 contacts.
    "temp_store": 2,
}
_SHM_ERRORS = checks.OPEN_ERRORS

# OpenState.reason codes
IN_USE, DAMAGED, READ_ONLY_FOLDER, READ_ONLY_FILE, REQUESTED = (
    "in-use", "damaged", "read-only-folder", "read-only-file", "requested")


class OpenState:
    """What the UI needs to know about the open database (made once per open; a plain class,
    not a dataclass: it is made at start-up, where a dataclass costs ~2 ms)."""

    def __init__(self, path: Path):
        self.path = path
        self.read_only = False
        # IN_USE, DAMAGED, READ_ONLY_FOLDER, READ_ONLY_FILE, REQUESTED
        self.reason: str | None = None
        self.holder_pid: int | None = None  # IN_USE: the process holding the lock, when known
        self.problems: list[str] = []  # DAMAGED: what quick_check found
        self.newest_good_backup: backups_mod.BackupInfo | None = None  # DAMAGED: what to restore
        self.check: checks.CheckResult | None = None  # the start check (with its duration)
        self.check_pending = False  # check=LATER: hold writes until finish_start_check()
        self.journal_mode = "wal"
        self.journal_note = ""  # why it is not WAL
        self.read_mode = ""  # read-only: "shared", "exclusive" (no -shm) or "immutable" (RO media)
        self.lock: InstanceLock | None = None
        self.lock_note = ""  # why there is no lock (file system cannot lock)
        self.schema_outdated = False  # read-only and older than this app: some views may fail
        self.migrated_from: int | None = None  # the schema version before this open upgraded it
        self.created = False  # a new, empty database was made
        self.fingerprint: list = []  # the files before opening (start backup)
        self.start_backup: backups_mod.BackupInfo | None = None
        self.backups: backups_mod.Backups | None = None

    def __repr__(self) -> str:
        return f"OpenState({vars(self)!r})"

    @property
    def damaged(self) -> bool:
        return self.reason == DAMAGED

    def message(self) -> str:
        """One plain line for logs and the CLI (the UI builds translated text from fields)."""
        if not self.read_only:
            return ""
        if self.reason == DAMAGED:
            return str(DatabaseDamaged(self.path, self.problems, self.newest_good_backup,
                                       opened_read_only=True))
        if self.reason == IN_USE:
            who = f" (process {self.holder_pid})" if self.holder_pid else ""
            return f"{self.path} is open in another Contact Book{who}; opened read-only."
        if self.reason in (READ_ONLY_FOLDER, READ_ONLY_FILE):
            return f"{self.path} cannot be written (read-only {self.reason.split('-')[-1]}); " \
                   f"opened read-only."
        return f"{self.path} was opened read-only."


# --- the connection: every error that means "disk full", "read-only", "damaged" or "busy"
# becomes a ContactBookError at the lowest level, so raw ``conn.executemany`` writes are covered.

def _translate(conn, exc: sqlite3.Error) -> ContactBookError | None:
    state: OpenState | None = getattr(conn, "owner_state", None)
    if state is None:
        return None
    if checks.is_corruption(exc):
        return DatabaseDamaged(state.path, [str(exc)], searched=False)
    if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY") \
            or "database is locked" in str(exc):
        return DatabaseBusy(state.path)
    if state.read_only and "readonly" in str(exc).lower():
        return ReadOnlyDatabase(state.path, state.reason)
    return storage_error(exc, state.path, "saving")


class _Cursor(sqlite3.Cursor):
    """Storage errors (damage, a full disk, a read-only file) become ``ContactBookError``s
    whether SQLite meets them when a statement starts or while its rows are read."""

    def _run(self, method, *args):
        try:
            return method(*args)
        except sqlite3.Error as e:
            err = _translate(self.connection, e)
            if err is None:
                raise
            raise err from e

    def execute(self, *args):
        return self._run(super().execute, *args)

    def executemany(self, *args):
        return self._run(super().executemany, *args)

    def fetchone(self):
        return self._run(super().fetchone)

    def fetchmany(self, *args):
        return self._run(super().fetchmany, *args)

    def fetchall(self):
        return self._run(super().fetchall)

    def __next__(self):
        return self._run(super().__next__)


class _Connection(sqlite3.Connection):
    owner_state: OpenState | None = None

    def cursor(self, factory=_Cursor):
        return super().cursor(factory)

    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def commit(self):
        try:
            return super().commit()
        except sqlite3.Error as e:
            err = _translate(self, e)
            if err is None:
                raise
            raise err from e


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
            log.warning("%s: using a rollback journal instead of WAL: %s", self.path, note)
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
                log.warning("%s: no read-only connection to hold across the reopen: %s",
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


SQLITE_MAGIC = b"SQLite format 3\x00"


def start_check(path: Path, state: OpenState, quick: bool = True) -> None:
    """The start check: the file is SQLite and passes ``quick_check``; a damaged one makes the
    open read-only (with the newest good backup to offer), an unreadable one raises.
    ``quick=False``: only that it is an SQLite file (it passed a check lately)."""
    try:
        with open(path, "rb") as f:
            magic = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise DatabaseUnreadable("Cannot read {path}: {error}.", path=path, error=e.strerror or e) from e
    if magic != SQLITE_MAGIC:
        raise DatabaseUnreadable("Cannot open {path} as a Contact Book database: it is not an "
                                 "SQLite file.", path=path)
    if not quick:
        return
    try:
        result = checks.check_file(path, remember=True)
    except sqlite3.Error as e:
        raise DatabaseUnreadable("Cannot open {path} as a Contact Book database: {error}.", path=path, error=e) from e
    state.check = result
    if result.ok:
        return
    from desktop_app.core.backup import newest_good_backup

    good = newest_good_backup(path)
    if any("not a database" in p for p in result.problems):  # not even readable
        raise DatabaseDamaged(path, result.problems, good)
    log.error("%s failed quick_check: %s", path, result.problems[:5])
    state.read_only, state.reason = True, DAMAGED
    state.problems, state.newest_good_backup = result.problems, good
