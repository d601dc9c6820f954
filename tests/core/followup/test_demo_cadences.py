"""The demo's sample cadences: after ``demo`` a newcomer sees a working day (calls due today,
some overdue, more on the next days), each lead on the cadence its stage calls for, started no
earlier than the lead could have been. 2026-12-03 is a Thursday, 2026-12-05 a Saturday."""
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.contacts import demo
from desktop_app.core.followup import agenda, demo_cadences, group_start, template_store
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.storage.rows import sql
from desktop_app.core.when import local_date

THU = date(2026, 12, 3)
SAT = date(2026, 12, 5)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 4)  # noon in China, as naive UTC


def sample(today: date, count: int = 1000, seed: int = 1):
    demo.generate(count, seed=seed, now=noon(today))
    return demo_cadences.start(demo.newest_ids(count), today, seed=seed, now=noon(today))


def running() -> list[tuple]:
    """(contact id, template key, day 1, stage, created_at, proposal_on, won_on, lost_on,
    lost_reason, pending due) of every running cadence."""
    return sql("SELECT c.id, t.key, k.start, c.stage, c.created_at, c.proposal_on, c.won_on, "
               "c.lost_on, c.lost_reason, p.due FROM cadence k "
               "JOIN contact c ON c.id = k.contact_id "
               "JOIN cadence_template t ON t.id = k.template_id "
               "JOIN touchpoint p ON p.cadence_id = k.id AND p.status = 'due' "
               "WHERE k.status = 'active'")


def test_generate_alone_starts_no_cadence(db):
    demo.generate(300, seed=1, now=noon(THU))  # the benchmarks' databases stay as they were
    assert running() == [] and agenda.count(None, THU + timedelta(days=365)) == 0


def test_a_weekday_has_calls_due_today_some_overdue_and_more_on_the_next_days(db):
    done = sample(THU)
    assert done.due_today == agenda.count(THU, THU) >= 20
    assert done.overdue == agenda.count(None, THU - timedelta(days=1)) >= 3
    assert agenda.count(THU + timedelta(days=1), THU + timedelta(days=7)) >= 10
    rows = running()
    assert len(rows) == done.total
    # a realistic share: not every open lead, but a day's work
    live_open = sql("SELECT COUNT(*) FROM contact WHERE stage NOT IN ('won', 'lost')")[0][0]
    assert 0.05 * live_open <= sum(r[1] != "nurture" for r in rows) <= 0.4 * live_open
    assert done.summary().startswith(f"Started cadences for {done.total:,} sample leads (黄金七天 ")
    # overdue by a few days at most: a salesperson a little behind, not one who gave up
    assert min(date.fromisoformat(r[9]) for r in rows) >= THU - timedelta(
        days=demo_cadences.MAX_BEHIND_DAYS + 3)  # (+ a weekend the step was rolled past)


def test_each_lead_runs_the_cadence_its_stage_calls_for_from_a_day_it_could(db):
    sample(THU)
    keys = set()
    for cid, key, start, stage, created, quoted, won, lost, reason, due in running():
        keys.add(key)
        start = date.fromisoformat(start)
        created = local_date(datetime.fromisoformat(created))
        assert start >= created, cid
        if key == "golden-week":
            assert stage in ("lead", "contacted", "interested")
            assert THU - timedelta(days=8) <= start <= THU
        elif key == "close-21":
            assert stage == "proposal" and start >= date.fromisoformat(quoted)
            assert THU - timedelta(days=20) <= start <= THU
        else:
            assert key == "nurture" and stage in ("won", "lost")
            assert start == date.fromisoformat(won if stage == "won" else lost)
            assert stage == "won" or reason in ("价格", "无预算", "竞品")
            assert date.fromisoformat(due) >= THU  # re-marketing: no step overdue
    assert keys == {"golden-week", "close-21", "nurture"}


def test_at_most_the_daily_capacity_of_starts_a_day(db):
    group_start.set_capacity(3)
    sample(THU, count=2000)
    per_day = sql("SELECT k.start, COUNT(*) FROM cadence k JOIN cadence_template t "
                  "ON t.id = k.template_id WHERE t.key != 'nurture' GROUP BY k.start")
    assert per_day and max(n for _, n in per_day) <= 3


def test_on_a_saturday_the_overdue_calls_are_on_today_and_monday_is_full(db):
    done = sample(SAT)
    assert done.due_today == 0  # the built-in cadences skip weekends
    assert done.overdue >= 3
    assert agenda.count(SAT + timedelta(days=2), SAT + timedelta(days=2)) >= 20


def test_the_same_seed_gives_the_same_cadences(tmp_path):
    from desktop_app.core.storage.db import close_database, open_database

    seen = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite3")
        sample(THU, count=300, seed=5)
        seen.append(sorted((r[0], r[1], r[2], r[9]) for r in running()))
        close_database(database, backup=False)
    assert seen[0] == seen[1] and seen[0]


def test_leads_running_a_cadence_and_deleted_templates_are_left_alone(db):
    demo.generate(400, seed=2, now=noon(THU))
    ids = demo.newest_ids(400)
    proposal = sql("SELECT id FROM contact WHERE stage = 'proposal'")[0][0]
    tp.start(proposal, "nurture", THU, now=noon(THU))
    # deleted (the grading rules forbid it while a grade names it: as if done before they did)
    sql("UPDATE cadence_template SET deleted_at = '2026-12-01' WHERE key = 'close-21'")
    template_store.forget()
    done = demo_cadences.start(ids, THU, seed=2, now=noon(THU))
    assert "21天成交" not in done.started and done.started["黄金七天"] > 0
    assert {r[1] for r in running()} == {"golden-week", "nurture"}
    assert tp.pending_for(proposal)[proposal].start == THU  # its own nurture, as it was


@pytest.mark.parametrize("count", [0, 1])
def test_a_tiny_demo_is_fine(db, count):
    demo.generate(count, seed=3, now=noon(THU))
    done = demo_cadences.start(demo.newest_ids(count), THU, seed=3, now=noon(THU))
    assert done.total == len(running())
    if not done.total:
        assert done.summary() == "Started no cadence (no sample lead fits one)"


def test_each_sample_cadence_reads_started_on_its_own_day_1(db):
    """Each of the sample cadences' "cadence-started" entries was stamped at the moment the
    command ran (``now``): a lead whose golden week began last Monday read "started" today,
    after the calls it had skipped. Now it reads on its day 1 (at 9:00, or after the lead's
    entry of that day), never after ``now``, and in order with the lead's other entries."""
    now = noon(THU)
    sample(THU)
    rows = sql("SELECT e.contact_id, e.at, k.start FROM interaction e "
               "JOIN cadence k ON k.id = e.ref_id WHERE e.kind = 'cadence-started'")
    assert len(rows) >= 100
    at_now = 0
    for cid, at, start in rows:
        at, start = datetime.fromisoformat(at), date.fromisoformat(start)
        assert local_date(at) == start and at <= now, (cid, at, start)
        at_now += at == now
        earlier = sql("SELECT MAX(at) FROM interaction WHERE contact_id = ? AND "
                      "kind != 'cadence-started' AND at < ?",
                      [cid, (start + timedelta(days=1)).isoformat()])[0][0]
        assert earlier is None or datetime.fromisoformat(earlier) < at
    assert at_now == sum(date.fromisoformat(r[2]) == THU for r in rows) < len(rows) / 4
