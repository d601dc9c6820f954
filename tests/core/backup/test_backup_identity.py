"""A backup knows whose data it holds (the database's identity), and a backup of another
database is never replaced without the user's word: ``backup --to`` replaced "an older Contact
Book backup" at the destination even when it was a colleague's or another profile's."""
import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import BackupError
from desktop_app.core.storage import checks, preferences
from desktop_app.core.storage.db import (
    LATER,
    close_database,
    finish_start_check,
    open_database,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
OTHER_DATABASE = "it is a backup of another Contact Book database"
CANNOT_TELL = "whether it is of this same database cannot be told"


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _id_of(path) -> str | None:
    """The identity stored in the file (read as a test would, with plain sqlite3)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        row = con.execute("SELECT value FROM setting WHERE key = 'database-id'").fetchone()
    return row[0] if row else None


def _forget_identity(path) -> None:
    """Make ``path`` what an earlier version wrote: no identity."""
    with closing(sqlite3.connect(path)) as con:
        con.execute("DELETE FROM setting WHERE key = 'database-id'")
        con.commit()


def _profile(path: Path, leads: int, seed: int, created: datetime) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, lock=True)
    demo.generate(leads, seed=seed, now=created)
    close_database(db, backup=False)
    return path


@pytest.fixture
def mine(db_path):
    return _profile(db_path, 12, 3, datetime(2026, 3, 1))


@pytest.fixture
def colleague(tmp_path):
    """Another salesperson's database: the same demo leads, other moments."""
    return _profile(tmp_path / "colleague" / "contacts.sqlite3", 5, 3, datetime(2026, 5, 1))


# --- the identity -----------------------------------------------------------------------------

def test_every_database_gets_one_identity_that_stays(tmp_path, mine, colleague):
    first = _id_of(mine)
    assert first and len(first) == 32 and first != _id_of(colleague)
    db = open_database(mine, lock=True)
    assert preferences.ensure_database_id(db) == first
    assert "database-id" not in preferences.all_values()  # not a preference to list or set
    close_database(db, backup=False)
    assert _id_of(mine) == first


def test_a_database_of_an_earlier_version_gets_one_at_its_first_open(tmp_path):
    path = tmp_path / "contacts.sqlite3"
    shutil.copyfile(FIXTURES / "v11.sqlite3", path)
    assert _id_of(path) is None
    db = open_database(path, read_only=True)  # reading writes nothing
    db.close()
    assert _id_of(path) is None
    db = open_database(path, lock=True)
    close_database(db, backup=False)
    assert _id_of(path)


def test_the_window_s_deferred_check_gives_it_after_the_check(mine):
    """The window opens with the check deferred and writes nothing before it passes."""
    _forget_identity(mine)
    db = open_database(mine, lock=True, check=LATER)
    assert db.state.check_pending and _id_of(mine) is None
    assert finish_start_check(db, checks.check_file(mine))
    assert _id_of(mine)
    close_database(db, backup=False)


def test_both_kinds_of_backup_carry_it_readable_without_restoring(mine, tmp_path):
    plain = tmp_path / "usb" / "book.sqlite3"
    plain.parent.mkdir()
    backup.write_backup(mine, plain)
    compressed = backup.make_backup(mine, backup.MANUAL).path
    assert backup.backup_id(plain) == backup.backup_id(compressed) == _id_of(mine)
    from desktop_app.core.backup import container

    assert container.read_header(compressed)["database_id"] == _id_of(mine)


# --- replacing a backup -----------------------------------------------------------------------

@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder / "book.sqlite3"


def test_a_backup_of_another_database_is_refused_and_kept(mine, colleague, usb):
    backup.write_backup(colleague, usb)  # her nightly backup
    before = _sha(usb)
    assert backup.is_older_backup(usb) and backup.whose_backup(mine, usb) == backup.OTHER
    with pytest.raises(BackupError) as caught:
        backup.write_backup(mine, usb)
    assert str(caught.value) == (
        f"Cannot write {usb}: it is a backup of another Contact Book database (another "
        "profile, or someone else's file), and its contacts would be lost; nothing was "
        "changed. Choose a new file name, or add --force to replace it.")
    assert _sha(usb) == before and not [p for p in usb.parent.iterdir() if p != usb]
    backup.write_backup(mine, usb, replace=True)  # --force: the user said so
    assert backup.validate_backup(usb).contacts == 12 and backup.backup_id(usb) == _id_of(mine)


def test_a_backup_of_the_same_database_is_refreshed_as_before(mine, usb):
    backup.write_backup(mine, usb)
    db = open_database(mine, lock=True)
    contacts.create({"name": "今晚的新线索"})
    backup.write_backup(mine, usb)  # while open: its commits in the -wal
    close_database(db, backup=False)
    assert backup.whose_backup(mine, usb) == backup.SAME
    assert backup.validate_backup(usb).contacts == 13


def test_an_old_backup_without_identity_is_told_by_its_first_lead(mine, colleague, usb):
    """Written before identities: the same database's is refreshed (its first lead, created
    at the same second, is the source's too); another's is refused."""
    backup.write_backup(mine, usb)
    _forget_identity(usb)
    backup.write_backup(mine, usb)
    assert backup.backup_id(usb) == _id_of(mine)  # and it carries the identity from now on
    backup.write_backup(colleague, usb, replace=True)
    _forget_identity(usb)
    before = _sha(usb)
    with pytest.raises(BackupError, match=OTHER_DATABASE):
        backup.write_backup(mine, usb)
    assert _sha(usb) == before


def test_a_source_not_yet_given_an_identity_compares_its_first_lead(mine, colleague, usb):
    """A nightly ``backup --to`` (which only reads) of a database no window of this version
    has opened yet: neither side has an identity, the first lead tells."""
    _forget_identity(mine)
    backup.write_backup(mine, usb)
    assert backup.backup_id(usb) is None
    backup.write_backup(mine, usb)  # the second night
    _forget_identity(colleague)
    with pytest.raises(BackupError, match=OTHER_DATABASE):
        backup.write_backup(colleague, usb)


def test_when_it_cannot_be_told_it_is_refused(mine, tmp_path, usb):
    """An old backup without identity and without leads (nothing to compare), or whose first
    lead the source no longer has: refused, naming --force."""
    empty = _profile(tmp_path / "new" / "contacts.sqlite3", 0, 1, datetime(2026, 3, 1))
    backup.write_backup(empty, usb)
    _forget_identity(usb)
    with pytest.raises(BackupError, match=CANNOT_TELL) as caught:
        backup.write_backup(mine, usb)
    assert "--force" in str(caught.value)
    backup.write_backup(mine, usb, replace=True)
    _forget_identity(usb)
    _forget_identity(mine)
    with closing(sqlite3.connect(mine)) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM contact WHERE id = (SELECT min(id) FROM contact)")
        con.commit()
    with pytest.raises(BackupError, match=CANNOT_TELL):
        backup.write_backup(mine, usb)


def test_extract_over_another_database_s_extract_is_refused(mine, colleague, tmp_path):
    ours = backup.make_backup(mine, backup.MANUAL).path
    theirs = backup.make_backup(colleague, backup.MANUAL).path
    dest = tmp_path / "extracted.sqlite3"
    backup.extract(theirs, dest)
    before = _sha(dest)
    with pytest.raises(BackupError, match=OTHER_DATABASE):
        backup.extract(ours, dest)
    assert _sha(dest) == before and not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]
    assert backup.extract(ours, dest, replace=True).contacts == 12
    assert backup.extract(ours, dest).contacts == 12  # an extract of the same one: refreshed


def test_restoring_an_old_backup_keeps_the_database_s_identity(mine, usb):
    """Restoring a backup written before identities must not make this database a stranger
    to its own backups (tomorrow's ``backup --to`` would be refused)."""
    own = _id_of(mine)
    assert own
    backup.write_backup(mine, usb)
    _forget_identity(usb)
    night = usb.with_name("night.sqlite3")
    backup.write_backup(mine, night)
    db = open_database(mine, lock=True)
    backup.restore_backup(db, usb)
    close_database(db, backup=False)
    assert _id_of(mine) == own
    backup.write_backup(mine, night)  # still ours


def test_restoring_by_file_keeps_it_too(mine, usb):
    """The restore of a database that cannot be opened for writing (``restore`` of a damaged
    file) replaces the file: the identity is read from it first."""
    own = _id_of(mine)
    assert own
    backup.write_backup(mine, usb)
    _forget_identity(usb)
    backup.replace_database_file(mine, usb)
    assert _id_of(mine) == own
