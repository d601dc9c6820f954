"""Cadences in the database: start, complete, retry, skip, reschedule, snooze, stop, undo,
manual touches through the timeline, and the derived next_due. Dates below were worked out
by hand (2026-11-23 is a Monday; the 2026 National Day break is Oct 1-7, with make-up
working days Sunday Sep 20 and Saturday Oct 10)."""
import sqlite3
import time
from datetime import date, datetime, timedelta

import peewee
import pytest

from desktop_app.core.followup import touches
from desktop_app.core.followup import agenda
from desktop_app.core.followup import cadence
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.contacts import records as contacts
from desktop_app.core.timeline import records as timeline
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.core.errors import NotFound, ValidationError

MON = date(2026, 11, 23)


def at(day: date, hour: int = 2) -> datetime:
    """A naive-UTC time on ``day`` (02:00 UTC = 10:00 in Shanghai)."""
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture(autouse=True)
def shanghai(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # manual touches are dated in local time
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def lead(name="叶辉", stage="lead", deal="", phone="13812345678") -> int:
    cid, _ = contacts.create({"name": name, "stage": stage, "deal_size": deal}, [phone],
                             now=at(MON - timedelta(days=30)))
    return cid


def only(contact_id) -> tp.Pending:
    return tp.pending_for(contact_id)[contact_id]


def state(db) -> dict:
    """Everything a cadence write may change, for undo comparisons."""
    q = lambda sql: db.execute_sql(sql).fetchall()  # noqa: E731
    return {
        "cadence": q("SELECT id, contact_id, template_id, start, status, ended_at FROM cadence "
                     "ORDER BY id"),
        "touchpoint": q("SELECT id, cadence_id, step, retry, due, status, outcome, "
                        "interaction_id FROM touchpoint ORDER BY id"),
        "next_due": q("SELECT id, next_due FROM contact ORDER BY id"),
        "timeline": q("SELECT id, kind, channel, outcome, summary FROM interaction WHERE "
                      "deleted_at IS NULL ORDER BY id"),
        "facts": q("SELECT id, last_contacted_at, unanswered_count FROM contact ORDER BY id"),
    }


def walk(contact_id, outcome="reached", limit=20) -> list[tuple]:
    """Complete every step on its due date; the (step, retry, due) of each touch."""
    seen = []
    while contact_id in tp.pending_for(contact_id) and len(seen) < limit:
        p = only(contact_id)
        seen.append((p.step, p.retry, p.due))
        tp.complete(p.id, outcome, today=p.due, now=at(p.due))
    return seen


# --- templates ----------------------------------------------------------------------------

def test_builtins_are_seeded_and_match_the_arithmetic(db):
    stored = {t.key: t.template for t in cadence_store.templates()}
    assert stored == {t.key: t for t in cadence.BUILTIN_TEMPLATES}
    assert all(t.builtin for t in cadence_store.templates())
    assert cadence_store.find("黄金七天").key == "golden-week"
    assert cadence_store.find("CLOSE-21").name == "21天成交"
    with pytest.raises(NotFound, match="golden-week"):
        cadence_store.find("nope")


def test_templates_can_be_added_edited_and_deleted(db):
    new_id, _ = cadence_store.save(CadenceTemplate("mine", "我的", (1, 2, 5), None, True, True, 1))
    assert cadence_store.find("mine").template.days == (1, 2, 5)
    cadence_store.save(CadenceTemplate("mine", "我的节奏", (1, 4), 30), new_id)
    t = cadence_store.find("我的节奏")
    assert (t.id, t.template.days, t.template.repeat_every) == (new_id, (1, 4), 30)
    with pytest.raises(ValidationError, match="exists"):
        cadence_store.save(CadenceTemplate("golden-week", "x", (1,)))
    cid = lead()
    tp.start(cid, "mine", MON, now=at(MON))
    with pytest.raises(ValidationError, match="stop them first"):
        cadence_store.delete(new_id)
    tp.stop(cid, now=at(MON))
    cadence_store.delete(new_id)
    assert "mine" not in [t.key for t in cadence_store.templates()]
    assert cadence_store.by_id(new_id).deleted  # history still names it
    cadence_store.save(CadenceTemplate("mine", "又一个", (1,)))  # the key is free again


def test_editing_a_template_changes_running_cadences_from_the_next_step(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    golden = cadence_store.find("golden-week")
    cadence_store.save(CadenceTemplate("golden-week", "黄金七天", (1, 2, 7)), golden.id)
    p = only(cid)
    tp.complete(p.id, "reached", today=MON, now=at(MON))
    assert only(cid).due == MON + timedelta(days=1)


# --- every built-in end to end ------------------------------------------------------------

@pytest.mark.parametrize("key, dues", [
    ("golden-week", [MON, date(2026, 11, 25), date(2026, 11, 29)]),
    ("close-21", [MON, date(2026, 11, 25), date(2026, 11, 29), date(2026, 12, 6),
                  date(2026, 12, 13)]),
])
def test_a_template_runs_to_its_end(db, key, dues):
    cid = lead()
    started = tp.start(cid, key, MON, now=at(MON))
    assert contacts.get(cid).next_due == MON and started.started == (cid,)
    assert walk(cid) == [(i, 0, d) for i, d in enumerate(dues)]
    assert contacts.get(cid).next_due is None
    assert db.execute_sql("SELECT status FROM cadence").fetchall() == [("finished",)]
    kinds = [e.kind for e in timeline.entries(cid)]
    assert kinds.count("cadence-step-done") == len(dues) and kinds.count("interaction") == len(dues)
    assert kinds[-2:] == ["cadence-started", "created"]


def test_nurture_repeats_until_stopped(db):
    cid = lead()
    tp.start(cid, "nurture", MON, now=at(MON))
    seen = walk(cid, limit=4)
    assert [d for _, _, d in seen] == [MON + timedelta(days=n) for n in (6, 96, 186, 276)]
    assert contacts.get(cid).next_due == MON + timedelta(days=366)
    result = tp.stop(cid, now=at(MON + timedelta(days=280)))
    assert result.touchpoints == {cid} and contacts.get(cid).next_due is None
    assert tp.pending_for(cid) == {}
    assert timeline.entries(cid)[0].kind == "cadence-stopped"


def test_no_answer_retries_the_next_working_day_up_to_max_retries(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    seen = []
    for day in (MON, MON + timedelta(days=1), MON + timedelta(days=2)):
        p = only(cid)
        seen.append((p.step, p.retry, p.due, p.label))
        tp.complete(p.id, "未接", today=day, now=at(day))
    p = only(cid)
    seen.append((p.step, p.retry, p.due, p.label))
    assert seen == [
        (0, 0, MON, "黄金七天 · 第1天"),
        (0, 1, date(2026, 11, 24), "黄金七天 · 第1天 · 重拨1"),
        (0, 2, date(2026, 11, 25), "黄金七天 · 第1天 · 重拨2"),
        (1, 0, date(2026, 11, 26), "黄金七天 · 第3天"),  # day 3 (Nov 25) passed: tomorrow
    ]
    assert contacts.get(cid).unanswered_count == 3
    calls = [e for e in timeline.entries(cid) if e.kind == "interaction"]
    assert {(e.channel, e.outcome) for e in calls} == {("call", "no-answer")}


def test_skip_moves_to_the_next_step(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    result = tp.skip(only(cid).id, today=MON, now=at(MON))
    assert (only(cid).step, only(cid).due) == (1, date(2026, 11, 25))
    assert result.next == (only(cid).id,) and result.touchpoints == {cid}
    entry = timeline.entries(cid)[0]
    assert (entry.kind, entry.summary) == ("cadence-step-skipped", "黄金七天 · 第1天")
    assert not [e for e in timeline.entries(cid) if e.kind == "interaction"]


def test_reschedule_and_snooze(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    p = only(cid)
    tp.reschedule(p.id, date(2026, 12, 2), today=MON, now=at(MON))
    assert only(cid).due == contacts.get(cid).next_due == date(2026, 12, 2)
    event = timeline.entries(cid)[0]
    assert (event.kind, event.old_value, event.new_value) == (
        "cadence-rescheduled", "2026-11-23", "2026-12-02")
    tp.snooze(p.id, cadence.SNOOZE_DAY, today=MON, now=at(MON))
    assert only(cid).due == date(2026, 12, 3)
    tp.snooze(p.id, cadence.SNOOZE_WEEK, today=MON, now=at(MON))
    assert only(cid).due == date(2026, 12, 10)
    # overdue: a snooze counts from today
    tp.snooze(p.id, cadence.SNOOZE_DAY, today=date(2026, 12, 20), now=at(date(2026, 12, 20)))
    assert only(cid).due == date(2026, 12, 21)
    with pytest.raises(ValidationError, match="has passed"):
        tp.reschedule(p.id, MON - timedelta(days=1), today=MON)
    # the step is still day 1: completing it goes on to day 3, late: the next day
    tp.complete(p.id, "reached", today=date(2026, 12, 21), now=at(date(2026, 12, 21)))
    assert (only(cid).step, only(cid).due) == (1, date(2026, 12, 22))


def test_done_skipped_and_stopped_touches_cannot_be_acted_on(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    first = only(cid).id
    tp.complete(first, "reached", today=MON, now=at(MON))
    for act in (lambda: tp.complete(first, "reached", today=MON),
                lambda: tp.skip(first, today=MON), lambda: tp.snooze(first, 1, today=MON)):
        with pytest.raises(NotFound, match="not pending"):
            act()
    with pytest.raises(ValidationError, match="note"):
        tp.complete(only(cid).id, None, channel="note", today=MON)


# --- a holiday week, month and year ends --------------------------------------------------

def test_a_template_that_skips_the_national_day_break(db):
    tid, _ = cadence_store.save(CadenceTemplate("golden-work", "黄金七天(工作日)", (1, 3, 7),
                                                skip_weekends=True, skip_holidays=True))
    cid = lead()
    tp.start(cid, tid, date(2026, 9, 30), now=at(date(2026, 9, 30)))
    p = only(cid)
    assert p.due == date(2026, 9, 30)  # a Wednesday before the break
    tp.complete(p.id, "reached", today=p.due, now=at(p.due))
    assert only(cid).due == date(2026, 10, 8)  # day 3 (Oct 2) falls in the break
    tp.complete(only(cid).id, "reached", today=date(2026, 10, 8), now=at(date(2026, 10, 8)))
    assert only(cid).due == date(2026, 10, 9)  # day 7 (Oct 6): the working day after day 3
    tp.complete(only(cid).id, "no-answer", today=date(2026, 10, 9), now=at(date(2026, 10, 9)))
    assert (only(cid).retry, only(cid).due) == (1, date(2026, 10, 10))  # make-up Saturday


def test_month_and_year_ends(db):
    cid = lead()
    tp.start(cid, "golden-week", date(2026, 12, 29), now=at(date(2026, 12, 29)))
    assert walk(cid) == [(0, 0, date(2026, 12, 29)), (1, 0, date(2026, 12, 31)),
                         (2, 0, date(2027, 1, 4))]
    other = lead("王芳")
    tp.start(other, "close-21", date(2027, 1, 30), now=at(date(2027, 1, 30)))
    tp.complete(only(other).id, "reached", today=date(2027, 1, 30), now=at(date(2027, 1, 30)))
    assert only(other).due == date(2027, 2, 1)
    assert agenda.month_grid(2027, 1) == (date(2026, 12, 28), date(2027, 2, 7))
    assert agenda.day_counts(*agenda.month_grid(2027, 1)) == {date(2027, 2, 1): 1}
    assert agenda.day_counts(date(2027, 2, 1), date(2027, 2, 28)) == {date(2027, 2, 1): 1}


# --- manual touches through the timeline --------------------------------------------------

def test_a_touch_logged_by_hand_counts_as_the_step_in_its_window(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    tp.complete(only(cid).id, "reached", today=MON, now=at(MON))
    # a second touch on day 1 is not day 3
    logged = touches.log(cid, "wechat", "replied", now=at(MON, 5))
    assert logged.touchpoints == frozenset() and only(cid).step == 1
    # a note, and an inbound missed call, are no touches
    tuesday = MON + timedelta(days=1)
    touches.log(cid, "note", None, summary="想想", now=at(tuesday))
    touches.log(cid, "call", "no-answer", direction="in", now=at(tuesday, 3))
    assert only(cid).step == 1
    # a WeChat on day 2 (the window of day 3 is open) does day 3 early
    logged = touches.log(cid, "微信", "已回复", summary="发了资料", now=at(tuesday, 4))
    assert logged.touchpoints == {cid} and cid in logged.contacts
    p = only(cid)
    assert (p.step, p.due) == (2, date(2026, 11, 29)) == (2, contacts.get(cid).next_due)
    done = db.execute_sql("SELECT outcome, interaction_id FROM touchpoint WHERE step = 1"
                          ).fetchall()
    assert done == [("replied", logged.interactions[0])]
    assert timeline.entries(cid)[0].summary == "黄金七天 · 第3天"
    # the lead calls us: without an outcome it completes nothing (issue 14); reached, day 7 done
    touches.log(cid, "call", None, direction="in", now=at(MON + timedelta(days=6)))
    assert only(cid).step == 2
    touches.log(cid, "call", "reached", direction="in", now=at(MON + timedelta(days=6), 3))
    assert tp.pending_for(cid) == {}


def test_a_group_log_moves_each_lead_in_its_window(db):
    ids = [lead(f"n{i}") for i in range(6)]
    tp.start(ids[:3], "golden-week", MON, now=at(MON))
    tp.start(ids[3:5], "golden-week", MON + timedelta(days=3), now=at(MON))
    logged = touches.log(ids, "call", "reached", now=at(MON + timedelta(days=1)))
    assert logged.touchpoints == frozenset(ids[:3])  # the later starts' window is not open
    assert {only(c).step for c in ids[:3]} == {1} and {only(c).step for c in ids[3:5]} == {0}


def test_a_back_dated_touch_counts_on_its_own_day(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    # logged on Thursday for a call made on Monday: it was day 1, and day 3 is due
    # after "today" at the earliest
    touches.log(cid, "call", "reached", at=at(MON), now=at(MON + timedelta(days=3)))
    assert (only(cid).step, only(cid).due) == (1, MON + timedelta(days=4))


def test_deleting_the_interaction_reopens_the_step_and_restoring_redoes_it(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    before = state(db)
    logged = touches.log(cid, "call", "reached", now=at(MON))
    after = state(db)
    changes = touches.delete(logged.interactions, now=at(MON, 3))
    assert changes.touchpoints == {cid}
    now_state = state(db)
    assert now_state["touchpoint"] == before["touchpoint"]
    assert now_state["next_due"] == before["next_due"]
    assert now_state["timeline"] == before["timeline"]
    touches.restore(logged.interactions, now=at(MON, 4))
    assert only(cid).step == 1 and state(db)["next_due"] == after["next_due"]


def test_deleting_an_older_interaction_leaves_later_steps(db):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    first = touches.log(cid, "call", "reached", now=at(MON))
    touches.log(cid, "call", "reached", now=at(MON + timedelta(days=2)))
    touches.delete(first.interactions, now=at(MON + timedelta(days=2), 5))
    assert only(cid).step == 2


# --- undo ---------------------------------------------------------------------------------

@pytest.mark.parametrize("write", [
    lambda c, p: tp.complete(p.id, "reached", note="好", today=MON, now=at(MON)),
    lambda c, p: tp.complete(p.id, "no-answer", today=MON, now=at(MON)),
    lambda c, p: tp.skip(p.id, today=MON, now=at(MON)),
    lambda c, p: tp.reschedule(p.id, MON + timedelta(days=9), today=MON, now=at(MON)),
    lambda c, p: tp.snooze(p.id, 7, today=MON, now=at(MON)),
    lambda c, p: tp.stop(c, now=at(MON)),
    lambda c, p: tp.start(c, "close-21", MON, existing="replace", now=at(MON)),
], ids=["complete", "no-answer", "skip", "reschedule", "snooze", "stop", "replace"])
def test_undo_puts_everything_back(db, write):
    cid = lead()
    tp.start(cid, "golden-week", MON, now=at(MON))
    before = state(db)
    result = write(cid, only(cid))
    assert result.touchpoints == {cid} and state(db) != before
    changes = tp.restore(result.undo, now=at(MON, 3))
    assert cid in changes.touchpoints and cid in changes.contacts
    assert state(db) == before


def test_undo_of_a_start_removes_it(db):
    ids = [lead(f"n{i}") for i in range(3)]
    before = state(db)
    result = tp.start(ids, "golden-week", MON, now=at(MON))
    tp.restore(result.undo)
    assert state(db) == before


# --- one running cadence per lead, group start ---------------------------------------------

def test_one_running_cadence_per_lead(db):
    a, b, c = lead("a"), lead("b"), lead("c")
    tp.start([a], "golden-week", MON, now=at(MON))
    with pytest.raises(tp.CadenceConflict) as caught:
        tp.start([a, b], "close-21", MON, now=at(MON))
    assert caught.value.contact_ids == (a,)
    assert tp.pending_for([a, b]).keys() == {a}  # nothing was written
    assert tp.active_among([a, b, c]).keys() == {a}
    skipped = tp.start([a, b], "close-21", MON, existing="skip", now=at(MON))
    assert (skipped.started, skipped.skipped) == ((b,), (a,))
    replaced = tp.start([a, c], "nurture", MON + timedelta(days=1), existing="replace",
                        now=at(MON))
    assert (replaced.started, replaced.replaced) == ((a, c), (a,))
    rows = db.execute_sql("SELECT c.status, t.key FROM cadence c JOIN cadence_template t "
                          "ON t.id = c.template_id WHERE contact_id = ? ORDER BY c.id",
                          (a,)).fetchall()
    assert rows == [("replaced", "golden-week"), ("active", "nurture")]
    assert only(a).due == MON + timedelta(days=7)
    statuses = db.execute_sql("SELECT status FROM touchpoint WHERE contact_id = ? ORDER BY id",
                              (a,)).fetchall()
    assert statuses == [("cancelled",), ("due",)]
    with pytest.raises((sqlite3.IntegrityError, peewee.IntegrityError)):
        db.execute_sql("INSERT INTO cadence (contact_id, template_id, start, started_at) "
                       "VALUES (?, 1, '2026-01-01', '2026-01-01')", (a,))


def test_group_start_from_a_filter_in_one_transaction(db):
    from desktop_app.core.contacts import demo
    from desktop_app.core.search import query

    demo.generate(300, seed=3)
    ids = contacts.ids(query.parse("上海").where)
    assert ids
    result = tp.start(ids, "golden-week", MON, now=at(MON))
    assert set(result.started) == set(ids) and len(result.next) == len(ids)
    assert contacts.count(query.parse("due:today", today=MON).where) == len(ids)
    contacts.trash([ids[0]])
    with pytest.raises(ValidationError, match="trash"):
        tp.start(range(1, 301), "nurture", MON, existing="skip")
    assert db.execute_sql("SELECT count(*) FROM cadence").fetchone()[0] == len(ids)


def test_trashed_leads_leave_the_agenda_and_purged_ones_take_their_rows(db):
    a, b = lead("a"), lead("b")
    tp.start([a, b], "golden-week", MON, now=at(MON))
    contacts.trash([a])
    assert agenda.day_counts(MON, MON) == {MON: 1} and agenda.count(None, MON) == 1
    contacts.restore([a])
    assert agenda.count(None, MON) == 2
    contacts.purge([a])
    assert db.execute_sql("SELECT count(*) FROM touchpoint WHERE contact_id = ?",
                          (a,)).fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM cadence").fetchone()[0] == 1


# --- invariants after any sequence of writes ------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

_op = st.one_of(
    st.tuples(st.just("start"), st.lists(st.integers(1, 3), min_size=1, max_size=3),
              st.sampled_from(("golden-week", "close-21", "nurture")),
              st.sampled_from(("replace", "skip")), st.integers(-3, 3)),
    st.tuples(st.just("complete"), st.integers(1, 3),
              st.sampled_from(("reached", "no-answer", "replied", "no-reply"))),
    st.tuples(st.just("skip"), st.integers(1, 3)),
    st.tuples(st.just("snooze"), st.integers(1, 3), st.sampled_from((1, 7))),
    st.tuples(st.just("stop"), st.integers(1, 3)),
    st.tuples(st.just("log"), st.lists(st.integers(1, 3), min_size=1, max_size=3),
              st.sampled_from((("call", "reached", "out"), ("call", "no-answer", "out"),
                               ("wechat", None, "in"), ("note", None, "out"),
                               ("call", "no-answer", "in")))),
    st.tuples(st.just("delete"), st.integers(0, 40)),
    st.tuples(st.just("restore"), st.integers(0, 40)),
    st.tuples(st.just("undo"), st.integers(0, 40)),
    st.tuples(st.just("day"),),
)


def _check_invariants(db):
    q = lambda sql: db.execute_sql(sql).fetchall()  # noqa: E731
    active = q("SELECT contact_id, id FROM cadence WHERE status = 'active'")
    assert len({c for c, _ in active}) == len(active)  # one running cadence per lead
    pending = q("SELECT t.cadence_id, c.status, t.due, t.contact_id FROM touchpoint t "
                "JOIN cadence c ON c.id = t.cadence_id WHERE t.status = 'due'")
    assert sorted(k for k, *_ in pending) == sorted(k for _, k in active)  # one each
    assert all(status == "active" for _, status, _, _ in pending)
    due = {cid: d for _, _, d, cid in pending}
    for cid, next_due in q("SELECT id, next_due FROM contact"):
        assert next_due == due.get(cid), cid


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_op, max_size=30))
def test_invariants_hold_after_any_writes(ops):
    from peewee import SqliteDatabase

    from desktop_app.core.storage import migrations
    from desktop_app.core.storage import schema

    db = SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    schema.database.initialize(db)
    migrations.migrate(db)
    cadence_store.forget()
    try:
        for name in ("a", "b", "c"):
            contacts.create({"name": name}, now=at(MON - timedelta(days=5)))
        day = MON
        logged: list[int] = []
        undos: list = []
        for o in ops:
            now = at(day, 3)
            try:
                if o[0] == "start":
                    undos.append(tp.start(o[1], o[2], day + timedelta(days=o[4]),
                                          existing=o[3], now=now).undo)
                elif o[0] == "complete" and o[1] in tp.pending_for(o[1]):
                    result = tp.complete(only(o[1]).id, o[2], today=day, now=now)
                    logged.append(result.interaction)
                    undos.append(result.undo)
                elif o[0] == "skip" and o[1] in tp.pending_for(o[1]):
                    undos.append(tp.skip(only(o[1]).id, today=day, now=now).undo)
                elif o[0] == "snooze" and o[1] in tp.pending_for(o[1]):
                    undos.append(tp.snooze(only(o[1]).id, o[2], today=day, now=now).undo)
                elif o[0] == "stop":
                    undos.append(tp.stop(o[1], now=now).undo)
                elif o[0] == "log":
                    channel, outcome, direction = o[2]
                    logged += touches.log(o[1], channel, outcome, direction, now=now
                                           ).interactions
                elif o[0] == "delete" and logged:
                    touches.delete(logged[o[1] % len(logged)], now=now)
                elif o[0] == "restore" and logged:
                    touches.restore(logged[o[1] % len(logged)], now=now)
                elif o[0] == "undo" and undos:
                    tp.restore(undos.pop(), now=now)  # the newest first, like an undo stack
                    logged = [i for i in logged if db.execute_sql(
                        "SELECT 1 FROM interaction WHERE id = ? AND deleted_at IS NULL",
                        (i,)).fetchone()]
                elif o[0] == "day":
                    day += timedelta(days=1)
                    undos.clear()  # a new day: the undo stack would be stale after logs
            except (ValidationError, NotFound):
                pass
            if o[0] in ("log", "delete", "restore"):
                undos.clear()  # writes outside the undo stack invalidate it
            _check_invariants(db)
    finally:
        db.close()
