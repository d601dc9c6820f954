"""`backup`, `backups`, `restore` and `check`: the data-safety commands.

Locking: `restore` writes, so it takes the one-instance lock and refuses while the app (or
another writing command) has the database open. `backup`, `backups` and `check` only read,
through their own read-only connections, and work while the app is running.
"""
from __future__ import annotations

import sys
from datetime import timezone
from pathlib import Path

from desktop_app.commands.output import plural


def register(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="back up the database now")
    b.add_argument("--to", metavar="FILE", default=None,
                   help="write the copy to FILE (default: the backups folder beside the database)")
    b.add_argument("--force", action="store_true",
                   help="with --to: replace FILE even when it is not an older backup of "
                        "this database (such a backup is replaced without it; never a Contact "
                        "Book database that is not a backup)")
    b.set_defaults(handler=run_backup)

    ls = sub.add_parser("backups", parents=[common], help="list the backups, newest first")
    ls.set_defaults(handler=run_backups)

    r = sub.add_parser("restore", parents=[common],
                       help="replace the database with a backup (the current state is backed "
                            "up first)")
    r.add_argument("backup", metavar="BACKUP", help="a backup file, or its name in the backups "
                                                    "folder (see `backups`)")
    r.add_argument("--extract", metavar="FILE", default=None,
                   help="do not restore: write the backup to FILE as a database that opens "
                        "directly (decompressed, search index rebuilt)")
    r.add_argument("--force", action="store_true",
                   help="with --extract: replace FILE even when it is not an older Contact "
                        "Book backup, as for backup --to")
    r.set_defaults(handler=run_restore)

    c = sub.add_parser("check", parents=[common],
                       help="check the database (integrity and references); exit 1 if damaged")
    c.set_defaults(handler=run_check)


def _existing(db_path: Path) -> Path:
    from desktop_app.core.errors import DatabaseUnreadable

    if not db_path.is_file():
        raise DatabaseUnreadable(f"There is no database at {db_path}.")
    return db_path


def _local(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment.tzinfo else \
        moment.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _size(n: int) -> str:
    """As the window's list says it (``ui.safety.text.file_size``): a 0-byte file is empty,
    a small one 1 kB, not 0 kB."""
    if n == 0:
        return "empty"
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(n, 1000) / 1e3:.0f} kB"


def run_backup(args, db_path) -> int:
    from desktop_app.core import backup
    from desktop_app.commands.opening import must_exist

    must_exist(db_path)
    if args.to:
        dest = Path(args.to).expanduser()
        if dest.exists() and dest.is_dir():
            dest = dest / backup.backup_name(db_path, backup.as_utc(None), backup.MANUAL,
                                             suffix=backup.PLAIN_SUFFIX)
        older = backup.replaced_backup(dest)
        backup.write_backup(db_path, dest, replace=args.force)
        info = backup.describe(dest, backup.as_utc(None), backup.MANUAL)
    else:
        older, info = None, backup.make_backup(db_path, backup.MANUAL)
    print(f"Backed up {plural(info.contacts, 'contact')} to {info.path}{_replacing(older)}")
    return 0


def _replacing(older) -> str:
    """"; it replaced the backup of 2026-12-04 02:00" when an older backup was replaced."""
    return f"; it replaced the backup of {_local(older)}" if older is not None else ""


def run_backups(args, db_path) -> int:
    from desktop_app.core import backup
    from desktop_app.commands.opening import is_default, must_exist
    from desktop_app.commands.output import table

    if not is_default(db_path) and not backup.backup_dir(db_path).is_dir():
        must_exist(db_path)  # a mistyped --db is said so, not "no backups yet"
    items = backup.list_backups(db_path)
    if not items:
        print(f"No backups yet in {backup.backup_dir(db_path)}")
        return 0
    rows = [[_local(i.taken_at), i.reason,
             "damaged" if i.damaged else f"{i.contacts:,}", _size(i.size), i.path.name]
            for i in items]
    print(table(["taken", "reason", "contacts", "size", "file"], rows, max_width=70))
    print(f"{len(items)} backup{'' if len(items) == 1 else 's'} in {backup.backup_dir(db_path)}")
    return 0


def _find_backup(db_path: Path, text: str) -> Path:
    from desktop_app.core import backup
    from desktop_app.core.errors import BackupError

    candidate = Path(text).expanduser()
    if candidate.is_file():
        return candidate
    in_folder = backup.backup_dir(db_path) / text
    if in_folder.is_file():
        return in_folder
    raise BackupError(f"No backup {text!r} (looked for the file and in "
                      f"{backup.backup_dir(db_path)}); `contact-book backups` lists them.")


def run_restore(args, db_path) -> int:
    from desktop_app.core import backup
    from desktop_app.core.storage.db import close_database, open_database
    from desktop_app.core.errors import DatabaseDamaged, DatabaseInUse
    from desktop_app.core.storage.lock import InstanceLock, LockHeld
    from desktop_app.commands.opening import is_default, must_exist

    if args.extract:
        return _extract(_find_backup(db_path, args.backup), Path(args.extract).expanduser(),
                        args.force)
    if not is_default(db_path):  # a new database may be restored into an existing folder
        must_exist(db_path, create=True)
    info = backup.validate_backup(_find_backup(db_path, args.backup))
    db = None
    if db_path.is_file():
        try:  # the lock; a damaged file opens read-only and restore_backup replaces it
            db = open_database(db_path, lock=True)
        except DatabaseDamaged:
            pass  # not even readable: restore by file below
    if db is None:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            lock = InstanceLock.acquire(db_path)
        except LockHeld as e:
            raise DatabaseInUse(db_path, e.pid) from e
        with lock:
            saved = backup.replace_database_file(db_path, info.path)
        if saved:
            print(f"The damaged database was saved as {saved}", file=sys.stderr)
        db = open_database(db_path, lock=True)
    else:
        result = backup.restore_backup(db, info.path)
        print(f"The state before the restore was saved as {result.saved_before}",
              file=sys.stderr)
    close_database(db, backup=False)
    print(f"Restored {info.path.name}: {plural(info.contacts, 'contact')}")
    return 0


def _extract(source: Path, dest: Path, replace: bool) -> int:
    from ..core import backup

    older = backup.replaced_backup(dest)
    info = backup.extract(source, dest, replace=replace)
    print(f"Wrote {source.name} ({plural(info.contacts, 'contact')}) to {dest}"
          f"{_replacing(older)}; it "
          f"opens as a database: contact-book --db {dest} list")
    return 0


def run_check(args, db_path) -> int:
    from desktop_app.core.storage import checks
    from desktop_app.core.errors import DatabaseUnreadable
    from desktop_app.commands.opening import must_exist

    must_exist(db_path)
    with open(db_path, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise DatabaseUnreadable(f"{db_path} is not an SQLite file.")
    result = checks.check_file(db_path, full=True, remember=True)
    if result.ok:
        print(f"ok: {db_path} passed integrity_check and foreign_key_check "
              f"({result.seconds:.1f} s)")
        return 0
    for problem in result.problems[:20]:
        print(problem)
    more = len(result.problems) - 20
    if more > 0:
        print(f"... and {more} more")
    print(f"{db_path} is damaged; `contact-book backups` lists backups to restore",
          file=sys.stderr)
    return 1
