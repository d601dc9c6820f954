"""Bad input met by the commands (an adversarial pass): each gets one clear line, exit 1, and
changes nothing."""
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from desktop_app.cli import main
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import close_database, open_database
from tests.digests import data_digests


def _run(capsys, *argv, db):
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_another_programs_sqlite_file_is_refused_by_reading_and_writing_commands(tmp_path,
                                                                                  capsys):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        con.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    con.close()
    before = path.read_bytes()
    for argv in (["list"], ["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎"]):
        code, out, err = _run(capsys, *argv, db=path)
        assert code == 1 and out == ""
        assert err.startswith("contact-book: ") and "not a Contact Book database" in err
        assert "moz_places" in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before
    with sqlite3.connect(path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master")]
    con.close()
    assert tables == ["moz_places"]


# Another program's write transaction: it holds SQLite's write lock until its stdin closes or
# it is killed; the tests wait for its "locked" line, never on a clock.
HOLD_WRITE = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
              "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.read()")


@pytest.mark.parametrize("argv", [
    ["log", "--contact", "1", "--channel", "电话"],
    ["bulk", "--all", "--set", "source=展会"],
], ids=lambda a: a[0])
def test_a_write_while_another_program_holds_the_write_lock_says_so(db_path, capsys, argv):
    """A sqlite3 shell with a transaction open: the command printed "internal error:
    OperationalError: database is locked" (exit 70)."""
    db_path.parent.mkdir(parents=True)
    db = open_database(db_path, lock=True)
    demo.generate(5, seed=1, now=datetime(2026, 3, 1))
    close_database(db, backup=False)
    before = data_digests(db_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        code, out, err = _run(capsys, *argv, db=db_path)
    finally:
        holder.kill()
        holder.wait()
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "locked by another program" in err and "internal error" not in err
    assert data_digests(db_path) == before


@pytest.mark.parametrize("argv", [
    ["export", "--format", "csv", "--out", "{db}"],
    ["due", "--ics", "{db}"],
    ["callsheet", "--date", "2026-03-02", "--pdf", "{db}"],
], ids=lambda a: a[0])
def test_an_export_given_the_databases_own_name_leaves_the_database(db_path, capsys, argv):
    """They printed "Exported 5 contacts to .../contacts.sqlite3", the database gone."""
    db_path.parent.mkdir(parents=True)
    db = open_database(db_path, lock=True)
    demo.generate(5, seed=1, now=datetime(2026, 3, 1))
    close_database(db, backup=False)
    before = data_digests(db_path)
    code, out, err = _run(capsys, *[a.format(db=db_path) for a in argv], db=db_path)
    assert code == 1 and "is a database or one of its files" in err
    assert len(err.strip().splitlines()) == 1
    assert data_digests(db_path) == before


@pytest.mark.parametrize("argv", [
    ["cadence", "stop", "--contact", "1", "--contact", "999"],
    ["grade", "apply", "--contact", "999"],
], ids=lambda a: " ".join(a[:2]))
def test_a_mistyped_contact_id_is_said_so(db_path, capsys, argv):
    """``cadence stop --contact 999`` printed "Stopped 0 cadences" and ``grade apply
    --contact 999`` nothing at all, exit 0, where ``log`` and ``cadence start`` say the id
    is not a contact."""
    db_path.parent.mkdir(parents=True)
    db = open_database(db_path, lock=True)
    demo.generate(5, seed=1, now=datetime(2026, 3, 1))
    close_database(db, backup=False)
    before = data_digests(db_path)
    code, out, err = _run(capsys, *argv, db=db_path)
    assert (code, out, err) == (1, "", "contact-book: No contact with id 999.\n")
    after = data_digests(db_path)
    for table in ("contact", "cadence", "touchpoint", "interaction"):  # (opening to write
        assert after[table] == before[table], table                  # regrades: setting)
