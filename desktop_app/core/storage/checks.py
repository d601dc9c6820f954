"""Checking a database file without writing to it, and telling states of it apart.

- ``check_file(path)``: ``PRAGMA quick_check`` on a read-only connection (the start check);
  ``full=True`` adds ``integrity_check`` and ``foreign_key_check`` (the "Check database" action).
  A damaged file yields problems; it is never opened for writing here.
- ``file_fingerprint(path)``: size, mtime and header counters of the file and its -wal, read
  without opening SQLite; equal fingerprints mean nobody wrote in between (used to decide
  whether a backup at start is needed).
- ``table_digests(conn)``: row count and SHA-256 of every table's rows, for tests and tools
  that must prove "nothing was lost".
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

# SQLite VFS for every connection the app opens; None is the platform default. Tests set
# "unix-none" to simulate a file system without shared memory (network shares).
VFS: str | None = None

CORRUPTION = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def uri(path: str | os.PathLike, **params: str) -> str:
    """A ``file:`` URI for ``sqlite3.connect(..., uri=True)``, with ``VFS`` applied."""
    if VFS:
        params.setdefault("vfs", VFS)
    query = "&".join(f"{k}={v}" for k, v in params.items())
    base = Path(os.path.abspath(path)).as_uri()
    return f"{base}?{query}" if query else base


def is_corruption(exc: BaseException) -> bool:
    if exc.args and isinstance(exc.args[0], BaseException):  # peewee wraps the sqlite3 error
        exc = exc.args[0]
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    return name in CORRUPTION or "malformed" in text or "not a database" in text


class CheckResult:
    """What a check found (no problems: ok), whether it was the full one, and how long it took
    (a plain class, not a dataclass: its module loads at start-up)."""
    __slots__ = ("full", "problems", "seconds")

    def __init__(self, problems: list[str] | None = None, full: bool = False,
                 seconds: float = 0.0):
        self.problems = [] if problems is None else problems
        self.full = full
        self.seconds = seconds

    def __eq__(self, other) -> bool:
        return isinstance(other, CheckResult) and (self.problems, self.full, self.seconds) == \
            (other.problems, other.full, other.seconds)

    __hash__ = None  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return f"CheckResult(problems={self.problems!r}, full={self.full!r}, " \
               f"seconds={self.seconds!r})"

    @property
    def ok(self) -> bool:
        return not self.problems


def check_connection(conn: sqlite3.Connection, *, full: bool = False) -> CheckResult:
    """Run the checks on an open connection; corruption errors become problems."""
    started = time.perf_counter()
    problems: list[str] = []
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(100)")]
        if rows != ["ok"]:
            problems += rows
        if full:
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"row {rowid} of {table} points to a missing {parent}")
    except sqlite3.DatabaseError as e:
        if not is_corruption(e):
            raise
        problems.append(str(e))
    return CheckResult(problems, full, time.perf_counter() - started)


def connect_read_only(path: str | os.PathLike, *, exclusive: bool = False,
                      immutable: bool = False, factory=sqlite3.Connection,
                      check_same_thread: bool = False) -> sqlite3.Connection:
    """A connection that cannot write the database file (``mode=ro`` and ``query_only``)."""
    params = {"mode": "ro"}
    if immutable:
        params["immutable"] = "1"
    conn = sqlite3.connect(uri(path, **params), uri=True, isolation_level=None,
                           check_same_thread=check_same_thread, factory=factory)
    try:
        if exclusive:
            # no shared memory: lets a WAL file be read where -shm cannot be mapped
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return conn


# errors that mean "cannot open this way" (no -shm, no locks), not damage
OPEN_ERRORS = {"SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR_SHMMAP",
               "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_SHMLOCK", "SQLITE_IOERR_LOCK",
               "SQLITE_READONLY_CANTINIT", "SQLITE_READONLY_CANTLOCK", "SQLITE_READONLY_DIRECTORY"}


def _wal_has_content(path: str | os.PathLike) -> bool:
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def open_read_only(path: str | os.PathLike, *, factory=sqlite3.Connection,
                   check_same_thread: bool = False) -> tuple[sqlite3.Connection, str]:
    """A read-only connection that works wherever the file can be read; returns it and how.

    ``"shared"``: the normal way. ``"exclusive"``: a WAL file where -shm cannot be mapped.
    ``"immutable"``: a read-only medium or folder (no locks at all), only when there is no
    -wal content that it would ignore. ``"snapshot"``: a read-only folder whose -wal holds
    changes but has no -shm (the last writer did not close cleanly): the file and its -wal are
    copied into a private temporary folder and read there, changes included (the copy is
    removed when the process ends). Damage propagates as ``sqlite3.DatabaseError``.
    """
    last: sqlite3.OperationalError | None = None
    for how in ("shared", "exclusive", "immutable"):
        if how == "immutable" and _wal_has_content(path):
            how, path = "snapshot", _snapshot(path)
        conn = connect_read_only(path, exclusive=how == "exclusive", immutable=how == "immutable",
                                 factory=factory, check_same_thread=check_same_thread)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, how
        except sqlite3.OperationalError as e:
            conn.close()
            if getattr(e, "sqlite_errorname", "") not in OPEN_ERRORS:
                raise
            last = e
        except BaseException:
            conn.close()
            raise
    assert last is not None
    raise last


def _snapshot(path: str | os.PathLike) -> Path:
    """A private copy of ``path`` and its -wal (see ``open_read_only``), to read the -wal's
    changes where SQLite cannot create the -shm it needs beside the file."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="contact-book-read-"))  # 0700: only yours
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / Path(path).name
    shutil.copyfile(path, copy)
    shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    return copy


def check_file(path: str | os.PathLike, *, full: bool = False,
               remember: bool = False) -> CheckResult:
    """Check the database at ``path`` through a read-only connection.

    Damage (a bad page, a file that is not SQLite) is returned as problems. Other errors
    (file missing, permission) propagate: they are not damage.
    """
    try:
        conn, _ = open_read_only(path)
    except sqlite3.DatabaseError as e:
        if is_corruption(e):
            return CheckResult([str(e)], full)
        raise
    try:
        result = check_connection(conn, full=full)
    finally:
        conn.close()
    if result.ok and remember:  # the database itself (not a backup): commands may skip a day
        record_check(path)
    return result


# --- when the last check passed: commands check at most once a day ---------------------------

CHECK_EVERY = 24 * 3600  # seconds


def _stamp(path: str | os.PathLike) -> Path:
    return Path(f"{path}.checked")


def record_check(path: str | os.PathLike, now: float | None = None) -> None:
    """Remember that ``path`` passed its check now (best effort: a read-only folder keeps no
    stamp, and the next open checks again). The stamp names the file's inode, so a file put
    in its place (a copy, a restore by hand) is checked again."""
    try:
        inode = os.stat(path).st_ino
        stamp = _stamp(path)
        tmp = stamp.with_name(f".{stamp.name}.{os.getpid()}")
        tmp.write_text(f"{int(now if now is not None else time.time())} {inode}\n")
        os.replace(tmp, stamp)
    except OSError:
        pass


def checked_recently(path: str | os.PathLike, now: float | None = None) -> bool:
    """Whether this very file passed a check within ``CHECK_EVERY``."""
    try:
        at, inode = _stamp(path).read_text().split()
        return (int(inode) == os.stat(path).st_ino
                and 0 <= (now if now is not None else time.time()) - int(at) < CHECK_EVERY)
    except (OSError, ValueError):
        return False


def _file_part(path: Path) -> tuple:
    try:
        st = path.stat()
    except FileNotFoundError:
        return (0, 0, b"")
    if st.st_size == 0:
        return (0, 0, b"")  # a missing and an empty -wal are the same state
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        head = b""
    return (st.st_size, st.st_mtime_ns, head[24:28] + head[92:96] if len(head) >= 96 else head)


def file_fingerprint(path: str | os.PathLike) -> list:
    """Size, mtime and SQLite change counters of the file and its -wal (JSON-friendly)."""
    path = Path(path)
    parts = []
    for p in (path, Path(f"{path}-wal")):
        size, mtime, head = _file_part(p)
        parts += [size, mtime, head.hex()]
    return parts


def table_digests(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """``{table: (rows, sha256 of the rows in rowid or key order)}`` for every user table."""
    import hashlib  # (here: OpenSSL's loading is ~3 ms of every command's start)

    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    out = {}
    for table in tables:
        h = hashlib.sha256()
        n = 0
        try:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        except sqlite3.OperationalError:  # a WITHOUT ROWID table: read in primary-key order
            rows = conn.execute(f'SELECT * FROM "{table}"')
        for row in rows:
            h.update(repr(row).encode())
            n += 1
        out[table] = (n, h.hexdigest())
    return out
