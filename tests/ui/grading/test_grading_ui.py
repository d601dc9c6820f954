"""The rules editor (bad input said in the dialog, nothing stored; a save regrades in a
worker), the Grade tab, the grade column and facet, the content report. Any message box fails
a test at teardown (the ``message_boxes`` fixture, tests/ui/dialogs.py)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touches
from desktop_app.core.grading import behaviours, content, score
from desktop_app.core.grading import rules as rules_mod
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.events import Events
from desktop_app.ui.grading.content_report import ContentReport
from desktop_app.ui.grading.grade_panel import GradePanel
from desktop_app.ui.grading.rules_dialog import (
    DIRECTION,
    KEY,
    NAME,
    WEIGHT,
    RulesDialog,
)

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def lead(db):
    cid = contacts.create({"name": "叶辉", "company": "壹点零壹", "stage": "proposal"}, now=NOW)[0]
    touches.log(cid, "私信", at=NOW - timedelta(days=1), now=NOW)
    touches.log(cid, "电话", "接通", at=NOW - timedelta(hours=2), now=NOW)
    return cid


def _dialog(qtbot):
    dialog = RulesDialog(today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_a_duplicate_key_is_said_in_the_dialog_and_nothing_is_stored(qtbot, lead, message_boxes):
    dialog = _dialog(qtbot)
    dialog.add_button.click()
    row = dialog.table.rowCount() - 1
    dialog.table.setItem(row, KEY, QTableWidgetItem("dm"))
    dialog.table.setItem(row, NAME, QTableWidgetItem("又一个私信"))
    before = behaviours.all_behaviours()
    dialog.save()
    assert "already exists" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert behaviours.all_behaviours() == before


def test_a_weight_that_is_not_a_number_and_thresholds_out_of_order(qtbot, lead, message_boxes):
    dialog = _dialog(qtbot)
    dialog.table.setItem(0, WEIGHT, QTableWidgetItem("很多"))
    dialog.save()
    assert "not a whole number" in dialog.error_label.text()
    dialog.table.setItem(0, WEIGHT, QTableWidgetItem("1"))
    dialog.threshold_spins[0].setValue(5)  # A 5 < B 10
    dialog.save()
    assert "out of order" in dialog.error_label.text()
    assert rules_mod.load() == rules_mod.Rules()
    assert behaviours.get("view").weight == 1


def test_saving_regrades_in_a_worker(qtbot, lead, message_boxes):
    assert contacts.get(lead).grade == "B"  # 5 + 3 = 8 (C), stage 报价: at least B
    dialog = _dialog(qtbot)
    row = [dialog.table.item(r, KEY).text() for r in range(dialog.table.rowCount())].index("dm")
    dialog.table.setItem(row, WEIGHT, QTableWidgetItem("20"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert dialog.changed.contacts == {lead}
    assert (contacts.get(lead).score, contacts.get(lead).grade) == (23, "A")


def test_the_grade_tab_explains_and_sets_a_manual_grade(qtbot, lead, message_boxes):
    ops = Operations(Events())
    panel = GradePanel(ops)
    qtbot.addWidget(panel)
    panel.today = lambda: TODAY
    panel.set_contact(lead)
    lines = [panel.points.item(k).text() for k in range(panel.points.count())]
    assert len(lines) == 2 and "Reached +3" in lines[0] and "Direct message +5" in lines[1]
    assert "B" in panel.grade_label.text() and "8" in panel.grade_label.text()
    panel.manual.setCurrentIndex(panel.manual.findData("A"))
    panel.manual.activated.emit(panel.manual.currentIndex())
    assert (contacts.get(lead).grade, contacts.get(lead).grade_auto) == ("A", "B")
    ops.stack.undo()
    assert contacts.get(lead).grade == "B"


def test_the_grade_tab_says_the_procedure_and_starts_it_for_the_lead(qtbot, lead,
                                                                     message_boxes):
    """The Grade tab said the grade but not what it gets (B -> 黄金七天): no word of the
    procedure, nor a way to start it for this lead other than the whole list's menu."""
    from PySide6.QtCore import Qt

    from desktop_app.core.followup import touchpoints

    ops = Operations(Events())
    panel = GradePanel(ops)
    qtbot.addWidget(panel)
    panel.today = lambda: TODAY
    panel.set_contact(lead)
    text = panel.procedure_label.text()
    assert "Procedure for grade B: Golden week." in text and "No cadence runs." in text, text
    assert panel.start_button.isVisibleTo(panel)
    assert panel.start_button.text() == "Start Golden week"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    pending = touchpoints.pending_for(lead)[lead]
    assert pending.due == TODAY
    assert "Runs Golden week; next touch 2026-11-25." in panel.procedure_label.text()
    assert not panel.start_button.isVisibleTo(panel)
    ops.stack.undo()  # one step takes it back
    assert touchpoints.pending_for(lead) == {}
    panel.refresh()
    assert panel.start_button.isVisibleTo(panel)
    panel.manual.setCurrentIndex(panel.manual.findData("D"))
    panel.manual.activated.emit(panel.manual.currentIndex())
    assert panel.procedure_label.text().startswith("Grade D has no procedure")
    assert not panel.start_button.isVisibleTo(panel)


def test_the_list_has_the_grade_column_and_facet(qtbot, window, message_boxes):
    from desktop_app.ui.contacts.table_model import COL_GRADE

    score.regrade(None, TODAY)
    assert window.model.headerData(COL_GRADE, __import__("PySide6.QtCore", fromlist=["Qt"])
                                   .Qt.Orientation.Horizontal) == "Grade"
    window.sidebar.refresh(window.search.filter, False, at_once=True)
    section = window.sidebar.tree.sections["grade"]
    qtbot.waitUntil(lambda: section.childCount() > 0, timeout=5000)
    assert section.text(0) == "Grade"


def test_an_empty_content_report_says_how_it_fills(qtbot, db):
    report = ContentReport()
    qtbot.addWidget(report)
    assert report.table.rowCount() == 0 and not report.empty_hint.isHidden()
    assert report.empty_hint.text().startswith("No content yet. Add below what you send")
    report.name.setText("华信案例")
    report.add_button.click()
    assert report.table.rowCount() == 1 and report.empty_hint.isHidden()


def test_the_content_report_lists_pieces_and_adds_one(qtbot, lead, message_boxes):
    content.add("华信案例", "案例")
    touches.log(lead, "微信", "已回复", now=NOW, content="华信案例")
    report = ContentReport()
    qtbot.addWidget(report)
    assert report.table.rowCount() == 1
    assert [report.table.item(0, c).text() for c in range(5)] == ["华信案例", "案例", "1", "1",
                                                                  "100.0%"]
    touches.log(lead, "微信", now=NOW, content="华信案例")
    touches.log(lead, "微信", now=NOW, content="华信案例")
    report.refresh()  # 1 reply of 3 sent: 33.3%, as `report content` says it (it said 33%)
    assert report.table.item(0, 4).text() == "33.3%"
    report.name.setText("华信案例")
    report.add_button.click()
    assert "already exists" in report.error_label.text()
    report.name.setText("报价单")
    report.add_button.click()
    assert report.table.rowCount() == 2


def test_the_behaviours_table_names_behaviours_without_their_keys(qtbot, lead, language,
                                                                   message_boxes):
    """The salesperson saw view, zhihu-comment, dm ... in a 代号 column beside 浏览, 知乎评论,
    私信, and was asked for such a key to add one. The table shows names only (the key is the
    tooltip, for the command line); a new behaviour is added by its name, its key made from it."""
    dialog = _dialog(qtbot)
    keys = [b.key for b in behaviours.all_behaviours(include_archived=True)]
    visible = [c for c in range(dialog.table.columnCount()) if not dialog.table.isColumnHidden(c)]
    shown = [dialog.table.horizontalHeaderItem(c).text() for c in visible]
    for r in range(dialog.table.rowCount()):
        shown += [dialog.table.cellWidget(r, c).currentText() if c == DIRECTION
                  else dialog.table.item(r, c).text() for c in visible]
    assert not set(keys) & set(shown)
    assert not any(key in text.split() for key in keys for text in shown)
    dm = [b.key for b in behaviours.all_behaviours()].index("dm")
    assert dialog.table.item(dm, NAME).toolTip().endswith("dm")
    dialog.add_button.click()
    row = dialog.table.rowCount() - 1
    assert dialog.table.currentColumn() == NAME
    dialog.table.item(row, NAME).setText("B站评论")
    dialog.table.item(row, WEIGHT).setText("2")
    dialog._write_behaviours()
    added = behaviours.find("B站评论")
    assert (added.key, added.weight) == ("b-zhan-ping-lun", 2)
    assert dialog.table.item(row, NAME).toolTip().endswith("b-zhan-ping-lun")


def test_a_behaviour_named_twice_is_said_by_its_name(qtbot, lead, message_boxes):
    dialog = _dialog(qtbot)
    dialog.add_button.click()
    dialog.table.item(dialog.table.rowCount() - 1, NAME).setText("私信")
    before = behaviours.all_behaviours()
    dialog.save()
    assert "私信" in dialog.error_label.text() and "dm" not in dialog.error_label.text()
    assert behaviours.all_behaviours() == before


def test_the_won_floor_is_shown_and_editable_like_the_others(qtbot, lead, message_boxes):
    """成交 drops to no grade below B any more (a won customer fell to D): the rules' Grades tab
    shows it as 成交's least grade by default, and removing it there is saved and regrades."""
    from desktop_app.core.contacts import editing

    editing.update(lead, {"stage": "won"}, now=NOW)
    assert contacts.get(lead).grade == "B"
    dialog = _dialog(qtbot)
    assert {s: c.currentData() for s, c in dialog.floor_combos.items()} == {
        "lead": "D", "contacted": "D", "interested": "C", "proposal": "B", "won": "B",
        "lost": "D"}
    dialog.floor_combos["won"].setCurrentIndex(dialog.floor_combos["won"].findData("D"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert "won" not in rules_mod.load().stage_floors
    assert contacts.get(lead).grade == "C"  # 5 + 3 = 8: C by its score


def test_the_grade_tabs_start_on_a_full_day_says_it_goes_over(qtbot, lead, message_boxes):
    """The Grade tab's Start calls the lead today whatever the capacity: a full today went to
    51 of 50 without a word."""
    from PySide6.QtCore import Qt

    from desktop_app.core.followup import group_start

    group_start.set_capacity(1)
    other = contacts.create({"name": "陈静"}, now=NOW)[0]
    group_start.start([other], "golden-week", TODAY)  # today is full
    panel = GradePanel(Operations(Events()))
    qtbot.addWidget(panel)
    panel.today = lambda: TODAY
    panel.set_contact(lead)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    text = panel.procedure_label.text()
    assert "Runs Golden week; next touch 2026-11-25." in text, text
    assert text.endswith("First touches over the daily capacity of 1: 11-25: 2. The A leads "
                         "and a lead started on its own go before the earlier starts, which "
                         "keep their days."), text
