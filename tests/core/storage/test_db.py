import os
import sqlite3
import stat

import pytest

from desktop_app.core.storage import db as dbmod
from desktop_app.core.storage import migrations
from desktop_app.core.errors import DatabaseTooNew, DatabaseUnreadable
from desktop_app.core.storage.schema import MODELS


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_database_pragmas_and_mode(db, db_path):
    assert _mode(db_path) == 0o600
    for suffix in ("-wal", "-shm"):
        p = f"{db_path}{suffix}"
        if os.path.exists(p):
            assert _mode(p) == 0o600
    q = lambda s: db.execute_sql(s).fetchone()[0]  # noqa: E731
    assert q("PRAGMA journal_mode") == "wal"
    assert q("PRAGMA synchronous") == 2
    assert q("PRAGMA foreign_keys") == 1
    assert q("PRAGMA user_version") == migrations.LATEST


def test_existing_loose_mode_is_tightened(db_path):
    db = dbmod.open_database(db_path)
    db.close()
    os.chmod(db_path, 0o644)
    dbmod.open_database(db_path).close()
    assert _mode(db_path) == 0o600


def test_models_match_migrated_schema(db):
    for model in MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_resolve_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("CONTACT_BOOK_DB", str(tmp_path / "env.sqlite3"))
    assert dbmod.resolve_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    assert dbmod.resolve_path(None) == tmp_path / "env.sqlite3"
    monkeypatch.delenv("CONTACT_BOOK_DB")
    assert dbmod.resolve_path(None).name == dbmod.FILE_NAME


def test_newer_schema_is_refused_and_untouched(db_path):
    dbmod.open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer Contact Book"):
        dbmod.open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("version, sql", [
    (0, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),  # another program's
    (7, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),  # one that counts versions
    (-1, "CREATE TABLE contact (id INTEGER PRIMARY KEY)"),  # nobody's schema number
])
def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path, version, sql):
    """``--db`` given another program's SQLite file: it used to get our tables added (and its
    journal switched to WAL) by any command, even ``list``."""
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute(sql)
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnreadable, match="not a Contact Book database"):
        dbmod.open_database(path, lock=True)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.sqlite-wal").exists()  # nothing waiting to be checkpointed


def test_a_new_database_whose_schema_is_still_in_its_wal_opens(db_path):
    """The file's header still says version 0 and no tables while its -wal holds the schema
    (another connection kept the first start from checkpointing): ours, opened as such."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    keep = sqlite3.connect(db_path)
    keep.execute("PRAGMA journal_mode = WAL")
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the -shm open
    dbmod.open_database(db_path).close()  # not the last connection: no checkpoint
    assert int.from_bytes(db_path.read_bytes()[60:64], "big") == 0
    again = dbmod.open_database(db_path)
    assert again.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    again.close()
    keep.close()


def test_a_foreign_write_lock_on_a_rollback_journal_file_is_said_at_open(db_path):
    """Opening switches the journal to WAL; another program's write transaction on a file
    in rollback-journal mode refuses that: one clear line, the file unchanged, then it opens."""
    from desktop_app.core.errors import DatabaseBusy

    dbmod.open_database(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    assert other.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    other.execute("BEGIN IMMEDIATE")
    before = db_path.read_bytes()
    try:
        with pytest.raises(DatabaseBusy, match="locked by another program.*opened or changed"):
            dbmod.open_database(db_path, lock=True)
        assert db_path.read_bytes() == before
    finally:
        other.rollback()
        other.close()
    dbmod.open_database(db_path, lock=True).close()


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnreadable):
        dbmod.open_database(path)


def test_directory_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnreadable):
        dbmod.open_database(tmp_path)


def test_a_worker_threads_connection_keeps_a_smaller_page_cache(db):
    """The GUI thread's connection has the 32 MB cache; a worker's (typed filters, facets)
    8 MB, so the window does not carry a second large cache (issue #15, peak RSS)."""
    import threading

    from desktop_app.core.storage.connection import PRAGMAS, WORKER_CACHE_SIZE
    from desktop_app.core.storage.threads import close_thread_connection, thread_connection

    seen = {}

    def work():
        seen["worker"] = thread_connection().execute("PRAGMA cache_size").fetchone()[0]
        close_thread_connection()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert thread_connection().execute("PRAGMA cache_size").fetchone()[0] == PRAGMAS["cache_size"]
    assert seen["worker"] == WORKER_CACHE_SIZE != PRAGMAS["cache_size"]
