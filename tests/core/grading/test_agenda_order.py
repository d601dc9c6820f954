"""The Today list and the day's call sheet order by grade, then days overdue, then deal value."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import agenda, callsheet, touchpoints

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 2, 0)


def test_today_orders_by_grade_then_overdue_then_deal_value(db):
    made = {}
    # name: (grade, days overdue, deal size)
    plan = {"blate": ("B", 3, "10万"), "atodaysmall": ("A", 0, "5万"),
            "atodaybig": ("A", 0, "500万"), "alate": ("A", 2, "1万"), "dlate": ("D", 9, "1亿")}
    for name, (grade, late, deal) in plan.items():
        cid = contacts.create({"name": name, "deal_size": deal}, now=NOW)[0]
        touchpoints.start(cid, "golden-week", TODAY - timedelta(days=late), now=NOW)
        editing.set_field([cid], "grade", grade)
        made[cid] = name
    order = [made[i.contact_id] for i in agenda.page(None, TODAY)]
    assert order == ["alate", "atodaybig", "atodaysmall", "blate", "dlate"]
    sheet = callsheet.for_day(TODAY, TODAY)
    assert [r.name for r in sheet.rows] == order
    assert [r.grade for r in sheet.rows] == ["A", "A", "A", "B", "D"]
