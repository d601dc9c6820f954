"""The derived facts, after any sequence of writes, equal the definition applied from scratch."""
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st
from peewee import SqliteDatabase

from desktop_app.core.contacts import editing
from desktop_app.core.followup import touches
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage import migrations
from desktop_app.core.storage import schema
from desktop_app.core.timeline import records as timeline
from desktop_app.core.timeline.channels import CHANNEL_CODES, OUTCOME_CODES
from desktop_app.core.errors import NotFound

NOW = datetime(2026, 11, 20, 6, 0, 0)


def reference(rows):
    """The spec, written out: rows are live interactions (at, id, channel, direction, outcome)."""
    rows = sorted(rows)
    last = None
    for at, _, channel, direction, outcome in rows:
        if channel != "note" and (direction == "out" or outcome not in ("no-answer", "no-reply")):
            last = at
    unanswered = 0
    for _, _, channel, direction, outcome in reversed(rows):
        if channel == "note":
            continue
        if outcome in ("reached", "replied") or (direction == "in" and outcome is None):
            break
        if direction == "out" and outcome in ("no-answer", "no-reply"):
            unanswered += 1
    return last, unanswered


def _memory_db():
    db = SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    schema.database.initialize(db)
    migrations.migrate(db)
    return db


def _live_rows(db, cid):
    return [(datetime.fromisoformat(at), i, c, d, o) for at, i, c, d, o in db.execute_sql(
        "SELECT at, id, channel, direction, outcome FROM interaction WHERE contact_id = ? AND "
        "kind = 'interaction' AND deleted_at IS NULL", (cid,))]


interaction = st.tuples(
    st.sampled_from(CHANNEL_CODES), st.sampled_from(("out", "in")),
    st.sampled_from((None,) + OUTCOME_CODES), st.integers(0, 12))  # hours ago: ties are likely


def _valid(channel, outcome):
    return None if channel == "note" else outcome


op = st.one_of(
    st.tuples(st.just("log"), st.lists(st.integers(1, 3), min_size=1, max_size=3), interaction),
    st.tuples(st.just("edit"), st.integers(0, 50), interaction),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("restore"), st.integers(0, 50)),
    st.tuples(st.just("stage"), st.integers(1, 3), st.sampled_from(("lead", "won"))),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(op, max_size=25))
def test_facts_match_the_definition_after_any_writes(ops):
    db = _memory_db()
    try:
        for _ in range(3):
            contacts.create({"name": "x"}, now=NOW - timedelta(days=1))
        logged: list[int] = []
        for o in ops:
            if o[0] == "log":
                channel, direction, outcome, hours = o[2]
                logged += touches.log(o[1], channel, _valid(channel, outcome), direction,
                                       at=NOW - timedelta(hours=hours), now=NOW).interactions
            elif logged and o[0] == "edit":
                channel, direction, outcome, hours = o[2]
                try:
                    timeline.edit(logged[o[1] % len(logged)], channel=channel,
                                  direction=direction, outcome=_valid(channel, outcome),
                                  at=NOW - timedelta(hours=hours), now=NOW)
                except NotFound:  # deleted
                    pass
            elif logged and o[0] == "delete":
                touches.delete(logged[o[1] % len(logged)], now=NOW)
            elif logged and o[0] == "restore":
                touches.restore(logged[o[1] % len(logged)])
            elif o[0] == "stage":
                editing.update(o[1], {"stage": o[2]}, now=NOW)
            for cid in (1, 2, 3):
                r = contacts.get(cid)
                assert (r.last_contacted_at, r.unanswered_count) == reference(_live_rows(db, cid))
    finally:
        db.close()


@pytest.mark.parametrize("seed", [1, 2])
def test_demo_interactions_set_the_facts_by_the_definition(db, seed):
    demo.generate(300, seed=seed, now=NOW)
    contacts.trash([1, 2])
    assert demo.generate_interactions(6000, seed=seed, now=NOW) == 6000
    counts = dict(db.execute_sql("SELECT contact_id, count(*) FROM interaction "
                                 "WHERE kind = 'interaction' GROUP BY contact_id").fetchall())
    assert sum(counts.values()) == 6000 and 1 not in counts and 2 not in counts
    assert max(counts.values()) > 4 * 6000 / 300  # a few leads get many
    assert 20 < 298 - len(counts) < 100  # about one in seven none
    channels = {r[0] for r in db.execute_sql("SELECT DISTINCT channel FROM interaction")}
    assert set(CHANNEL_CODES) <= channels
    for record in contacts.get_many(range(3, 301)):
        assert (record.last_contacted_at, record.unanswered_count) == reference(
            _live_rows(db, record.id)), record.id
    outside = db.execute_sql(
        "SELECT count(*) FROM interaction i JOIN contact c ON c.id = i.contact_id "
        "WHERE i.at < c.created_at OR i.at > ?", (NOW.isoformat(" "),)).fetchone()[0]
    assert outside == 0
