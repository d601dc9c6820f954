"""The files a backup is made of: a private folder, fsync, and our temporary files.

A temporary file is named ``.<final name>.tmp-<pid>-<thread>`` in the folder of the file it
becomes, created 0600, and locked (``lock.try_lock_file``, POSIX) for as long as it is
written. A process killed while writing leaves it behind, unlocked: ``clean_stray_temporaries``
(at every read-write open) removes exactly those: our names, nobody holding them. (Windows has
no such lock on a file SQLite writes; there a temporary that is still open cannot be deleted,
which protects it the same way.)
"""
from __future__ import annotations

import logging
import os
import stat
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from ..errors import BackupError
from ..storage import lock
from .catalog import backup_dir, taken_and_reason
from .identity import OTHER, SAME, whose_backup

log = logging.getLogger(__name__)

TEMP_MARK = ".tmp-"


def fsync_path(path: Path, directory: bool = False) -> None:
    try:
        fd = os.open(path, (os.O_RDONLY if directory else os.O_RDWR) | getattr(os, "O_BINARY", 0))
    except OSError:
        if directory:
            return  # Windows cannot open a folder; its renames are durable on NTFS
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as e:
            log.warning("could not remove %s: %s", p, e)


def needed_bytes(db_path: Path) -> int:
    """The size of the database and its -wal: what a raw copy of it needs on disk."""
    total = 0
    for p in (db_path, Path(f"{db_path}-wal")):
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


_DB_MAGIC = b"SQLite format 3\x00"
_OWN_FILES = ("", "-wal", "-shm", "-journal", ".lock")


def is_contact_book_file(path: Path) -> bool:
    """An SQLite file with a schema version (``user_version`` at offset 60 of the header):
    a Contact Book database or backup, not another program's file."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return False
    return len(head) == 100 and head.startswith(_DB_MAGIC) and \
        int.from_bytes(head[60:64], "big") > 0


def is_profile_database(path: Path) -> bool:
    """A database that the app has opened (someone's live data), as opposed to a backup copy:
    the app keeps a ``.lock`` beside its databases and switches them to WAL (header bytes
    18-19 are 2; its -wal may still hold every commit, the header's schema version too);
    ``write_backup`` and ``extract`` write rollback-journal files with neither."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return False
    if not head.startswith(_DB_MAGIC):
        return False
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", ".lock")):
        return True
    return len(head) == 100 and head[18:20] == b"\x02\x02" and \
        int.from_bytes(head[60:64], "big") > 0


def is_older_backup(path: Path) -> bool:
    """A Contact Book backup that a new copy may replace without asking (the nightly
    ``backup --to /media/usb/book.sqlite3``): a file ``is_contact_book_file`` recognises that
    is no profile database (``is_profile_database``: no WAL header, no -wal or .lock beside
    it) and that nothing is writing (no -journal or -shm beside it either)."""
    return is_contact_book_file(path) and not is_profile_database(path) and not any(
        Path(f"{path}{suffix}").exists() for suffix in ("-journal", "-shm"))


def replaced_backup(dest: Path) -> datetime | None:
    """When ``dest`` is an older backup (``is_older_backup``) that a copy written there would
    replace: its time (the one in its name, else its modification time, aware UTC)."""
    if not is_older_backup(dest):
        return None
    try:
        return taken_and_reason(dest)[0]
    except OSError:
        return None


def refuse_destination(dest: Path, *, source: Path | None = None, replace: bool = False) -> None:
    """A copy is about to be renamed over ``dest`` (``backup --to``, ``restore --extract``,
    File › Back Up Now…): refuse what that would destroy, with nothing changed. Not a device
    or a pipe (as root, ``--to /dev/null`` put a regular file in the device's place); not the
    database ``source`` or one of its files; not a Contact Book database (another profile's
    live data: its contacts would be lost, and a window using it would write into a deleted
    file); an older Contact Book backup (``is_older_backup``) of the same database ``source``
    (``refuse_other_database``: refreshing it is what a nightly backup is for); any other
    existing file, a backup of another database included, only when ``replace`` says the user
    chose to replace it."""
    try:
        mode = dest.stat().st_mode  # follows links
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise BackupError("Cannot back up to {path}: it is not a file (a folder, a device or a "
                          "pipe); give a file name.", dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    if not folder.is_dir():
        raise BackupError("Cannot write {path}: the folder {folder} does not exist.", dest,
                          folder=folder)
    if source is not None:
        own = source.resolve()
        if dest.resolve() in {own.with_name(own.name + s) for s in _OWN_FILES} or (
                mode is not None and source.exists() and os.path.samefile(source, dest)):
            raise BackupError("Cannot back up to {path}: it is the database itself or one of "
                              "its files; choose another file name.", dest)
    if mode is None:
        return
    if is_profile_database(dest):
        raise BackupError("Cannot write {path}: it is a Contact Book database, not a backup, "
                          "and its contacts would be lost; nothing was changed. Choose another "
                          "file name.", dest)
    if not replace and not is_older_backup(dest):
        raise BackupError("Cannot write {path}: the file already exists and is not a Contact "
                          "Book backup; nothing was changed. Choose a new file name, or add "
                          "--force to replace it.", dest)
    if source is not None:
        refuse_other_database(dest, source, replace=replace)


def refuse_other_database(dest: Path, copy_of: Path, *, replace: bool = False,
                          live: bool = True) -> None:
    """Refuse to replace the older backup ``dest`` with a copy of ``copy_of`` unless it is a
    backup of that same database (``identity.whose_backup``) or ``replace`` says the user chose
    to: another profile's or a colleague's backup would be lost without a word. ``live``:
    ``copy_of`` is a database that may be open (else a prepared copy)."""
    if replace or not is_older_backup(dest):
        return
    whose = whose_backup(copy_of, dest, live_source=live)
    if whose == SAME:
        return
    if whose == OTHER:
        raise BackupError("Cannot write {path}: it is a backup of another Contact Book database "
                          "(another profile, or someone else's file), and its contacts would be "
                          "lost; nothing was changed. Choose a new file name, or add --force to "
                          "replace it.", dest)
    raise BackupError("Cannot write {path}: it is a Contact Book backup, but whether it is of "
                      "this same database cannot be told; nothing was changed. Choose a new "
                      "file name, or add --force to replace it.", dest)


def temporary_name(final: Path) -> Path:
    return final.with_name(f".{final.name}{TEMP_MARK}{os.getpid()}-{threading.get_ident()}")


@contextmanager
def temporary(final: Path) -> Iterator[Path]:
    """A new, empty, private temporary file for ``final``, locked while the block runs and
    removed (with its -journal) if the block fails. The block renames it into place."""
    tmp = temporary_name(final)
    try:
        fd: int | None = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except (FileNotFoundError, NotADirectoryError):  # said of ``final``, not the temporary
        raise BackupError("Cannot write {path}: the folder {folder} does not exist.", final,
                          folder=final.parent) from None
    try:
        if os.name != "posix":  # Windows cannot rename an open file; SQLite's handle guards it
            os.close(fd)
            fd = None
        else:
            try:
                lock.try_lock_file(fd)  # a new file nobody else can have locked yet
            except lock.LockUnsupported:  # (a share without locks: cleaning leaves it alone)
                pass
        yield tmp
    except BaseException:
        remove_quietly(tmp, Path(f"{tmp}-journal"))
        raise
    finally:
        if fd is not None:
            os.close(fd)


def _ours(name: str, prefixes: tuple[str, ...]) -> bool:
    return name.startswith(prefixes) and TEMP_MARK in name


def _nobody_writes(path: Path) -> bool:
    """True when no live process holds the temporary ``path`` (its writer died)."""
    if os.name != "posix":
        return True  # an open file cannot be deleted there: the unlink fails instead
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return lock.try_lock_file(fd)
    except lock.LockUnsupported:
        return False
    finally:
        os.close(fd)  # (drops the lock we may have taken; the file is deleted right after)


def clean_stray_temporaries(db_path: str | os.PathLike) -> list[Path]:
    """Remove the temporaries that killed backups or restores of ``db_path`` left behind
    (in ``backups/`` and beside the database); returns what was removed."""
    db_path = Path(db_path)
    places = ((backup_dir(db_path), (f".{db_path.stem}-", f".{db_path.stem}.")),
              (db_path.parent, (f".{db_path.name}.",)))
    removed = []
    for folder, prefixes in places:
        try:
            names = sorted(p.name for p in folder.iterdir() if _ours(p.name, prefixes))
        except OSError:
            continue
        for name in names:  # "x" sorts before "x-journal": a journal follows its file
            path = folder / name
            if name.endswith("-journal") and (folder / name[:-len("-journal")]).exists():
                continue  # the file it belongs to is still being written
            if not name.endswith("-journal") and not _nobody_writes(path):
                continue
            try:
                path.unlink()
                removed.append(path)
            except FileNotFoundError:
                pass
            except OSError as e:  # in use (Windows) or not ours to delete
                log.info("left %s in place: %s", path, e)
    if removed:
        log.warning("removed %d temporary files of interrupted backups: %s", len(removed),
                    ", ".join(p.name for p in removed))
    return removed
