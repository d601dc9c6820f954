"""Issue 14: the calendar shows the running cadences' projected steps (grey, per day) and
marks the days over the daily capacity."""
from datetime import date, datetime, timedelta

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import group_start, projection
from desktop_app.core.followup import touchpoints as tp
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.events import Events
from desktop_app.ui.followup.calendar_view import CalendarView

TODAY = date(2026, 11, 24)  # a Tuesday


def today():
    return TODAY


def test_the_month_paints_projected_counts_and_over_capacity_days(qtbot, db):
    group_start.set_capacity(5)
    ids = [contacts.create({"name": f"客户{i}"}, [f"139{i:08d}"])[0] for i in range(8)]
    group_start.start(ids, "golden-week", TODAY, per_day=100, now=datetime(2026, 11, 24, 2))
    view = CalendarView(Operations(Events()), today)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    cal = view.calendar
    assert cal.counts == {TODAY: 8}
    # day 3 on Thursday, day 7 (Monday Nov 30)
    assert cal.projected == {date(2026, 11, 26): 8, date(2026, 11, 30): 8}
    assert cal.over == {TODAY}
    qtbot.waitUntil(lambda: set(cal.projected) | {TODAY} <= set(cal.painted))
    view.select_day(date(2026, 11, 26))
    assert view.day_title.text().endswith("; 8 projected")
    view.select_day(TODAY)
    assert view.day_title.text().endswith("; over the daily capacity")
    assert "5 first touches" in view.legend.text()
    # a touch done moves the projection: the calendar follows the change
    p = tp.pending_for(ids[0])[ids[0]]
    view.cadence_ops.complete(p.id, "reached")
    assert cal.counts[date(2026, 11, 26)] == 1 and cal.projected[date(2026, 11, 26)] == 7
    assert cal.projected == projection.counts(TODAY, TODAY + timedelta(days=41), TODAY)
