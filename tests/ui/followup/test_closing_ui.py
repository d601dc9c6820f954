"""Closing a lead in the detail pane takes it off the Today list; Ctrl+Z puts it back."""
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touchpoints as tp
import pytest

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

TODAY = date(2026, 11, 24)


def today_contacts(window) -> set[int]:
    model = window.followup.today_view.panel.model
    return {model.item(row).contact_id for row in range(model.rowCount())}


def test_closing_in_the_detail_pane_stops_the_cadence_and_undo_restarts_it(qtbot, window):
    window.followup.today = lambda: TODAY  # before the Today view is made
    cid = window.detail.contact_id
    due = TODAY - timedelta(days=2)
    tp.start(cid, "golden-week", due)
    window.followup.show_tab(1)
    qtbot.waitUntil(lambda: cid in today_contacts(window))
    window.followup.show_tab(0)

    closed = "lost" if contacts.get(cid).stage == "won" else "won"
    window.detail.stage.setCurrentIndex(window.detail.stage.findData(closed))  # 成交 / 流失
    window.save_action.trigger()
    assert contacts.get(cid).stage == closed and tp.pending_for(cid) == {}
    window.followup.show_tab(1)
    qtbot.waitUntil(lambda: cid not in today_contacts(window))

    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.get(cid).stage != closed and tp.pending_for(cid)[cid].due == due
    qtbot.waitUntil(lambda: cid in today_contacts(window))


def test_a_group_set_to_lost_stops_their_cadences_and_undo_restarts_them(qtbot, window):
    window.followup.today = lambda: TODAY
    ids = contacts.ids()[:3]
    tp.start(ids, "golden-week", TODAY)
    window.followup.show_tab(1)
    qtbot.waitUntil(lambda: set(ids) <= today_contacts(window))
    window.group.set_all("stage", "lost")  # the whole list: no filter
    qtbot.waitUntil(lambda: not today_contacts(window) & set(ids))
    assert tp.active_among(ids) == {}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: set(ids) <= today_contacts(window))
    assert set(tp.active_among(ids)) == set(ids)


def test_the_timeline_says_which_stage_stopped_the_cadence(qtbot):
    from types import SimpleNamespace

    from desktop_app.ui.timeline.labels import event_text

    closed = SimpleNamespace(kind="cadence-stopped", old_value="won", new_value="stopped",
                             summary="黄金七天")
    assert event_text(closed, "zh").endswith("黄金七天 · 成交")
    assert event_text(closed, "en").endswith("黄金七天 · Won")
    by_hand = SimpleNamespace(kind="cadence-stopped", old_value=None, new_value="stopped",
                              summary="黄金七天")
    assert event_text(by_hand, "en").endswith(": 黄金七天")
