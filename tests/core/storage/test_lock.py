"""One writer per database: the lock file, a second instance, a stale lock, the CLI."""
import os
import signal
import subprocess
import sys
import time

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.errors import DatabaseInUse, ReadOnlyDatabase
from desktop_app.core.storage.lock import InstanceLock, LockHeld, lock_path, read_holder_pid

# The holder sleeps until it is killed (inherent: a live process must hold the lock); no test
# waits on that sleep, they wait for its "locked" line.
HOLD = ("import sys, time; from desktop_app.core.storage.lock import InstanceLock; "
        "l = InstanceLock.acquire(sys.argv[1]); print('locked', flush=True); time.sleep(600)")


@pytest.fixture
def holder(db_path):
    """Another process holding the lock of db_path (killed at the end)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_lock_file_beside_the_database_private_with_pid(db_path):
    db_path.parent.mkdir(parents=True)
    with InstanceLock.acquire(db_path) as lock:
        assert lock.path == lock_path(db_path) == db_path.with_name("contacts.sqlite3.lock")
        assert os.stat(lock.path).st_mode & 0o777 == 0o600
        assert read_holder_pid(lock.path) == os.getpid()
        with pytest.raises(LockHeld):  # a second open, even in this process
            InstanceLock.acquire(db_path)
    InstanceLock.acquire(db_path).release()  # released: free again


def test_second_process_is_refused_and_told_who(db_path, holder):
    with pytest.raises(LockHeld) as e:
        InstanceLock.acquire(db_path)
    assert e.value.pid == holder.pid


def test_stale_lock_of_a_killed_process_is_taken_over(db_path, holder):
    with pytest.raises(LockHeld):
        InstanceLock.acquire(db_path)
    os.kill(holder.pid, signal.SIGKILL)  # no cleanup runs in the holder
    holder.wait()
    assert lock_path(db_path).exists()  # the file stays behind ...
    assert read_holder_pid(lock_path(db_path)) == holder.pid
    with InstanceLock.acquire(db_path) as lock:  # ... but the OS released the lock
        assert read_holder_pid(lock.path) == os.getpid()


def test_second_instance_opens_read_only_or_is_refused(db_path):
    db = open_database(db_path, lock=True)
    demo.generate(5, seed=1)
    code = ("import sys; from desktop_app.core.storage.db import open_database\n"
            "from desktop_app.core.errors import DatabaseInUse\n"
            "try:\n    open_database(sys.argv[1], lock=True)\n"
            "except DatabaseInUse as e:\n    print('refused', e.pid)\n"
            "db = open_database(sys.argv[1], lock=True, if_locked='read_only')\n"
            "print(db.state.read_only, db.state.reason, db.state.holder_pid)\n"
            "from desktop_app.core.contacts import records as contacts\nprint(contacts.count())\n"
            "try:\n    contacts.create({'name': 'x'})\n"
            "except Exception as e:\n    print(type(e).__name__)\n")
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.split("\n")[:4] == [f"refused {os.getpid()}",
                                          f"True in-use {os.getpid()}", "5", "ReadOnlyDatabase"]
    assert contacts.count() == 5
    close_database(db, backup=False)


def test_in_process_read_only_state_refuses_writes(db_path, holder):
    open_database(db_path.parent / "other.sqlite3").close()  # unrelated file: no lock needed
    db_path.write_bytes((db_path.parent / "other.sqlite3").read_bytes())
    with pytest.raises(DatabaseInUse, match="open in another Contact Book"):
        open_database(db_path, lock=True)
    db = open_database(db_path, lock=True, if_locked="read_only")
    assert db.state.read_only and db.state.reason == "in-use" and db.state.backups is None
    assert "read-only" in db.state.message()
    with pytest.raises(ReadOnlyDatabase):
        contacts.create({"name": "x"})
    db.close()


def _cli(*argv, db):
    return subprocess.run([sys.executable, "-m", "desktop_app", *argv, "--db", str(db)],
                          capture_output=True, text=True, timeout=60)


def test_cli_writes_refuse_reads_proceed_while_locked(db_path):
    db_path.parent.mkdir(parents=True)
    assert _cli("demo", "--contacts", "3", "--seed", "1", db=db_path).returncode == 0
    assert _cli("backup", db=db_path).returncode == 0
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        started = time.perf_counter()
        add = _cli("add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", db=db_path)
        assert add.returncode == 1 and "open in another Contact Book" in add.stderr
        assert len(add.stderr.strip().splitlines()) == 1 and "Traceback" not in add.stderr
        assert time.perf_counter() - started < 10  # no waiting on the lock
        restore = _cli("restore", os.listdir(db_path.parent / "backups")[0], db=db_path)
        assert restore.returncode == 1 and "open in another" in restore.stderr
        listed = _cli("list", "--format", "tsv", db=db_path)
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 4
        assert _cli("backup", db=db_path).returncode == 0
        assert _cli("check", db=db_path).returncode == 0
    finally:
        proc.kill()
        proc.wait()
    assert _cli("add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", db=db_path).returncode == 0
