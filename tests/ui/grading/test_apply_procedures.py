"""Grades › Apply the Grade's Procedure to the Group: spread at the daily capacity, the
closed leads left out, the spread said in the status bar, and one Undo takes it back. It
started every lead of the group today (the demo book: 328 first touches on a day with a
capacity of 50), restarted lost leads' cadences, and could not be undone."""
from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.contacts import listing
from desktop_app.core.followup import group_start
from desktop_app.core.grading import score
from desktop_app.core.search import query
from desktop_app.core.storage.schema import database

TODAY = date(2026, 11, 25)  # a Wednesday


def _first_touches() -> Counter:
    return Counter(d for (d,) in database.execute_sql(
        "SELECT due FROM touchpoint WHERE status = 'due' AND step = 0 AND retry = 0"))


def test_apply_spreads_leaves_the_closed_out_and_undoes(qtbot, window, message_boxes):
    group_start.set_capacity(10)
    score.regrade(None, TODAY)
    window.grading.today = lambda: TODAY
    closed = listing.count(query.parse("stage:成交,流失 grade:A,B,C").where)  # D: no procedure
    assert closed and not _first_touches()
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    window.grading.apply_action.trigger()
    message_boxes.expect("question", "Start the grade's procedure for the 133 leads")
    per_day = _first_touches()
    assert per_day and max(per_day.values()) <= 10, per_day
    assert not listing.count(query.parse("stage:成交,流失 due:any", TODAY).where)
    text = window.statusBar().currentMessage()
    started = sum(per_day.values())
    assert started == 33 and f"Procedures started for {started} leads" in text, text
    # 33 first touches at 10 a day, on working days (a procedure's first call may fall after
    # its day 1: 长期培育's is on day 7)
    assert len(per_day) >= 4 and all(date.fromisoformat(d).weekday() < 5 for d in per_day)
    assert (f"First touches from {min(per_day)} to {max(per_day)}, at most 10 a day."
            in text), text
    assert f"Left out {closed:,} closed lead(s) (won, lost)." in text, text
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert not _first_touches()
    assert not listing.count(query.parse("due:any", TODAY).where)
    window.redo_action.trigger()
    assert _first_touches() == per_day


def test_hot_leads_go_before_an_earlier_start_and_the_full_day_is_said(qtbot, window,
                                                                        message_boxes):
    """Two leads just graded A, applied from the Grades menu after a start of cooler leads
    filled Wed-Fri (capacity 3): their first calls were on Monday, after all nine. Now they
    are on Wednesday, the earlier start keeps its days, and the status bar says Wednesday
    is over the capacity (5 of 3)."""
    from desktop_app.core.contacts import editing

    group_start.set_capacity(3)
    score.regrade(None, TODAY)
    window.grading.today = lambda: TODAY
    cool = listing.ids(query.parse("-stage:成交,流失 grade:C,D").where)
    group_start.start(cool[:9], "golden-week", TODAY)
    before = _first_touches()
    assert before == {"2026-11-25": 3, "2026-11-26": 3, "2026-11-27": 3}
    hot = cool[9:11]
    editing.set_field(hot, "grade", "A")
    editing.set_field(hot, "company", "热线索")
    window.search.set_text("company:=热线索")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    window.grading.apply_action.trigger()
    message_boxes.expect("question", "Grade A: 2 → Close in 21 days")
    assert _first_touches() == {**before, "2026-11-25": 5}
    text = window.statusBar().currentMessage()
    assert "First touches on 2026-11-25." in text, text
    assert ("First touches over the daily capacity of 3: 11-25: 5. The A leads and a lead "
            "started on its own go before the earlier starts, which keep their days.") in text


def test_the_group_is_asked_first_with_what_each_grade_starts(qtbot, window, message_boxes,
                                                              language):
    """Alt+D A (or the menu) started the cadences of the whole list at once, 674 leads in the
    3,000-lead demo, without a word. It asks first, with each grade's count and procedure,
    the leads left alone or out; No (or Esc) starts nothing."""
    from desktop_app.core.followup import touchpoints

    score.regrade(None, TODAY)
    window.grading.today = lambda: TODAY
    running = listing.ids(query.parse("-stage:成交,流失 grade:C").where)[:2]
    group_start.start(running, "golden-week", TODAY)
    before = _first_touches()
    window.grading.apply_action.trigger()  # the fixture answers No
    text = message_boxes.expect("question")
    assert _first_touches() == before  # nothing started
    if language == "zh_CN":
        assert text.startswith("为本组 133 个线索执行其等级流程？"), text
        assert "B 级：8 → 黄金七天" in text and "C 级：25 → 长期培育" in text, text
        assert "D 级：100 → 无流程，不处理" in text, text
        assert "2 个已在跟进节奏中，保持不变。" in text and "67 个已成交/已流失的线索不计入。" in text, text
    else:
        assert text.startswith("Start the grade's procedure for the 133 leads of the group?")
        assert "Grade B: 8 → Golden week" in text and "Grade C: 25 → Long-term nurture" in text
        assert "Grade D: 100 → no procedure, left alone" in text, text
        assert "2 already run a cadence and keep it." in text, text
        assert "67 closed lead(s) (won, lost) are left out." in text, text
    assert len(touchpoints.active_among(listing.ids(None))) == 2
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    window.grading.apply_action.trigger()
    message_boxes.expect("question")
    assert sum(_first_touches().values()) == 33  # the two running ones kept theirs
