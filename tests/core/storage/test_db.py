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
