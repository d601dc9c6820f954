"""Every schema version migrates to the latest without losing a row."""
import sqlite3

import pytest

from desktop_app.core.storage import migrations
from desktop_app.core.storage.db import open_database


def _fill_v1(con):
    con.execute(
        "INSERT INTO contact (id, city, company, product, deal_size, name, title, source, "
        "deal_value, phone, stage, created_at, updated_at, deleted_at) VALUES "
        "(1, '上海', '壹点', '咨询', '1千万', '叶辉', '创始人', '知乎', 10000000, '13812345678', "
        "'lead', '2026-01-01 00:00:00', '2026-01-01 00:00:00', NULL),"
        "(2, '北京', '华信', '软件', '', '王芳', '', '抖音', NULL, '', 'won', "
        "'2026-01-02 00:00:00', '2026-01-03 00:00:00', '2026-02-01 00:00:00')")
    con.execute("INSERT INTO phone (contact_id, position, label, raw, e164, digits) VALUES "
                "(1, 0, '手机', '13812345678', '+8613812345678', '13812345678')")


def _fill_v2(con):
    _fill_v1(con)  # the triggers of version 2 list the new rows for indexing
    con.execute("UPDATE contact SET notes = '老客户' WHERE id = 2")



def _fill_v3(con):
    _fill_v1(con)
    con.execute("UPDATE contact SET last_contacted_at = '2026-01-05 02:00:00', "
                "unanswered_count = 1 WHERE id = 1")
    con.execute(
        "INSERT INTO interaction (contact_id, at, kind, channel, direction, outcome, summary, "
        "next_step, old_value, new_value, created_at, deleted_at) VALUES "
        "(1, '2026-01-01 00:00:00', 'created', NULL, NULL, NULL, '', '', NULL, 'lead', "
        "'2026-01-01 00:00:00', NULL),"
        "(1, '2026-01-04 02:00:00', 'interaction', 'call', 'out', 'reached', '聊了需求', '发资料', "
        "NULL, NULL, '2026-01-04 02:00:00', NULL),"
        "(1, '2026-01-05 02:00:00', 'interaction', 'call', 'out', 'no-answer', '', '', NULL, "
        "NULL, '2026-01-05 02:00:00', NULL),"
        "(1, '2026-01-05 03:00:00', 'interaction', 'wechat', 'out', 'no-reply', '', '', NULL, "
        "NULL, '2026-01-05 03:00:00', '2026-01-06 00:00:00'),"
        "(2, '2026-01-03 00:00:00', 'stage-changed', NULL, NULL, NULL, '', '', 'lead', 'won', "
        "'2026-01-03 00:00:00', NULL)")


def _fill_v5(con):
    _fill_v3(con)
    con.execute("INSERT INTO cadence_template (key, name, days, repeat_every, skip_weekends, "
                "skip_holidays, max_retries, position, created_at, updated_at) VALUES "
                "('mine', '我的节奏', '1,2,5', 30, 1, 1, 3, 4, '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')")
    con.execute("INSERT INTO cadence (id, contact_id, template_id, start, status, started_at, "
                "ended_at) VALUES (1, 1, 1, '2026-01-04', 'active', '2026-01-04 01:00:00', NULL),"
                "(2, 2, 4, '2026-01-02', 'stopped', '2026-01-02 01:00:00', '2026-01-03 00:00:00')")
    con.execute("INSERT INTO touchpoint (contact_id, cadence_id, step, retry, due, status, "
                "outcome, done_at, interaction_id, created_at) VALUES "
                "(1, 1, 0, 0, '2026-01-04', 'done', 'reached', '2026-01-04 02:00:00', 2, "
                "'2026-01-04 01:00:00'),"
                "(1, 1, 1, 0, '2026-01-06', 'due', NULL, NULL, NULL, '2026-01-04 02:00:00'),"
                "(2, 2, 0, 0, '2026-01-02', 'cancelled', NULL, '2026-01-03 00:00:00', NULL, "
                "'2026-01-02 01:00:00')")
    con.execute("UPDATE contact SET next_due = '2026-01-06' WHERE id = 1")
    con.execute("INSERT INTO interaction (contact_id, at, kind, new_value, summary, ref_id, "
                "created_at) VALUES (1, '2026-01-04 01:00:00', 'cadence-started', "
                "'golden-week', '黄金七天 · 2026-01-04', 1, '2026-01-04 01:00:00')")


def _fill_v4(con):
    _fill_v1(con)
    con.execute("INSERT INTO import_batch (id, created_at, file_name, format, duplicates, "
                "created_count) VALUES (1, '2026-03-01 00:00:00', 'leads.csv', 'csv', 'merge', 1)")
    con.execute("UPDATE contact SET import_batch_id = 1 WHERE id = 2")
    con.execute("INSERT INTO import_merge (batch_id, contact_id, before, after) VALUES "
                "(1, 1, '{\"email\": \"\"}', '{\"email\": \"ye@example.cn\"}')")


def _fill_v6(con):
    _fill_v3(con)
    con.execute("INSERT INTO saved_filter (name, filter, position, created_at) VALUES "
                "('知乎来的', 'source:=知乎', 1, '2026-05-01 00:00:00')")


def _fill_v7(con):
    _fill_v6(con)
    con.execute("INSERT INTO setting (key, value) VALUES ('salesperson', '张三')")


def _fill_v8(con):
    _fill_v7(con)
    con.execute("INSERT INTO spend (source, month, amount) VALUES ('知乎', '2026-05', 20000)")
    con.execute("UPDATE contact SET won_on = '2026-05-02', won_amount = 5000, "
                "contacted_on = '2026-05-01' WHERE id = 1")


def _fill_v9(con):
    _fill_v8(con)
    con.execute("INSERT INTO behaviour (key, name, direction, weight, position, created_at) "
                "VALUES ('trade-show', '展会交流', 'in', 4, 9, '2026-06-01 00:00:00')")
    con.execute("INSERT INTO content_piece (name, created_at) VALUES ('案例', '2026-06-01')")
    con.execute("UPDATE contact SET grade_manual = 'B', grade = 'B'")


def _fill_v10(con):  # v10 swaps an index: touches it covers
    _fill_v9(con)
    con.execute("INSERT INTO interaction (contact_id, at, kind, channel, direction, summary, "
                "next_step, created_at, outcome) VALUES (1, '2026-07-01 02:00:00', 'interaction', "
                "'call', 'out', '', '', '2026-07-01 02:00:00', 'reached')")


def _fill_v11(con):
    _fill_v10(con)
    con.execute("INSERT INTO sync_account (id, url, addressbook, device) VALUES "
                "(1, 'https://dav.example.cn/', 'https://dav.example.cn/ab/', 'dev')")
    con.execute("INSERT INTO sync_item (contact_id, uid, href, etag, hash, state) VALUES "
                "(1, 'u1', '/ab/u1.vcf', '\"e\"', 'h', '{}')")


FILLERS = {1: _fill_v1, 2: _fill_v2, 3: _fill_v3, 4: _fill_v4, 5: _fill_v5, 6: _fill_v6,
           7: _fill_v7, 8: _fill_v8, 9: _fill_v9, 10: _fill_v10, 11: _fill_v11}


def _make_old_database(path, version):
    from peewee import SqliteDatabase

    db = SqliteDatabase(str(path))
    db.connect()
    migrations.migrate(db, target=version)
    db.close()
    con = sqlite3.connect(path)
    FILLERS[version](con)
    con.commit()
    con.close()


def _counts(con, tables=None):
    if tables is None:
        # the search index is derived data (rebuilt as needed): count the rows that are kept
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith(("contact_search", "search_dirty", "sqlite_"))]
    # (the first read-write open adds the database's identity to ``setting``: not a lost row)
    return {t: con.execute(f"SELECT count(*) FROM {t}" + (
        " WHERE key != 'database-id'" if t == "setting" else "")).fetchone()[0] for t in tables}


@pytest.mark.parametrize("version", sorted(FILLERS))
def test_old_database_migrates_without_losing_rows(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite3"
    _make_old_database(path, version)
    con = sqlite3.connect(path)
    before = _counts(con)
    rows_before = con.execute("SELECT id, name, city, source, stage FROM contact").fetchall()
    con.close()

    db = open_database(path)
    assert migrations.current_version(db) == migrations.LATEST
    db.close()
    con = sqlite3.connect(path)
    assert _counts(con, before) == before
    assert con.execute("SELECT id, name, city, source, stage FROM contact").fetchall() == rows_before
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_version_has_a_filler():
    assert set(FILLERS) == {n for n, _ in migrations.STEPS}


def test_a_failing_step_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "x.sqlite3"
    from peewee import SqliteDatabase

    db = SqliteDatabase(str(path))
    db.connect()

    def boom(database):
        database.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1, boom)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert migrations.current_version(db) == migrations.LATEST - 1
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables and "contact" in tables
    db.close()
