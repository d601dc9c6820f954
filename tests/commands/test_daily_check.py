"""Issue 15: commands check the whole file at most once a day. A file that passed a check
within the day (the window's background check, `contact-book check`, an earlier command) opens
without one; a file that did not, or a different file put in its place, is checked and its
damage reported; damage a statement meets later still gets a clear line."""
import os
import random
import shutil
import time

import pytest

from desktop_app.cli import main
from desktop_app.core.contacts import demo
from desktop_app.core.storage import checks
from desktop_app.core.storage.db import close_database, open_database

PAGE = 4096


@pytest.fixture
def filled(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path, lock=True)
    demo.generate(3000, seed=3)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database(db, backup=False)
    assert checks.check_file(db_path, remember=True).ok  # as the window's background check does
    return db_path


def _garble_middle(path):
    with open(path, "r+b") as f:
        pages = os.path.getsize(path) // PAGE
        f.seek((pages // 2) * PAGE)
        f.write(random.Random(1).randbytes(PAGE))


def _checks(monkeypatch) -> list:
    seen = []
    real = checks.check_connection

    def counting(conn, **kw):
        seen.append(1)
        return real(conn, **kw)

    monkeypatch.setattr(checks, "check_connection", counting)
    return seen


def test_a_file_checked_today_opens_without_a_check(filled, capsys, monkeypatch):
    assert checks.checked_recently(filled)
    seen = _checks(monkeypatch)
    assert main(["list", "--db", str(filled), "--limit", "1"]) == 0
    assert main(["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", "--db", str(filled)]) == 0
    assert seen == []


def test_a_stale_stamp_means_a_check_and_damage_is_reported(filled, capsys, monkeypatch):
    checks.record_check(filled, now=time.time() - checks.CHECK_EVERY - 60)
    assert not checks.checked_recently(filled)
    _garble_middle(filled)
    seen = _checks(monkeypatch)
    code = main(["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", "--db", str(filled)])
    _out, err = capsys.readouterr()
    assert seen and code != 0 and "damaged" in err.lower()


def test_a_file_put_in_its_place_is_checked_again(filled, tmp_path, capsys, monkeypatch):
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(filled, copy)
    _garble_middle(copy)
    os.replace(copy, filled)  # a new file (inode) under the old name: the stamp is not its
    assert not checks.checked_recently(filled)
    seen = _checks(monkeypatch)
    code = main(["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", "--db", str(filled)])
    _out, err = capsys.readouterr()
    assert seen and code != 0 and "damaged" in err.lower()


def test_damage_a_command_meets_after_a_skipped_check_says_so(filled, capsys):
    import sqlite3

    assert checks.checked_recently(filled)
    con = sqlite3.connect(filled)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    con.close()
    with open(filled, "r+b") as f:  # in place, after today's check: the contact table's root
        f.seek((root - 1) * PAGE)
        f.write(random.Random(2).randbytes(PAGE))
    code = main(["list", "--db", str(filled), "--limit", "100000"])
    _out, err = capsys.readouterr()
    assert code != 0 and "damaged" in err.lower() and "Traceback" not in err


def test_checking_a_backup_leaves_no_stamp_beside_it(filled, tmp_path):
    import shutil

    copy = tmp_path / "backup-copy.sqlite3"
    shutil.copyfile(filled, copy)
    assert checks.check_file(copy).ok
    assert not checks.checked_recently(copy) and not os.path.exists(f"{copy}.checked")
