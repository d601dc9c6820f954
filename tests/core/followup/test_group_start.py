"""Issue 14: a group start leaves closed leads out (and counts them), and spreads day 1 over
working days at the daily capacity, most valuable first. 2026-11-23 is a Monday; the 2026
National Day break is Oct 1-7 with a make-up working Saturday on Oct 10."""
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import group_start
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.followup.workdays import WorkCalendar

MON = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 2)


def leads(n, stage="lead", deal=lambda i: "") -> list[int]:
    return [contacts.create({"name": f"客户{i}", "stage": stage, "deal_size": deal(i)},
                            [f"138{i:08d}"], now=NOW)[0] for i in range(n)]


def firsts() -> Counter:
    from desktop_app.core.storage.rows import sql

    return Counter(date.fromisoformat(d) for (d,) in sql(
        "SELECT due FROM touchpoint WHERE status = 'due' AND step = 0"))


def test_a_group_start_leaves_closed_leads_out_and_counts_them(db):
    open_ = leads(5)
    won, lost = leads(2, "won"), leads(3, "lost")
    done = group_start.start(open_ + won + lost, "golden-week", MON, now=NOW)
    assert sorted(done.result.started) == open_ and done.plan.closed_left_out == 5
    assert done.summary() == ("Started 黄金七天 for 5 lead(s); first touch on 2026-11-23; "
                              "left out 5 closed lead(s) (won, lost)")
    assert tp.pending_for(won + lost) == {}


def test_closed_leads_start_when_included_and_a_single_one_always(db):
    won = leads(2, "won")
    done = group_start.start(won, "nurture", MON, include_closed=True, now=NOW)
    assert sorted(done.result.started) == won and done.plan.closed_left_out == 0
    other = leads(1, "lost")
    assert group_start.start(other, "nurture", MON, now=NOW).result.started == tuple(other)


def test_a_group_of_only_closed_leads_is_refused(db):
    with pytest.raises(ValidationError):
        group_start.start(leads(3, "won"), "golden-week", MON, now=NOW)


def test_500_leads_at_50_a_day_spread_over_working_days_most_valuable_first(db):
    ids = leads(500, deal=lambda i: f"{i + 1}万")  # the last made is worth the most
    thursday = date(2026, 9, 24)  # the spread crosses Mid-Autumn (Sep 25) and National Day
    done = group_start.start(ids, "golden-week", thursday, per_day=50, now=NOW)
    spread = done.plan.spread
    cal = WorkCalendar(True, True)
    assert [n for _, n in spread] == [50] * 10
    assert spread[0][0] == thursday and all(cal.is_working_day(d) for d, _ in spread)
    assert [d for d, _ in spread][1:4] == [date(2026, 9, 28), date(2026, 9, 29),
                                           date(2026, 9, 30)]
    assert [d for d, _ in spread][4:] == [date(2026, 10, d) for d in (8, 9, 10, 12, 13, 14)]
    assert date(2026, 10, 8) in dict(spread) and date(2026, 10, 10) in dict(spread)
    assert firsts() == Counter(dict(spread))
    by_day = sorted(done.plan.starts.items(), key=lambda kv: (kv[1], kv[0]))
    assert {c for c, d in by_day if d == thursday} == set(ids[-50:])  # the 50 largest deals
    assert done.summary() == ("Started 黄金七天 for 500 lead(s); first touches from "
                              "2026-09-24 to 2026-10-14, at most 50 a day")


def test_the_capacity_counts_first_touches_already_planned(db):
    group_start.set_capacity(10)
    assert group_start.capacity() == 10
    first = group_start.start(leads(6), "golden-week", MON, now=NOW)
    second = group_start.start(leads(8), "golden-week", MON, now=NOW)
    assert first.plan.spread == [(MON, 6)]
    assert second.plan.spread == [(MON, 4), (MON + timedelta(days=1), 4)]


def test_the_capacity_setting_is_checked(db):
    assert group_start.capacity() == group_start.DEFAULT_CAPACITY == 50
    for bad in ("0", "-3", "五十", ""):
        with pytest.raises(ValidationError):
            group_start.set_capacity(bad)


def test_undo_of_a_spread_start_removes_every_cadence(db):
    ids = leads(7)
    done = group_start.start(ids, "golden-week", MON, per_day=3, now=NOW)
    assert len(done.plan.spread) == 3
    tp.restore(done.result.undo, now=NOW)
    assert tp.pending_for(ids) == {}


def test_cli_start_leaves_closed_out_spreads_and_says_so(db_path, capsys, fixed_today):
    from desktop_app.cli import main

    fixed_today(MON)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for i, stage in enumerate(["lead", "lead", "lead", "won", "lost"]):
        assert main(["add", "--db", str(db_path), "--tag", f"上海-公司{i}-咨询-{i + 1}万-客户{i}",
                     "--phone", f"1390000111{i}", "--stage", stage]) == 0
    capsys.readouterr()
    assert main(["cadence", "start", "--db", str(db_path), "--filter", "上海", "--template",
                 "golden-week", "--per-day", "2"]) == 0
    assert capsys.readouterr().out == (
        "Started 黄金七天 for 3 lead(s); first touches from 2026-11-23 to 2026-11-24, at most "
        "2 a day; left out 2 closed lead(s) (won, lost)\n")
    assert main(["cadence", "start", "--db", str(db_path), "--filter", "上海", "--template",
                 "nurture", "--include-closed", "--replace"]) == 0
    # (长期培育's first call is on day 7: Sunday 11-29, so Monday 11-30)
    assert capsys.readouterr().out.startswith("Started 长期培育 for 5 lead(s); first touch on "
                                              "2026-11-30; replaced the cadence of 3 lead(s)")
    assert main(["settings", "--db", str(db_path), "first-touches-per-day", "0"]) == 1
    assert main(["settings", "--db", str(db_path), "first-touches-per-day", "30"]) == 0
    capsys.readouterr()
    assert main(["settings", "--db", str(db_path), "first-touches-per-day"]) == 0
    assert capsys.readouterr().out == "first-touches-per-day\t30\n"


def test_the_highest_grade_starts_first_then_the_largest_deal(db):
    small, big, graded = leads(1, deal=lambda i: "1万"), leads(1, deal=lambda i: "900万"), \
        leads(2, deal=lambda i: "")
    db.execute_sql(f"UPDATE contact SET grade = 'A', grade_manual = 'A' WHERE id IN "
                   f"({graded[0]}, {graded[1]})")
    done = group_start.start(small + big + graded, "golden-week", MON, per_day=2, now=NOW)
    assert done.plan.targets == (*graded, big[0], small[0])
    assert {c for c, d in done.plan.starts.items() if d == MON} == set(graded)


def test_the_capacity_counts_each_first_touch_on_the_day_it_falls(db):
    """长期培育's first call is on day 7; the 2027 Spring Festival break rolls the day 7s of
    the day 1s around it onto the same working day. At most 10 first touches fall on a day,
    over two starts, and the summary names the days of those touches, not the day 1s."""
    feb1 = date(2027, 2, 1)
    first = group_start.start(leads(40), "nurture", feb1, per_day=10, now=NOW)
    second = group_start.start(leads(40), "nurture", feb1, per_day=10, now=NOW)
    planned = firsts()
    assert sum(planned.values()) == 80 and max(planned.values()) == 10
    assert planned == Counter(first.plan.first_touches.values()) + Counter(
        second.plan.first_touches.values())
    touches = sorted(second.plan.first_touches.values())
    assert second.summary().endswith(f"first touches from {touches[0].isoformat()} to "
                                     f"{touches[-1].isoformat()}, at most 10 a day")
    assert min(first.plan.starts.values()) == feb1 < touches[0]


def grade(ids, letter, db):
    db.execute_sql(f"UPDATE contact SET grade = '{letter}', grade_manual = '{letter}' WHERE id "
                   f"IN ({','.join(map(str, ids))})")


def test_a_mixed_group_plans_its_a_leads_as_hot_and_the_rest_as_before(db):
    """An earlier start of cooler leads filled Monday and Tuesday (3 a day). A group of 2 A
    leads and 4 B leads: the A leads go on Monday all the same (they queue only behind other A
    leads), which goes over the capacity and is said; the B leads queue behind everything,
    the A leads just planned included. Without A leads nothing changes."""
    group_start.start(leads(6), "golden-week", MON, per_day=3, now=NOW)
    hot, cool = leads(2, "interested"), leads(4, "interested")
    grade(hot, "A", db)
    grade(cool, "B", db)
    wed, thu = MON + timedelta(days=2), MON + timedelta(days=3)
    the_plan = group_start.plan(cool + hot, MON, per_day=3)
    assert the_plan.targets[:2] == tuple(sorted(hot)) and the_plan.hot == frozenset(hot)
    assert {the_plan.starts[c] for c in hot} == {MON}
    assert sorted(the_plan.starts[c] for c in cool) == [wed, wed, wed, thu]
    assert the_plan.over == {MON: 5}
    done = group_start.start(cool + hot, "golden-week", MON, per_day=3, now=NOW)
    assert done.plan.starts == the_plan.starts
    assert firsts() == Counter({MON: 5, MON + timedelta(days=1): 3, wed: 3, thu: 1})
    assert done.summary() == (
        "Started 黄金七天 for 6 lead(s); first touches from 2026-11-23 to 2026-11-26, at most 3 "
        "a day; the 2 A lead(s) first, from 2026-11-23; first touches over the daily capacity "
        "of 3 on 2026-11-23: 5 (the A leads go before the earlier starts, which keep their "
        "days)")
    assert group_start.plan(cool, MON, per_day=3, skip=()).over == {}  # (B only: behind)
    single = group_start.start(leads(1), "golden-week", MON, per_day=3, now=NOW)  # no grade
    assert single.plan.hot == frozenset() and "A lead" not in single.summary()


def test_cli_start_of_a_mixed_group_puts_its_a_leads_first(db_path, capsys, fixed_today):
    from desktop_app.cli import main
    from desktop_app.core.storage.db import close_database, open_database

    fixed_today(MON)
    database = open_database(db_path)
    filler, hot, cool = leads(4), leads(1, "interested"), leads(2, "interested")
    database.execute_sql("UPDATE contact SET city = '杭州' WHERE id IN "
                         f"({','.join(map(str, hot + cool))})")
    grade(hot, "A", database)
    grade(cool, "C", database)
    close_database(database, backup=False)
    assert main(["cadence", "start", "--db", str(db_path), "--contact", str(filler[0]),
                 "--contact", str(filler[1]), "--contact", str(filler[2]), "--contact",
                 str(filler[3]), "--template", "golden-week", "--per-day", "2"]) == 0
    capsys.readouterr()
    assert main(["cadence", "start", "--db", str(db_path), "--filter", "城市:杭州",
                 "--template", "golden-week", "--per-day", "2"]) == 0
    assert capsys.readouterr().out == (
        "Started 黄金七天 for 3 lead(s); first touches from 2026-11-23 to 2026-11-25, at most 2 "
        "a day; the 1 A lead(s) first, from 2026-11-23; first touches over the daily capacity "
        "of 2 on 2026-11-23: 3 (the A leads go before the earlier starts, which keep their "
        "days)\n")
