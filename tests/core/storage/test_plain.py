"""A reading command's open without peewee (``plain.open_current``, issue #15): taken only when
opening would write nothing, with the same lock, check and errors as the full open; promoted
to the peewee database on the same connection when a model is needed."""
import json
import sqlite3
import subprocess
import sys

import pytest

from desktop_app.core.errors import DatabaseTooNew, ReadOnlyDatabase
from desktop_app.core.storage import bound, migrations, plain
from desktop_app.core.storage.connection import ContactDatabase
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.storage.lock import InstanceLock
from tests.core.storage.test_damage import _cli, damaged  # noqa: F401 - the fixture


def _upgrade(db):
    from desktop_app.core.storage.takeover import taking_over

    return taking_over(db)


@pytest.fixture
def current(db_path):
    """A database with two leads, closed as the window leaves it: WAL, the latest schema,
    indexed, with statistics and an identity."""
    from desktop_app.core.contacts import records as contacts

    db = open_database(db_path)
    contacts.create({"city": "上海", "name": "叶辉"}, ["13812345678"])
    contacts.create({"city": "北京", "name": "王五"})
    close_database(open_database(db_path), backup=False)  # (statistics at the second open)
    db.close()
    return db_path


def test_the_schema_version_it_knows_is_the_migrations_latest():
    assert plain.SCHEMA_VERSION == migrations.LATEST


def test_a_current_file_opens_without_peewee_and_becomes_peewee_on_its_connection(current):
    """In a fresh process: no peewee until a model is used; the lock is held; then the models
    work on the very same connection."""
    probe = f"""
import json, sys
from desktop_app.core.storage import bound, plain
from desktop_app.core.storage.lock import InstanceLock, LockHeld
from desktop_app.commands.opening import open_to_read
db = open_to_read({str(current)!r}, models=False)
facts = {{"type": type(db).__name__, "peewee": "peewee" in sys.modules,
          "logging": "logging" in sys.modules,
          "rows": db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]}}
try:
    InstanceLock.acquire({str(current)!r})
    facts["locked"] = False
except LockHeld:
    facts["locked"] = True
conn = db.connection()
from desktop_app.core.contacts import records as contacts
facts.update(count=contacts.count(), bound=type(bound.database.obj).__name__,
             same=bound.database.obj.connection() is conn, via_plain=db.connection() is conn,
             promoted_rows=db.execute_sql("SELECT count(*) FROM contact").fetchone()[0])
print(json.dumps(facts))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert json.loads(done.stdout) == {
        "type": "PlainDatabase", "peewee": False, "logging": False, "rows": 2, "locked": True,
        "count": 2, "bound": "ContactDatabase", "same": True, "via_plain": True,
        "promoted_rows": 2}


def _pending_index(path):
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO search_dirty (id) VALUES (1)")


def _no_identity(path):
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM setting WHERE key = 'database-id'")


def _no_statistics(path):
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM sqlite_stat1")


def _rollback_journal(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize("change", [_pending_index, _no_identity, _no_statistics,
                                    _rollback_journal])
def test_a_file_that_opening_would_write_is_left_to_the_full_open(current, change):
    change(current)
    assert plain.open_current(current, _upgrade) is None
    InstanceLock.acquire(current).release()  # nothing held
    db = open_database(current, lock=True)  # which does the writing
    try:
        assert plain.is_current_wal(current)
        assert not db.execute_sql("SELECT 1 FROM search_dirty").fetchone()
    finally:
        close_database(db, backup=False)
    held = plain.open_current(current, _upgrade)
    assert held is not None
    held.state.lock.release()
    held.close()


@pytest.mark.parametrize("change", [None, _pending_index, _no_identity, _no_statistics])
def test_the_window_s_open_leaves_the_check_and_the_upkeep_for_later(current, change,
                                                                    monkeypatch):
    """``later`` (the window): as ``open_database(check=LATER)``, no ``quick_check`` now
    (``check_pending``: the window checks after its first paint) and nothing written, so a
    file needing upkeep opens without peewee too; its writes wait for ``finish_start_check``."""
    from desktop_app.core.storage import checks
    from desktop_app.core.storage.db import finish_start_check

    if change is not None:
        change(current)
    before = current.read_bytes()
    monkeypatch.setattr(checks, "check_file", lambda *a, **k: pytest.fail("checked now"))
    db = plain.open_current(current, _upgrade, later=True)
    try:
        assert isinstance(db, plain.PlainDatabase)  # (promoted at once here: models loaded)
        assert db.state.check_pending and db.state.check is None and not db.state.read_only
        assert db.state.lock is not None and db.state.backups is None
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
        assert current.read_bytes() == before
        monkeypatch.undo()
        assert finish_start_check(db, checks.check_file(current)) is True
        assert not db.state.check_pending and db.state.backups is not None
    finally:
        close_database(db, backup=False)


def test_the_window_s_open_of_a_damaged_file_finds_it_with_its_check(db_path,
                                                                  damaged):  # noqa: F811
    """Damage the deferred check finds makes the window's database read-only, as the full
    open's (``finish_start_check`` reopens it read-only, nothing written)."""
    from desktop_app.core.storage import checks
    from desktop_app.core.storage.db import finish_start_check

    db = plain.open_current(db_path, _upgrade, later=True)  # (a page in its middle garbled)
    try:
        assert db.state.check_pending and not db.state.read_only
        assert finish_start_check(db, checks.check_file(db_path)) is False
        assert db.state.read_only and db.state.reason == plain.DAMAGED
    finally:
        close_database(db, backup=False)


def test_a_file_of_another_schema_is_left_to_the_full_open(current):
    conn = sqlite3.connect(current)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    assert plain.open_current(current, _upgrade) is None
    InstanceLock.acquire(current).release()  # nothing held
    with pytest.raises(DatabaseTooNew):
        open_database(current, lock=True)


def test_beside_a_running_window_it_reads_and_refuses_writes(current):
    window = InstanceLock.acquire(current)
    try:
        db = plain.open_current(current, _upgrade)
        assert db.state.read_only and db.state.reason == plain.IN_USE and db.state.lock is None
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
        with pytest.raises(ReadOnlyDatabase):
            db.execute_sql("DELETE FROM contact")
        db.close()
    finally:
        window.release()


def test_a_plain_database_answers_itself_until_it_is_promoted(current, monkeypatch):
    """Its own methods run on its connection (the models' proxy is not bound to it here, as
    in a `due` process); anything else (``atomic``) promotes it, and from then on it forwards."""
    monkeypatch.setattr(bound.database, "_callbacks", [])  # (the models unbound)
    db = plain.open_current(current, _upgrade)
    try:
        conn = db.connection()
        assert type(db) is plain.PlainDatabase and bound.database.obj is db
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
        assert not db.in_transaction() and not db.is_closed()
        with db.atomic():  # promotes
            assert db.in_transaction()
        assert isinstance(bound.database.obj, ContactDatabase)
        assert bound.database.obj.connection() is conn and db.connection() is conn
        assert "(promoted)" in repr(db)
    finally:
        db.state.lock.release()
        db.close()
        bound.database.initialize(None)


def test_the_window_and_a_reading_command_promote_through_one_function(current, monkeypatch):
    """``app._taking_over`` and ``commands.opening._models_database`` were the same three
    lines (and this file had a third): both opens now promote a plain database through
    ``core.storage.takeover.taking_over``, which imports nothing until it runs (the window
    opens without peewee: tests/ui/test_app.py)."""
    from desktop_app import app
    from desktop_app.commands import opening
    from desktop_app.core.storage import takeover

    promoted = []
    real = takeover.taking_over
    monkeypatch.setattr(takeover, "taking_over", lambda db: promoted.append(db) or real(db))
    for open_ in (lambda: app.open_window_database(current),
                  lambda: opening.open_to_read(current, models=False)):
        monkeypatch.setattr(bound.database, "_callbacks", [])  # (the models unbound)
        db = open_()
        try:
            assert type(db) is plain.PlainDatabase
            with db.atomic():  # promotes
                pass
            assert promoted[-1] is db and isinstance(bound.database.obj, ContactDatabase)
        finally:
            db.state.lock.release()
            db.close()
            bound.database.initialize(None)
    assert len(promoted) == 2


def test_due_on_a_damaged_file_reads_it_read_only_as_list_does(db_path, damaged):  # noqa: F811
    due = _cli("due", "--date", "2026-03-02", db=db_path)
    assert due.returncode == 0 and not due.stderr
    assert due.stdout.splitlines()[-1] == "0 touchpoints"


def test_promoted_from_another_thread_each_thread_reads_on_its_own_connection(
        current, monkeypatch):
    """A connection serves the thread that opened it: promoted from a worker, the database
    opens the worker's own; the opening thread's is closed with the database."""
    import threading

    monkeypatch.setattr(bound.database, "_callbacks", [])  # (the models unbound)
    db = plain.open_current(current, _upgrade)
    first = db.connection()
    seen = []
    worker = threading.Thread(target=lambda: seen.append(
        (db.execute_sql("SELECT count(*) FROM contact").fetchone()[0], db.connection())))
    worker.start()
    worker.join()
    try:
        assert seen[0][0] == 2 and seen[0][1] is not first
        assert isinstance(bound.database.obj, ContactDatabase)
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
    finally:
        db.state.lock.release()
        db.close()
        bound.database.initialize(None)
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the database
        first.execute("SELECT 1")


def test_a_reopen_after_a_promotion_from_another_thread_closes_the_openers_connection(
        current, monkeypatch):
    """A restore reopens the database: no connection to the old file may stay open (on
    Windows it would keep the file from being swapped)."""
    import threading

    monkeypatch.setattr(bound.database, "_callbacks", [])  # (the models unbound)
    db = plain.open_current(current, _upgrade)
    first = db.connection()
    worker = threading.Thread(target=db.promote)
    worker.start()
    worker.join()
    try:
        first.execute("SELECT 1")  # still open: nothing closed it under the opener
        db.reopen(read_only=False)
        with pytest.raises(sqlite3.ProgrammingError):
            first.execute("SELECT 1")
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
    finally:
        db.state.lock.release()
        db.close()
        bound.database.initialize(None)


def test_threads_promoting_at_once_make_one_database(current, monkeypatch):
    import threading

    monkeypatch.setattr(bound.database, "_callbacks", [])  # (the models unbound)
    made = []
    gate = threading.Barrier(4)

    def slow_upgrade(plain_db):
        made.append(1)
        return _upgrade(plain_db)

    db = plain.open_current(current, slow_upgrade)
    results = []

    def promote():
        gate.wait()
        results.append(db.promote())

    threads = [threading.Thread(target=promote) for _ in range(4)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (threads take turns at every few instructions)
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
    try:
        assert len(made) == 1 and len({id(r) for r in results}) == 1
    finally:
        db.state.lock.release()
        db.close()
        bound.database.initialize(None)
