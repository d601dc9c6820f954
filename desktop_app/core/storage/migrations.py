"""Schema versions. The version lives in ``PRAGMA user_version``.

Indexes on the contact table lead with ``deleted_at``: every list query says ``deleted_at IS
NULL``, so ``(deleted_at, column)`` serves both the filter and the ORDER BY, and a page deep in
a 100,000-row list is read from the index (10 ms) instead of sorted (240 ms).

Each step is frozen once released: it must turn a database of version N-1 into version N no
matter what the models look like today. Later issues append steps; never edit an old one.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

import peewee

from desktop_app.core.errors import DatabaseTooNew, MigrationError
from desktop_app.core.storage import planner
from desktop_app.core.storage.migration_sql import V8_REPORTS, V11_SYNC
from desktop_app.core.storage.sql_script import run_script

_V1 = """
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    city TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    deal_size TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tag_extra TEXT NOT NULL DEFAULT '',
    deal_value INTEGER,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    wechat TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'lead',
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE INDEX contact_city ON contact (deleted_at, city);
CREATE INDEX contact_company ON contact (deleted_at, company);
CREATE INDEX contact_product ON contact (deleted_at, product);
CREATE INDEX contact_deal_size ON contact (deleted_at, deal_size);
CREATE INDEX contact_name ON contact (deleted_at, name);
CREATE INDEX contact_title ON contact (deleted_at, title);
CREATE INDEX contact_source ON contact (deleted_at, source);
CREATE INDEX contact_deal_value ON contact (deleted_at, deal_value);
CREATE INDEX contact_phone ON contact (deleted_at, phone);
CREATE INDEX contact_stage ON contact (deleted_at, stage);
CREATE INDEX contact_created_at ON contact (deleted_at, created_at);
CREATE INDEX contact_updated_at ON contact (deleted_at, updated_at);
CREATE TABLE phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL,
    e164 TEXT NOT NULL DEFAULT '',
    digits TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phone_contact_id ON phone (contact_id, position);
CREATE INDEX phone_e164 ON phone (e164);
"""


def _v1_initial(db) -> None:
    run_script(db, _V1)


_V4 = """
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    created_at DATETIME NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    duplicates TEXT NOT NULL DEFAULT '',
    created_count INTEGER NOT NULL DEFAULT 0,
    merged_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    undone_at DATETIME
);
CREATE TABLE import_merge (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE INDEX import_merge_batch_id ON import_merge (batch_id);
CREATE INDEX import_merge_contact_id ON import_merge (contact_id);
ALTER TABLE contact ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id)
    ON DELETE SET NULL;
CREATE INDEX contact_import_batch_id ON contact (import_batch_id)
    WHERE import_batch_id IS NOT NULL;
"""


def _v4_import_batches(db) -> None:
    """Imports are recorded as batches so one can be undone: the contacts it created carry
    its id; what a merge changed is kept in ``import_merge`` (JSON before/after)."""
    run_script(db, _V4)


# Version 2: the full-text search index of the filter bar (see core/search/index.py).
_V2 = """
CREATE VIRTUAL TABLE contact_search USING fts5(
    city, company, product, deal_size, name, title, source, tag_extra, email, wechat, notes,
    phone, city_py, company_py, product_py, name_py, title_py, source_py, tag_extra_py, state,
    stage, tokenize = 'unicode61 remove_diacritics 0', columnsize = 0
);
CREATE TABLE search_dirty (id INTEGER PRIMARY KEY);
CREATE TRIGGER contact_search_ai AFTER INSERT ON contact BEGIN
    INSERT OR IGNORE INTO search_dirty (id) VALUES (new.id);
END;
CREATE TRIGGER contact_search_au AFTER UPDATE OF
    city, company, product, deal_size, name, title, source, tag_extra, email, wechat, notes,
    deleted_at, stage ON contact BEGIN
    INSERT OR IGNORE INTO search_dirty (id) VALUES (new.id);
END;
CREATE TRIGGER contact_search_ad AFTER DELETE ON contact BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
    DELETE FROM search_dirty WHERE id = old.id;
END;
CREATE TRIGGER phone_search_ai AFTER INSERT ON phone BEGIN
    INSERT OR IGNORE INTO search_dirty (id) VALUES (new.contact_id);
END;
CREATE TRIGGER phone_search_au AFTER UPDATE ON phone BEGIN
    INSERT OR IGNORE INTO search_dirty (id) VALUES (old.contact_id);
    INSERT OR IGNORE INTO search_dirty (id) VALUES (new.contact_id);
END;
CREATE TRIGGER phone_search_ad AFTER DELETE ON phone BEGIN
    INSERT OR IGNORE INTO search_dirty (id) VALUES (old.contact_id);
END;
"""


def _v2_search_index(db) -> None:
    run_script(db, _V2)
    db.execute_sql("INSERT INTO search_dirty (id) SELECT id FROM contact")
    import desktop_app.core.search.index as search_index  # builds the documents (pinyin) of the existing contacts

    search_index.flush(db)
    planner.analyze_if_stale(db)  # the filter's plans need statistics


_V3_TIMELINE = """
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    at DATETIME NOT NULL,
    kind TEXT NOT NULL DEFAULT 'interaction',
    channel TEXT,
    direction TEXT,
    outcome TEXT,
    summary TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    ref_id INTEGER,
    created_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE INDEX interaction_contact_at ON interaction (contact_id, at);
ALTER TABLE contact ADD COLUMN last_contacted_at DATETIME;
ALTER TABLE contact ADD COLUMN unanswered_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contact_last_contacted_at ON contact (deleted_at, last_contacted_at);
CREATE INDEX contact_unanswered_count ON contact (deleted_at, unanswered_count);
INSERT INTO interaction (contact_id, at, kind, created_at)
    SELECT id, created_at, 'created', created_at FROM contact;
"""


def _v3_timeline(db) -> None:
    """Interactions and system events; each existing lead gets its "created" event (stage at
    creation unknown, so ``new_value`` is NULL). Touches only tables and columns of v1."""
    run_script(db, _V3_TIMELINE)


_V5_CADENCES = """
CREATE TABLE cadence_template (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    days TEXT NOT NULL,
    repeat_every INTEGER,
    skip_weekends INTEGER NOT NULL DEFAULT 0,
    skip_holidays INTEGER NOT NULL DEFAULT 0,
    max_retries INTEGER NOT NULL DEFAULT 2,
    builtin INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE UNIQUE INDEX cadence_template_key ON cadence_template (key) WHERE deleted_at IS NULL;
INSERT INTO cadence_template (key, name, days, repeat_every, builtin, position, created_at,
                              updated_at) VALUES
    ('golden-week', '黄金七天', '1,3,7', NULL, 1, 1, datetime('now'), datetime('now')),
    ('close-21', '21天成交', '1,3,7,14,21', NULL, 1, 2, datetime('now'), datetime('now')),
    ('nurture', '长期培育', '7', 90, 1, 3, datetime('now'), datetime('now'));
CREATE TABLE cadence (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL REFERENCES cadence_template (id),
    start DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    started_at DATETIME NOT NULL,
    ended_at DATETIME
);
CREATE UNIQUE INDEX cadence_one_active ON cadence (contact_id) WHERE status = 'active';
CREATE INDEX cadence_contact_status ON cadence (contact_id, status);
CREATE INDEX cadence_template_status ON cadence (template_id, status);
CREATE TABLE touchpoint (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    cadence_id INTEGER NOT NULL REFERENCES cadence (id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    retry INTEGER NOT NULL DEFAULT 0,
    due DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'due',
    outcome TEXT,
    done_at DATETIME,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    created_at DATETIME NOT NULL
);
CREATE INDEX touchpoint_status_due ON touchpoint (status, due, contact_id);
CREATE INDEX touchpoint_contact_status ON touchpoint (contact_id, status);
CREATE INDEX touchpoint_cadence_status ON touchpoint (cadence_id, status);
CREATE INDEX touchpoint_interaction ON touchpoint (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE UNIQUE INDEX touchpoint_one_pending ON touchpoint (cadence_id) WHERE status = 'due';
ALTER TABLE contact ADD COLUMN next_due DATE;
CREATE INDEX contact_next_due ON contact (deleted_at, next_due)
"""


def _v5_cadences(db) -> None:
    """Follow-up cadences: templates (the three built-ins seeded, editable), one row per
    started cadence (at most one ``active`` per contact), its touchpoints (only the next one
    ``due``; done/skipped/cancelled ones stay as history) and the contact's derived
    ``next_due``. Touches only tables and columns of v1 and v3."""
    run_script(db, _V5_CADENCES)


_V6_SAVED_FILTERS = """
CREATE TABLE saved_filter (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL
);
"""


def _v6_saved_filters(db) -> None:
    """Saved filters ("groups") of the sidebar (core/contacts/groups.py)."""
    run_script(db, _V6_SAVED_FILTERS)


_V7_SETTINGS = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _v7_settings(db) -> None:
    """Preferences that belong with the data (core/storage/preferences.py), e.g. the salesperson's
    name on the call sheet: the window and the headless commands read the same value."""
    run_script(db, _V7_SETTINGS)


def _v8_reports(db) -> None:
    """What the reports need (core/reports): when each lead first reached each stage (a lead
    that skipped stages or was imported at a later one has passed the earlier ones, on the day
    it skipped them), its won date and amount, the stage it was lost from and why, and the
    spend per source and month. The dates are local dates, filled here from the stage events
    of the timeline (the lead's creation day where it has none). Touches only tables and
    columns of v1 and v3."""
    run_script(db, V8_REPORTS)
_V9_GRADING = """
CREATE TABLE behaviour (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'in',
    weight INTEGER NOT NULL DEFAULT 0,
    colour TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL,
    archived_at DATETIME
);
CREATE UNIQUE INDEX behaviour_key ON behaviour (key) WHERE archived_at IS NULL;
INSERT INTO behaviour (key, name, direction, weight, colour, position, created_at) VALUES
    ('view', '浏览', 'in', 1, '#607d8b', 1, datetime('now')),
    ('zhihu-comment', '知乎评论', 'in', 2, '#1e88e5', 2, datetime('now')),
    ('dm', '私信', 'in', 5, '#8e24aa', 3, datetime('now')),
    ('download', '下载资料', 'in', 3, '#00897b', 4, datetime('now')),
    ('walk-in', '到访', 'in', 8, '#f4511e', 5, datetime('now')),
    ('inquiry', '咨询', 'in', 5, '#fb8c00', 6, datetime('now')),
    ('quote-request', '索要报价', 'in', 10, '#e53935', 7, datetime('now')),
    ('unsubscribe', '退订', 'in', -10, '#757575', 8, datetime('now'));
CREATE TABLE content_piece (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    archived_at DATETIME
);
CREATE UNIQUE INDEX content_piece_name ON content_piece (name) WHERE archived_at IS NULL;
ALTER TABLE interaction ADD COLUMN content_id INTEGER REFERENCES content_piece (id);
CREATE INDEX interaction_content ON interaction (content_id, contact_id)
    WHERE content_id IS NOT NULL;
ALTER TABLE contact ADD COLUMN score REAL NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN grade_auto TEXT NOT NULL DEFAULT 'D';
ALTER TABLE contact ADD COLUMN grade_manual TEXT;
ALTER TABLE contact ADD COLUMN grade TEXT NOT NULL DEFAULT 'D';
CREATE INDEX contact_grade ON contact (deleted_at, grade);
CREATE INDEX contact_score ON contact (deleted_at, score);
"""


def _v9_grading(db) -> None:
    """Lead grading (core/grading): user behaviours (eight seeded), content pieces, the piece
    an interaction sent, and per contact the score, the computed and manual grades and the
    grade in force (manual, else computed). Scores start at 0 / D: ``grading.score`` fills
    them the first time the app or a command asks (the rules live in ``setting``). Touches
    only tables and columns of v1, v3 and v7."""
    run_script(db, _V9_GRADING)


_V10_ACTIVITY_INDEX = """
DROP INDEX IF EXISTS interaction_activity;
CREATE INDEX interaction_channel_at ON interaction (channel, outcome, at)
    WHERE kind = 'interaction' AND deleted_at IS NULL;
"""


def _v10_activity_index(db) -> None:
    """The activity report counts touches per channel, outcome and local day: one index range
    per count, (channel, outcome, at), instead of grouping every touch of the period by
    ``date(at, 'localtime')`` (0.6 s at 2,000,000 interactions). It replaces v8's
    ``interaction_activity`` (at, channel, outcome, contact_id), which nothing else used.
    Touches only the interaction table of v3."""
    run_script(db, _V10_ACTIVITY_INDEX)


def _v11_sync(db) -> None:
    """CardDAV/CalDAV sync (core/sync): the one account, and the status tables of what both
    sides held after the last successful sync (per contact: UID, href, etag, content hash, the
    synced fields and the server's properties we keep unchanged; per due touchpoint: its VTODO).
    """
    run_script(db, V11_SYNC)


# (version, step). A step receives the peewee database inside an open transaction.
# Numbers need not be contiguous: another branch's step slots in between when merged.
STEPS: list[tuple[int, Callable]] = [
    (1, _v1_initial),
    (2, _v2_search_index),
    (3, _v3_timeline),
    (4, _v4_import_batches),
    (5, _v5_cadences),
    (6, _v6_saved_filters),
    (7, _v7_settings),
    (8, _v8_reports),
    (9, _v9_grading),
    (10, _v10_activity_index),
    (11, _v11_sync),
]
LATEST = STEPS[-1][0]  # (plain.SCHEMA_VERSION too: a test holds them equal)


def current_version(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db, target: int | None = None, before_step: Callable[[int, int], None] | None = None) -> int:
    """Bring ``db`` up to ``target``; returns the version it had before.

    ``before_step(old, new)`` runs before each step (``open_database`` takes a backup there;
    if it raises, nothing is migrated). Each step runs like peewee's
    ``SqliteMigrator.migration_context()``: foreign keys are switched off outside the
    transaction, so a table rebuild (create new, copy, drop old, rename new) cannot cascade-
    delete child rows; then the step, ``PRAGMA foreign_key_check`` and the version bump commit
    together or not at all. A step that leaves a dangling reference is rolled back.
    """
    target = LATEST if target is None else target
    version = original = current_version(db)
    if version > LATEST:
        raise DatabaseTooNew(
            "This database was written by a newer Contact Book (schema {version}; this app "
            "knows up to {latest}). Please update the app; the file was not changed.", version=version, latest=LATEST
        )
    for number, step in STEPS:
        if version < number <= target:
            if before_step is not None:
                before_step(version, number)
            _run_step(db, number, step)
            version = number
    if original == 0 and version >= 5:
        seed_new_database(db)
    return original


def seed_new_database(db) -> None:
    """Defaults for a database created just now (never run on an existing one, so a
    user's choice is kept): the built-in cadence templates count working days (weekends
    and mainland holidays skipped, make-up workdays honoured), as B2B calls do."""
    with db.atomic():
        db.execute_sql("UPDATE cadence_template SET skip_weekends = 1, skip_holidays = 1 "
                       "WHERE builtin = 1")


def _run_step(db, number: int, step: Callable) -> None:
    if db.in_transaction():
        raise RuntimeError("migrate() must run outside a transaction (foreign_keys is fixed "
                           "inside one)")
    fks_on = bool(db.execute_sql("PRAGMA foreign_keys").fetchone()[0])
    if fks_on:
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            step(db)
            dangling = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                table, rowid, parent, _ = dangling[0]
                raise MigrationError(
                    "Migration to schema {number} would leave {count} broken "
                    "reference(s) (e.g. row {rowid} of {table} -> {parent}); nothing was "
                    "changed.", number=number, count=len(dangling), rowid=rowid, table=table, parent=parent)
            db.execute_sql(f"PRAGMA user_version = {int(number)}")
    except (sqlite3.Error, peewee.DatabaseError) as e:
        # the file's tables do not match its schema number (a file whose user_version was
        # set by hand or by another tool: "table import_batch already exists"); rolled back
        raise MigrationError("Cannot upgrade the database to schema {number} ({error}); "
                             "nothing was changed.", number=number, error=e) from e
    finally:
        if fks_on:
            db.execute_sql("PRAGMA foreign_keys = ON")
