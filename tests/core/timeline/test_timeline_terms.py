"""Filter terms last:/unanswered:, days since last touch, and reading typed times."""
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from desktop_app.core.followup import touches
from desktop_app.core.contacts import records as contacts
from desktop_app.core.timeline import records as timeline
from desktop_app.core.errors import ValidationError
from desktop_app.core.when import parse_when

try:
    SHANGHAI = ZoneInfo("Asia/Shanghai")
except ZoneInfoNotFoundError:  # no time zone database (Windows without the tzdata package)
    pytest.skip("no time zone database", allow_module_level=True)
TODAY = date(2026, 11, 20)  # local date in Shanghai
NOW = datetime(2026, 11, 20, 9, 0)  # naive UTC = 17:00 in Shanghai


EDGES = {"early": timedelta(0), "late": timedelta(hours=23, minutes=59, seconds=59)}


def _touched(db, days_ago_local):
    """For each number of local days ago, a contact last touched at the first second of that
    local day (00:00 in Shanghai is 16:00 UTC the day before) and one at its last second;
    named e.g. '7early', '7late'; None: one contact never touched, named 'None'."""
    ids = {}
    for days in days_ago_local:
        for edge, offset in EDGES.items() if days is not None else [("", None)]:
            cid = contacts.create({"name": f"{days}{edge}"}, now=NOW - timedelta(days=40))[0]
            ids[f"{days}{edge}"] = cid
            if offset is not None:
                local = datetime.combine(TODAY - timedelta(days=days), datetime.min.time())
                at = (local + offset).replace(tzinfo=SHANGHAI).astimezone(
                    ZoneInfo("UTC")).replace(tzinfo=None)
                touches.log(cid, "call", "no-answer", at=min(at, NOW), now=NOW)
    return ids


def _names(days):
    return {f"{d}{e}" for d in days for e in (EDGES if d is not None else [""])}


DAYS = [0, 1, 2, 3, 6, 7, 8, 14, 30, None]


@pytest.mark.parametrize("op, value, expected", [
    (">", "7d", [8, 14, 30]),
    (">=", "7d", [7, 8, 14, 30]),
    ("<", "3d", [0, 1, 2]),
    ("<=", "3d", [0, 1, 2, 3]),
    ("", "7d", [7]),
    ("=", "7", [7]),
    ("", "today", [0]),
    ("", "今天", [0]),
    ("", "yesterday", [1]),
    (">", "1w", [8, 14, 30]),
    (">=", "2周", [14, 30]),
    ("", "never", [None]),
])
def test_last_term(db, op, value, expected):
    ids = _touched(db, DAYS)
    where = timeline.last_term(op, value, TODAY, SHANGHAI)
    names = {r.name for r in contacts.get_many(contacts.ids(where))}
    assert names == _names(expected)
    complement = {r.name for r in contacts.get_many(contacts.ids(~where))}
    assert complement == set(ids) - names  # NULL-safe: NOT is the complement


def test_days_since_touch_agrees_with_the_terms(db):
    ids = _touched(db, DAYS)
    for days in DAYS:
        for name in _names([days]):
            assert timeline.days_since_touch(contacts.get(ids[name]).last_contacted_at, TODAY,
                                             SHANGHAI) == days


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is Unix only")
def test_local_zone_is_the_default(db, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        _touched(db, [0, 1])
        names = {r.name for r in contacts.get_many(contacts.ids(timeline.parse_term(
            "last:today", TODAY)))}
        assert names == {"0early", "0late"}
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("text, expected", [
    ("unanswered:>=2", [2, 3]),
    ("unanswered:>2", [3]),
    ("unanswered:0", [0]),
    ("unanswered:=1", [1]),
    ("unanswered:<2", [0, 1]),
    ("unanswered:<=1", [0, 1]),
])
def test_unanswered_term(db, text, expected):
    for n in range(4):
        cid = contacts.create({"name": str(n)})[0]
        for i in range(n):
            touches.log(cid, "call", "no-answer", at=NOW - timedelta(hours=n - i), now=NOW)
    names = {r.name for r in contacts.get_many(contacts.ids(timeline.parse_term(text, TODAY)))}
    assert names == {str(n) for n in expected}


@pytest.mark.parametrize("text", ["last:>soon", "last:>never", "last:!3d", "unanswered:>=x",
                                  "unanswered:-1", "last:3h"])
def test_bad_terms_are_validation_errors(text):
    with pytest.raises(ValidationError):
        timeline.parse_term(text, TODAY)


def test_unknown_key_is_not_ours():
    assert timeline.parse_term("city:上海", TODAY) is None
    assert timeline.parse_term("上海", TODAY) is None


@pytest.mark.parametrize("text, local", [
    ("2026-11-18 14:30", datetime(2026, 11, 18, 14, 30)),
    ("2026-11-18T14:30:15", datetime(2026, 11, 18, 14, 30, 15)),
    ("2026/11/18 9:05", datetime(2026, 11, 18, 9, 5)),
    ("2026-11-18", datetime(2026, 11, 18)),
    ("14:30", datetime(2026, 11, 20, 14, 30)),
    ("today", datetime(2026, 11, 20)),
    ("Yesterday 15:00", datetime(2026, 11, 19, 15, 0)),
    ("昨天 15：00", datetime(2026, 11, 19, 15, 0)),
    ("-2h", datetime(2026, 11, 20, 15, 0)),
    ("30m ago", datetime(2026, 11, 20, 16, 30)),
    ("-3d", datetime(2026, 11, 17, 17, 0)),
])
def test_parse_when_local_time(text, local):
    utc = local.replace(tzinfo=SHANGHAI).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    assert parse_when(text, NOW, SHANGHAI) == utc


@pytest.mark.parametrize("text", ["", "next week", "2026-13-01", "25:00", "yesterday 9", "-2y"])
def test_parse_when_rejects(text):
    with pytest.raises(ValidationError) as info:
        parse_when(text, NOW, SHANGHAI)
    assert info.value.field == "at"


# --- the same terms through the filter language (core.search.query) --------------------------------

def test_filter_language_uses_timeline_terms(db):
    from datetime import date, datetime

    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.search import query

    today = date(2026, 11, 23)
    old = contacts.create({"name": "老客户"})[0]
    fresh = contacts.create({"name": "新客户"})[0]
    never = contacts.create({"name": "没联系"})[0]
    touches.log(old, "call", "no-answer", at=datetime(2026, 11, 1, 2), now=datetime(2026, 11, 23))
    touches.log(old, "call", "no-answer", at=datetime(2026, 11, 2, 2), now=datetime(2026, 11, 23))
    touches.log(fresh, "wechat", "replied", at=datetime(2026, 11, 22, 2),
                 now=datetime(2026, 11, 23))

    def names(text):
        flt = query.parse(text, today=today)
        assert flt.errors == [], flt.errors
        return {r[0] for r in contacts.page(flt.where)}

    assert names("last:>7d") == {old}
    assert names("上次:<3d") == {fresh}
    assert names("last:never") == {never}
    assert names("-last:never") == {old, fresh}
    assert names("unanswered:>=2") == {old}
    assert names("未接通:>=2 last:>7d") == {old}
    assert names("unanswered:0") == {fresh, never}


@pytest.mark.parametrize("text, code", [
    ("last:>soon", "bad_value"),
    ("unanswered:>=two", "bad_value"),
    ("last:>=never", "bad_value"),
])
def test_filter_language_reports_bad_timeline_values(db, text, code):
    from desktop_app.core.search import query

    flt = query.parse(text)
    assert [e.code for e in flt.errors] == [code]
    assert flt.where is None
