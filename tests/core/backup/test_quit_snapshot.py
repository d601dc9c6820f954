"""The backup at quit is a quick copy of the closed file (issue 17: quit <= 1 s): a change made
just before quitting is in a backup that the next run can restore; the next start compresses
the copy in place; a file that cannot be copied alone (a -wal with commits) gets a full backup."""
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.storage.db import close_database, open_database

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def used(db_path):
    db = open_database(db_path, lock=True, backup_at_start=True, now=T0 - timedelta(days=1))
    demo.generate(200, seed=4, now=datetime(2026, 3, 1))
    close_database(db, now=T0 - timedelta(days=1))
    db = open_database(db_path, lock=True, backup_at_start=True, now=T0)  # compresses it
    close_database(db, now=T0)
    return db_path


def test_a_change_just_before_quit_is_in_a_plain_copy_that_restores(used, tmp_path):
    db = open_database(used, lock=True, backup_at_start=True, now=T0 + timedelta(hours=1))
    cid, _ = contacts.create({"name": "最后一刻"})
    info = close_database(db, now=T0 + timedelta(hours=1))
    assert info is not None and info.reason == "quit" and not info.compressed
    assert info.contacts == 201 and info.schema is not None
    assert backup.is_good(backup.describe(info.path, info.taken_at, info.reason))
    con = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    assert con.execute("SELECT name FROM contact WHERE id = ?", (cid,)).fetchone() == ("最后一刻",)
    con.close()
    out = tmp_path / "restored.sqlite3"
    backup.extract(info.path, out)
    con = sqlite3.connect(out)
    assert con.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone() == (201,)
    con.close()


def test_the_next_start_compresses_the_copy_and_writes_no_other_backup(used):
    db = open_database(used, lock=True, backup_at_start=True, now=T0 + timedelta(hours=1))
    contacts.create({"name": "改动"})
    plain = close_database(db, now=T0 + timedelta(hours=1)).path
    names = {b.path.name for b in backup.list_backups(used)}
    db = open_database(used, lock=True, backup_at_start=True, now=T0 + timedelta(hours=2))
    assert db.state.start_backup is None  # nothing new to back up
    after = backup.list_backups(used)
    assert not plain.exists()
    assert {b.path.name for b in after} == {n if n.endswith(".zst") else n + ".zst"
                                           for n in names}
    twin = next(b for b in after if b.path.name == plain.name + ".zst")
    assert backup.is_good(twin) and twin.contacts == 201 and twin.reason == "quit"
    assert close_database(db, now=T0 + timedelta(hours=2)) is None  # nothing changed


def test_a_file_with_commits_in_its_wal_gets_a_full_backup(used):
    db = open_database(used, lock=True, backup_at_start=True, now=T0 + timedelta(hours=1))
    contacts.create({"name": "改动"})
    other = sqlite3.connect(used)  # another connection keeps the -wal from being folded in
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("SELECT count(*) FROM contact").fetchone()
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM contact").fetchone()  # a reader holds the snapshot
    info = close_database(db, now=T0 + timedelta(hours=1))
    other.rollback()
    other.close()
    assert info is not None and info.compressed and backup.is_good(info)
    assert info.contacts == 201


def test_a_backup_before_the_next_start_compresses_the_snapshot_before_thinning(used):
    """An import from the command line between a quit and the next start: the waiting quit
    snapshot is compressed first, so the size budget never thins older backups away for an
    uncompressed copy."""
    db = open_database(used, lock=True, backup_at_start=True, now=T0 + timedelta(hours=1))
    contacts.create({"name": "改动"})
    plain = close_database(db, now=T0 + timedelta(hours=1)).path
    compressed_total = sum(b.size for b in backup.list_backups(used) if b.compressed)
    assert plain.stat().st_size > 2 * compressed_total  # the copy alone would break the budget
    db = open_database(used, lock=True, now=T0 + timedelta(hours=2))  # as a command opens
    info = backup.make_backup(used, backup.BEFORE_IMPORT, T0 + timedelta(hours=2),
                              max_bytes=3 * compressed_total)
    close_database(db, backup=False)
    kept = backup.list_backups(used)
    names = {b.path.name for b in kept}
    assert not plain.exists() and plain.name + ".zst" in names and info.path.name in names
    assert sum(b.size for b in kept) <= 3 * compressed_total
