"""Issue 14: a won customer re-marketed from the won date: 长期培育 starts on the won date,
steps that fell in the past are skipped (none overdue), and ``won:>=90d`` finds the customers
to re-market. 2026-08-26 + 90 days = 2026-11-24 (a Tuesday)."""
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts.reach import Outcome
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import agenda, group_start
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.search import query

WON = date(2026, 8, 26)
LATER = WON + timedelta(days=90)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2)


@pytest.fixture
def customers(db):
    a, b, c = (contacts.create({"name": n, "deal_size": "20万"}, [f"1380000000{i}"],
                               now=at(WON - timedelta(days=30)))[0]
               for i, n in enumerate(["甲", "乙", "丙"]))
    editing.update(a, {"stage": "won"}, now=at(WON), outcome=Outcome(won_on=WON))
    editing.update(b, {"stage": "won"}, now=at(LATER - timedelta(days=3)))  # Nov 21
    return a, b, c


def test_a_won_customer_remarketed_90_days_later_has_no_past_due_steps(customers):
    a, b, c = customers
    assert sorted(contacts.ids(where=query.parse("won:>=90d", LATER).where)) == [a]
    done = group_start.start_from_won([a, c], LATER, now=at(LATER))
    assert done.result.started == (a,) and done.not_won == 1
    p = tp.pending_for(a)[a]
    # nurture: day 7 (Sep 1) has passed -> skipped; day 97 (Nov 30, a Monday) is next
    assert (p.start, p.step, p.due) == (WON, 1, date(2026, 11, 30))
    assert agenda.count(None, LATER) == 0  # nothing overdue
    assert done.summary() == ("Started 长期培育 from the won date for 1 customer(s); left out 1 "
                              "lead(s) that are not won")


def test_a_recent_win_starts_on_its_first_step(customers):
    _a, b, _c = customers
    group_start.start_from_won(b, LATER, now=at(LATER))
    p = tp.pending_for(b)[b]
    assert (p.step, p.due) == (0, date(2026, 11, 27))  # day 7, Friday


def test_only_leads_that_are_not_won_are_refused(customers):
    with pytest.raises(ValidationError):
        group_start.start_from_won(customers[2], LATER, now=at(LATER))


def test_cli_from_won(customers, db_path, capsys, fixed_today):
    from desktop_app.cli import main

    fixed_today(LATER)
    a, _b, c = customers
    assert main(["cadence", "start", "--db", str(db_path), "--contact", str(a), "--contact",
                 str(c), "--template", "nurture", "--from-won"]) == 0
    assert capsys.readouterr().out == ("Started 长期培育 from the won date for 1 customer(s); "
                                       "left out 1 lead(s) that are not won\n")
    assert tp.pending_for(a)[a].due == date(2026, 11, 30)
