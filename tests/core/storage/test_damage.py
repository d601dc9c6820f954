"""A damaged database is found at start, opened read-only, never written, and restorable."""
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from desktop_app.core import backup
from desktop_app.core.storage import checks
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.errors import DatabaseDamaged, DatabaseUnreadable, ReadOnlyDatabase
from tests.digests import data_digests

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
PAGE = 4096


def _sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


_digests = data_digests  # the search index is rebuilt by a restore


def _garble(path, page: int, start: int = 0):
    with open(path, "r+b") as f:
        f.seek((page - 1) * PAGE + start)
        f.write(random.Random(page).randbytes(PAGE - start))


@pytest.fixture
def damaged(db_path):
    """A database with 2,000 contacts and a good backup, then one page in its middle garbled."""
    db = open_database(db_path, lock=True)
    demo.generate(2000, seed=1, now=datetime(2026, 3, 1))
    good = backup.make_backup(db_path, "auto", NOW)
    close_database(db, backup=False)
    _garble(db_path, os.path.getsize(db_path) // PAGE // 2)
    return good


def test_quick_check_at_start_finds_a_garbled_page(db_path, damaged):
    result = checks.check_file(db_path)
    assert not result.ok and result.problems


def test_damaged_database_opens_read_only_and_is_never_written(db_path, damaged):
    before = _sha(db_path)
    db = open_database(db_path, lock=True, backup_at_start=True, now=NOW)
    state = db.state
    assert state.read_only and state.damaged and state.reason == "damaged"
    assert state.problems and state.newest_good_backup.path == damaged.path
    assert state.start_backup is None and state.backups is None  # no backup of bad data
    assert state.lock is not None  # still the one instance: restore needs it
    assert "damaged" in state.message() and damaged.path.name in state.message()
    with pytest.raises((ReadOnlyDatabase, DatabaseDamaged)):
        contacts.create({"name": "x"})
    close_database(db)
    assert _sha(db_path) == before
    assert [b.path for b in backup.list_backups(db_path)] == [damaged.path]


def test_restore_offered_at_start_repairs_it(db_path, damaged):
    garbled = _sha(db_path)
    db = open_database(db_path, lock=True)
    offer = db.state.newest_good_backup
    result = backup.restore_backup(db, offer.path, now=NOW)
    assert not db.state.read_only and db.state.reason is None and result.check.ok
    assert contacts.count() == 2000
    contacts.create({"name": "修复后"})  # writable again
    assert result.saved_before.name.endswith("-damaged-original.sqlite3")
    assert _sha(result.saved_before) == garbled  # the damaged file is kept, byte for byte
    close_database(db, backup=False)
    assert checks.check_file(db_path, full=True).ok
    listed = {b.reason for b in backup.list_backups(db_path)}
    assert listed == {"auto", "damaged-original"}
    backup.thin_backups(db_path, datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert result.saved_before.exists()  # never thinned away


def test_unreadable_schema_raises_with_the_backup_to_restore(db_path, damaged):
    _garble(db_path, 1, start=100)  # the header survives, sqlite_master does not
    with pytest.raises(DatabaseDamaged) as e:
        open_database(db_path, lock=True)
    assert e.value.backup.path == damaged.path and "restore" in str(e.value)
    backup.replace_database_file(db_path, e.value.backup.path, NOW)
    db = open_database(db_path, lock=True)
    assert contacts.count() == 2000 and not db.state.read_only
    close_database(db, backup=False)


def test_not_an_sqlite_file_is_not_called_damaged(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n" * 500)
    with pytest.raises(DatabaseUnreadable, match="not an SQLite file") as e:
        open_database(path)
    assert not isinstance(e.value, DatabaseDamaged)
    assert path.read_text() == "just some notes\n" * 500


def _cli(*argv, db):
    return subprocess.run([sys.executable, "-m", "desktop_app", *argv, "--db", str(db)],
                          capture_output=True, text=True, timeout=60)


def test_cli_check_list_and_restore_a_damaged_database(db_path, damaged):
    check = _cli("check", db=db_path)
    assert check.returncode == 1 and check.stdout.strip() and "damaged" in check.stderr
    listed = _cli("list", "--limit", "3", db=db_path)  # reading still works, read-only
    assert listed.returncode == 0 and not listed.stderr
    assert listed.stdout.splitlines()[-1].startswith("3 of ")  # "3 of 2,000 contacts"
    add = _cli("add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", db=db_path)
    assert add.returncode == 1 and "read-only" in add.stderr
    restore = _cli("restore", damaged.path.name, db=db_path)
    assert restore.returncode == 0, restore.stderr
    assert _cli("check", db=db_path).returncode == 0
    assert _digests(db_path) == _digests(damaged.path)


def test_cli_restore_when_the_schema_is_unreadable(db_path, damaged):
    _garble(db_path, 1, start=100)
    assert _cli("list", db=db_path).returncode == 1
    restore = _cli("restore", str(damaged.path), db=db_path)
    assert restore.returncode == 0, restore.stderr
    assert "damaged database was saved" in restore.stderr
    assert _digests(db_path) == _digests(damaged.path)


def test_checks_report_broken_references(db_path):
    db = open_database(db_path)
    demo.generate(10, seed=1)
    db.close()
    con = sqlite3.connect(db_path)  # foreign keys are off in a plain connection
    con.execute("DELETE FROM contact WHERE id = 3")
    con.commit()
    con.close()
    assert checks.check_file(db_path).ok  # quick_check does not look at references
    full = checks.check_file(db_path, full=True)
    assert not full.ok
    assert any("phone" in p and "missing contact" in p for p in full.problems), full.problems
    assert _cli("check", db=db_path).returncode == 1
    shutil.rmtree(db_path.parent / "backups", ignore_errors=True)


def test_restore_from_a_worker_thread_refreshes_the_gui_connection(db_path, damaged):
    import threading

    db = open_database(db_path, lock=True)
    # the "GUI" thread's read-only connection is open (reading the damaged page may fail,
    # depending on where the garbled page falls, so touch only the schema)
    assert db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    errors = []

    def work():
        try:
            backup.restore_backup(db, db.state.newest_good_backup.path, now=NOW)
        except Exception as e:  # noqa: BLE001
            errors.append(e)
        finally:
            db.close()  # the worker's connection

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == []
    contacts.create({"name": "修复后"})  # reconnected read-write on first use
    assert contacts.count() == 2001
    close_database(db, backup=False)
    assert checks.check_file(db_path).ok


def test_cli_restore_when_the_database_file_was_deleted(db_path, damaged):
    db_path.unlink()
    restore = _cli("restore", damaged.path.name, db=db_path)
    assert restore.returncode == 0, restore.stderr
    assert _digests(db_path) == _digests(damaged.path)
    assert os.stat(db_path).st_mode & 0o777 == 0o600


def test_a_thread_connecting_after_the_file_broke_gets_damaged_not_a_raw_error(db_path):
    """A worker (facets, reports) opening its own connection to a file that went bad while the
    app ran gets the app's ``DatabaseDamaged``, which it handles, not sqlite's raw error."""
    import threading

    db = open_database(db_path, lock=True)
    contacts.create({"name": "张三"})
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(db_path, "r+b") as f:  # the header: SQLite cannot even read the schema
        f.write(b"garbage" * 14)
    seen = []

    def work():
        try:
            db.execute_sql("SELECT count(*) FROM contact").fetchone()
        except Exception as e:  # noqa: BLE001 - the test looks at what arrives
            seen.append(e)
        finally:
            db.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert len(seen) == 1 and isinstance(seen[0], DatabaseDamaged), seen
    close_database(db, backup=False)
