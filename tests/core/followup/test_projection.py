"""Issue 14: the projected calendar. Its counts for the next 30 days equal what the cadences
produce when every touch is done on its day (simulated here through ``touchpoints.complete``),
over working days, a holiday break and overdue touches. 2026-09-21 is a Monday; the National
Day break is Oct 1-7 with a make-up working Saturday on Oct 10."""
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import agenda, group_start, projection, template_store
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.followup.cadence import CadenceTemplate

TODAY = date(2026, 9, 21)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2)


@pytest.fixture
def running(db):
    template_store.save(CadenceTemplate("daily", "每天", (1, 2, 4), repeat_every=3),
                        now=at(TODAY))
    ids = [contacts.create({"name": f"客户{i}", "deal_size": f"{i}万"}, [f"138{i:08d}"],
                           now=at(TODAY - timedelta(days=30)))[0] for i in range(36)]
    plans = [("golden-week", -3), ("close-21", -10), ("nurture", -2), ("daily", 0),
             ("golden-week", 4), ("close-21", 9)]
    for k, (key, offset) in enumerate(plans):
        tp.start(ids[k * 6:(k + 1) * 6], key, TODAY + timedelta(days=offset),
                 now=at(TODAY + timedelta(days=min(offset, 0))))
    tp.complete(tp.pending_for(ids[0])[ids[0]].id, "no-answer", today=TODAY - timedelta(days=3),
                now=at(TODAY - timedelta(days=3)))  # a pending retry
    return ids


def simulate(days: int) -> Counter:
    """Do every touch on its day (overdue ones today), answered; count them by day."""
    done: Counter = Counter()
    last = TODAY + timedelta(days=days - 1)
    day = TODAY
    while day <= last:
        for item in agenda.page(None, day, limit=10_000):
            done[max(item.due, TODAY)] += 1
            tp.complete(item.touchpoint_id, "reached", today=day, now=at(day))
        day += timedelta(days=1)
    return done


def test_projected_counts_for_30_days_equal_the_simulation(running):
    last = TODAY + timedelta(days=29)
    due = agenda.day_counts(TODAY, last)
    overdue = agenda.count(None, TODAY - timedelta(days=1))
    projected = projection.counts(TODAY, last, TODAY)
    assert sum(projected.values()) > 50 and overdue > 0
    expected = Counter(due) + Counter(projected)
    expected[TODAY] += overdue  # done today, as the simulation does them
    assert simulate(30) == expected


def test_projected_steps_skip_weekends_and_the_break_and_are_listed_per_lead(running):
    last = TODAY + timedelta(days=29)
    steps = projection.steps(TODAY, last, TODAY)
    assert Counter(s.due for s in steps) == Counter(projection.counts(TODAY, last, TODAY))
    builtin = {t.id for t in template_store.templates() if t.builtin}
    off = [s for s in steps if s.template_id in builtin and (
        s.due.weekday() >= 5 and s.due != date(2026, 10, 10)
        or date(2026, 10, 1) <= s.due <= date(2026, 10, 7))]
    assert off == []
    assert not any(s.contact_id in running[12:18] for s in steps)  # nurture: day 97 is far


def test_days_over_the_capacity_are_found(db):
    ids = [contacts.create({"name": f"n{i}"}, [f"137{i:08d}"])[0] for i in range(12)]
    group_start.start(ids, "golden-week", TODAY, per_day=100, now=at(TODAY))
    assert projection.over_capacity(TODAY, TODAY + timedelta(days=6), 10) == {TODAY}
    assert projection.over_capacity(TODAY, TODAY + timedelta(days=6), 12) == set()


def test_due_days_lists_due_and_projected_entries(db_path, capsys, fixed_today):
    import json

    from desktop_app.cli import main

    fixed_today(TODAY)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for i in range(2):
        assert main(["add", "--db", str(db_path), "--tag", f"上海-公司{i}-咨询-{i + 1}万-客户{i}",
                     "--phone", f"1390000111{i}"]) == 0
    assert main(["cadence", "start", "--db", str(db_path), "--filter", "上海", "--template",
                 "golden-week"]) == 0
    capsys.readouterr()
    assert main(["due", "--db", str(db_path), "--days", "7", "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["due"], e["kind"], e["step"]) for e in entries] == [
        ("2026-09-21", "due", "黄金七天 · 第1天")] * 2 + [
        ("2026-09-23", "projected", "黄金七天 · 第3天")] * 2  # day 7 (a Sunday) is past the 7 days
    assert main(["due", "--db", str(db_path), "--days", "14"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "6 touchpoints (4 projected)"
    assert [line.split()[1] for line in lines[2:-1]] == ["due"] * 2 + ["projected"] * 4
    assert "2026-09-28" in lines[-2]  # day 7 (Sunday Sep 27) waits for Monday
