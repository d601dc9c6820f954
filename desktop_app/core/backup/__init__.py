"""Backups: compressed, checked copies beside the database, thinned to a budget, restored.

Where: ``backups/`` beside the database (mode 0700), files named
``contacts-2026-11-23T104500Z-before-import.sqlite3.zst`` (``catalog``). The modules:

- ``container``: the compressed file (a zstd header frame, then the SQLite file);
- ``catalog``: names, reasons, listing, what a backup holds, the newest good one;
- ``identity``: whose data a backup holds (the database's identity, else its first lead);
- ``files``: fsync, the private folder, temporaries and the cleaning of stray ones; what
  an existing destination is (an older backup of the same database, replaced; a live
  database, never);
- ``write``: a checked copy without the search index, compressed, renamed into place; the
  quick copy of the closed file at quit, compressed at the next start;
- ``retention``: thinning over time and the size budget of ``backups/``;
- ``policy``: when to back up one open database (``Backups``);
- ``restore``: a migrated, checked copy swapped in, or extracted to a file.

``from desktop_app.core import backup; backup.X`` reaches every public name below.
"""
from .catalog import (AUTO, BACKUP_DIR, BEFORE_BULK, BEFORE_EMPTY_TRASH, BEFORE_IMPORT,
                      BEFORE_RESTORE, DAMAGED_ORIGINAL, MANUAL, PLAIN_SUFFIX, QUIT, START,
                      SUFFIX, BackupInfo, as_utc, backup_dir, backup_name, before_migration,
                      describe, is_good, list_backups, newest_backup_time, newest_good_backup,
                      parse_backup_name, slug)
from .files import (clean_stray_temporaries, is_contact_book_file, is_older_backup,
                    is_profile_database, refuse_destination, refuse_other_database,
                    replaced_backup)
from .identity import OTHER, SAME, UNKNOWN, backup_id, whose_backup
from .policy import INTERVAL, BackupJob, Backups
from .restore import (RestoreResult, extract, prepare_copy, replace_database_file,
                      restore_backup, validate_backup)
from .retention import (KEEP, MAX_BYTES, Retention, budget_for, select_kept, thin_backups,
                        within_budget)
from .write import (compress_pending, make_backup, pending_snapshots, save_damaged_copy,
                    snapshot_closed, write_backup, write_compressed)

__all__ = [
    "AUTO", "BACKUP_DIR", "BEFORE_BULK", "BEFORE_EMPTY_TRASH", "BEFORE_IMPORT",
    "BEFORE_RESTORE", "DAMAGED_ORIGINAL", "MANUAL", "PLAIN_SUFFIX", "QUIT", "START", "SUFFIX",
    "BackupInfo", "as_utc", "backup_dir", "backup_name", "before_migration", "describe",
    "is_good", "list_backups", "newest_backup_time", "newest_good_backup",
    "parse_backup_name", "slug", "clean_stray_temporaries", "is_contact_book_file",
    "is_older_backup", "is_profile_database", "refuse_destination", "replaced_backup",
    "refuse_other_database", "OTHER", "SAME", "UNKNOWN", "backup_id", "whose_backup",
    "INTERVAL", "BackupJob", "Backups", "RestoreResult", "extract", "prepare_copy", "replace_database_file",
    "restore_backup", "validate_backup", "KEEP", "MAX_BYTES", "Retention", "budget_for",
    "select_kept", "thin_backups", "within_budget", "make_backup", "save_damaged_copy",
    "write_backup", "write_compressed", "snapshot_closed", "pending_snapshots",
    "compress_pending",
]
