"""The activity report counts each touch once, in its local day or week, per channel and
outcome, with or without the user's filter, the user's own behaviours included: compared
with a plain-Python count of the same touches."""
import random
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.grading import behaviours
from desktop_app.core.reports import periods, run
from desktop_app.core.timeline import records as timeline

TODAY = date(2026, 12, 20)
CHANNELS = [("call", "reached"), ("call", "no-answer"), ("call", None), ("wechat", "replied"),
            ("wechat", "no-reply"), ("sms", None), ("visit", "reached"), ("note", None),
            ("知乎评论", None)]


@pytest.fixture
def touches(db):
    rnd = random.Random(5)
    ids = [contacts.create({"name": f"客户{i}", "source": rnd.choice(["抖音", "知乎"]),
                            "city": "上海"})[0] for i in range(12)]
    logged = []
    start = datetime(2026, 9, 25, tzinfo=timezone.utc)
    for _ in range(400):
        cid = rnd.choice(ids)
        channel, outcome = rnd.choice(CHANNELS)
        at = (start + timedelta(minutes=rnd.randrange(0, 60 * 24 * 75))).replace(tzinfo=None)
        timeline.log(cid, channel, outcome, at=at, now=datetime(2026, 12, 20))
        logged.append((cid, channel, outcome, at))
    return logged


def _local_day(at: datetime) -> date:
    return at.replace(tzinfo=timezone.utc).astimezone().date()


def _oracle(logged, period, bucket, only=None):
    counts = Counter()
    for cid, channel, outcome, at in logged:
        day = _local_day(at)
        if not period.start <= day <= period.end or (only is not None and cid not in only):
            continue
        label = day - timedelta(days=day.weekday()) if bucket == "week" else day
        code = behaviours.find(channel).key if channel == "知乎评论" else channel
        counts[(label.isoformat(), code, outcome or "")] += 1
    return counts


def _got(report):
    return Counter({(r.bucket, r.channel, o): n for r in report.rows
                    for o, n in r.outcomes.items() if n})


@pytest.mark.parametrize("bucket", ["day", "week"])
@pytest.mark.parametrize("text", ["2026Q4", "2026-10-07..2026-11-19"])
def test_counts_match_a_plain_count(touches, bucket, text):
    period = periods.parse(text, TODAY)
    report = run.compute("activity", run.make_scope(period, TODAY, activity_mode=True), bucket)
    oracle = _oracle(touches, period, bucket)
    assert _got(report) == oracle
    # a note, and a lead's own action (知乎评论: a behaviour logged coming in), are not touches
    assert report.touches == sum(n for (_, c, _), n in oracle.items()
                                 if c not in ("note", "zhihu-comment"))


def test_the_users_filter_counts_only_its_leads(touches):
    period = periods.parse("2026Q4", TODAY)
    scope = run.make_scope(period, TODAY, "source:=抖音", activity_mode=True)
    only = {c for c in contacts.ids() if contacts.get(c).source == "抖音"}
    assert 0 < len(only) < 12
    report = run.compute("activity", scope, "day")
    oracle = _oracle(touches, period, "day", only)
    got = _got(report)
    assert sum(got.values()) == sum(oracle.values())
    assert {(b, o) for b, _, o in got} == {(b, o) for b, _, o in oracle}


@pytest.mark.parametrize("text", ["9999", "9999Q4", "9999-12", "9999-12-31", "2026-01-01..9999-12-31",
                                  "0001-01-01"])
def test_a_period_past_what_dates_hold_is_unknown_not_a_crash(text):
    from datetime import date

    from desktop_app.core.errors import ValidationError
    from desktop_app.core.reports import periods

    with pytest.raises(ValidationError):  # its end + 1 day overflowed (OverflowError)
        periods.parse(text, date(2026, 12, 5))
