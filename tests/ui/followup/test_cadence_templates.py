"""Follow-up › Cadence Templates…: create, edit, duplicate and delete templates in the dialog,
with the inline problems, the preview and undo, driven with qtbot."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touchpoints as tp
from desktop_app.ui.followup.templates_dialog import CadenceTemplatesDialog
from desktop_app.ui.followup.start_dialog import StartCadenceDialog
from desktop_app.ui.events import Events
from desktop_app.ui.followup.template_ops import TemplateOps
from desktop_app.ui.common.undo import Operations

from tests.ui.helpers import type_text

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

TODAY = date(2026, 11, 24)  # a Tuesday


def today():
    return TODAY


@pytest.fixture
def ops(qtbot, db):
    return Operations(Events())


@pytest.fixture
def dialog(qtbot, ops):
    d = CadenceTemplatesDialog(TemplateOps(ops), today)
    qtbot.addWidget(d)
    d.resize(900, 460)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.fixture
def lead(db):
    return contacts.create({"name": "叶辉"}, ["13812345678"])[0]


def select(dialog, name):
    items = dialog.list.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    dialog.list.setCurrentItem(items[0])


def test_a_template_made_in_the_dialog_can_be_started(dialog, ops, lead, qtbot):
    assert dialog.names() == ["Golden week", "Close in 21 days", "Long-term nurture"]
    assert dialog.list.topLevelItem(2).text(1) == "Day 7, then every 90 days"
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor.name.isEnabled() and not dialog.list.isEnabled()
    type_text(editor.name, "复购七天")
    assert editor.key.text() == "fu-gou-qi-tian"  # suggested from the name's pinyin
    editor.days.setText("1、3、7")
    editor.repeat.setValue(7)
    editor.skip_weekends.setChecked(True)
    editor.retries.setValue(1)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(ops.events.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.names()[-1] == "复购七天" and dialog.current_id() is not None
    assert dialog.list.currentItem().text(1) == "Days 1, 3, 7, then every 7 days"
    assert "复购七天" in dialog.status.text() and not editor.name.isEnabled()
    stored = cadence_store.find("fu-gou-qi-tian").template
    assert (stored.days, stored.repeat_every, stored.skip_weekends, stored.max_retries) == (
        (1, 3, 7), 7, True, 1)
    start = StartCadenceDialog(None, [lead], lambda: [lead], 1, today)
    qtbot.addWidget(start)
    assert "复购七天" in [start.template.itemText(k)
                                          for k in range(start.template.count())]
    # undoable: undo removes it, redo brings back the same template
    template_id = dialog.current_id()
    ops.stack.undo()
    assert "fu-gou-qi-tian" not in [t.key for t in cadence_store.templates()]
    ops.stack.redo()
    assert cadence_store.find("复购七天").id == template_id
    started = tp.start(lead, "复购七天", TODAY)
    assert started.started == (lead,)
    assert contacts.get(lead).next_due == TODAY


def test_editing_days_changes_the_preview(dialog, qtbot):
    select(dialog, "Golden week")
    assert dialog.editor.preview_text() == "Tue 11/24, Thu 11/26, Mon 11/30"
    assert not dialog.save_button.isEnabled()  # viewing, not editing
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    editor.days.setText("1，2，5")
    assert editor.preview_text() == "Tue 11/24, Wed 11/25, Sat 11/28"
    shown = editor.preview.text().replace("\u2060", "").replace("\xa0", " ")  # unbreakable
    assert shown == "Tue 11/24, Wed 11/25, Sat 11/28"
    editor.skip_weekends.setChecked(True)
    assert editor.preview_text() == "Tue 11/24, Wed 11/25, Mon 11/30"
    editor.repeat.setValue(30)
    assert editor.preview_text() == "Tue 11/24, Wed 11/25, Mon 11/30, Mon 12/28, Wed 1/27 …"  # day 35, 65
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    golden = cadence_store.find("golden-week").template
    assert (golden.days, golden.skip_weekends, golden.repeat_every) == ((1, 2, 5), True, 30)
    assert dialog.list.currentItem().text(1) == "Days 1, 2, 5, then every 30 days"


@pytest.mark.parametrize("text, problem", [
    ("1,3,x", "whole numbers"),
    ("3,1", "go up"),
    ("", "Type the touch days"),
    ("99999999999", "at most 3660"),
])
def test_bad_days_show_an_inline_problem_and_save_is_disabled(dialog, qtbot, text, problem):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    type_text(editor.name, "我的")
    editor.days.setText(text)
    assert problem in editor.problem.text() and editor.problem.isVisible()
    assert not dialog.save_button.isEnabled() and editor.preview_text() == "—"
    assert dialog.save() is False and len(dialog.names()) == 3
    editor.days.setText("1 2")
    assert editor.problem.text() == "" and not editor.problem.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_taken_name_or_key_is_a_problem_too(dialog, qtbot):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    type_text(editor.name, "长期培育")
    assert "has this name" in editor.problem.text() and not dialog.save_button.isEnabled()
    editor.name.setText("培育")
    type_text(editor.key, "-x")  # typed by the user: the key no longer follows the name
    editor.name.setText("长期")
    assert editor.key.text() == "pei-yu-x"
    editor.key.setText("NURTURE")
    assert "has this key" in editor.problem.text()
    editor.key.setText("客户")
    assert "letters a-z" in editor.problem.text()
    assert dialog.list.selectedItems() == []  # a new one: nothing in the list is edited
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.list.isEnabled() and dialog.editor.name.text() == "Golden week"
    assert [i.text(0) for i in dialog.list.selectedItems()] == ["Golden week"]


def test_duplicate_copies_the_days_under_a_new_name_and_key(dialog, qtbot):
    select(dialog, "Long-term nurture")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert (editor.name.text(), editor.key.text(), editor.days.text(), editor.repeat.value()) \
        == ("Long-term nurture 2", "long-term-nurture-2", "7", 90)
    assert dialog.save()
    assert dialog.names()[-1] == "Long-term nurture 2"
    assert cadence_store.find("long-term-nurture-2").template.repeat_every == 90


def test_editing_a_running_template_says_what_happens_to_its_leads(dialog, lead, qtbot):
    tp.start(lead, "golden-week", TODAY)
    dialog.reload()
    select(dialog, "Golden week")
    assert dialog.list.currentItem().text(2) == "1"
    dialog.edit()
    assert dialog.editor.note.isVisible()
    assert dialog.editor.note.text().startswith("1 lead(s) run this template")
    assert "next touch" in dialog.editor.note.text()
    dialog.editor.days.setText("1,2,7")
    assert dialog.save()
    assert "1 lead(s) run it" in dialog.status.text()


def test_delete_is_refused_while_leads_run_the_template(dialog, ops, lead, qtbot):
    tp.start(lead, "nurture", TODAY)
    dialog.reload()
    select(dialog, "Long-term nurture")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "stop them first" in dialog.status.text()
    assert "Long-term nurture" in dialog.names() and ops.stack.count() == 0
    tp.stop(lead)
    dialog.reload()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Grade C's procedure is this template" in dialog.status.text()  # the default rules
    assert "Long-term nurture" in dialog.names() and ops.stack.count() == 0
    from dataclasses import replace

    from desktop_app.core.grading import rules, score
    score.change_rules(replace(rules.load(), procedures={"A": "close-21", "B": "golden-week"}),
                       TODAY)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Long-term nurture" not in dialog.names()
    assert "Deleted Long-term nurture" in dialog.status.text()
    ops.stack.undo()
    assert cadence_store.find("nurture").name == "长期培育"


def test_a_failed_write_is_shown_not_raised(dialog, monkeypatch, qtbot):
    from desktop_app.core.errors import ReadOnlyDatabase

    def refuse(*args, **kwargs):
        raise ReadOnlyDatabase("read-only")

    monkeypatch.setattr(cadence_store, "save", refuse)
    dialog.new()
    type_text(dialog.editor.name, "我的")
    assert dialog.save() is False
    assert "read-only" in dialog.status.text() and dialog.editor.name.isEnabled()


def test_the_menu_action_opens_the_dialog_and_read_only_disables_it(window, monkeypatch):
    followup = window.followup
    menu = [a for a in window.menuBar().actions() if a.menu() and followup.start_action
            in a.menu().actions()][0].menu()
    assert followup.templates_action in menu.actions()
    shown = []
    monkeypatch.setattr(CadenceTemplatesDialog, "exec", lambda self: shown.append(self.names()))
    followup.templates_action.trigger()
    assert shown == [["Golden week", "Close in 21 days", "Long-term nurture"]]
    assert followup.templates_action.isEnabled()
    monkeypatch.setattr(type(window.safety), "writable", property(lambda self: False))
    window.update_actions()
    assert not followup.templates_action.isEnabled()
