"""The backups of one database: their names, what each holds, which one is the newest good one.

Names: ``contacts-2026-11-23T104500Z-before-import.sqlite3.zst`` (the database's stem, the UTC
time, the reason; ``.sqlite3`` for the uncompressed backups of earlier versions, which stay
readable). They sort by time and parse back without opening the file. A compressed backup
says what it holds in its header (``container.read_header``), so listing never decompresses.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import BackupError
from ..messages import Message, msg
from ..storage import checks
from . import container

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
PLAIN_SUFFIX = ".sqlite3"  # an uncompressed backup (earlier versions; also `backup --to`)
SUFFIX = PLAIN_SUFFIX + container.EXTENSION  # what `backups/` gets now
_STAMP = "%Y-%m-%dT%H%M%S"
NEVER_THINNED = ("damaged",)  # reasons starting with these are kept until the user deletes them

# Reasons (codes; the UI translates them).
START, AUTO, QUIT, MANUAL = "start", "auto", "quit", "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT, BEFORE_BULK, BEFORE_EMPTY_TRASH = "before-import", "before-bulk-edit", \
    "before-empty-trash"
DAMAGED_ORIGINAL = "damaged-original"


def before_migration(version: int) -> str:
    return f"before-migration-{version}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str
    size: int = 0
    contacts: int | None = None  # alive contacts; None when the file cannot be read
    schema: int | None = None
    damaged: bool = False
    problem: str = ""

    @property
    def compressed(self) -> bool:
        return self.path.name.endswith(container.EXTENSION)


# --- names -------------------------------------------------------------------------------------

def backup_dir(db_path: str | os.PathLike) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def as_utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:  # the core's naive datetimes are UTC (contacts.utcnow)
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def slug(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return text or MANUAL


def backup_name(db_path: str | os.PathLike, taken_at: datetime, reason: str, n: int = 1,
                suffix: str = SUFFIX) -> str:
    extra = f"_{n}" if n > 1 else ""
    stamp = as_utc(taken_at).strftime(_STAMP)
    return f"{Path(db_path).stem}-{stamp}Z-{slug(reason)}{extra}{suffix}"


def parse_backup_name(db_path: str | os.PathLike, name: str) -> tuple[datetime, str] | None:
    m = re.fullmatch(re.escape(Path(db_path).stem) +
                     r"-(\d{4}-\d\d-\d\dT\d{6})Z-([a-z0-9]+(?:-[a-z0-9]+)*)(?:_\d+)?" +
                     re.escape(PLAIN_SUFFIX) + "(?:" + re.escape(container.EXTENSION) + ")?",
                     name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return taken, m.group(2)


def taken_and_reason(path: Path) -> tuple[datetime, str]:
    """What the name of any backup file says (ours), else its modification time, "manual"."""
    stem = path.name.split("-")[0] + PLAIN_SUFFIX
    parsed = parse_backup_name(stem, path.name)
    return parsed or (datetime.fromtimestamp(path.stat().st_mtime, timezone.utc), MANUAL)


# --- listing -----------------------------------------------------------------------------------

def backup_files(db_path) -> list[tuple[Path, tuple[datetime, str]]]:
    """``(path, (taken_at, reason))`` of every backup of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for p in entries:
        parsed = parse_backup_name(db_path, p.name)
        if parsed is not None and p.is_file():
            found.append((p, parsed))
    found.sort(key=lambda item: (item[1][0], item[0].name), reverse=True)
    return found


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def describe(path: Path, taken_at: datetime, reason: str) -> BackupInfo:
    """What a backup holds: a compressed one's header, or an uncompressed one opened read-only
    to count its contacts. A file that cannot be read is damaged."""
    size = file_size(path)
    if container.is_compressed(path):
        try:
            head = container.read_header(path)
        except (OSError, BackupError) as e:
            return BackupInfo(path, taken_at, reason, size=size, damaged=True,
                              problem=getattr(e, "values", {}).get("problem") or
                              unreadable_problem(path, size, e))
        return BackupInfo(path, taken_at, reason, size=size, contacts=head["contacts"],
                          schema=head["schema"])
    try:
        conn = checks.connect_read_only(path, immutable=True)
        try:
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            contacts = conn.execute(
                "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as e:  # a listing must not stop at a bad file
        return BackupInfo(path, taken_at, reason, size=size, damaged=True,
                          problem=unreadable_problem(path, size, e))
    return BackupInfo(path, taken_at, reason, size=size, contacts=contacts, schema=schema)


def unreadable_problem(path: Path, size: int, error: BaseException) -> Message:
    """Why the file at ``path`` is no backup that can be read, in words for the user (they
    saw SQLite's "no such table: contact" for an empty file, "file is not a database" for a
    picture); SQLite's own words go to the log."""
    log.info("%s cannot be read as a backup: %s: %s", path, type(error).__name__, error)
    if size == 0:
        return msg("the file is empty: 0 bytes")
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return msg("it cannot be read")
    if not head.startswith(b"SQLite format 3\x00"):
        return msg("it is neither a Contact Book backup nor a database")
    if isinstance(error, sqlite3.Error) and checks.is_corruption(error):
        return msg("it is damaged: cut short or overwritten")
    if isinstance(error, sqlite3.Error) and "no such table" in str(error):
        return msg("it is another program's database")
    return msg("it cannot be read as a database")


def list_backups(db_path: str | os.PathLike) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, each with its contact count."""
    return [describe(p, t, reason) for p, (t, reason) in backup_files(db_path)]


def newest_backup_time(db_path: str | os.PathLike) -> datetime | None:
    found = backup_files(db_path)
    return found[0][1][0] if found else None


def is_good(info: BackupInfo) -> bool:
    """The whole file reads back as written: a compressed one's checksum, else quick_check."""
    if info.damaged:
        return False
    try:
        if info.compressed:
            container.verify(info.path)
            return True
        return checks.check_file(info.path).ok
    except (OSError, sqlite3.Error, BackupError):
        return False


def newest_good_backup(db_path: str | os.PathLike) -> BackupInfo | None:
    """The newest backup that reads back whole (see ``is_good``)."""
    for path, (taken, reason) in backup_files(db_path):
        if reason.startswith(NEVER_THINNED):
            continue
        info = describe(path, taken, reason)
        if is_good(info):
            return info
    return None
