"""When backups are written: never when nothing changed since the last one. Time is a
parameter: the window's timer fires every 30 minutes after the start (``maybe_backup``)."""
from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.storage.db import close_database, open_database

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)
TICK = backup.INTERVAL  # the window's QTimer interval


@pytest.fixture
def settled(db_path):
    """A database as the app leaves it: used yesterday, backed up and closed cleanly."""
    db = open_database(db_path, lock=True, backup_at_start=True, now=T0 - timedelta(days=1))
    demo.generate(100, seed=2, now=datetime(2026, 3, 1))
    assert close_database(db, now=T0 - timedelta(days=1)) is not None
    return db_path


def _count(db_path) -> int:
    return len(backup.list_backups(db_path))


def _session(db_path, start: datetime, minutes: int, edit_every: int = 1,
             quit_after_last_tick: int = 0):
    """Open at ``start``, change something every ``edit_every`` minutes, let the timer fire
    at each 30 minutes, quit at ``start + minutes``. Returns the backups the session wrote."""
    db = open_database(db_path, lock=True, backup_at_start=True, now=start)
    written = [db.state.start_backup] if db.state.start_backup else []
    for minute in range(1, minutes + 1):
        now = start + timedelta(minutes=minute)
        if minute % edit_every == 0:
            contacts.create({"name": f"第{minute}分钟"}, now=now.replace(tzinfo=None))
        if minute % 30 == 0 and (info := db.state.backups.maybe_backup(now)):
            written.append(info)
    quit_info = close_database(db, now=start + timedelta(minutes=minutes))
    return written + ([quit_info] if quit_info else [])


def test_a_quit_right_after_the_start_writes_none(settled):
    before = _count(settled)
    for hours in (1, 2, 30):
        assert _session(settled, T0 + timedelta(hours=hours), 0) == []
    assert _count(settled) == before


@pytest.mark.parametrize("first, second", [(30, 0), (15, 15), (10, 20), (29, 1), (30, 5)])
def test_thirty_minutes_with_a_quit_and_a_restart_add_at_most_two(settled, first, second):
    before = _count(settled)
    written = _session(settled, T0, first)
    written += _session(settled, T0 + timedelta(minutes=first), second)
    assert 1 <= len(written) <= 2
    assert _count(settled) == before + len(written)
    newest = backup.list_backups(settled)[0]
    assert newest.contacts == 100 + first + second  # the last change is backed up


def test_a_quit_writes_one_only_if_something_changed_since_the_last_backup(settled):
    db = open_database(settled, lock=True, backup_at_start=True, now=T0)
    contacts.create({"name": "甲"})
    before_import = db.state.backups.backup_now(backup.BEFORE_IMPORT, T0 + timedelta(minutes=5))
    assert close_database(db, now=T0 + timedelta(minutes=6)) is None  # nothing since
    assert backup.list_backups(settled)[0].path == before_import.path

    db = open_database(settled, lock=True, backup_at_start=True, now=T0 + timedelta(hours=1))
    assert db.state.start_backup is None
    contacts.create({"name": "乙"})
    quit_info = close_database(db, now=T0 + timedelta(hours=1, minutes=1))
    assert quit_info.reason == "quit" and quit_info.contacts == 102


def test_a_risky_step_with_nothing_changed_reuses_the_newest_backup(settled):
    db = open_database(settled, lock=True, backup_at_start=True, now=T0)
    before = backup.list_backups(settled)
    job = db.state.backups.job(backup.BEFORE_BULK, T0 + timedelta(minutes=1))
    info = job.run()
    assert not job.written and info.path == before[0].path
    assert backup.list_backups(settled) == before
    contacts.create({"name": "丙"})
    job = db.state.backups.job(backup.BEFORE_BULK, T0 + timedelta(minutes=2))
    assert job.run().reason == "before-bulk-edit" and job.written
    close_database(db, now=T0 + timedelta(minutes=3))


def test_a_migration_step_counts_as_a_change(settled):
    db = open_database(settled, lock=True, now=T0)
    b = db.state.backups
    b.mark_saved()
    db.execute_sql("CREATE TABLE scratch (x)")  # DDL changes no rows: total_changes stays
    assert b.changed()
    b.mark_saved()
    close_database(db, backup=False)
