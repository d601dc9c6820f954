"""Timeline writes and reads: every channel and outcome, system events, derived facts, Undo."""
from datetime import datetime, timedelta

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.followup import touches
from desktop_app.core.timeline import channels
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.timeline import records as timeline
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
NOW = datetime(2026, 11, 20, 6, 0, 0)  # naive UTC (14:00 in Shanghai)


def _add(tag=TAG, **extra):
    values = contacts.values_from_tag(tag)
    values.update(extra)
    return contacts.create(values, now=NOW - timedelta(days=30))[0]


def _facts(cid):
    r = contacts.get(cid)
    return r.last_contacted_at, r.unanswered_count


def _log(cid, channel, outcome=None, direction="out", hours_ago=0, **kw):
    return touches.log(cid, channel, outcome, direction, at=NOW - timedelta(hours=hours_ago),
                        now=NOW, **kw)


@pytest.mark.parametrize("code, zh, en", channels.CHANNELS)
def test_every_channel_by_code_chinese_and_english(db, code, zh, en):
    cid = _add()
    for i, name in enumerate((code, zh, en.upper())):
        _log(cid, name, summary=f"#{i}", hours_ago=3 - i)
    got = timeline.entries(cid, channel=zh)
    assert [(e.channel, e.summary) for e in got] == [(code, "#2"), (code, "#1"), (code, "#0")]
    assert channels.label(code) == zh and channels.label(code, "en") == en


@pytest.mark.parametrize("code, zh, en", channels.OUTCOMES)
def test_every_outcome_by_code_chinese_and_english(db, code, zh, en):
    cid = _add()
    for name in (code, zh, en, en.replace(" ", "_").lower()):
        logged = _log(cid, "call", name)
        assert timeline.get(logged.interactions[0]).outcome == code
    assert channels.label(code) == zh and channels.label(code, "en") == en


@pytest.mark.parametrize("none", [None, "", "none", "无"])
def test_no_outcome(db, none):
    cid = _add()
    assert timeline.get(_log(cid, "email", none).interactions[0]).outcome is None


@pytest.mark.parametrize("field, kwargs", [
    ("channel", {"channel": "pigeon"}),
    ("outcome", {"channel": "call", "outcome": "maybe"}),
    ("direction", {"channel": "call", "direction": "sideways"}),
    ("outcome", {"channel": "备注", "outcome": "接通"}),
    ("at", {"channel": "call", "at": NOW + timedelta(hours=1)}),
])
def test_bad_values_write_nothing(db, field, kwargs):
    cid = _add()
    with pytest.raises(ValidationError) as info:
        touches.log(cid, now=NOW, **kwargs)
    assert info.value.field == field
    assert [e.kind for e in timeline.entries(cid)] == ["created"]


def test_unknown_or_trashed_contact_writes_nothing(db):
    a, b = _add(), _add()
    contacts.trash([b])
    with pytest.raises(NotFound):
        touches.log([a, 999], "call", now=NOW)
    with pytest.raises(ValidationError):
        touches.log([a, b], "call", now=NOW)
    assert timeline.count(a) == 1 and _facts(a) == (None, 0)


def test_entries_newest_first_with_events_paging_and_filter(db):
    cid = _add()
    other = _add("北京-华信-软件-50万-王芳-采购经理-抖音")
    _log(cid, "call", "no-answer", hours_ago=5, summary="没接")
    _log(cid, "wechat", "replied", hours_ago=4, summary="回了", next_step="发报价")
    _log(cid, "note", hours_ago=4, summary="same second, logged later")
    _log(other, "call", "reached", hours_ago=1)
    got = timeline.entries(cid)
    assert [(e.kind, e.channel, e.summary) for e in got] == [
        ("interaction", "note", "same second, logged later"),
        ("interaction", "wechat", "回了"),
        ("interaction", "call", "没接"),
        ("created", None, ""),
    ]
    assert got[1].next_step == "发报价" and got[1].direction == "out" and not got[1].is_event
    assert got[-1].is_event and got[-1].new_value == "lead"
    assert [e.id for e in timeline.entries(cid, limit=2, offset=1)] == [got[1].id, got[2].id]
    assert timeline.entries(cid, channel="call")[0].summary == "没接"
    assert timeline.count(cid) == 4 and timeline.count(cid, "微信") == 1
    assert timeline.entries(12345) == []


def test_created_stage_and_tag_events(db):
    cid = _add(stage="意向")
    later = NOW + timedelta(days=1)
    changes = editing.update(cid, {"stage": "报价"}, now=later)
    assert changes.timeline == {cid} and changes.contacts == {cid}
    editing.update(cid, {"stage": "proposal", "notes": "same stage: no event"}, now=later)
    assert editing.update(cid, {"email": "a@b.cn"}).timeline == frozenset()
    editing.update(cid, {"name": "叶辉辉", "tag_extra": "VIP"}, now=later + timedelta(hours=1))
    events = [(e.kind, e.old_value, e.new_value, e.at) for e in timeline.entries(cid)]
    assert events == [
        ("tag-changed", TAG, "上海-壹点零壹影响力-咨询-1千万-叶辉辉-创始人-知乎-VIP",
         later + timedelta(hours=1)),
        ("stage-changed", "interested", "proposal", later),
        ("created", None, "interested", NOW - timedelta(days=30)),
    ]
    created_changes = contacts.create({"name": "x"})[1]
    assert created_changes.timeline == created_changes.contacts


def test_system_events_cannot_be_edited_or_deleted(db):
    cid = _add()
    created = timeline.entries(cid)[0]
    with pytest.raises(ValidationError):
        touches.delete(created.id)
    with pytest.raises(ValidationError):
        timeline.edit(created.id, summary="x")
    with pytest.raises(ValidationError):
        timeline.record_event(cid, "interaction")
    timeline.record_event(cid, "cadence-started", new="每周一次", ref_id=7, now=NOW)
    assert timeline.entries(cid)[0].ref_id == 7


def test_facts_follow_log_edit_delete_restore(db):
    cid = _add()
    assert _facts(cid) == (None, 0)
    a = _log(cid, "call", "no-answer", hours_ago=10)
    assert a.contacts == {cid} and a.timeline == {cid}
    assert _facts(cid) == (NOW - timedelta(hours=10), 1)
    b = _log(cid, "wechat", "no-reply", hours_ago=9)
    assert _facts(cid) == (NOW - timedelta(hours=9), 2)
    note = _log(cid, "note", hours_ago=1)
    assert note.contacts == frozenset() and _facts(cid) == (NOW - timedelta(hours=9), 2)
    missed_inbound = _log(cid, "call", "no-answer", "in", hours_ago=2)
    assert _facts(cid) == (NOW - timedelta(hours=9), 2)
    c = _log(cid, "call", "reached", hours_ago=8)
    assert _facts(cid) == (NOW - timedelta(hours=8), 0)
    d = _log(cid, "sms", "no-reply", hours_ago=3)
    assert _facts(cid) == (NOW - timedelta(hours=3), 1)

    # back-dated behind newer entries: recomputed, not just bumped
    _log(cid, "call", "no-answer", hours_ago=20)
    assert _facts(cid) == (NOW - timedelta(hours=3), 1)

    changes = timeline.edit(c.interactions[0], outcome="no-answer")
    assert changes.contacts == {cid}
    assert _facts(cid) == (NOW - timedelta(hours=3), 5)
    assert timeline.edit(d.interactions[0], summary="typo fixed").contacts == frozenset()
    timeline.edit(d.interactions[0], at=NOW - timedelta(hours=30), direction="in")
    assert _facts(cid) == (NOW - timedelta(hours=8), 4)

    deleted = touches.delete([a.interactions[0], b.interactions[0]], now=NOW)
    assert deleted.contacts == {cid} and deleted.timeline == {cid}
    assert _facts(cid) == (NOW - timedelta(hours=8), 2)
    assert a.interactions[0] not in [e.id for e in timeline.entries(cid)]
    with pytest.raises(NotFound):
        timeline.edit(a.interactions[0], summary="deleted")
    touches.restore([a.interactions[0], b.interactions[0]])
    assert _facts(cid) == (NOW - timedelta(hours=8), 4)
    touches.delete([x.interactions[0] for x in (a, b, c, note, missed_inbound)], now=NOW)
    touches.delete(d.interactions)
    assert _facts(cid)[0] == NOW - timedelta(hours=20)
    all_ids = [e.id for e in timeline.entries(cid) if not e.is_event]
    touches.delete(all_ids)
    assert _facts(cid) == (None, 0)
    touches.undelete(all_ids)
    assert _facts(cid) == (NOW - timedelta(hours=20), 1)
    with pytest.raises(NotFound):
        touches.delete(99999)


def test_inbound_without_outcome_is_a_touch_and_an_answer(db):
    cid = _add()
    _log(cid, "call", "no-answer", hours_ago=5)
    _log(cid, "wechat", None, "in", hours_ago=4)
    assert _facts(cid) == (NOW - timedelta(hours=4), 0)
    _log(cid, "email", None, "out", hours_ago=3)  # sent, no outcome yet: a touch, no count
    assert _facts(cid) == (NOW - timedelta(hours=3), 0)


def test_group_log_many_contacts_in_one_transaction(db):
    demo.generate(3000, seed=5, now=NOW)  # created before NOW, whatever today's date
    ids = contacts.ids()
    touches.log(ids[:10], "call", "reached", at=NOW - timedelta(days=1), now=NOW)
    logged = touches.log(ids, "微信", "未回复", summary="双十一活动", now=NOW)
    assert len(logged.interactions) == len(set(logged.interactions)) == 3000
    assert logged.contacts == logged.timeline == frozenset(ids)
    assert contacts.count(timeline.unanswered_term(">=", "1")) == 3000
    assert {(r.last_contacted_at, r.unanswered_count) for r in contacts.get_many(ids)} == {
        (NOW, 1)}
    assert timeline.entries(ids[0])[0].summary == "双十一活动"
    undo = touches.delete(logged.interactions, now=NOW)
    assert undo.timeline == frozenset(ids)
    assert _facts(ids[0]) == (NOW - timedelta(days=1), 0) and _facts(ids[-1]) == (None, 0)


def test_group_log_is_one_transaction(db, monkeypatch):
    ids = [_add() for _ in range(3)]

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(timeline, "refresh", boom)
    _log(ids[0], "call", "reached", hours_ago=1)
    with pytest.raises(RuntimeError):
        _log(ids, "call", "no-answer", hours_ago=2)  # back-dated for ids[0]: refresh runs
    assert [timeline.count(i) for i in ids] == [2, 1, 1]
    assert _facts(ids[1]) == (None, 0)


def test_duplicate_ids_log_once(db):
    cid = _add()
    assert len(touches.log([cid, cid], "call", now=NOW).interactions) == 1


def test_changes_or_keeps_timeline():
    a = Changes(contacts=frozenset({1}), timeline=frozenset({2}))
    b = Changes(rows_added_or_removed=True, timeline=frozenset({3}))
    assert (a | b) == Changes(frozenset({1}), True, frozenset({2, 3}))
    assert Changes(timeline=frozenset({1})) and not Changes()


def test_purge_removes_the_timeline(db):
    cid = _add()
    _log(cid, "call", "reached")
    contacts.purge([cid])
    assert db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == 0


def test_v1_database_gets_created_events_and_empty_facts(tmp_path):
    from peewee import SqliteDatabase

    from desktop_app.core.storage import migrations
    from desktop_app.core.storage.db import open_database

    path = tmp_path / "v1.sqlite3"
    old = SqliteDatabase(str(path))
    old.connect()
    migrations.migrate(old, target=1)
    old.execute_sql("INSERT INTO contact (name, stage, created_at, updated_at) VALUES "
                    "('叶辉', 'won', '2026-01-01 08:00:00', '2026-01-02 00:00:00')")
    old.close()
    db = open_database(path)
    try:
        assert [(e.kind, e.at, e.new_value) for e in timeline.entries(1)] == [
            ("created", datetime(2026, 1, 1, 8), None)]  # the stage it started in is unknown
        assert _facts(1) == (None, 0)
    finally:
        db.close()


def _plan(db, query):
    sql, params = query.sql()
    return " | ".join(r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_reads_use_indexes(db):
    from desktop_app.core.storage.schema import Contact, Interaction

    entries = (Interaction.select().where((Interaction.contact == 1)
                                          & Interaction.deleted_at.is_null())
               .order_by(Interaction.at.desc(), Interaction.id.desc()).limit(200))
    plan = _plan(db, entries)
    assert "interaction_contact_at" in plan and "TEMP B-TREE" not in plan
    for column in ("last_contacted_at", "unanswered_count"):
        assert column in contacts.LIST_COLUMNS
        field = contacts.SORT_FIELDS[column]
        page = (Contact.select().where(Contact.deleted_at.is_null())
                .order_by(field.desc(), Contact.id.desc()).limit(200))
        plan = _plan(db, page)
        assert f"contact_{column}" in plan and "TEMP B-TREE" not in plan, plan
    plan = _plan(db, Contact.select().where(Contact.deleted_at.is_null()
                                            & timeline.last_term(">", "7d", NOW.date())))
    assert "contact_last_contacted_at" in plan
