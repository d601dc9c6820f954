"""``backup --to FILE`` (and File › Back up now…) renames a copy over FILE: what that would
destroy is refused, and nothing is changed."""
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import BackupError
from desktop_app.core.storage.db import close_database, open_database


@pytest.fixture
def filled(db_path):
    db = open_database(db_path, lock=True)
    demo.generate(30, seed=3, now=datetime(2026, 3, 1))
    yield db
    if not db.is_closed():
        close_database(db, backup=False)


def test_a_pipe_or_a_device_is_not_replaced_by_a_regular_file(db_path, filled, tmp_path):
    """As root, ``backup --to /dev/full`` (or /dev/null) put a regular file in the device's
    place and said "Backed up"; a named pipe shows the same without root."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(BackupError, match="not a file"):
        backup.write_backup(db_path, pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.parametrize("name", ["contacts.sqlite3", "contacts.sqlite3-wal", "link.sqlite3"])
def test_the_database_or_its_journal_is_not_a_backup_destination(db_path, filled, name):
    """``backup --to`` the database itself (or a link to it) renamed a copy over the open
    file; over its -wal it replaced the journal holding not yet checkpointed commits."""
    link = db_path.parent / "link.sqlite3"
    link.symlink_to(db_path)
    contacts.create({"name": "还在"})  # committed, in the -wal
    wal = db_path.with_name(db_path.name + "-wal")
    before_wal = wal.read_bytes()
    assert before_wal  # the commit is there, not yet in the file
    inode = os.stat(db_path).st_ino
    with pytest.raises(BackupError, match="the database itself"):
        backup.write_backup(db_path, db_path.parent / name)
    assert os.stat(db_path).st_ino == inode and wal.read_bytes() == before_wal
    close_database(filled, backup=False)
    db = open_database(db_path, lock=True)
    assert contacts.count() == 31
    close_database(db, backup=False)


@pytest.mark.parametrize("how", ["write_backup", "extract"])
def test_a_destination_in_a_missing_folder_is_named_as_given(db_path, filled, tmp_path, how):
    """``restore --extract /nowhere/x.db`` printed "No such file or directory:
    /nowhere/.x.db.tmp-30398-140694301789056" (the temporary's name), ``backup --to
    /nowhere/x.db`` "No such file or directory: /nowhere"."""
    dest = tmp_path / "nowhere" / "copy.sqlite3"
    source = backup.make_backup(db_path, "manual").path
    with pytest.raises(BackupError) as caught:
        if how == "write_backup":
            backup.write_backup(db_path, dest)
        else:
            backup.extract(source, dest)
    assert str(caught.value) == f"Cannot write {dest}: the folder {dest.parent} does not exist."
    assert not dest.parent.exists()


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def other_profile(tmp_path):
    """Another salesperson's database, opened by the app once and closed (as it lies on disk
    between two sessions): 5 leads."""
    path = tmp_path / "other" / "contacts.sqlite3"
    path.parent.mkdir()
    db = open_database(path, lock=True)
    for n in range(5):
        contacts.create({"name": f"别人的客户{n}"})
    close_database(db, backup=False)
    return path


@pytest.mark.parametrize("replace", [False, True], ids=["asked", "replace"])
@pytest.mark.parametrize("lock_file", [True, False], ids=["as left", "copied alone"])
def test_another_contact_book_database_is_never_replaced(db_path, filled, other_profile,
                                                         replace, lock_file):
    """``backup --to B`` where B is another profile's database replaced it with a copy of A:
    its leads were gone. Even when the user said "replace" (the Save dialog's question, or
    --force) it is refused, B unchanged; also a database file copied without its .lock."""
    if not lock_file:
        other_profile.with_name(other_profile.name + ".lock").unlink()
    before = _sha(other_profile)
    with pytest.raises(BackupError, match="is a Contact Book database, not a backup"):
        backup.write_backup(db_path, other_profile, replace=replace)
    assert _sha(other_profile) == before
    assert not [p for p in other_profile.parent.iterdir() if ".tmp-" in p.name]


def test_another_database_open_in_its_window_is_never_replaced(db_path, filled, other_profile):
    """Open right now (locked, with its -wal): replacing it would also leave that window writing
    into a deleted file."""
    other = open_database(other_profile, lock=True)
    try:
        contacts.create({"name": "刚加的"})
        wal = other_profile.with_name(other_profile.name + "-wal")
        before = _sha(other_profile), _sha(wal)
        with pytest.raises(BackupError, match="not a backup"):
            backup.write_backup(db_path, other_profile, replace=True)
        assert (_sha(other_profile), _sha(wal)) == before
    finally:
        close_database(other, backup=False)


def test_an_existing_file_is_replaced_only_when_asked(db_path, filled, tmp_path):
    """Any other existing file (a spreadsheet named .sqlite3 by mistake) is kept unless the
    user said to replace it; a backup replaced opens with today's leads."""
    dest = tmp_path / "notes.sqlite3"
    dest.write_text("客户名单草稿\n", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        backup.write_backup(db_path, dest)
    assert str(caught.value) == (f"Cannot write {dest}: the file already exists and is not a "
                                 "Contact Book backup; nothing was changed. Choose a new file "
                                 "name, or add --force to replace it.")
    assert dest.read_text(encoding="utf-8") == "客户名单草稿\n"
    backup.write_backup(db_path, dest, replace=True)
    assert backup.validate_backup(dest).contacts == 30
    assert not backup.is_profile_database(dest)  # what we wrote is a backup, not a profile
    contacts.create({"name": "新线索"})
    backup.write_backup(db_path, dest, replace=True)  # an older backup of ours: replaced
    assert backup.validate_backup(dest).contacts == 31


def test_extract_over_an_existing_file_follows_the_same_rules(db_path, filled, other_profile,
                                                              tmp_path):
    """``restore --extract FILE`` renames a database over FILE: the same refusals."""
    source = backup.make_backup(db_path, "manual").path
    before = _sha(other_profile)
    with pytest.raises(BackupError, match="not a backup"):
        backup.extract(source, other_profile, replace=True)
    assert _sha(other_profile) == before
    dest = tmp_path / "old-extract.sqlite3"
    dest.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(BackupError, match="already exists"):
        backup.extract(source, dest)
    assert dest.read_bytes() == b"PK\x03\x04 a zip file"
    assert backup.extract(source, dest, replace=True).contacts == 30
    inode = os.stat(dest).st_ino
    assert backup.extract(source, dest).contacts == 30  # an earlier extract: refreshed
    assert os.stat(dest).st_ino != inode


def test_a_nightly_backup_replaces_last_nights_without_asking(db_path, filled, tmp_path):
    """``backup --to /media/usb/book.sqlite3`` every night failed from the second night on:
    the existing file, last night's backup, was replaced only with --force."""
    dest = tmp_path / "usb" / "book.sqlite3"
    dest.parent.mkdir()
    backup.write_backup(db_path, dest)
    os.utime(dest, (1_780_000_000, 1_780_000_000))  # written last night
    assert backup.replaced_backup(dest) == datetime.fromtimestamp(1_780_000_000, UTC)
    contacts.create({"name": "今天的新线索"})
    backup.write_backup(db_path, dest)  # the second night: no --force
    assert backup.validate_backup(dest).contacts == 31
    assert not backup.is_profile_database(dest) and backup.is_older_backup(dest)
    assert not [p for p in dest.parent.iterdir() if p != dest]  # no temporary left


def test_a_backup_named_by_its_time_is_said_by_that_time(db_path, filled, tmp_path):
    name = backup.backup_name(db_path, datetime(2026, 12, 4, 2, 0), backup.MANUAL,
                              suffix=backup.PLAIN_SUFFIX)
    dest = tmp_path / name
    backup.write_backup(db_path, dest)
    assert backup.replaced_backup(dest) == datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    assert backup.replaced_backup(tmp_path / "none.sqlite3") is None


@pytest.mark.parametrize("beside", ["-journal", "-shm"])
def test_a_backup_that_something_is_writing_is_replaced_only_when_asked(db_path, filled,
                                                                        tmp_path, beside):
    """A hot journal or a shared-memory file beside it: a program has it open as a database
    (an extract being edited): not a backup to refresh without asking."""
    dest = tmp_path / "book.sqlite3"
    backup.write_backup(db_path, dest)
    Path(f"{dest}{beside}").write_bytes(b"")
    before = _sha(dest)
    assert backup.replaced_backup(dest) is None
    with pytest.raises(BackupError, match="already exists"):
        backup.write_backup(db_path, dest)
    assert _sha(dest) == before
    backup.write_backup(db_path, dest, replace=True)  # the user said so
    assert backup.validate_backup(dest).contacts == 30


def test_a_backup_since_opened_as_a_database_is_never_replaced(db_path, filled, tmp_path):
    """Last night's backup opened by the app (``contact-book --db book.sqlite3``): it is
    someone's live data now, refused every night, even with --force."""
    dest = tmp_path / "book.sqlite3"
    backup.write_backup(db_path, dest)
    other = open_database(dest, lock=True)
    close_database(other, backup=False)
    before = _sha(dest)
    assert backup.replaced_backup(dest) is None
    for replace in (False, True):
        with pytest.raises(BackupError, match="is a Contact Book database, not a backup"):
            backup.write_backup(db_path, dest, replace=replace)
    assert _sha(dest) == before
