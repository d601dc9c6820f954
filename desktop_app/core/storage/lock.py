"""One writer per database: an advisory lock on a file beside it, held while the app runs.

``contacts.sqlite3.lock`` is locked with ``fcntl.flock`` (POSIX) or ``msvcrt.locking``
(Windows). The operating system drops the lock when the process ends, however it ends (crash,
SIGKILL, power-off), so a lock left behind by a crashed run is never "stale": the file may
remain, but nobody holds it and the next launch takes it over. The file holds the holder's
process id, for the message shown to the second launch; the pid is informative only, never
trusted for the decision.

No Qt here: "bring the running window to the front" lives in ``ui/common/single_instance.py``.
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

_PID_OFFSET = 16  # Windows locks byte 0; the pid is written after it so it stays readable


class LockHeld(Exception):
    """Another process holds the lock. ``pid`` is its process id when known."""

    def __init__(self, path: Path, pid: int | None):
        super().__init__(f"{path} is locked by process {pid or '?'}")
        self.path = path
        self.pid = pid


class LockUnsupported(Exception):
    """The file system cannot lock (some network shares)."""


def lock_path(db_path: str | os.PathLike) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as e:
            if e.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                raise LockUnsupported(str(e)) from e
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def try_lock_file(fd: int) -> bool:
    """The same lock on any open file: True if taken (closing ``fd`` gives it up), False when a
    live process holds it. Backups lock their temporary files with it while writing them."""
    return _try_lock(fd)


def read_holder_pid(path: Path) -> int | None:
    try:
        with open(path, "rb") as f:
            f.seek(_PID_OFFSET)
            text = f.read(32).decode("ascii", "replace").strip("\x00 \n")
        return int(text) if text.isdigit() else None
    except OSError:
        return None


class InstanceLock:
    """An acquired lock; ``release()`` (or process exit) gives it up.

    ``InstanceLock.acquire(db_path)`` raises ``LockHeld`` when another process (or another
    open of the same file in this process) holds it, ``LockUnsupported`` when the file system
    cannot lock, and ``OSError`` when the lock file cannot be created (read-only folder).
    """

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, db_path: str | os.PathLike) -> "InstanceLock":
        path = lock_path(db_path)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                raise LockHeld(path, read_holder_pid(path))
            try:
                os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode().ljust(16, b"\x00"))
            except OSError:
                pass  # the pid is only for messages
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a forgotten lock must not outlive its object
        try:
            self.release()
        except Exception:
            pass
