from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.followup import touches
from desktop_app import app
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.timeline import records as timeline
from desktop_app.core.when import local_date
from desktop_app.ui.events import Events
from desktop_app.ui.common.formatting import local_time
from desktop_app.ui.contacts.table_model import COL_LAST_CONTACTED_AT, COL_UNANSWERED_COUNT
from desktop_app.ui.timeline.model import DAY, ENTRY, EVENT, PAGE_SIZE, TimelineModel
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.contacts.detail_pane import TIMELINE_TAB, DetailPane
from desktop_app.ui.timeline.view import TimelinePanel

from tests.ui.helpers import type_text

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
CREATED = datetime(2024, 12, 1, 12, 0)
# (at UTC, channel, outcome, direction, summary, next step); midday, so the local day is the
# UTC day in any zone from UTC-11 to UTC+11
LOG = [
    (datetime(2024, 12, 3, 12, 0), "note", None, "out", "决策人是老板", ""),
    (datetime(2025, 11, 17, 12, 0), "email", "no-reply", "out", "发了案例", ""),
    (datetime(2025, 11, 20, 12, 0), "call", "reached", "in", "客户回电", ""),
    (datetime(2025, 11, 21, 10, 30), "wechat", "no-reply", "out", "发了报价，未回", ""),
    (datetime(2025, 11, 21, 12, 0), "call", "reached", "out", "聊了需求，发资料", "发报价"),
]
TODAY = local_date(datetime(2025, 11, 21, 12, 0))


@pytest.fixture
def lead(db):
    cid, _ = contacts.create(contacts.values_from_tag(TAG), now=CREATED)
    for at, channel, outcome, direction, summary, next_step in LOG:
        touches.log(cid, channel, outcome, direction, summary, next_step, at=at)
    return cid


def make_panel(qtbot, contact_id, size=(420, 700)):
    ops = Operations(Events())
    panel = TimelinePanel(ops)
    panel.ops_keepalive = ops
    panel.model.today = lambda: TODAY
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_contact(contact_id)
    return panel


@pytest.fixture
def panel(qtbot, lead):
    return make_panel(qtbot, lead)


def rows(panel):
    return [panel.model.row_at(i) for i in range(panel.model.rowCount())]


def entry_ids(panel):
    return [r.entry.id for r in rows(panel) if r.entry is not None]


def select(panel, entry_id):
    assert panel.view.select_entry(entry_id)
    panel.view.setFocus()


def test_newest_first_grouped_by_day(panel, lead):
    shown = [(r.kind, r.text) for r in rows(panel)]
    assert shown == [
        (DAY, "Today"),
        (ENTRY, "聊了需求，发资料"),
        (ENTRY, "发了报价，未回"),
        (DAY, "Yesterday"),
        (ENTRY, "客户回电"),
        (DAY, "Mon, Nov 17"),
        (ENTRY, "发了案例"),
        (DAY, "Dec 3, 2024"),
        (ENTRY, "决策人是老板"),
        (DAY, "Dec 1, 2024"),
        (EVENT, "Created: Lead"),
    ]
    assert entry_ids(panel) == [e.id for e in timeline.entries(lead)]
    first = rows(panel)[1]
    assert (first.channel, first.direction, first.outcome) == ("Call", "Outbound", "Reached")
    assert first.next_step == "Next: 发报价"
    assert panel.count_label.text() == "6 entries"
    index = panel.model.index(1)
    assert "聊了需求" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not panel.model.flags(panel.model.index(0)) & Qt.ItemFlag.ItemIsSelectable


def test_keyboard_skips_day_headers(qtbot, panel):
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    assert panel.view.currentIndex().row() == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.view.currentIndex().row() == 4  # over the "Yesterday" header
    qtbot.keyClick(panel.view, Qt.Key.Key_End)
    assert rows(panel)[panel.view.currentIndex().row()].kind == EVENT


def test_channel_filter(qtbot, panel):
    panel.filter.setCurrentIndex(panel.filter.findData("call"))
    assert [r.text for r in rows(panel) if r.kind != DAY] == ["聊了需求，发资料", "客户回电"]
    assert all(r.entry.channel == "call" for r in rows(panel) if r.entry)
    assert panel.count_label.text() == "2 entries"
    panel.filter.setCurrentIndex(panel.filter.findData("visit"))
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "0 entries"
    assert panel.view.placeholder == "Nothing on this channel yet."
    panel.filter.setCurrentIndex(0)
    assert len(entry_ids(panel)) == 6


def test_model_passes_the_model_tester(qtmodeltester, lead):
    model = TimelineModel(page_size=2)
    model.set_contact(lead)
    assert model.rowCount() < 11 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.fetched == 6


def _settle(panel) -> None:
    """Paint and run the view's posted layout and fetch-more timers until three rounds in a
    row fetch nothing more: what it fetches without scrolling, with no fixed wait."""
    last, quiet = panel.model.fetched, 0
    while quiet < 3:
        panel.view.repaint()
        QApplication.processEvents()
        quiet = quiet + 1 if panel.model.fetched == last else 0
        last = panel.model.fetched


def test_a_thousand_entries_are_fetched_as_you_scroll(qtbot, db):
    demo.generate(1, seed=3)
    assert demo.generate_interactions(1000, seed=3) == 1000
    cid = contacts.ids()[0]
    panel = make_panel(qtbot, cid, size=(420, 600))
    _settle(panel)  # the view asks for more only while its last row is visible
    stage_events = len(db.execute_sql("SELECT id FROM interaction WHERE contact_id = ? AND "
                                      "kind = 'stage-changed'", (cid,)).fetchall())
    assert panel.model.total == 1001 + stage_events  # with the "created" and stage events
    assert PAGE_SIZE <= panel.model.fetched <= 2 * PAGE_SIZE
    first = panel.model.fetched
    bar = panel.view.verticalScrollBar()
    for _ in range(100):
        if not panel.model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert first < panel.model.fetched == 1001 + stage_events
    assert entry_ids(panel) == [e.id for e in timeline.entries(cid, limit=None)]


def test_quick_log_with_the_keyboard_only(qtbot, window):
    cid = window.detail.contact_id
    list_row = window.model.row_of(cid)
    unanswered = window.model.index(list_row, COL_UNANSWERED_COUNT)
    assert unanswered.data() == ""
    bar = window.detail.timeline.quick_log

    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.tabs.currentIndex() == TIMELINE_TAB
    assert QApplication.focusWidget() is bar.channel
    qtbot.keyClick(bar.channel, "2")  # 2 微信/WeChat, then on to the outcome
    assert QApplication.focusWidget() is bar.outcome
    qtbot.keyClick(bar.outcome, "2")  # 2 未回复/No reply
    assert QApplication.focusWidget() is bar.direction
    qtbot.keyClick(bar.direction, "1")  # 1 发出/Outbound
    assert QApplication.focusWidget() is bar.note
    type_text(bar.note, "发了报价单")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)

    newest = timeline.entries(cid, limit=1)[0]
    assert (newest.channel, newest.outcome, newest.direction, newest.summary) == \
        ("wechat", "no-reply", "out", "发了报价单")
    panel = window.detail.timeline
    assert rows(panel)[0].kind == DAY and rows(panel)[1].entry == newest
    assert panel.view.current_entry_id() == newest.id
    assert bar.note.text() == "" and bar.values()["channel"] == "wechat"
    list_row = window.model.row_of(cid)
    assert window.model.index(list_row, COL_UNANSWERED_COUNT).data() == "1"
    assert window.model.index(list_row, COL_LAST_CONTACTED_AT).data() == local_time(newest.at)

    # Ctrl+Z right away, still in the (now empty) note: undoes the log
    assert QApplication.focusWidget() is bar.note
    qtbot.keyClick(bar.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timeline.entries(cid, limit=1)[0].id != newest.id
    assert newest.id not in entry_ids(panel)
    assert window.model.index(window.model.row_of(cid), COL_UNANSWERED_COUNT).data() == ""
    window.redo_action.trigger()  # the same entry comes back
    assert timeline.entries(cid, limit=1)[0] == newest and newest.id in entry_ids(panel)


def test_a_note_needs_text_and_has_no_outcome(qtbot, panel, lead):
    bar = panel.quick_log
    bar.set_channel("note")
    assert not bar.outcome.isEnabled() and not bar.direction.isEnabled()
    bar.note.setFocus()
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert timeline.count(lead) == 6 and bar.note.placeholderText() == "Type the note first"
    type_text(bar.note, "关心售后")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    newest = timeline.entries(lead, limit=1)[0]
    assert (newest.channel, newest.outcome, newest.summary) == ("note", None, "关心售后")


def test_edit_then_undo(qtbot, panel, lead):
    entry = timeline.entries(lead, "email")[0]
    select(panel, entry.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = panel.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.toPlainText() == "发了案例"
    dialog.summary.setPlainText("发了案例和报价")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("replied"))
    dialog.next_step.setText("周五再跟")
    dialog.accept()
    assert not dialog.isVisible()
    edited = timeline.get(entry.id)
    assert (edited.summary, edited.outcome, edited.next_step) == \
        ("发了案例和报价", "replied", "周五再跟")
    row = rows(panel)[panel.model.row_of(entry.id)]
    assert row.text == "发了案例和报价" and row.outcome == "Replied"
    assert panel.view.current_entry_id() == entry.id  # still selected after the refresh
    assert panel.ops.stack.undoText() == "Edit timeline entry"

    panel.ops.stack.undo()
    assert timeline.get(entry.id) == entry
    assert rows(panel)[panel.model.row_of(entry.id)].text == "发了案例"
    panel.ops.stack.redo()
    assert timeline.get(entry.id) == edited


def test_double_click_edits_and_bad_time_is_shown(qtbot, panel, lead):
    entry = timeline.entries(lead, "call")[0]
    rect = panel.view.visualRect(panel.model.index(panel.model.row_of(entry.id)))
    viewport = panel.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a real one:
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # press first
    dialog = panel.edit_dialog
    assert dialog is not None and dialog.entry == entry
    dialog.when.setDateTime(dialog.when.dateTime().addYears(5))  # in the future
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert "future" in dialog.error_label.text()
    assert timeline.get(entry.id) == entry and panel.ops.stack.count() == 0
    dialog.reject()


def test_delete_then_undo(qtbot, panel, lead):
    ids = entry_ids(panel)
    select(panel, ids[1])
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert timeline.count(lead) == 5 and ids[1] not in entry_ids(panel)
    assert panel.view.current_entry_id() == ids[2]  # the next one is selected
    assert panel.count_label.text() == "5 entries"
    panel.ops.stack.undo()
    assert timeline.count(lead) == 6 and entry_ids(panel) == ids


def test_delete_key_and_ctrl_z_in_the_window(qtbot, window):
    cid = window.detail.contact_id
    touches.log(cid, "call", "no-answer", summary="没接")
    window.events.changed.emit(touches.log(cid, "call", "no-answer", summary="关机"))
    panel = window.detail.timeline
    window.detail.tabs.setCurrentIndex(TIMELINE_TAB)
    newest = entry_ids(panel)[0]
    select(panel, newest)
    assert window.model.index(window.model.row_of(cid), COL_UNANSWERED_COUNT).data() == "2"
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert contacts.count() == 200  # the timeline entry went, not the contact
    assert newest not in entry_ids(panel)
    assert window.model.index(window.model.row_of(cid), COL_UNANSWERED_COUNT).data() == "1"
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert newest in entry_ids(panel)
    assert window.model.index(window.model.row_of(cid), COL_UNANSWERED_COUNT).data() == "2"


def test_delete_several(qtbot, panel, lead):
    ids = entry_ids(panel)
    view = panel.view
    select(panel, ids[0])
    index = panel.model.index(panel.model.row_of(ids[2]))
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert entry_ids(panel) == [ids[1], *ids[3:]]
    assert panel.ops.stack.undoText() == "Delete 2 timeline entries"
    panel.ops.stack.undo()
    assert entry_ids(panel) == ids


def test_system_events_are_shown_but_not_editable(qtbot, panel, lead):
    created = timeline.entries(lead, limit=None)[-1]
    assert created.kind == "created"
    select(panel, created.id)
    assert panel.view.selected_interactions() == []
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.edit_dialog is None and panel.edit_entry(created.id) is None
    assert timeline.count(lead) == 6 and panel.ops.stack.count() == 0
    panel.delete_entries([created.id])  # even if asked directly: core refuses, shown as text
    assert timeline.count(lead) == 6 and panel.error_label.isVisibleTo(panel)


def test_stage_change_in_the_detail_pane_shows_up_at_once(qtbot, lead):
    ops = Operations(Events())
    pane = DetailPane(ops)
    pane.ops_keepalive = ops
    qtbot.addWidget(pane)
    pane.show()
    pane.show_contact(lead)
    assert pane.tabs.currentIndex() == TIMELINE_TAB and pane.tabs.tabText(TIMELINE_TAB) == \
        "Timeline (6)"
    pane.stage.setCurrentIndex(pane.stage.findData("interested"))
    assert pane.save()
    top = pane.timeline.model.row_at(1)
    assert top.kind == EVENT and top.text == "Stage changed: Lead → Interested"
    assert pane.tabs.tabText(TIMELINE_TAB) == "Timeline (7)"
    ops.stack.undo()
    assert contacts.get(lead).stage == "lead"


def test_tabs_remember_the_choice_and_new_contacts_show_details(qtbot, lead):
    ops = Operations(Events())
    pane = DetailPane(ops)
    pane.ops_keepalive = ops
    qtbot.addWidget(pane)
    pane.show_contact(lead)
    pane.tabs.setCurrentIndex(0)  # the user picks Details
    pane.show_contact(None)
    assert pane.tabs.currentIndex() == 0 and not pane.tabs.isTabEnabled(TIMELINE_TAB)
    assert pane.timeline.model.rowCount() == 0
    pane.show_contact(lead)
    assert pane.tabs.currentIndex() == 0  # still the user's choice
    assert pane.focus_quick_log() and pane.tabs.currentIndex() == TIMELINE_TAB
    pane.show_contact(None)
    pane.show_contact(lead)
    assert pane.tabs.currentIndex() == TIMELINE_TAB


def test_saving_a_new_contact_stays_on_its_form(qtbot, window):
    window.new_action.trigger()
    assert window.detail.tabs.currentIndex() == 0
    type_text(window.detail.tag_edit, TAG)
    qtbot.keyClick(window.detail.tag_edit, Qt.Key.Key_Return)
    assert window.detail.contact_id is not None
    assert window.detail.tabs.currentIndex() == 0 and window.detail.tag_edit.hasFocus()
    assert window.detail.tabs.isTabEnabled(TIMELINE_TAB)
    window.table.select_row(3)  # another contact: the timeline, as preferred
    assert window.detail.tabs.currentIndex() == TIMELINE_TAB


def test_trash_shows_the_timeline_read_only(qtbot, window):
    cid = window.detail.contact_id
    touches.log(cid, "call", "reached", summary="聊了需求")
    entries = timeline.count(cid)  # created, the demo's stage changes, the call
    window.ops.trash([cid])
    window.trash_action.setChecked(True)
    window.table.select_id(cid)
    panel = window.detail.timeline
    assert window.detail.contact_id == cid and panel.contact_id == cid
    assert rows(panel)[1].text == "聊了需求"
    assert not panel.quick_log.isEnabled() and panel.view.read_only
    assert window.detail.focus_quick_log() is False
    select(panel, entry_ids(panel)[0])
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert timeline.count(cid) == entries


def test_chinese_labels_and_day_titles(qtbot, qapp, lead, monkeypatch):
    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    translators = app.install_translator(qapp)
    try:
        panel = make_panel(qtbot, lead)
        days = [r.text for r in rows(panel) if r.kind == DAY]
        assert days == ["今天", "昨天", "11月17日 周一", "2024年12月3日", "2024年12月1日"]
        first = rows(panel)[1]
        assert (first.channel, first.direction, first.outcome, first.next_step) == \
            ("电话", "发出", "接通", "下一步：发报价")
        assert rows(panel)[-1].text == "新建：线索"
        assert panel.quick_log.channel.itemText(0) == "1  电话"
        assert panel.count_label.text() == "6 条记录"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_paints_without_warnings(qtbot, panel):
    image = panel.grab()
    assert not image.isNull()
    select(panel, entry_ids(panel)[0])
    panel.view.viewport().repaint()
    assert panel.view.indexAt(QPoint(20, 5)).isValid()
