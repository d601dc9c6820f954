"""The longest SQL scripts of the frozen migration steps (``migrations``), kept apart so that
the steps read as a list. Never edit a released script: add a step."""

V8_REPORTS = """
ALTER TABLE contact ADD COLUMN contacted_on DATE;
ALTER TABLE contact ADD COLUMN interested_on DATE;
ALTER TABLE contact ADD COLUMN proposal_on DATE;
ALTER TABLE contact ADD COLUMN won_on DATE;
ALTER TABLE contact ADD COLUMN won_amount INTEGER;
ALTER TABLE contact ADD COLUMN lost_on DATE;
ALTER TABLE contact ADD COLUMN lost_from TEXT;
ALTER TABLE contact ADD COLUMN lost_reason TEXT;
CREATE TABLE spend (
    source TEXT NOT NULL,
    month TEXT NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (source, month)
);
CREATE TEMP TABLE v8_reach AS
    SELECT contact_id,
           MIN(CASE WHEN new_value IN ('contacted', 'interested', 'proposal', 'won')
                    THEN date(at, 'localtime') END) AS c,
           MIN(CASE WHEN new_value IN ('interested', 'proposal', 'won')
                    THEN date(at, 'localtime') END) AS i,
           MIN(CASE WHEN new_value IN ('proposal', 'won') THEN date(at, 'localtime') END) AS p,
           MAX(CASE WHEN new_value = 'won' THEN date(at, 'localtime') END) AS w,
           MAX(CASE WHEN new_value = 'lost' THEN date(at, 'localtime') END) AS l,
           MAX(CASE WHEN new_value = 'lost' THEN id END) AS lost_event
    FROM interaction
    WHERE kind IN ('created', 'imported', 'stage-changed') AND deleted_at IS NULL
    GROUP BY contact_id;
CREATE UNIQUE INDEX temp.v8_reach_contact ON v8_reach (contact_id);
UPDATE contact SET
    contacted_on = CASE WHEN stage IN ('contacted', 'interested', 'proposal', 'won') THEN
        COALESCE((SELECT c FROM v8_reach WHERE contact_id = contact.id),
                 date(created_at, 'localtime')) ELSE
        (SELECT c FROM v8_reach WHERE contact_id = contact.id) END,
    interested_on = CASE WHEN stage IN ('interested', 'proposal', 'won') THEN
        COALESCE((SELECT i FROM v8_reach WHERE contact_id = contact.id),
                 date(created_at, 'localtime')) ELSE
        (SELECT i FROM v8_reach WHERE contact_id = contact.id) END,
    proposal_on = CASE WHEN stage IN ('proposal', 'won') THEN
        COALESCE((SELECT p FROM v8_reach WHERE contact_id = contact.id),
                 date(created_at, 'localtime')) ELSE
        (SELECT p FROM v8_reach WHERE contact_id = contact.id) END,
    won_on = CASE WHEN stage = 'won' THEN
        COALESCE((SELECT w FROM v8_reach WHERE contact_id = contact.id),
                 date(created_at, 'localtime')) END,
    won_amount = CASE WHEN stage = 'won' THEN deal_value END,
    lost_on = CASE WHEN stage = 'lost' THEN
        COALESCE((SELECT l FROM v8_reach WHERE contact_id = contact.id),
                 date(created_at, 'localtime')) END,
    lost_from = CASE WHEN stage = 'lost' THEN
        COALESCE((SELECT e.old_value FROM v8_reach r JOIN interaction e ON e.id = r.lost_event
                  WHERE r.contact_id = contact.id AND e.old_value IN
                  ('lead', 'contacted', 'interested', 'proposal', 'won')), 'lead') END;
DROP TABLE v8_reach;
CREATE INDEX contact_won_on ON contact (deleted_at, won_on);
CREATE INDEX interaction_activity ON interaction (at, channel, outcome, contact_id)
    WHERE kind = 'interaction' AND deleted_at IS NULL;
CREATE INDEX interaction_touches ON interaction (contact_id, at)
    WHERE kind = 'interaction' AND deleted_at IS NULL AND channel != 'note'
"""


V11_SYNC = """
CREATE TABLE sync_account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    addressbook TEXT NOT NULL,
    calendar TEXT NOT NULL DEFAULT '',
    filter TEXT NOT NULL DEFAULT '',
    sync_token TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL,
    last_sync_at DATETIME,
    last_result TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sync_item (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    uid TEXT NOT NULL UNIQUE,
    href TEXT NOT NULL UNIQUE,
    etag TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    state TEXT NOT NULL,
    kept BLOB NOT NULL DEFAULT x''
);
CREATE UNIQUE INDEX sync_item_contact ON sync_item (contact_id) WHERE contact_id IS NOT NULL;
CREATE TABLE sync_todo (
    id INTEGER PRIMARY KEY,
    touchpoint_id INTEGER NOT NULL UNIQUE,
    href TEXT NOT NULL UNIQUE,
    etag TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL
);
"""
