"""Restoring: only a migrated, indexed, checked copy is swapped in; a backup that cannot
become one leaves the database exactly as it was. Old uncompressed backups and the real
fixtures of every older schema restore; ``extract`` makes a backup into a database file."""
import hashlib
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.storage import checks, migrations
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.errors import BackupError, DatabaseBusy
from tests.digests import data_digests

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VERSIONS = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite3"))


@pytest.fixture
def filled(db_path):
    db = open_database(db_path, lock=True)
    demo.generate(200, seed=5, now=datetime(2026, 3, 1))
    yield db
    if not db.is_closed():
        close_database(db, backup=False)


def _files(db_path: Path) -> dict:
    """The bytes of the database and its journal files, and every row (index included)."""
    out = {}
    for suffix in ("", "-wal", "-journal"):
        p = Path(f"{db_path}{suffix}")
        out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    con = sqlite3.connect(db_path)
    out["rows"] = checks.table_digests(con)
    con.close()
    return out


def _index_complete(db) -> bool:
    count = lambda sql: db.execute_sql(sql).fetchone()[0]  # noqa: E731
    return (count("SELECT count(*) FROM search_dirty") == 0 and
            count("SELECT count(*) FROM contact_search") == count("SELECT count(*) FROM contact"))


def _relabel(path: Path, version: int) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


def test_a_backup_that_cannot_be_migrated_leaves_the_database_as_it_was(db_path, filled,
                                                                        tmp_path):
    """Issue #16 defect 3: a schema-7 backup labelled 6 ("table setting already exists")."""
    mislabelled = tmp_path / "old.sqlite3"
    backup.write_backup(db_path, mislabelled)
    _relabel(mislabelled, 6)
    contacts.create({"name": "还在"})
    before = _files(db_path)
    with pytest.raises(BackupError, match="cannot be restored.*already exists.*not changed"):
        backup.restore_backup(filled, mislabelled, now=NOW)
    assert _files(db_path) == before  # byte for byte, no -journal left over
    assert backup.list_backups(db_path) == []  # refused before the before-restore backup
    assert not [p for p in db_path.parent.iterdir() if ".restoring" in p.name]
    # and everything still works: writes, another restore, a reopen
    contacts.create({"name": "之后"})
    good = backup.make_backup(db_path, "manual", NOW)
    assert backup.restore_backup(filled, good.path, now=NOW + timedelta(minutes=1)).check.ok
    close_database(filled, backup=False)
    db = open_database(db_path, lock=True)
    assert contacts.count() == 202 and db.state.check.ok
    close_database(db, backup=False)


def test_restore_while_another_program_holds_the_write_lock_says_so(db_path, filled):
    """Python's ``backup()`` retries a busy database for ever: ``contact-book restore`` hung
    while a sqlite3 shell kept a write transaction open. Now: ``DatabaseBusy``, no change."""
    info = backup.make_backup(db_path, "manual", NOW)
    contacts.create({"name": "还在"})
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    outcome = []

    def restore():  # in a thread, as the window does: a hang is seen, not waited out
        filled.execute_sql("PRAGMA busy_timeout = 50")  # this thread's connection
        try:
            backup.restore_backup(filled, info.path, now=NOW + timedelta(minutes=1))
            outcome.append("restored")
        except DatabaseBusy as e:
            outcome.append(e)
        finally:
            filled.close()

    worker = threading.Thread(target=restore, daemon=True)
    worker.start()
    worker.join(60)
    hung = worker.is_alive()
    other.rollback()
    other.close()
    worker.join()
    assert not hung and len(outcome) == 1 and isinstance(outcome[0], DatabaseBusy)
    assert "locked by another program" in str(outcome[0]) and str(db_path) in str(outcome[0])
    assert contacts.count() == 201  # the database as it was: the restore can be tried again
    assert backup.restore_backup(filled, info.path, now=NOW + timedelta(minutes=2)).check.ok
    assert contacts.count() == 200


def test_a_compressed_backup_cut_short_is_refused_without_a_change(db_path, filled):
    info = backup.make_backup(db_path, "auto", NOW)
    data = info.path.read_bytes()
    info.path.write_bytes(data[:len(data) // 2])
    contacts.create({"name": "还在"})
    before = _files(db_path)
    with pytest.raises(BackupError, match="not a readable"):
        backup.restore_backup(filled, info.path, now=NOW)
    assert _files(db_path) == before
    assert not backup.is_good(backup.list_backups(db_path)[0])


@pytest.mark.parametrize("version", VERSIONS)
def test_every_older_schema_fixture_restores(db_path, filled, tmp_path, version):
    source = tmp_path / f"contacts-2020-01-01T000000Z-v{version}.sqlite3"  # an old-style backup
    shutil.copyfile(FIXTURES / f"v{version}.sqlite3", source)
    expected = sqlite3.connect(source).execute(
        "SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    result = backup.restore_backup(filled, source, now=NOW)
    assert result.check.ok and result.restored.schema == version
    assert result.migrated_from == (version if version < migrations.LATEST else None)
    assert migrations.current_version(filled) == migrations.LATEST
    assert contacts.count() == expected and _index_complete(filled)
    close_database(filled)  # the restored database opens as any other
    db = open_database(db_path, lock=True)
    assert contacts.count() == expected and db.state.check.ok
    close_database(db, backup=False)


def test_restore_an_old_uncompressed_backup_and_a_compressed_one(db_path, filled):
    plain = backup.backup_dir(db_path) / backup.backup_name(
        db_path, NOW - timedelta(days=1), "auto", suffix=backup.PLAIN_SUFFIX)
    plain.parent.mkdir()
    backup.write_backup(db_path, plain)  # what earlier versions wrote into backups/
    contacts.trash(contacts.ids()[:50])
    packed = backup.make_backup(db_path, "auto", NOW)
    listed = backup.list_backups(db_path)
    assert [(i.path, i.contacts, i.compressed) for i in listed] == [
        (packed.path, 150, True), (plain, 200, False)]
    assert backup.restore_backup(filled, plain, now=NOW + timedelta(minutes=1)).check.ok
    assert contacts.count() == 200 and _index_complete(filled)
    assert backup.restore_backup(filled, packed.path, now=NOW + timedelta(minutes=2)).check.ok
    assert contacts.count() == 150 and _index_complete(filled)
    assert data_digests(db_path) == data_digests(packed.path)


def test_extract_makes_a_backup_a_database_again(db_path, filled, tmp_path):
    info = backup.make_backup(db_path, "auto", NOW)
    out = tmp_path / "copy.sqlite3"
    backup.extract(info.path, out)
    assert data_digests(out) == data_digests(db_path)
    close_database(filled, backup=False)
    db = open_database(out, lock=True)
    assert contacts.count() == 200 and _index_complete(db) and db.state.check.ok
    close_database(db, backup=False)


def test_cli_backup_backups_restore_and_extract(db_path, tmp_path, capsys):
    from desktop_app.cli import main

    def cli(*argv):
        code = main([*argv, "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err

    db_path.parent.mkdir()  # commands create a database only in an existing folder
    assert cli("demo", "--contacts", "30")[0] == 0
    code, out, _ = cli("backup")
    assert code == 0 and "30 contacts" in out and ".sqlite3.zst" in out
    name = backup.list_backups(db_path)[0].path.name
    code, out, _ = cli("backups")
    assert code == 0 and name in out and "30" in out
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("backup", "--to", str(usb))[0] == 0  # a copy elsewhere opens as a database
    (copy,) = usb.iterdir()
    assert copy.name.endswith("-manual.sqlite3") and not backup.container.is_compressed(copy)

    out_file = tmp_path / "extracted.sqlite3"
    code, out, _ = cli("restore", name, "--extract", str(out_file))
    assert code == 0 and str(out_file) in out
    code, out, _ = cli("restore", name, "--extract", str(out_file))
    assert code == 0 and "it replaced the backup of" in out  # an earlier extract: refreshed
    code, out, err = main(["list", "--db", str(out_file)]), *capsys.readouterr()
    assert code == 0 and "30 contacts" in out
    code, out, _ = cli("restore", name, "--extract", str(out_file))
    assert code == 1  # opened as a database since: never overwritten


ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("make, problem", [
    (lambda p, good, plain: p.write_bytes(b""), "the file is empty: 0 bytes"),
    (lambda p, good, plain: p.write_bytes(
        (ROOT / "resources" / "screenshots" / "timeline.png").read_bytes()),
     "it is neither a Contact Book backup nor a database"),
    (lambda p, good, plain: p.write_bytes(plain.read_bytes()[:100]),
     "it is damaged: cut short or overwritten"),
    (lambda p, good, plain: p.write_bytes(plain.read_bytes()[:len(plain.read_bytes()) // 3]),
     "it is damaged: cut short or overwritten"),
    (lambda p, good, plain: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
     "it is another program's database"),
    (lambda p, good, plain: p.write_bytes(good.read_bytes()[:30]), "it is cut short"),
    (lambda p, good, plain: p.write_bytes(good.read_bytes()[:len(good.read_bytes()) // 2]),
     "it is cut short: "),
])
def test_an_unusable_backup_says_what_is_wrong_in_words(db_path, filled, tmp_path, make,
                                                         problem):
    """File › Restore… › Other File… with an empty file said "(no such table: contact)", with
    a picture "(file is not a database)", with a cut one "(294912 of 655360 bytes)"."""
    good = backup.make_backup(db_path, "auto", NOW).path
    plain = tmp_path / "plain.sqlite3"
    backup.write_backup(db_path, plain)
    bad = tmp_path / "bad.sqlite3"
    make(bad, good, plain)
    before = _files(db_path)
    with pytest.raises(BackupError) as caught:
        backup.restore_backup(filled, bad, now=NOW + timedelta(minutes=1))
    text = str(caught.value)
    assert text.startswith(f"{bad} ") and f"not a readable Contact Book backup ({problem}" in text
    words = text[len(str(bad)):]  # SQLite's or zstd's own words are not for the user
    assert not any(w in words for w in ("table", "malformed", "not a database", "Error",
                                         "zstd", "header"))
    assert caught.value.values["problem"].template  # a message the window translates
    assert _files(db_path) == before


def test_a_compressed_backup_renamed_sqlite3_restores(db_path, filled, tmp_path):
    """Copied to a USB stick as "contacts.sqlite3", it was checked as an SQLite file: "is
    damaged (file is not a database)". The content says what it is."""
    renamed = tmp_path / "contacts.sqlite3"
    renamed.write_bytes(backup.make_backup(db_path, "auto", NOW).path.read_bytes())
    contacts.trash(contacts.ids()[:50])
    assert backup.restore_backup(filled, renamed, now=NOW + timedelta(minutes=1)).check.ok
    assert contacts.count() == 200
