"""Schema versions. The version lives in ``PRAGMA user_version``.

Indexes on the contact table lead with ``deleted_at``: every list query says ``deleted_at IS
NULL``, so ``(deleted_at, column)`` serves both the filter and the ORDER BY, and a page deep in
a 100,000-row list is read from the index (10 ms) instead of sorted (240 ms).

Each step is frozen once released: it must turn a database of version N-1 into version N no
matter what the models look like today. Later issues append steps; never edit an old one.
"""
from __future__ import annotations

from typing import Callable

from .errors import DatabaseTooNew

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
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute_sql(statement)


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
    for statement in _V4.split(";"):
        if statement.strip():
            db.execute_sql(statement)


# (version, step). A step receives the peewee database inside an open transaction.
STEPS: list[tuple[int, Callable]] = [
    (1, _v1_initial),
    # 2 (filter language) and 3 (timeline) come from other branches; 4 does not depend on them
    (4, _v4_import_batches),
]
LATEST = STEPS[-1][0]


def current_version(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db, target: int | None = None, before_step: Callable[[int, int], None] | None = None) -> int:
    """Bring ``db`` up to ``target``; returns the version it had before.

    ``before_step(old, new)`` runs before each step (the backup issue hooks a backup there).
    Each step and its version bump commit together or not at all.
    """
    target = LATEST if target is None else target
    version = original = current_version(db)
    if version > LATEST:
        raise DatabaseTooNew(
            f"This database was written by a newer Contact Book (schema {version}; this app "
            f"knows up to {LATEST}). Please update the app; the file was not changed."
        )
    for number, step in STEPS:
        if version < number <= target:
            if before_step is not None:
                before_step(version, number)
            with db.atomic():
                step(db)
                db.execute_sql(f"PRAGMA user_version = {int(number)}")
            version = number
    return original
