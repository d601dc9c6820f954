"""open_database(check=LATER): the window paints first, the start check runs in a worker after.

Nothing may be written before the check has passed: a damaged file found later is reopened
read-only with its bytes (and its -wal) untouched.
"""
import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from desktop_app.core import backup
from desktop_app.core.storage import checks
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import LATER, close_database, finish_start_check, open_database
from desktop_app.core.errors import DatabaseDamaged, ReadOnlyDatabase

from .test_damage import _garble

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
PAGE = 4096


def _sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def filled(db_path):
    db = open_database(db_path, lock=True)
    demo.generate(2000, seed=1, now=datetime(2026, 3, 1))
    close_database(db, now=NOW)
    return db_path


def test_a_healthy_file_opens_at_once_and_gets_its_backups_after_the_check(filled):
    db = open_database(filled, lock=True, if_locked="read_only", check=LATER)
    state = db.state
    assert state.check_pending and state.check is None and not state.read_only
    assert state.backups is None and state.start_backup is None
    assert contacts.count() == 2000  # readable at once
    result = checks.check_file(filled)  # what the worker runs
    assert finish_start_check(db, result) is True
    assert not state.check_pending and state.check is result and state.backups is not None
    contacts.create({"name": "检查之后"})
    job = state.backups.start_job(NOW, state.fingerprint)
    # closed cleanly with everything backed up: no start backup needed, only the last quit's
    # quick copy to compress
    assert job is not None and job.compact
    plain = [b.path for b in backup.list_backups(filled) if not b.compressed]
    assert len(plain) == 1
    job.run()
    assert not job.written and not plain[0].exists()
    assert all(b.compressed for b in backup.list_backups(filled))
    close_database(db, now=NOW)


def _leave_wal_frames(path):
    """A process that commits and dies without closing: its frames stay in the -wal."""
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.execute('CREATE TABLE scratch (x)')\n"
            "c.execute('INSERT INTO scratch VALUES (1)')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert os.path.getsize(f"{path}-wal") > 0


def test_damage_found_later_reopens_read_only_without_writing(filled):
    good = backup.list_backups(filled)[0]  # taken at quit by the fixture
    _leave_wal_frames(filled)
    _garble(filled, os.path.getsize(filled) // PAGE // 2)
    before, wal_before = _sha(filled), _sha(f"{filled}-wal")

    db = open_database(filled, lock=True, if_locked="read_only", check=LATER)
    assert db.state.check_pending and not db.state.read_only
    result = checks.check_file(filled)
    assert not result.ok
    assert finish_start_check(db, result, backup.newest_good_backup(filled)) is False
    state = db.state
    assert state.read_only and state.damaged and state.problems == result.problems
    assert state.newest_good_backup.path == good.path and state.backups is None
    with pytest.raises((ReadOnlyDatabase, DatabaseDamaged)):
        contacts.create({"name": "x"})
    # closing the read-write connection did not checkpoint the -wal into the damaged file
    assert _sha(filled) == before and _sha(f"{filled}-wal") == wal_before
    close_database(db)
    assert _sha(filled) == before and _sha(f"{filled}-wal") == wal_before

    db = open_database(filled, lock=True)  # and the restore offered works as at a normal start
    backup.restore_backup(db, db.state.newest_good_backup.path, now=NOW)
    assert contacts.count() == 2000 and not db.state.read_only
    close_database(db, backup=False)


def test_a_file_that_opening_would_write_is_checked_at_once(filled):
    con = sqlite3.connect(filled)
    assert con.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    con.close()
    db = open_database(filled, lock=True, check=LATER)  # WAL again: the header is written
    assert not db.state.check_pending and db.state.check.ok and db.state.backups is not None
    close_database(db, backup=False)

    con = sqlite3.connect(filled)
    con.execute("PRAGMA user_version = 0")  # as if older: a migration would write
    con.close()
    assert open_database.__kwdefaults__["check"] is True
    db = open_database(filled, lock=True, check=LATER, migrate=False)
    assert not db.state.check_pending and db.state.check is not None
    close_database(db, backup=False)


def test_a_new_file_needs_no_check(db_path):
    db = open_database(db_path, lock=True, check=LATER)
    assert not db.state.check_pending and db.state.check is None and db.state.created
    assert db.state.backups is not None
    close_database(db, backup=False)


def test_without_shared_memory_the_check_runs_before_the_journal_switch(filled, monkeypatch):
    _garble(filled, os.path.getsize(filled) // PAGE // 2)
    before = _sha(filled)
    monkeypatch.setattr(checks, "VFS", "unix-none")  # a share where WAL cannot work
    db = open_database(filled, lock=True, check=LATER)
    state = db.state
    assert not state.check_pending and not state.check.ok
    assert state.read_only and state.damaged and state.journal_mode == "wal"
    close_database(db)
    assert _sha(filled) == before  # still WAL: the switch to a rollback journal never ran


def test_without_shared_memory_a_healthy_file_switches_journal(filled, monkeypatch):
    monkeypatch.setattr(checks, "VFS", "unix-none")
    db = open_database(filled, lock=True, check=LATER)
    assert not db.state.check_pending and db.state.check.ok
    assert db.state.journal_mode == "delete" and db.state.backups is not None
    contacts.create({"name": "共享盘"})
    close_database(db, backup=False)


def test_a_read_only_open_defers_too(filled):
    from desktop_app.core.storage.lock import InstanceLock

    with InstanceLock.acquire(filled):  # another instance holds it
        db = open_database(filled, lock=True, if_locked="read_only", check=LATER)
        assert db.state.read_only and db.state.reason == "in-use" and db.state.check_pending
        assert finish_start_check(db, checks.check_file(filled)) is False  # healthy, read-only
        assert db.state.reason == "in-use" and db.state.backups is None
        close_database(db)
