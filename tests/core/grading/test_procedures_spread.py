"""A grade's procedure for a group is started as a group start is (``group_start``): at most
the daily capacity of first touches a day, A before B, and the won/lost leads left out.
``procedures.apply`` started every lead on today: "Apply the grade's procedure" on the demo
book put 278 more first touches on one day (capacity 50) and restarted cadences of lost leads."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import group_start, touchpoints
from desktop_app.core.grading import procedures

TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime(2026, 11, 25, 10, 0)


def _leads(n, grade):
    ids = [contacts.create({"name": f"{grade}{i}"}, [f"1390000{grade}{i:03d}"[-11:]], now=NOW)[0]
           for i in range(n)]
    editing.set_field(ids, "grade", grade, now=NOW)
    return ids


def test_a_group_is_spread_over_working_days_at_the_daily_capacity(db):
    group_start.set_capacity(3)
    a, b = _leads(2, "A"), _leads(5, "B")
    lost = _leads(1, "B")
    editing.set_stage(lost, "lost", now=NOW)
    done = procedures.apply(a + b + lost, TODAY, now=NOW)
    assert done.started == {"close-21": tuple(a), "golden-week": tuple(b)}
    assert done.closed_left_out == 1 and lost[0] not in done.starts
    days = Counter(done.starts.values())
    # Wed 3 (A, A, B), Thu 3, Fri 1: never more than the capacity on one day
    assert sorted(days.items()) == [(date(2026, 11, 25), 3), (date(2026, 11, 26), 3),
                                    (date(2026, 11, 27), 1)]
    assert all(done.starts[c] == TODAY for c in a)  # the A leads are called first
    assert (done.first_day, done.last_day, done.per_day) == (TODAY, date(2026, 11, 27), 3)
    due = {p.contact_id: p.due for p in touchpoints.pending_for(a + b).values()}
    assert due == done.starts  # what Today and the calendar will show
    for undo in reversed(done.undos):  # the window's undo
        touchpoints.restore(undo)
    assert touchpoints.pending_for(a + b + lost) == {}


def test_one_lead_chosen_on_purpose_is_started_today_whatever_its_stage(db):
    group_start.set_capacity(1)
    procedures.apply(_leads(1, "A"), TODAY, now=NOW)  # today is full
    won = _leads(1, "A")
    editing.set_stage(won, "won", now=NOW)
    editing.set_field(won, "grade", "A", now=NOW)
    done = procedures.apply(won, TODAY, now=NOW)
    assert done.started == {"close-21": tuple(won)} and done.closed_left_out == 0
    assert done.starts == {won[0]: TODAY}  # the Grade tab's Start: a hot lead waits for no one


def test_hot_leads_go_before_an_earlier_start_that_filled_the_days(db):
    """A group start of cooler leads filled Wed, Thu and Fri (capacity 2); the grade's
    procedure for three leads just graded A then put their first calls on Mon and Tue, after
    all of them. Now the A leads queue only behind A leads (Wed, Wed, Thu), the earlier start
    keeps every one of its days, a B lead still waits for a free day, and the days that went
    over the capacity are said."""
    group_start.set_capacity(2)
    older = _leads(6, "C")
    group_start.start(older, "golden-week", TODAY)  # Wed 2, Thu 2, Fri 2
    before = {p.contact_id: p.due for p in touchpoints.pending_for(older).values()}
    hot, warm = _leads(3, "A"), _leads(1, "B")
    done = procedures.apply(hot + warm, TODAY, now=NOW)
    assert [done.starts[c] for c in hot] == [TODAY, TODAY, date(2026, 11, 26)]
    assert done.starts[warm[0]] == date(2026, 11, 30)  # Monday: B queues as before
    assert {p.contact_id: p.due for p in touchpoints.pending_for(older).values()} == before
    assert done.over == {TODAY: 4, date(2026, 11, 26): 3}
    one = _leads(1, "B")  # the Grade tab's Start: today whatever the capacity, said so
    assert procedures.apply(one, TODAY, now=NOW).over == {TODAY: 5}
    assert procedures.apply(_leads(1, "A") + _leads(1, "C"), date(2026, 12, 2),
                            now=NOW).over == {}  # a free day: nothing over
