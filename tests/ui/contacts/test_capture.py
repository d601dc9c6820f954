"""Issue 14: capturing a lead from the phone: Tab goes from 来源 to the phone row, a pasted
"tag 13800138000" fills both, a duplicate (same phone, or name + company) is announced with
Open / Merge / Save Anyway, and a remembered "start 黄金七天 on save"."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.contacts import capture
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touchpoints as tp
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.contacts.detail_pane import DetailPane
from desktop_app.ui.events import Events

from tests.ui.helpers import type_text

TAG = "上海-远航-咨询-8万-李强-CEO-知乎"


@pytest.mark.parametrize("text, expected", [
    (f"{TAG} 13800138000", (TAG, "13800138000")),
    ("tag 13800138000", ("tag", "13800138000")),
    (f"{TAG}，+86 138 0013 8000", (TAG, "+8613800138000")),
    (f"{TAG}\t138-0013-8000", (TAG, "13800138000")),
    (TAG, (TAG, "")),
    ("上海-远航-咨询-8万-李强-CEO-知乎-12345", ("上海-远航-咨询-8万-李强-CEO-知乎-12345", "")),
])
def test_split_pasted(text, expected):
    assert capture.split_pasted(text) == expected


def test_duplicates_by_phone_and_by_name_and_company(db):
    a = contacts.create({"name": "李强", "company": "远航"}, ["138 0013 8000"])[0]
    b = contacts.create({"name": "王芳", "company": "华信"}, ["13900001111"])[0]
    found = capture.duplicates(["+8613800138000"], "王芳", " 华信 ")
    assert [(d.contact_id, d.why) for d in found] == [(a, "phone"), (b, "name-company")]
    assert capture.duplicates(["13800138000"], exclude=a) == []
    assert capture.duplicates([], "王芳", "") == []  # a name alone is no match


@pytest.fixture
def pane(qtbot, db):
    ops = Operations(Events())
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_tab_goes_from_source_to_the_phone(pane, qtbot):
    pane.fields["source"].setFocus()
    qtbot.waitUntil(pane.fields["source"].hasFocus)
    qtbot.keyClick(pane.fields["source"], Qt.Key.Key_Tab)
    assert pane.phones.rows()[0].number.hasFocus()


def test_pasting_tag_and_phone_fills_both_and_a_duplicate_is_announced(pane, qtbot):
    first = contacts.create({"name": "李强", "company": "远航"}, ["13800138000"])[0]
    pane.tag_edit.setFocus()
    type_text(pane.tag_edit, f"{TAG} 13800138000")
    assert pane.tag_edit.text() == TAG and pane.fields["name"].text() == "李强"
    assert [n for _label, n in pane.phones.phones()] == ["13800138000"]
    assert pane.save() is False and pane.duplicate.isVisible()
    assert "“李强 · 远航” has the same phone 138 0013 8000." in pane.duplicate.text.text()
    assert len(contacts.ids()) == 1
    with qtbot.waitSignal(pane.open_contact) as opened:
        pane.duplicate.open_button.click()
    assert opened.args == [first] and pane.contact_id == first and not pane.is_dirty()


def test_a_tag_typed_with_spaces_fills_the_seven_fields(pane):
    type_text(pane.tag_edit, "上海 远航 咨询 8万 李强 CEO 知乎 13800138000")
    assert {f: w.text() for f, w in pane.fields.items()} == {
        "city": "上海", "company": "远航", "product": "咨询", "deal_size": "8万", "name": "李强",
        "title": "CEO", "source": "知乎"}
    assert [n for _label, n in pane.phones.phones()] == ["13800138000"]


def test_merge_fills_the_existing_leads_empty_fields(pane):
    first = contacts.create({"name": "李强", "company": "远航"}, ["13900001111"])[0]
    pane.show_contact(None)
    pane.tag_edit.setText("")
    pane._tag_edited(f"{TAG} 13800138000")
    assert pane.save() is False  # name + company match
    pane.duplicate.merge_button.click()
    record = contacts.get(first)
    assert (record.city, record.title, len(contacts.ids())) == ("上海", "CEO", 1)
    assert [p.raw for p in record.phones] == ["13900001111", "13800138000"]


def test_save_anyway_and_start_golden_week_on_save(pane, qtbot):
    contacts.create({"name": "李强", "company": "远航"}, ["13800138000"])
    pane.start_on_save.setChecked(True)
    pane._tag_edited(f"{TAG} 13800138000")
    assert pane.save() is False
    with qtbot.waitSignal(pane.start_golden_week) as started:
        pane.duplicate.save_button.click()
    assert started.args == [pane.contact_id] and len(contacts.ids()) == 2
    again = DetailPane(Operations(Events()))
    qtbot.addWidget(again)
    assert again.start_on_save.isChecked()  # remembered
    again.start_on_save.setChecked(False)


def test_the_window_starts_golden_week_for_a_lead_saved_with_the_box_ticked(window, qtbot):
    window.followup.today = lambda: date(2026, 11, 24)
    window.new_contact()
    window.detail.start_on_save.setChecked(True)
    try:
        window.detail._tag_edited("广州-新客户-软件-3万-赵六-经理-展会 13700001234")
        assert window.detail.save()
        cid = window.detail.contact_id
        assert tp.pending_for(cid)[cid].due == date(2026, 11, 24)
        assert window.statusBar().currentMessage().startswith("Started Golden week for 1 lead(s)")
    finally:
        window.detail.start_on_save.setChecked(False)


def test_the_detail_pane_follows_the_list(window, qtbot):
    shown = window.table.current_id()
    assert shown is not None and window.detail.contact_id == shown
    record = contacts.get(shown)
    other = next(c for c in contacts.ids() if contacts.get(c).city != record.city)
    window.search.set_text(f"city:{contacts.get(other).city}")  # hides the shown lead
    qtbot.waitUntil(lambda: window.detail.contact_id != shown)
    listed = window.model.ids_for_rows([(0, window.model.rowCount() - 1)])
    assert window.detail.contact_id in listed and not window.detail.showing_nothing()
    window.search.set_text("city:没有这个城市")
    qtbot.waitUntil(window.detail.showing_nothing)
    assert window.detail.contact_id is None and not window.detail.tabs.isVisibleTo(window)
    assert window.detail.title_label.text() == ""  # no blank "New contact" form
    window.new_contact()  # asked for: the form is there
    assert not window.detail.showing_nothing() and window.detail.tabs.isVisibleTo(window)
