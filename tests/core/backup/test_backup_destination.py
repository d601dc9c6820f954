"""``backup --to FILE`` (and File › Back up now…) renames a copy over FILE: what that would
destroy is refused, and nothing is changed."""
import os
import stat
from datetime import datetime

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
