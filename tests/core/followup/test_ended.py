"""Issue 14: a cadence that finishes while the lead is not 成交 marks the lead (filter
``cadence:ended``), until it is re-planned or closed."""
from datetime import date, datetime, timedelta

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import ended
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.search import query

MON = date(2026, 11, 23)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2)


def run_to_the_end(cid) -> None:
    day = MON
    while cid in tp.pending_for(cid):
        p = tp.pending_for(cid)[cid]
        day = max(day, p.due)
        tp.complete(p.id, "reached", today=day, now=at(day))


def matching(text: str) -> list[int]:
    return sorted(contacts.ids(where=query.parse(text, MON).where))


def test_a_finished_cadence_marks_the_open_lead_until_it_is_replanned(db):
    a, b, c, d = (contacts.create({"name": n, "deal_size": v}, [f"1380000000{i}"],
                                  now=at(MON))[0]
                  for i, (n, v) in enumerate([("甲", "5万"), ("乙", "50万"), ("丙", ""),
                                              ("丁", "")]))
    tp.start([a, b, c, d], "golden-week", MON, now=at(MON))
    for cid in (a, b, c):
        run_to_the_end(cid)
    tp.stop(d, now=at(MON))  # stopped, not finished: no mark
    assert matching("cadence:ended") == matching("节奏:结束") == sorted([a, b, c])
    assert [r[0] for r in ended.ended()] == [b, a, c]  # the most valuable first
    assert ended.ended()[0][1] == "黄金七天" and ended.ended_count() == 3
    editing.update(c, {"stage": "won"}, now=at(MON + timedelta(days=10)))
    tp.start(a, "nurture", MON + timedelta(days=10), now=at(MON + timedelta(days=10)))
    assert matching("cadence:ended") == [b] and ended.ended_count() == 1
    assert matching("-cadence:ended") == sorted([a, c, d])
    assert a in matching("cadence:running") and b not in matching("cadence:running")


def test_a_bad_cadence_value_is_a_filter_error(db):
    parsed = query.parse("cadence:maybe", MON)
    assert parsed.where is None and [e.code for e in parsed.errors] == ["bad_value"]
