"""Write a file all or nothing: a temporary file beside the target, fsync, rename over it.

A crash, a full disk or an exception while writing leaves the old file (or no file) in place,
never half a file. Expected OS errors become ``FileNotWritable`` with a plain message.

A link to a file replaces the file it points to (the link stays). A target that is not a file
(``/dev/stdout``, a named pipe, a device) is written into as it is: a rename would put a
regular file in its place (as root, even over ``/dev/full``). A database (any SQLite file, its
-wal, -shm, -journal or .lock) is refused: no export or report is meant to replace one.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from desktop_app.core.errors import FileNotWritable

_REASONS = {  # errno -> (code for the UI, words)
    errno.ENOSPC: ("disk-full", "the disk is full"),
    errno.EDQUOT: ("quota", "the disk quota is exceeded"),
    errno.EACCES: ("permission", "permission denied"),
    errno.EPERM: ("permission", "permission denied"),
    errno.EROFS: ("read-only", "the folder is read-only"),
    errno.ENOENT: ("no-folder", "the folder does not exist"),
    errno.ENOTDIR: ("no-folder", "the folder does not exist"),
    errno.EISDIR: ("is-folder", "it is a folder"),
    errno.ENAMETOOLONG: ("name-too-long", "the file name is too long"),
}


def describe(error: OSError, path: Path) -> FileNotWritable:
    code, reason = _REASONS.get(error.errno or 0, ("", error.strerror or str(error)))
    return FileNotWritable("Cannot write {path}: {reason}.", path, code, reason=reason)


def _is_folder(path: Path) -> FileNotWritable:
    return FileNotWritable("Cannot write {path}: it is a folder.", path, "is-folder")


# The first bytes of an SQLite database and of its -wal; a -wal (empty after a checkpoint), -shm,
# -journal or .lock is known by the database beside it.
_DATABASE_MAGIC = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head.startswith(_DATABASE_MAGIC)


def _refuse_database(path: Path) -> None:
    """An export is never renamed over a database or one of its files (``export --format csv
    --out contacts.sqlite3`` replaced the database with the CSV); ``path``: a regular file."""
    name = str(path)
    companion = next((Path(name[:-len(s)]) for s in _COMPANIONS if name.endswith(s)), None)
    if _is_database(path) or (companion is not None and companion.is_file()
                              and _is_database(companion)):
        raise FileNotWritable("Cannot write {path}: it is a database or one of its files, "
                              "which this would replace; choose another file name.", path)


def _target(path: Path) -> tuple[Path, bool]:
    """(the path to replace, True when it is to be written into as it is)."""
    try:
        mode = os.stat(path).st_mode  # follows links
    except OSError:
        return path, False  # a new file (or a dangling link: a new file in its place)
    if not stat.S_ISREG(mode):
        return path, True
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    _refuse_database(path)
    return path, False


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb", *, encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """``with atomic_write(path, "w", encoding="utf-8") as f: ...`` replaces ``path`` on success.

    The temporary file is removed when the block raises. The new file gets mode 0600 like the
    database: exported lead lists are personal data.
    """
    path = Path(path)
    if path.is_dir():
        raise _is_folder(path)
    path, in_place = _target(path)
    if in_place:
        try:
            with open(path, mode) if "b" in mode else \
                    open(path, mode, encoding=encoding, newline=newline) as f:
                yield f
        except OSError as e:
            raise describe(e, path) from e
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=folder)
    except OSError as e:
        raise describe(e, path) from e
    tmp = Path(tmp_name)
    try:
        try:
            f = os.fdopen(fd, mode, encoding=encoding, newline=newline) if "b" not in mode \
                else os.fdopen(fd, mode)
        except Exception:
            os.close(fd)
            raise
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as e:
        _remove(tmp)
        raise describe(e, path) from e
    except BaseException:
        _remove(tmp)
        raise


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """For writers that want a file name (xlsxwriter): yields a temporary path to write to."""
    path = Path(path)
    if path.is_dir():
        raise _is_folder(path)
    path, in_place = _target(path)
    # in place: the writer writes a temporary file elsewhere, copied into the target after
    folder = None if in_place else path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as e:
        raise describe(e, path) from e
    tmp = Path(tmp_name)
    try:
        yield tmp
        if in_place:
            with open(tmp, "rb") as source, open(path, "wb") as target:
                shutil.copyfileobj(source, target)
            _remove(tmp)
            return
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as e:
        _remove(tmp)
        raise describe(e, path) from e
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_write(path, "wb") as f:
        f.write(data)
