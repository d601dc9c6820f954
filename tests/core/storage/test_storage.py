"""The disk under the database: file modes, a file system without WAL, a full disk, a
read-only folder. Each failure is a clear error and leaves the database as it was."""
import os
import sqlite3
import stat
import subprocess
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.storage import checks
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.errors import DiskFull, FolderReadOnly, ReadOnlyDatabase

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def _digests(path):
    con = sqlite3.connect(path)
    try:
        return checks.table_digests(con)
    finally:
        con.close()


# --- modes -----------------------------------------------------------------------------------

def test_every_file_is_private_even_with_a_loose_umask(db_path):
    old = os.umask(0o002)
    try:
        db = open_database(db_path, lock=True, backup_at_start=True)
        demo.generate(20, seed=1)
        for suffix in ("", "-wal", "-shm", ".lock"):
            assert _mode(f"{db_path}{suffix}") == 0o600, suffix
        info = db.state.backups.backup_now("manual", NOW)
        close_database(db, now=NOW)
        folder = backup.backup_dir(db_path)
        assert _mode(folder) == 0o700 and _mode(db_path.parent) == 0o700
        assert {_mode(p) for p in folder.iterdir()} == {0o600}
        assert _mode(info.path) == 0o600
        dest = db_path.parent / "chosen.sqlite3"
        backup.write_backup(db_path, dest)
        assert _mode(dest) == 0o600
    finally:
        os.umask(old)


# --- WAL where the file system cannot share memory ---------------------------------------------

def test_wal_falls_back_to_a_rollback_journal(db_path, monkeypatch, caplog):
    db = open_database(db_path)  # made on a normal disk: WAL
    demo.generate(30, seed=1)
    db.close()
    assert db_path.read_bytes()[18:20] == b"\x02\x02"

    # "unix-none" is SQLite's VFS without shared memory, like many network shares
    monkeypatch.setattr(checks, "VFS", "unix-none")
    with pytest.raises(sqlite3.OperationalError):  # what a plain WAL open does there
        sqlite3.connect(checks.uri(db_path), uri=True).execute("PRAGMA journal_mode=WAL")
    db = open_database(db_path, lock=True)
    assert db.state.journal_mode == "delete" and "WAL" in db.state.journal_note
    assert "rollback journal" in caplog.text
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
    contacts.create({"name": "共享盘"})
    assert contacts.count() == 31
    assert backup.make_backup(db_path, "manual", NOW).contacts == 31
    close_database(db, backup=False)
    assert db_path.read_bytes()[18:20] == b"\x01\x01"

    db = open_database(db_path)  # again on that share: no error, the journal stays
    assert db.state.journal_mode == "delete" and contacts.count() == 31
    db.close()
    monkeypatch.setattr(checks, "VFS", None)
    db = open_database(db_path)  # back on a normal disk: WAL again
    assert db.state.journal_mode == "wal" and db.state.journal_note == ""
    db.close()


def test_new_database_on_a_share_without_wal(db_path, monkeypatch):
    monkeypatch.setattr(checks, "VFS", "unix-none")
    db = open_database(db_path)
    assert db.state.journal_mode == "delete"
    contacts.create({"name": "新"})
    db.close()
    assert checks.check_file(db_path, full=True).ok


# --- a full disk, injected at SQLite's own limit -------------------------------------------------

def _limit_growth(db):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # SQLITE_FULL past this size


def test_disk_full_during_a_bulk_write_changes_nothing(db_path):
    db = open_database(db_path)
    demo.generate(200, seed=1)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digests(db_path)
    _limit_growth(db)
    with pytest.raises(DiskFull) as e:
        demo.generate(5000, seed=2)  # raw executemany inside one transaction
    assert e.value.path == db_path and "full" in str(e.value) and "space" in str(e.value)
    assert not db.in_transaction()
    assert contacts.count() == 200
    with pytest.raises(DiskFull):
        contacts.trash(contacts.ids())  # peewee queries too
    db.close()
    assert _digests(db_path) == before
    assert checks.check_file(db_path, full=True).ok


def test_disk_full_in_single_writes_keeps_every_committed_one(db_path):
    db = open_database(db_path)
    _limit_growth(db)
    added = 0
    with pytest.raises(DiskFull):
        for i in range(10_000):
            contacts.create({"name": f"客户{i}", "notes": "备注" * 50}, ["13812345678"])
            added += 1
    assert 0 < added < 10_000 and contacts.count() == added
    db.close()
    assert checks.check_file(db_path, full=True).ok
    db = open_database(db_path)
    assert contacts.count() == added
    db.close()


def test_cli_says_disk_full_in_one_line(db_path, monkeypatch, capsys):
    from desktop_app.cli import main
    from desktop_app.core.contacts import demo as demo_mod

    db = open_database(db_path)
    db.close()
    real = demo_mod.generate

    def generate(*a, **k):
        from desktop_app.core.storage.schema import database
        _limit_growth(database)
        return real(*a, **k)

    monkeypatch.setattr(demo_mod, "generate", generate)
    assert main(["demo", "--contacts", "5000", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "is full" in err and str(db_path) in err and len(err.strip().splitlines()) == 1


# --- a real tiny file system (root only) ------------------------------------------------------

def _mount(kind: str, target: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", kind, "-o", options, kind, str(target)],
                       capture_output=True)
    return r.returncode == 0


@pytest.fixture
def tiny_fs(tmp_path):
    target = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    if not _mount("tmpfs", target, "size=1m,mode=0700"):
        pytest.skip("needs root and mount (tmpfs) to make a 1 MB file system")
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_real_full_disk_keeps_the_database_whole(tiny_fs):
    path = tiny_fs / "contacts.sqlite3"
    db = open_database(path, lock=True)
    committed = 0
    with pytest.raises(DiskFull) as e:
        for _ in range(100):
            demo.generate(200, seed=committed)
            committed += 200
    assert e.value.path == path
    assert contacts.count() == committed > 0
    with pytest.raises(DiskFull) as e:  # a backup onto the same full disk
        backup.make_backup(path, "manual", NOW)
    assert list(backup.backup_dir(path).glob("*.sqlite3")) == []
    assert not [p for p in backup.backup_dir(path).iterdir() if ".tmp-" in p.name]
    with pytest.raises(DiskFull):  # "Back up now..." to a file there
        backup.write_backup(path, tiny_fs / "copy.sqlite3")
    assert not (tiny_fs / "copy.sqlite3").exists()
    close_database(db, backup=False)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == committed
    con.close()


def test_read_only_folder(tmp_path):
    target = tmp_path / "share"
    if not _mount("tmpfs", target, "size=4m"):
        pytest.skip("needs root and mount (tmpfs) to make a read-only file system")
    try:
        path = target / "contacts.sqlite3"
        db = open_database(path, lock=True)
        demo.generate(40, seed=1)
        close_database(db, backup=False)
        assert subprocess.run(["mount", "-o", "remount,ro", str(target)]).returncode == 0

        db = open_database(path, lock=True, backup_at_start=True)
        assert db.state.read_only and db.state.reason == "read-only-folder"
        assert db.state.read_mode == "immutable"  # no locks, no -shm on a read-only medium
        assert contacts.count() == 40  # reading works
        with pytest.raises(ReadOnlyDatabase):
            contacts.create({"name": "x"})
        with pytest.raises(FolderReadOnly) as e:
            backup.make_backup(path, "manual", NOW)
        assert "read-only" in str(e.value)
        db.close()
        with pytest.raises(FolderReadOnly):
            open_database(target / "new.sqlite3")
        con, _ = checks.open_read_only(path)
        assert checks.check_connection(con, full=True).ok
        assert checks.table_digests(con)["contact"][0] == 40
        con.close()
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backup_into_an_unwritable_folder_is_a_clear_error(db_path, monkeypatch):
    db = open_database(db_path)
    demo.generate(5, seed=1)

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied", str(a[0]))

    monkeypatch.setattr(backup.write, "private_dir", refuse)
    with pytest.raises(FolderReadOnly) as e:
        backup.make_backup(db_path, "manual", NOW)
    assert "backups" in str(e.value.path)
    db.close()
