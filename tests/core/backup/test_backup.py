"""Backups: names, thinning, writing, listing, the when-to-back-up policy, restore."""
import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings, strategies as st

from desktop_app.core import backup
from desktop_app.core.storage import checks
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage import migrations
from desktop_app.core.backup import Retention, select_kept
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.errors import BackupError, DiskFull
from tests.digests import data_digests

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


_digests = data_digests


@pytest.fixture
def filled(db_path):
    db = open_database(db_path, lock=True)
    demo.generate(300, seed=3, now=datetime(2026, 3, 1))
    yield db
    if not db.is_closed():
        close_database(db, backup=False)


# --- names -----------------------------------------------------------------------------------

def test_names_sort_by_time_and_parse_back(db_path):
    name = backup.backup_name(db_path, datetime(2026, 11, 23, 18, 45), "Before import!")
    assert name == "contacts-2026-11-23T184500Z-before-import.sqlite3.zst"
    assert backup.parse_backup_name(db_path, name) == (
        datetime(2026, 11, 23, 18, 45, tzinfo=timezone.utc), "before-import")
    second = backup.backup_name(db_path, datetime(2026, 11, 23, 18, 45), "before-migration-2", 2)
    assert backup.parse_backup_name(db_path, second)[1] == "before-migration-2"
    a = backup.backup_name(db_path, datetime(2026, 1, 2, 9, 0), "auto")
    b = backup.backup_name(db_path, datetime(2026, 10, 1, 8, 0), "auto")
    assert sorted([b, a]) == [a, b]


@pytest.mark.parametrize("name", [
    "other-2026-11-23T184500Z-auto.sqlite3",  # another database's backup in the same folder
    ".contacts-2026-11-23T184500Z-auto.sqlite3.tmp-12-34",
    "contacts.last-backup.json",
    "contacts-2026-13-23T184500Z-auto.sqlite3",
    "contacts-2026-11-23T184500Z-.sqlite3",
])
def test_foreign_names_are_ignored(db_path, name):
    assert backup.parse_backup_name(db_path, name) is None


# --- thinning (a pure function) ----------------------------------------------------------------

SMALL = Retention(recent=timedelta(hours=24), recent_cap=2, daily=3, weekly=2, monthly=2)
# (stamp, kept?) newest first. 2026-02-22 is a Sunday; ISO week 8 is 16-22 Feb, 7 is 9-15 Feb.
TABLE = [
    ("2026-02-22 11:00", True),   # recent
    ("2026-02-22 09:00", True),   # recent (the cap of 2 is now used up)
    ("2026-02-22 08:00", False),  # recent but over the cap, and its day is already kept
    ("2026-02-21 18:00", True),   # daily 1 (newest of the 21st)
    ("2026-02-21 06:00", False),  # same day
    ("2026-02-20 10:00", True),   # daily 2
    ("2026-02-16 10:00", True),   # daily 3
    ("2026-02-15 10:00", True),   # weekly 1: week 7
    ("2026-02-14 10:00", False),  # week 7 again
    ("2026-02-09 10:00", False),  # week 7 again
    ("2026-02-08 10:00", True),   # weekly 2: week 6
    ("2026-02-02 10:00", False),  # monthly: February already kept
    ("2026-01-31 10:00", True),   # monthly 1: January
    ("2026-01-15 10:00", False),  # January again
    ("2025-12-31 10:00", True),   # monthly 2: December
    ("2025-12-01 10:00", False),  # all budgets used
    ("2025-11-30 10:00", False),
]


def test_thinning_table():
    stamps = [datetime.fromisoformat(s) for s, _ in TABLE]
    shuffled = stamps[::3] + stamps[1::3] + stamps[2::3]  # order must not matter
    kept = select_kept(shuffled, datetime(2026, 2, 22, 12, 0), SMALL)
    assert {t for t, k in zip(shuffled, kept) if k} == {
        datetime.fromisoformat(s) for s, k in TABLE if k}


@pytest.mark.parametrize("stamps, now, expected", [
    ([], "2026-02-22 12:00", []),
    (["2026-01-01 00:00"], "2026-02-22 12:00", [True]),  # the newest is always kept
    (["2026-02-23 12:00", "2026-02-22 11:00"], "2026-02-22 12:00", [True, True]),  # clock back
    (["2026-02-22 11:00", "2026-02-22 11:00"], "2026-02-22 12:00", [True, True]),  # same second
])
def test_thinning_edges(stamps, now, expected):
    assert select_kept([datetime.fromisoformat(s) for s in stamps],
                       datetime.fromisoformat(now), SMALL) == expected


def test_default_retention_over_two_years_of_daily_backups():
    now = datetime(2026, 6, 30, 23, 0)
    stamps = [now - timedelta(days=d, hours=1) for d in range(730)]
    kept = [t for t, k in zip(stamps, select_kept(stamps, now)) if k]
    assert len(kept) == 1 + 12 + 10 + 9  # one in the last 24 h, then daily, weekly, monthly
    assert kept[0] == stamps[0]
    assert min(kept) > now - timedelta(days=400)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 3, 1)),
                max_size=80))
def test_thinning_properties(stamps):
    now = datetime(2026, 3, 1)
    flags = select_kept(stamps, now)
    kept = [t for t, k in zip(stamps, flags) if k]
    r = backup.KEEP
    assert len(kept) <= r.recent_cap + r.daily + r.weekly + r.monthly + 1
    if stamps:
        assert max(stamps) in kept
    # idempotent: thinning what was kept deletes nothing more
    assert all(select_kept(kept, now))
    # older than the recent window: at most one per day
    old_days = [t.date() for t in kept if now - t >= r.recent]
    assert len(old_days) == len(set(old_days))


def test_thin_backups_deletes_files(db_path, filled):
    folder = backup.backup_dir(db_path)
    folder.mkdir()
    made = []
    for days in range(40):
        name = backup.backup_name(db_path, NOW - timedelta(days=days, hours=3), "auto")
        (folder / name).write_bytes(b"x")
        made.append(name)
    (folder / "unrelated.txt").write_text("keep me")
    deleted = backup.thin_backups(db_path, NOW)
    left = {p.name for p in folder.iterdir()}
    assert "unrelated.txt" in left and made[0] in left
    assert len(deleted) + len(left) - 1 == 40
    assert 12 < len(left) - 1 < 40


# --- writing ---------------------------------------------------------------------------------

def test_backup_is_complete_private_checked_and_self_contained(db_path, filled):
    info = backup.make_backup(db_path, "manual", NOW)
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name == "contacts-2026-03-10T120000Z-manual.sqlite3.zst"
    assert (info.contacts, info.schema, info.damaged) == (300, migrations.LATEST, False)
    assert _mode(info.path) == 0o600 and _mode(info.path.parent) == 0o700
    assert backup.container.read_header(info.path)["search_index"] is False
    plain = info.path.with_name("plain.sqlite3")
    with open(plain, "wb") as out:
        backup.container.decompress(info.path, out.write)
    assert plain.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file, no -wal
    assert _digests(plain) == _digests(db_path)
    con = sqlite3.connect(plain)  # the index is left out; every contact waits to be indexed
    assert con.execute("SELECT count(*) FROM contact_search").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 300
    con.close()
    plain.unlink()
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no temporaries


def test_backup_holds_committed_data_only(db_path, filled):
    with filled.atomic():
        contacts.create({"name": "未提交"})
        info = backup.make_backup(db_path, "manual", NOW)  # another connection, in the middle
    assert info.contacts == 300
    assert backup.make_backup(db_path, "manual", NOW).contacts == 301


def test_two_backups_in_one_second_do_not_collide(db_path, filled):
    a = backup.make_backup(db_path, "auto", NOW)
    b = backup.make_backup(db_path, "auto", NOW)
    assert a.path != b.path and a.path.exists() and b.path.exists()


def test_stray_temporaries_are_removed_at_the_next_open(db_path, filled):
    """A killed backup or restore leaves its temporaries; the next read-write open removes
    ours that nobody holds: not a live writer's, not other files."""
    import fcntl

    folder = backup.backup_dir(db_path)
    folder.mkdir()
    stray = [folder / ".contacts-2026-01-01T000000Z-auto.sqlite3.zst.tmp-1-2",
             folder / ".contacts-2026-01-01T000000Z-auto.sqlite3.tmp-1-2",
             folder / ".contacts-2026-01-01T000000Z-auto.sqlite3.tmp-1-2-journal",
             folder / ".contacts.last-backup.json.tmp-1-2",
             db_path.parent / ".contacts.sqlite3.restoring.tmp-1-2"]
    others = [folder / ".other-2026-01-01T000000Z-auto.sqlite3.tmp-1-2",  # another database's
              folder / "notes.tmp-1-2", db_path.parent / ".contacts.sqlite3.keep",
              db_path.parent / ".elsewhere.sqlite3.restoring.tmp-1-2"]
    live = folder / ".contacts-2026-01-02T000000Z-auto.sqlite3.zst.tmp-3-4"
    for p in stray + others + [live]:
        p.write_bytes(b"half a backup")
    with open(live, "rb") as held:  # a writer in another process still holds its lock
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        close_database(filled, backup=False)
        db = open_database(db_path, lock=True)
        assert live.exists()
    assert not any(p.exists() for p in stray)
    assert all(p.exists() for p in others)
    close_database(db, backup=False)
    db = open_database(db_path, lock=True)  # now nobody holds it
    assert not live.exists()
    close_database(db, backup=False)


def test_back_up_to_a_chosen_file_and_open_it_as_the_database(db_path, filled, tmp_path):
    dest = tmp_path / "usb" / "my-contacts.sqlite3"
    dest.parent.mkdir()
    backup.write_backup(db_path, dest)
    assert _mode(dest) == 0o600
    close_database(filled, backup=False)
    db = open_database(dest, lock=True)
    assert contacts.count() == 300 and not db.state.read_only
    close_database(db, backup=False)


def test_full_disk_leaves_nothing(db_path, filled, monkeypatch):
    import shutil

    usage = shutil.disk_usage(db_path.parent)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=1000))
    with pytest.raises(DiskFull) as e:
        backup.make_backup(db_path, "manual", NOW)
    assert "backups" in str(e.value.path) and "full" in str(e.value)
    assert [p for p in backup.backup_dir(db_path).iterdir()] == []


def test_disk_full_inside_sqlite_leaves_nothing(db_path, filled, monkeypatch):
    real = checks.open_read_only

    class Full:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, *a, **k):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.conn.close()

    monkeypatch.setattr(checks, "open_read_only", lambda *a, **k: (Full(real(*a, **k)[0]), ""))
    with pytest.raises(DiskFull):
        backup.make_backup(db_path, "manual", NOW)
    assert list(backup.backup_dir(db_path).iterdir()) == []


# --- listing ---------------------------------------------------------------------------------

def test_listing_counts_and_marks_damaged_files(db_path, filled):
    good = backup.make_backup(db_path, "auto", NOW - timedelta(hours=2))
    contacts.trash(contacts.ids()[:100])
    newer = backup.make_backup(db_path, "before-empty-trash", NOW - timedelta(hours=1))
    junk = backup.backup_dir(db_path) / backup.backup_name(db_path, NOW, "auto")
    junk.write_bytes(b"\0" * 5000)
    listed = backup.list_backups(db_path)
    assert [i.path for i in listed] == [junk, newer.path, good.path]
    assert [i.contacts for i in listed] == [None, 200, 300]
    assert listed[0].damaged and listed[0].problem and not listed[1].damaged
    assert backup.newest_good_backup(db_path).path == newer.path


def test_listing_an_empty_or_missing_folder(db_path):
    assert backup.list_backups(db_path) == []
    assert backup.newest_good_backup(db_path) is None


# --- when to back up -------------------------------------------------------------------------

def test_interval_policy(db_path, filled):
    b = filled.state.backups
    assert b.due(NOW)  # nothing backed up yet this session
    first = b.maybe_backup(NOW)
    assert first and first.reason == "auto"
    assert not b.changed() and b.maybe_backup(NOW + timedelta(hours=5)) is None  # unchanged
    contacts.create({"name": "新"})
    assert b.changed()
    assert b.maybe_backup(NOW + timedelta(minutes=29)) is None  # changed, but too soon
    job = b.job_if_due(NOW + timedelta(minutes=30))  # created in the GUI thread ...
    contacts.create({"name": "在备份之后"})  # ... a write after the job was created
    info = job.run()  # ... run in a worker
    assert info.contacts == 302  # the worker's own connection sees committed data
    assert b.changed()  # the marker is the one from job creation: the later write is pending


def test_start_backup_only_when_the_files_changed(db_path):
    db = open_database(db_path, lock=True, backup_at_start=True)
    demo.generate(50, seed=1)
    assert close_database(db, now=NOW).reason == "quit"  # changed: backed up at quit

    db = open_database(db_path, lock=True, backup_at_start=True, now=NOW + timedelta(hours=1))
    assert db.state.start_backup is None  # nothing changed since the quit backup
    assert close_database(db, now=NOW + timedelta(hours=1)) is None

    con = sqlite3.connect(db_path)  # another program writes
    con.execute("UPDATE contact SET notes = 'x' WHERE id = 1")
    con.commit()
    con.close()
    db = open_database(db_path, lock=True, backup_at_start=True, now=NOW + timedelta(hours=2))
    assert db.state.start_backup.reason == "start"
    close_database(db, now=NOW + timedelta(hours=2))


def test_start_backup_after_a_crash(db_path):
    import subprocess
    import sys

    db = open_database(db_path, lock=True, backup_at_start=True)
    demo.generate(50, seed=1)
    close_database(db, now=NOW)
    code = ("import os, sys; from desktop_app.core.storage.db import open_database; "
            "from desktop_app.core.contacts import records as contacts; "
            "open_database(sys.argv[1], lock=True, backup_at_start=True); "
            "contacts.create({'name': '崩溃前'}); os._exit(0)")  # dies without closing
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True, timeout=60)
    assert os.path.getsize(f"{db_path}-wal") > 0
    db = open_database(db_path, lock=True, backup_at_start=True, now=NOW + timedelta(hours=2))
    assert db.state.start_backup.reason == "start" and db.state.start_backup.contacts == 51
    close_database(db, backup=False)


def test_migration_backs_up_before_each_step(db_path, monkeypatch):
    db = open_database(db_path)
    demo.generate(20, seed=1)
    db.close()
    steps = migrations.STEPS + [(migrations.LATEST + 1, lambda d: d.execute_sql(
        "ALTER TABLE contact ADD COLUMN x TEXT")), (migrations.LATEST + 2, lambda d: None)]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 2)
    db = open_database(db_path)
    reasons = {i.reason: i.schema for i in backup.list_backups(db_path)}
    assert reasons == {f"before-migration-{migrations.LATEST - 1}": migrations.LATEST - 2,
                       f"before-migration-{migrations.LATEST}": migrations.LATEST - 1}
    db.close()


def test_no_migration_without_its_backup(db_path, monkeypatch):
    db = open_database(db_path)
    demo.generate(20, seed=1)
    db.close()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1,
                                                                 lambda d: None)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    monkeypatch.setattr(backup.write, "write_compressed", lambda *a, **k: (_ for _ in ()).throw(
        DiskFull(db_path, "writing a backup")))
    with pytest.raises(DiskFull):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST - 1
    con.close()


# --- restore ---------------------------------------------------------------------------------

def test_restore_round_trip(db_path, filled):
    saved = backup.make_backup(db_path, "auto", NOW)
    expected = _digests(saved.path)
    contacts.trash(contacts.ids()[:120])
    contacts.create({"name": "之后"})
    changed = _digests(db_path)

    result = backup.restore_backup(filled, saved.path, now=NOW + timedelta(minutes=1))
    assert result.check.ok and result.check.full
    assert contacts.count() == 300  # the open connection sees the restored data at once
    assert _digests(db_path) == expected
    assert _digests(result.saved_before) == changed  # the replaced state is kept
    assert "before-restore" in result.saved_before.name
    assert not filled.state.backups.changed()

    close_database(filled, backup=False)  # and it stays restored after closing (no stale WAL)
    assert not os.path.exists(f"{db_path}-wal")
    assert _digests(db_path) == expected


def test_restore_an_older_schema_migrates_it(db_path, filled, monkeypatch):
    old = backup.make_backup(db_path, "auto", NOW)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1,
                                                                 lambda d: None)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    migrations.migrate(filled)
    result = backup.restore_backup(filled, old.path, now=NOW + timedelta(minutes=1))
    assert result.migrated_from == migrations.LATEST - 1
    assert migrations.current_version(filled) == migrations.LATEST


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b"garbage" * 1000), "not a readable"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)"), "not a readable"),
])
def test_restore_refuses_unusable_files(db_path, filled, tmp_path, make, message):
    bad = tmp_path / "bad.sqlite3"
    make(bad)
    before = _digests(db_path)
    with pytest.raises(BackupError, match=message):
        backup.restore_backup(filled, bad)
    assert _digests(db_path) == before
    assert backup.list_backups(db_path) == []  # refused before anything was written


def test_restore_refuses_a_newer_backup(db_path, filled, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    backup.write_backup(db_path, newer)
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="newer Contact Book"):
        backup.restore_backup(filled, newer)


def test_backup_and_restore_from_a_worker_thread(db_path, filled):
    import threading

    job = filled.state.backups.job("auto", NOW)  # created in the GUI thread
    contacts.trash(contacts.ids()[:10])
    errors = []

    def work():
        try:
            info = job.run()
            assert info.contacts == 291  # what is committed when the worker copies
            assert filled.state.backups.changed()  # conservative: marker from job creation
            backup.restore_backup(filled, older, now=NOW + timedelta(minutes=1))
        except Exception as e:  # noqa: BLE001
            errors.append(e)
        finally:
            filled.close()  # the worker's connection

    older = backup.make_backup(db_path, "manual", NOW - timedelta(days=1)).path
    contacts.create({"name": "之后"})
    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == [] and contacts.count() == 290  # the GUI connection sees the restore


@pytest.mark.parametrize("sizes, keep, budget, always, expected", [
    ([10, 10, 10, 10], [True] * 4, 100, 0, [True] * 4),
    ([10, 10, 10, 10], [True] * 4, 25, 0, [True, True, False, False]),
    ([10, 10, 10, 10, 10], [True] * 5, 40, 0, [True, True, True, True, False]),
    ([10, 50, 10, 10], [True] * 4, 35, 0, [True, False, False, False]),  # oldest go first
    ([10, 10, 10, 10], [True, False, True, True], 100, 0, [True, False, True, True]),
    ([30, 30, 30, 5, 5], [True] * 5, 100, 0, [True, True, True, True, True]),
    ([30, 30, 30, 30, 5], [True] * 5, 100, 0, [True, True, True, False, False]),
    ([50, 10], [True] * 2, 20, 0, [True, False]),  # the newest good one, over the budget
    ([5, 50, 10], [True] * 3, 20, 1, [False, True, False]),  # the newest is not good: index 1
    ([5, 50, 10], [True] * 3, 20, None, [True, False, False]),
])
def test_backups_fit_in_their_disk_budget(sizes, keep, budget, always, expected):
    stamps = [datetime(2026, 3, 10) - timedelta(days=i) for i in range(len(sizes))]  # newest 1st
    assert backup.within_budget(stamps, sizes, keep, budget, always) == expected


@pytest.mark.parametrize("free, budget", [
    (10, 1), (10_000_000_000, 1_000_000_000), (100_000_000_000, 2_000_000_000)])
def test_the_budget_is_2_gb_or_a_tenth_of_the_free_space(free, budget):
    assert backup.budget_for(free) == budget


def test_thinning_keeps_backups_within_the_budget(db_path, filled):
    for hours in range(6):
        backup.make_backup(db_path, "auto", NOW - timedelta(hours=hours), thin=False)
    sizes = [i.size for i in backup.list_backups(db_path)]
    deleted = backup.thin_backups(db_path, NOW, max_bytes=sum(sizes[:4]))
    assert len(deleted) == 2 and [i.size for i in backup.list_backups(db_path)] == sizes[:4]
    assert {p.name for p in deleted} == {
        backup.backup_name(db_path, NOW - timedelta(hours=h), "auto") for h in (4, 5)}


def test_a_small_budget_keeps_the_newest_good_backup_only(db_path, filled):
    for hours in range(3, 0, -1):
        contacts.create({"name": f"第{hours}"})
        last = backup.make_backup(db_path, "auto", NOW - timedelta(hours=hours), max_bytes=1)
        assert [i.path for i in backup.list_backups(db_path)] == [last.path]
    junk = backup.backup_dir(db_path) / backup.backup_name(db_path, NOW, "auto")
    junk.write_bytes(b"\0" * 5000)  # a newer file that is no backup at all
    damaged = backup.save_damaged_copy(db_path, NOW - timedelta(days=400))
    backup.thin_backups(db_path, NOW, max_bytes=1)
    assert {p.name for p in backup.backup_dir(db_path).iterdir()} == {
        last.path.name, damaged.name, damaged.name + "-wal"}  # the newest good one, kept
    # over the budget; a damaged original stays until the user deletes it
    assert backup.newest_good_backup(db_path).path == last.path
    assert backup.newest_good_backup(db_path).contacts == 303


def test_the_budget_is_kept_by_the_automatic_backups(db_path, filled):
    b = backup.Backups(filled, db_path, max_bytes=1)
    for minutes in (0, 30, 60):
        contacts.create({"name": f"{minutes}分"})
        assert b.maybe_backup(NOW + timedelta(minutes=minutes))
    assert len(backup.list_backups(db_path)) == 1
