"""The database below peewee: the connection to the one SQLite file that turns "disk full",
"read-only" and "damaged" into ``ContactBookError``s at the lowest level (so raw
``executemany`` writes are covered), its pragmas, the open database's ``OpenState``, the start
check, and ``open_current``: a reading command's open of a current file without peewee.

Importing peewee and the modules of the peewee open (``core.storage.db``) costs ~150 M
instructions, two thirds of a whole raw ``due`` at 100,000 leads (issue #15). A reading
command whose work is plain SQL (``due``) opens through ``open_current`` instead: a file at
the latest schema, already WAL, that opening would not write (no search-index rows pending,
planner statistics fresh, an identity) gets a ``PlainDatabase``, one connection with the same
pragmas, lock, daily check and errors as ``ContactDatabase``'s. Anything else goes through
``core.storage.db.open_database``. A ``PlainDatabase`` becomes a ``ContactDatabase`` on the
same connection (``promote``) the moment peewee is needed: a model is imported
(``core.storage.schema``) or a method it lacks is called (``atomic``, ...).

No logging, peewee or hashing at import here: keep it that way.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from desktop_app.core.storage import checks
from desktop_app.core.storage.bound import database as proxy
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

# The schema version this app writes: ``migrations.LATEST`` (a test holds them equal), here
# so that a current file is told without importing the migrations (and peewee).
SCHEMA_VERSION = 11


def log():
    """The storage logger (``logging`` is imported only when something is logged; the
    library's ``NullHandler`` keeps Python's last-resort handler off the CLI's stderr)."""
    import logging

    if not _logging_set:
        logging.getLogger("desktop_app").addHandler(logging.NullHandler())
        _logging_set.append(True)
    return logging.getLogger("desktop_app.core.storage.db")


_logging_set: list = []


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

def translate(conn, exc: sqlite3.Error) -> ContactBookError | None:
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


class Cursor(sqlite3.Cursor):
    """Storage errors (damage, a full disk, a read-only file) become ``ContactBookError``s
    whether SQLite meets them when a statement starts or while its rows are read."""

    def _run(self, method, *args):
        try:
            return method(*args)
        except sqlite3.Error as e:
            err = translate(self.connection, e)
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


class Connection(sqlite3.Connection):
    owner_state: OpenState | None = None

    def cursor(self, factory=Cursor):
        return super().cursor(factory)

    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def commit(self):
        try:
            return super().commit()
        except sqlite3.Error as e:
            err = translate(self, e)
            if err is None:
                raise
            raise err from e


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
    log().error("%s failed quick_check: %s", path, result.problems[:5])
    state.read_only, state.reason = True, DAMAGED
    state.problems, state.newest_good_backup = result.problems, good


def is_current_wal(path: Path) -> bool:
    """The file is SQLite, already WAL, at ``SCHEMA_VERSION``: opening it read-write writes
    nothing (no journal switch, no migration; either would need a check of the file first).

    (SQLite's header: the read/write versions at offset 18 are 2 for WAL; ``user_version`` is
    the big-endian integer at offset 60.)"""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return False
    return (len(head) == 100 and head.startswith(SQLITE_MAGIC) and head[18:20] == b"\x02\x02"
            and int.from_bytes(head[60:64], "big") == SCHEMA_VERSION)


def tighten_modes(path: Path) -> None:
    """The file and its -wal and -shm readable by their owner only."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists() and (p.stat().st_mode & 0o077):
                os.chmod(p, 0o600)
        except OSError:
            pass  # not ours to change (e.g. a read-only share); opening will say more if needed


def release_previous(path: Path) -> None:
    """Opening a database again in this process (tests, CLI) frees the previous open's lock."""
    prev = proxy.obj
    state = getattr(prev, "state", None)
    if state is None or state.lock is None:
        return
    try:
        same = prev.path.resolve() == path.resolve()
    except OSError:
        same = False
    if same:
        if not prev.in_transaction():
            prev.close()
        state.lock.release()
        state.lock = None


class PlainDatabase:
    """A current database opened for reading without peewee (``open_current``): one
    connection, in the thread that opened it, with what a reading command runs on the open
    database (``execute_sql``, ``cursor``, ``connection``, ``close``) and its ``path`` and
    ``state`` as ``ContactDatabase`` has them.

    ``promote()`` makes the ``ContactDatabase`` that takes over the connection (``upgrade``,
    given by the opener: this layer knows nothing of peewee) and binds it (``bound.database``);
    it happens by itself when the models are imported, when another thread uses this
    database, or on any other attribute (``atomic``, ...). After it, every call goes to that
    database."""

    def __init__(self, path: Path, state: OpenState, conn: sqlite3.Connection,
                 cache_size: int | None, upgrade):
        self._real = None
        self._conn = conn
        self._upgrade = upgrade
        self.cache_size = cache_size
        self._thread = threading.get_ident()
        self._promoting = threading.RLock()  # (the window: a worker may promote it meanwhile)
        self.path = path
        self.state = state
        self.database = checks.uri(path, mode="ro") if state.read_only else checks.uri(path)

    def __repr__(self) -> str:
        return f"<PlainDatabase {self.path}{' (promoted)' if self._real else ''}>"

    def promote(self):
        """The ``ContactDatabase`` on this connection (made once, whichever threads ask at
        once), bound for the models."""
        with self._promoting:
            if self._real is None:
                self._real = self._upgrade(self)
        if proxy.obj is self:
            proxy.initialize(self._real)
        return self._real

    def hand_over(self) -> sqlite3.Connection | None:
        """The open connection, given up to the database taking it over; None when closed, or
        asked from another thread (a connection serves the thread that opened it: the new
        database then opens one per thread, and this one is closed by ``close()``)."""
        if threading.get_ident() != self._thread:
            return None
        conn, self._conn = self._conn, None
        return conn

    def _plain(self) -> sqlite3.Connection | None:
        """The connection to use here, or None when the ``ContactDatabase`` must answer."""
        if self._real is None and self._conn is not None \
                and threading.get_ident() == self._thread:
            return self._conn
        return None

    def execute_sql(self, sql: str, params=None, commit=None):
        conn = self._plain()
        if conn is None:
            return self.promote().execute_sql(sql, params)
        return conn.execute(sql, params or ())

    def cursor(self, named_cursor=None):
        conn = self._plain()
        return self.promote().cursor() if conn is None else conn.cursor()

    def connection(self) -> sqlite3.Connection:
        conn = self._plain()
        return self.promote().connection() if conn is None else conn

    def in_transaction(self) -> bool:
        if self._real is not None:
            return self._real.in_transaction()
        return self._conn is not None and self._conn.in_transaction

    def is_closed(self) -> bool:
        if self._real is not None:
            return self._real.is_closed()
        return self._conn is None

    def close(self) -> bool:
        if self._real is not None:
            if self._conn is not None and threading.get_ident() == self._thread:
                self._conn.close()  # (not handed over: promoted from another thread)
                self._conn = None
            return self._real.close()
        if self._conn is None:
            return False
        self._conn.close()
        self._conn = None
        return True

    def reopen(self, *, read_only: bool) -> None:
        """``ContactDatabase.reopen`` (a restore, damage found after the start); the opener's
        connection, if a promotion from another thread left it open, is closed first: no
        handle on the old file may outlive a reopen."""
        if self._conn is not None and threading.get_ident() == self._thread:
            self._conn.close()
            self._conn = None
        self.promote().reopen(read_only=read_only)

    def __getattr__(self, name: str):  # (only what the class lacks: peewee's)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.promote(), name)


def open_current(path, upgrade, *, cache_size: int | None = None,
                 later: bool = False) -> PlainDatabase | None:
    """Open ``path`` for a reading command without peewee, as
    ``db.open_database(path, lock=True, if_locked="read_only", check=DAILY, backups=False,
    cache_size=cache_size)`` opens it, when that open would write nothing: a file at the
    latest schema, WAL, writable, with no search-index rows pending, fresh planner statistics
    and an identity. Otherwise (or on any trouble: the full open says it properly) None, with
    nothing held. Another instance holding the lock makes it read-only, as there.
    ``upgrade(plain_db)``: the ``ContactDatabase`` taking over (``PlainDatabase.promote``).
    ``later``: the start check is the caller's, as with ``open_database(check=LATER)`` (the
    window: ``state.check_pending``, no writes until ``db.finish_start_check``); that open
    leaves the upkeep for later too, so a file needing some opens here as well."""
    path = Path(path)
    if not is_current_wal(path) or not (os.access(path, os.W_OK)
                                         and os.access(path.parent, os.W_OK)):
        return None
    from desktop_app.core.storage.lock import InstanceLock, LockHeld

    release_previous(path)
    state = OpenState(path)
    try:
        state.lock = InstanceLock.acquire(path)
    except LockHeld as e:
        state.read_only, state.reason, state.holder_pid = True, IN_USE, e.pid
    except Exception:  # no locks here (a network share), an error: the full open says so
        return None
    db = None
    try:
        db = _open_current(path, state, cache_size, upgrade, later)
    except (ContactBookError, sqlite3.Error, OSError):
        pass
    finally:
        if db is None and state.lock is not None:
            state.lock.release()
            state.lock = None
    return db


def _open_current(path: Path, state: OpenState, cache_size, upgrade,
                  later: bool = False) -> PlainDatabase | None:
    state.fingerprint = checks.file_fingerprint(path)
    if later:
        state.check_pending = True  # (is_current_wal read the header: an SQLite file)
    else:
        start_check(path, state, quick=not checks.checked_recently(path))
    if state.damaged:
        return None
    if state.read_only:
        conn, state.read_mode = checks.open_read_only(path, factory=Connection)
    else:
        conn = sqlite3.connect(checks.uri(path), timeout=5, isolation_level=None, uri=True,
                               factory=Connection)
    try:
        conn.owner_state = state
        pragmas = dict(PRAGMAS, cache_size=cache_size or PRAGMAS["cache_size"])
        del pragmas["journal_mode"]
        for name, value in pragmas.items():
            conn.execute(f"PRAGMA {name} = {value}")
        if not state.read_only \
                and conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            conn.close()
            return None
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION \
                or not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'contact'").fetchone() \
                or (not state.read_only and not later and _needs_upkeep(conn)):
            conn.close()
            return None
    except BaseException:
        conn.close()
        raise
    tighten_modes(path)
    db = PlainDatabase(path, state, conn, cache_size, upgrade)
    proxy.initialize(db)
    return db


def _needs_upkeep(conn: sqlite3.Connection) -> bool:
    """Whether the full open would write: contacts to re-index (written without the app),
    stale planner statistics, no identity yet (see ``db._open``)."""
    from desktop_app.core.storage import planner
    from desktop_app.core.storage.preferences import DATABASE_ID

    return bool(conn.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone()
                or planner.stale(conn.execute)
                or not conn.execute("SELECT 1 FROM setting WHERE key = ?",
                                    (DATABASE_ID,)).fetchone())
