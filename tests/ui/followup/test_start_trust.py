"""Issue 14 in the window: the start dialog leaves closed leads out (and says how many),
shows the capacity spread, takes a focused row as the selection, and the status bar says
what was started."""
from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import group_start
from desktop_app.core.followup import touchpoints as tp
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.events import Events
from desktop_app.ui.followup.cadence_ops import CadenceOps
from desktop_app.ui.followup.start_dialog import StartCadenceDialog

TODAY = date(2026, 11, 24)  # a Tuesday


def today():
    return TODAY


def make(n, stage="lead"):
    return [contacts.create({"name": f"{stage}{i}", "stage": stage, "deal_size": f"{i + 1}万"},
                            [f"139{i:08d}"])[0] for i in range(n)]


def test_the_dialog_leaves_closed_leads_out_and_shows_the_spread(qtbot, db):
    group_start.set_capacity(4)
    open_, closed = make(10), make(3, "won") + make(2, "lost")
    ids = open_ + closed
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), [], lambda: ids,
                                len(ids), today)
    qtbot.addWidget(dialog)
    assert dialog.whole_group.isChecked()
    assert dialog.left_out.text() == "5 closed leads (won, lost) will be left out."
    assert dialog.spread.text().splitlines() == [
        "11-24: 4 leads, 11-25: 4 leads, 11-26: 2 leads",
        "The first touches of 10 leads over 3 working days, at most 4 a day"]
    dialog.include_closed.setChecked(True)
    assert dialog.left_out.text() == "" and dialog.spread.text().startswith(
        "11-24: 4 leads, 11-25: 4 leads, 11-26: 4 leads, 11-27: 3 leads")
    dialog.include_closed.setChecked(False)
    dialog.selected = open_[:9]  # the number of leads a day is said, "37" alone was not
    dialog.only_selected.setChecked(True)
    assert dialog.spread.text().startswith("11-24: 4 leads, 11-25: 4 leads, 11-26: 1 lead\n")
    dialog.whole_group.setChecked(True)
    dialog.run()
    done = dialog.result_value
    assert sorted(done.started) == open_ and done.plan.closed_left_out == 5
    assert tp.pending_for(closed) == {}


def test_only_closed_leads_say_so_and_start_nothing(qtbot, db):
    """Found by a screenshot review: "First touches" stood blank with Start enabled, the
    template names carried their keys, and the dialog opened ~255 px wide."""
    closed = make(1, "won") + make(1, "lost")  # (one lead alone is always started)
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), closed, lambda: closed,
                                2, today)
    qtbot.addWidget(dialog)
    assert dialog.left_out.text() == "2 closed leads (won, lost) will be left out."
    assert dialog.spread.text().startswith("Nobody to start")
    assert not dialog.start_button.isEnabled()
    dialog.include_closed.setChecked(True)
    assert dialog.start_button.isEnabled() and dialog.spread.text() == "11-24: 2 leads"
    form = dialog.layout().itemAt(0).layout()  # what the capacity counts (see below)
    assert form.labelForField(dialog.spread).text() == "First touches per day"
    dialog.include_closed.setChecked(False)
    dialog.selected = closed[:1] + make(1)  # one closed of two
    dialog._show_plan()
    assert dialog.left_out.text() == "1 closed lead (won or lost) will be left out."
    names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert "Golden week" in names and not any("golden-week" in n for n in names)
    assert dialog.minimumWidth() >= 480


def test_a_focused_row_is_the_selection_and_the_status_bar_says_what_started(window, qtbot,
                                                                             monkeypatch):
    from desktop_app.ui.followup import start_dialog as sc

    window.followup.today = today
    table = window.table
    table.selectionModel().setCurrentIndex(table.model().index(2, 0),
                                           QItemSelectionModel.SelectionFlag.NoUpdate)
    table.clearSelection()
    focused = table.current_id()
    assert table.selected_ids() == [] and focused is not None
    seen = []

    def fake_start(parent, cadence_ops, selected, group, count, today_):
        seen.append(selected)
        dialog = StartCadenceDialog(cadence_ops, selected, group, count, today_, parent)
        assert dialog.only_selected.isChecked() and not dialog.whole_group.isChecked()
        dialog.include_closed.setChecked(True)
        dialog.run()
        return dialog.result_value

    monkeypatch.setattr(sc, "start_cadence", fake_start)
    window.followup.start_action.trigger()
    assert seen == [[focused]]
    assert window.statusBar().currentMessage().startswith("Started Golden week for 1 lead(s); "
                                                          "first touch on 2026-11-24")


def test_today_lists_leads_whose_cadence_ended_without_a_deal(window, qtbot):
    from desktop_app.core.followup import touchpoints as tp

    cid = next(c for c in contacts.ids() if contacts.get(c).stage not in ("won", "lost"))
    tp.start(cid, "golden-week", TODAY)
    day = TODAY
    while cid in tp.pending_for(cid):
        p = tp.pending_for(cid)[cid]
        day = max(day, p.due)
        tp.complete(p.id, "reached", today=day)
    window.followup.today = today
    window.tabs.setCurrentIndex(1)
    view = window.followup.today_view
    view.reload()
    assert view.ended_box.isVisibleTo(window) and view.ended_list.count() == 1
    assert view.ended_title.text().startswith("Cadence ended without a deal: 1")
    assert view.ended_list.item(0).data(256) == cid
    # a built-in template by its name in the language shown (was "... — 黄金七天 ended ...")
    assert " — Golden week ended " in view.ended_list.item(0).text()
    view.ended_button.click()
    assert window.tabs.currentIndex() == 0 and window.search.text() == "cadence:ended"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_nurture_from_the_won_date_from_the_follow_up_menu(window, qtbot):
    from desktop_app.core.contacts import editing
    from desktop_app.core.contacts.reach import Outcome

    cid = next(c for c in contacts.ids() if contacts.get(c).stage != "won")
    editing.update(cid, {"stage": "won"}, outcome=Outcome(won_on=date(2026, 8, 26)))
    window.followup.today = today  # before the cadence operations are made
    assert window.table.select_id(cid)
    window.followup.won_action.trigger()
    p = tp.pending_for(cid)[cid]
    assert (p.step, p.due) == (1, date(2026, 11, 30)) and p.start == date(2026, 8, 26)
    assert window.statusBar().currentMessage() == (
        "Started Long-term nurture from the won date for 1 customer(s)")
    window.undo_action.trigger()
    assert tp.pending_for(cid) == {}


def test_the_touch_days_shown_are_those_of_the_first_leads_to_start(qtbot, db):
    """With the days up to Day 1 + 2 full, the dialog said "Touches on 11-24, 11-25 …" (the
    template from Day 1) while the spread under it said the leads start on 11-26."""
    group_start.set_capacity(2)
    group_start.start(make(4), "golden-week", TODAY, existing="skip")  # 11-24 and 11-25 full
    ids = make(3, "interested")
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), [], lambda: ids,
                                len(ids), today)
    qtbot.addWidget(dialog)
    assert dialog.spread.text().startswith("11-26: 2 leads, 11-27: 1 lead")
    first, note = dialog.preview.text().splitlines()
    assert first.startswith("11-26, ")
    assert note == "(the first touches start on 11-26: the days before are full)"
    group_start.set_capacity(50)  # room on Day 1 again: the template from Day 1, no note
    dialog.template.setCurrentIndex((dialog.template.currentIndex() + 1) % dialog.template.count())
    assert dialog.preview.text().startswith("11-24") and "\n" not in dialog.preview.text()


def test_the_spread_is_of_first_touches_on_their_day_as_the_plan_counts_them(qtbot, db):
    """长期培育 calls first on day 7, and the capacity counts a first touch on the day it falls
    (``Plan.first_touches``), but the dialog said "Starts per day: 11-30: 2, 12-02: 2, 12-03:
    1": the day 1s, with a gap where a day 1's first touch fell on a full day (11-30 + 6 is a
    Sunday, rolled to Monday 12-07 as 12-01 + 6 is). Now it lists the first touches per day,
    which is what is started, and the day 1s on a line of their own."""
    group_start.set_capacity(2)
    ids = make(5)
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), [], lambda: ids,
                                len(ids), today)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Long-term nurture"))
    dialog.start.setDate(QDate(2026, 11, 30))  # a Monday
    form = dialog.layout().itemAt(0).layout()
    assert form.labelForField(dialog.spread).text() == "First touches per day"
    assert dialog.spread.text().splitlines() == [
        "12-07: 2 leads, 12-08: 2 leads, 12-09: 1 lead",
        "The first touches of 5 leads over 3 working days, at most 2 a day",
        "Day 1 of these leads: 11-30 to 12-03"]
    assert dialog.preview.text().startswith("12-07, ") and "\n" not in dialog.preview.text()
    dialog.run()
    firsts = sorted(p.due for p in tp.pending_for(ids).values())
    assert [d.strftime("%m-%d") for d in firsts] == ["12-07", "12-07", "12-08", "12-08", "12-09"]

    more = make(2, "interested")  # 12-07 and 12-08 are full, 12-09 has room for one
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), more, lambda: more,
                                len(more), today)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Long-term nurture"))
    dialog.start.setDate(QDate(2026, 11, 30))
    assert dialog.spread.text().splitlines() == [
        "12-09: 1 lead, 12-10: 1 lead",
        "The first touches of 2 leads over 2 working days, at most 2 a day",
        "Day 1 of these leads: 12-03 to 12-04"]
    first, note = dialog.preview.text().splitlines()
    assert first.startswith("12-09, ")
    assert note == "(the first touches start on 12-09: the days before are full)"


def grade(ids, letter):
    from desktop_app.core.storage.schema import database

    database.execute_sql(f"UPDATE contact SET grade = '{letter}', grade_manual = '{letter}' "
                         f"WHERE id IN ({','.join(map(str, ids))})")


def test_the_a_leads_of_a_mixed_group_go_first_and_the_dialog_says_so(qtbot, db, language):
    """A grade's procedure calls a lead just graded A first, but Start Cadence of a group that
    mixed A leads and cooler ones queued the A leads behind the days an earlier start filled
    (here 11-24 and 11-25, at 4 a day: the A leads on 11-26). Now they go on Day 1, the others
    as before, and the dialog says which days and that Day 1 goes over the capacity."""
    group_start.set_capacity(4)
    group_start.start(make(8), "golden-week", TODAY, existing="skip")  # 11-24, 11-25 full
    hot, cool = make(2, "interested"), make(3, "interested")
    grade(hot, "A")
    grade(cool, "B")
    ids = cool + hot
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), [], lambda: ids,
                                len(ids), today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.spread.text().splitlines() == {
        "en": ["11-24: 2 leads, 11-26: 3 leads",
               "The first touches of 5 leads over 2 working days, at most 4 a day",
               "A leads first (2): 11-24"],
        "zh_CN": ["11-24：2 个，11-26：3 个",
                  "5 个线索的首次跟进分布在 2 个工作日，每天最多 4 个",
                  "A 级线索优先（2 个）：11-24"]}[language]
    assert dialog.over.isVisible() and dialog.over.text() == {
        "en": "First touches over the daily capacity of 4: 11-24: 6. The A leads go before "
              "the earlier starts, which keep their days.",
        "zh_CN": "首次跟进超出每日容量 4 个：11-24：6。A 级线索排在之前安排的线索前面，之前安排的"
                 "日期不变。"}[language]
    assert dialog.preview.text().startswith("11-24, ")  # the first leads' touch days
    dialog.run()
    due = {c: p.due for c, p in tp.pending_for(ids).items()}
    assert {due[c] for c in hot} == {TODAY}
    assert {due[c] for c in cool} == {date(2026, 11, 26)}
    assert dialog.result_value.plan.over == {TODAY: 6}
    # a group with no A lead: queued as before, nothing over
    later = make(2, "interested")
    grade(later, "C")
    dialog = StartCadenceDialog(CadenceOps(Operations(Events()), today), [], lambda: later,
                                len(later), today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.spread.text().splitlines()[0] == {
        "en": "11-26: 1 lead, 11-27: 1 lead", "zh_CN": "11-26：1 个，11-27：1 个"}[language]
    assert not dialog.over.isVisible() and len(dialog.spread.text().splitlines()) == 2
