"""Every committed fixture (a real database at each old schema version) migrates to the latest
version with every row and its children intact. See tests/fixtures/make_fixtures.py."""
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.storage import migrations
from desktop_app.core.storage.db import close_database, open_database
from desktop_app.core.storage.preferences import DATABASE_ID

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VERSIONS = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite3"))


def _snapshot(path) -> dict:
    """{table: (count, sha256 of the fixture's columns in rowid order)} for every table."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
            # the search index is derived data, rebuilt as needed: compare the kept rows
            if not r[0].startswith(("contact_search", "search_dirty"))]
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            out[t] = cols
        return out
    finally:
        con.close()


def _digest(path, columns: dict) -> dict:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, cols in columns.items():
            h = hashlib.sha256()
            # (the first read-write open adds the database's identity to ``setting``)
            where = f" WHERE key != '{DATABASE_ID}'" if table == "setting" else ""
            rows = con.execute(f'SELECT {", ".join(cols)} FROM "{table}"{where} ORDER BY rowid')
            n = 0
            for row in rows:
                h.update(repr(row).encode())
                n += 1
            out[table] = (n, h.hexdigest())
        return out
    finally:
        con.close()


def test_every_schema_version_has_a_fixture():
    assert VERSIONS == [n for n, _ in migrations.STEPS], \
        "add fill_vN to tests/fixtures/make_fixtures.py and commit vN.sqlite3"


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_migrates_to_latest_with_every_row(tmp_path, version):
    path = tmp_path / "contacts.sqlite3"
    shutil.copyfile(FIXTURES / f"v{version}.sqlite3", path)
    columns = _snapshot(path)
    before = _digest(path, columns)
    assert before["contact"][0] > 0 and before["phone"][0] > 0

    db = open_database(path, lock=True)
    assert migrations.current_version(db) == migrations.LATEST
    assert not db.state.read_only and db.state.check.ok
    close_database(db, backup=False)

    assert _digest(path, columns) == before  # the old columns of every old table, row by row
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    if version < migrations.LATEST:  # a backup of the old version was taken first
        olds = [b for b in backup.list_backups(path) if b.reason.startswith("before-migration")]
        assert olds and min(b.schema for b in olds) == version


def test_a_table_rebuild_step_keeps_children(tmp_path, monkeypatch):
    """A step that rebuilds the parent table (SQLite's create-copy-drop-rename) would cascade-
    delete every phone if foreign keys were on; migrate() turns them off around the step."""
    from playhouse.migrate import SqliteMigrator, migrate as run_ops

    def rebuild_contact(db):
        run_ops(SqliteMigrator(db).drop_not_null("contact", "notes"))

    path = tmp_path / "contacts.sqlite3"
    shutil.copyfile(FIXTURES / f"v{VERSIONS[-1]}.sqlite3", path)
    columns = _snapshot(path)
    before = _digest(path, columns)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1,
                                                                 rebuild_contact)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    db = open_database(path)
    assert migrations.current_version(db) == migrations.LATEST
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1  # back on afterwards
    db.close()
    assert _digest(path, columns) == before


def test_a_step_that_breaks_references_is_rolled_back(tmp_path, monkeypatch):
    from desktop_app.core.errors import MigrationError

    def orphan_phones(db):
        db.execute_sql("DELETE FROM contact WHERE id IN (SELECT contact_id FROM phone)")

    path = tmp_path / "contacts.sqlite3"
    shutil.copyfile(FIXTURES / f"v{VERSIONS[-1]}.sqlite3", path)
    columns = _snapshot(path)
    before = _digest(path, columns)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1,
                                                                 orphan_phones)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(MigrationError, match="broken reference"):
        open_database(path)
    assert _digest(path, columns) == before


def test_a_file_whose_tables_do_not_match_its_schema_number_is_not_upgraded(tmp_path):
    """A schema-11 file labelled 3 (user_version set by hand or another tool): any command
    printed "internal error: OperationalError: table import_batch already exists"."""
    from desktop_app.core.errors import MigrationError

    path = tmp_path / "contacts.sqlite3"
    shutil.copyfile(FIXTURES / f"v{VERSIONS[-1]}.sqlite3", path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    columns = _snapshot(path)
    before = _digest(path, columns)
    with pytest.raises(MigrationError, match="schema 4 .*already exists.*nothing was changed"):
        open_database(path, backup_before_migration=False)
    assert _digest(path, columns) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    con.close()
