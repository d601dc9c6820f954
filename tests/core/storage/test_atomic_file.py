"""Whole-file writes (exports, reports, the iCalendar file) and targets that are not plain
files: a link keeps being a link, a pipe or a device is written into, never replaced."""
import os
import stat
import threading

import pytest

from desktop_app.core.errors import FileNotWritable
from desktop_app.core.storage.atomic_file import atomic_path, atomic_write, write_bytes

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _read_pipe(path, into: list) -> threading.Thread:
    def read():
        with open(path, "rb") as f:
            into.append(f.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@needs_fifo
@pytest.mark.parametrize("how", ["atomic_write", "atomic_path"])
def test_a_named_pipe_is_written_into_not_replaced(tmp_path, how):
    """What `export --out /dev/stdout` meets in a shell pipeline. Before, the temporary file
    was renamed over the pipe (over /dev/full too, when run as root)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list = []
    reader = _read_pipe(pipe, got)
    if how == "atomic_write":
        with atomic_write(pipe, "w", encoding="utf-8") as f:
            f.write("上海,叶辉\n")
    else:
        with atomic_path(pipe) as tmp:  # a writer that wants a file name (xlsxwriter)
            tmp.write_bytes("上海,叶辉\n".encode("utf-8"))
    reader.join(10)
    assert got == ["上海,叶辉\n".encode("utf-8")]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["pipe"]  # no temporary file left beside it


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_file_replaces_the_file_and_stays_a_link(tmp_path):
    target = tmp_path / "2026-12-05.csv"
    target.write_text("old")
    link = tmp_path / "latest.csv"
    try:
        link.symlink_to(target.name)
    except OSError:
        pytest.skip("symbolic links not allowed here")
    write_bytes(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    assert sorted(os.listdir(tmp_path)) == ["2026-12-05.csv", "latest.csv"]


def test_a_new_file_and_a_folder(tmp_path):
    write_bytes(tmp_path / "new.csv", b"x")
    assert (tmp_path / "new.csv").read_bytes() == b"x"
    with pytest.raises(FileNotWritable) as e:
        write_bytes(tmp_path, b"x")
    assert e.value.reason == "is-folder"


def _is_full_device() -> bool:
    return os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not _is_full_device(), reason="needs /dev/full")
def test_a_full_device_says_the_disk_is_full():
    """Run as a user who cannot replace /dev/full (as root, as 'nobody' in a subprocess), so
    that an in-place write that ever broke could not turn it into a file."""
    if os.geteuid() != 0:
        with pytest.raises(FileNotWritable) as e:
            write_bytes("/dev/full", b"x" * 100_000)
        assert e.value.reason == "disk-full"
        return
    import subprocess
    import sys

    from tests.nobody import as_nobody, nobody_env

    prefix = as_nobody()
    if prefix is None:
        pytest.skip("as root: needs setpriv and a Python the user 'nobody' can run")
    code = ("from desktop_app.core.errors import FileNotWritable\n"
            "from desktop_app.core.storage.atomic_file import write_bytes\n"
            "try:\n    write_bytes('/dev/full', b'x' * 100_000)\n"
            "except FileNotWritable as e:\n    print(e.reason)\n")
    r = subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True, text=True,
                       env=nobody_env(), timeout=60)
    assert r.stdout.strip() == "disk-full", r.stderr
    assert _is_full_device()


@pytest.mark.parametrize("target", ["contacts.sqlite3", "link.sqlite3", "contacts.sqlite3-wal",
                                    "contacts.sqlite3-shm", "contacts.sqlite3.lock"])
@pytest.mark.parametrize("how", ["atomic_write", "atomic_path"])
def test_a_database_or_one_of_its_files_is_never_replaced(db, db_path, target, how):
    """``export --format csv --out contacts.sqlite3`` (or ``callsheet --pdf``, ``due --ics``,
    ``import --report`` given the database's name) replaced the whole database with the file."""
    from desktop_app.core.storage.db import close_database, open_database

    opened = open_database(db_path, lock=True)  # the .lock file, as a running app has it
    (db_path.parent / "link.sqlite3").symlink_to(db_path)
    path = db_path.parent / target
    if not path.exists():
        path.write_bytes(b"")  # an empty -wal after a checkpoint; a -shm
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    with pytest.raises(FileNotWritable, match="is a database or one of its files"):
        if how == "atomic_write":
            with atomic_write(path, "w", encoding="utf-8") as f:
                f.write("标签,城市\n")
        else:
            with atomic_path(path) as tmp:
                tmp.write_bytes(b"%PDF-1.4")
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()} == before
    close_database(opened, backup=False)


def test_a_text_file_named_like_a_database_is_replaced(tmp_path):
    """Only what is a database is refused: a CSV called leads.sqlite3 is an ordinary file."""
    path = tmp_path / "leads.sqlite3"
    path.write_text("old", encoding="utf-8")
    (tmp_path / "notes.lock").write_text("x", encoding="utf-8")
    write_bytes(path, b"new")
    write_bytes(tmp_path / "notes.lock", b"y")
    assert path.read_bytes() == b"new" and (tmp_path / "notes.lock").read_bytes() == b"y"
