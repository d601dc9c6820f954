
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import query
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.contacts.table_model import COL_CITY, COL_NAME, ID_ROLE

from tests.ui.helpers import type_text

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def current_id(window):
    return window.table.currentIndex().data(ID_ROLE)


def select_rows(window, rows):
    selection = QItemSelection()
    for row in rows:
        selection.select(window.model.index(row, 0), window.model.index(row, 0))
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    window.table.selectionModel().select(selection, flags)
    window.table.selectionModel().setCurrentIndex(
        window.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.Current)


def test_starts_on_the_first_contact(window):
    assert window.count_label.text() == "200 contacts"
    assert current_id(window) == contacts.ids()[0] == window.detail.contact_id
    assert window.detail.fields["name"].text() == contacts.get(contacts.ids()[0]).name


def test_the_detail_pane_and_groups_come_right_after_the_first_paint(qtbot, sample):
    from desktop_app.core.contacts import groups

    groups.create("上海", "city:上海")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w._detail is None and w.sidebar.groups.texts() == []  # not before the list shows
    with qtbot.waitSignal(w.first_painted, timeout=5000):
        w.show()
    assert w._detail is not None and w.table.selectionModel().isRowSelected(0)
    assert current_id(w) == contacts.ids()[0] == w.detail.contact_id
    shanghai = contacts.count(query.parse("city:上海").where)
    assert w.sidebar.groups.texts() == [f"上海  ({shanghai:,})"]


def test_a_row_chosen_before_the_first_paint_is_the_one_shown(qtbot, sample):
    w = MainWindow()
    qtbot.addWidget(w)
    w.table.select_row(3)
    assert w.detail.contact_id == w.model.contact_id(3) == current_id(w)


def test_status_uses_thousands_separators(qtbot, sample):
    demo.generate(1234, seed=2)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.count_label.text() == "1,434 contacts"


def test_new_then_undo_and_redo(qtbot, window):
    window.new_action.trigger()
    assert window.detail.contact_id is None and window.detail.tag_edit.hasFocus()
    assert not window.save_action.isEnabled()
    type_text(window.detail.tag_edit, TAG)
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert not window.save_action.isEnabled()
    new_id = window.detail.contact_id
    assert new_id is not None and contacts.get(new_id).tag == TAG
    assert window.model.rowCount() == 201 and current_id(window) == new_id
    assert window.count_label.text() == "201 contacts"
    assert window.undo_action.isEnabled() and window.undo_action.toolTip() == "Add 叶辉"
    assert not window.redo_action.isEnabled()

    window.undo_action.trigger()
    assert contacts.count() == 200 and window.model.rowCount() == 200
    assert window.model.row_of(new_id) is None
    assert window.detail.contact_id != new_id

    window.redo_action.trigger()  # the same id comes back, so later commands still apply
    assert contacts.get(new_id).tag == TAG and window.model.rowCount() == 201


def test_delete_several_then_undo(qtbot, window):
    ids = [window.model.contact_id(r) for r in (2, 3, 5)]
    select_rows(window, [2, 3, 5])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert contacts.count() == 197 and window.model.rowCount() == 197
    assert all(contacts.get(i).deleted_at is not None for i in ids)
    assert window.detail.contact_id not in ids and window.detail.contact_id is not None
    assert window.count_label.text() == "197 contacts"

    window.undo_action.trigger()
    assert contacts.count() == 200 and window.model.rowCount() == 200
    assert all(contacts.get(i).deleted_at is None for i in ids)


def test_delete_key_in_a_text_field_does_not_trash(qtbot, window):
    window.detail.tag_edit.setFocus()
    window.activateWindow()
    qtbot.keyClick(window.detail.tag_edit, Qt.Key.Key_Delete)
    assert contacts.count() == 200


def test_edit_then_undo_restores_values_and_phones(qtbot, window):
    contact_id = window.detail.contact_id
    before = contacts.get(contact_id)
    window.detail.fields["city"].clear()
    type_text(window.detail.fields["city"], "拉萨")
    window.detail.phones.add_row("办公", "010 8888 6666")
    window.save_action.trigger()
    after = contacts.get(contact_id)
    assert after.city == "拉萨" and len(after.phones) == len(before.phones) + 1
    assert current_id(window) == contact_id  # still selected after moving in the list
    assert window.model.data(window.table.currentIndex().siblingAtColumn(COL_CITY)) == "拉萨"

    window.undo_action.trigger()
    undone = contacts.get(contact_id)
    assert undone.values() == before.values() and undone.phones == before.phones
    assert undone.updated_at == before.updated_at
    assert window.detail.fields["city"].text() == before.city  # the pane reloaded
    assert window.detail.phones.phones() == [(p.label, p.raw) for p in before.phones]


def test_switching_rows_saves_the_edit_first(qtbot, window):
    first = window.detail.contact_id
    window.detail.fields["title"].clear()
    type_text(window.detail.fields["title"], "首席执行官")
    other = window.model.contact_id(7)
    window.table.selectRow(7)
    qtbot.waitUntil(lambda: window.detail.contact_id == other)
    assert contacts.get(first).title == "首席执行官"
    assert current_id(window) == other


def test_a_failed_save_keeps_the_contact_selected(qtbot, window, message_boxes):
    first = window.detail.contact_id
    type_text(window.detail.email, "not-an-address")
    window.table.selectRow(7)
    qtbot.waitUntil(lambda: window.detail.error_label.isVisible())
    assert window.detail.contact_id == first and window.detail.email.text() == "not-an-address"
    qtbot.waitUntil(lambda: current_id(window) == first)
    window.close()  # cannot save: asks whether to lose the changes; Cancel keeps the window
    message_boxes.expect("question", "lose the changes")
    assert window.isVisible()
    window.detail.reload()


def test_trash_view_and_restore(qtbot, window):
    trashed = [window.model.contact_id(r) for r in (0, 1)]
    select_rows(window, [0, 1])
    window.delete_action.trigger()
    window.trash_action.setChecked(True)
    assert window.model.rowCount() == 2 and window.restore_action.isEnabled()
    assert window.count_label.text() == "2 contacts in the trash"
    assert window.detail.tag_edit.isReadOnly() and window.detail.trash_banner.isVisible()
    assert not window.detail.save_button.isEnabled()
    assert window.detail.phones.rows()[0].number.isReadOnly()
    assert not window.detail.phones.add_button.isVisible()
    assert window.detail.contact_id in trashed
    window.table.selectAll()
    window.restore_action.trigger()
    assert window.model.rowCount() == 0 and contacts.count(in_trash=True) == 0
    # an empty trash: "no contact selected", not also "this contact is in the trash"
    window.trash_action.setChecked(False)
    window.trash_action.setChecked(True)
    assert window.detail.showing_nothing() and not window.detail.trash_banner.isVisible()
    window.trash_action.setChecked(False)
    assert window.model.rowCount() == 200 and not window.detail.tag_edit.isReadOnly()


def test_search_filters_the_list(qtbot, window):
    with qtbot.waitSignal(window.model.filter_shown, timeout=2000,
                          check_params_cb=lambda t: t == "上海"):
        type_text(window.search.edit, "上海")
    assert 0 < window.model.rowCount() < 200
    assert window.count_label.text() == f"{window.model.rowCount()} contacts"


def test_window_state_survives_reopening(qtbot, sample, private_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 580)  # the offscreen screen is 800x600
    header = first.table.horizontalHeader()
    header.resizeSection(COL_NAME, 151)
    header.moveSection(header.visualIndex(COL_CITY), 0)
    header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    first.table.column_actions[COL_CITY].trigger()  # hidden from the header's menu: chosen
    first.splitter.setSizes([150, 420, 360])
    sizes = first.splitter.sizes()
    first.close()
    assert list(private_settings.rglob("contact-book.*"))  # not the user's own settings

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    header = second.table.horizontalHeader()
    assert (second.width(), second.height()) == (790, 580)
    assert header.sectionSize(COL_NAME) == 151
    assert header.visualIndex(COL_CITY) == 0 and header.isSectionHidden(COL_CITY)
    assert not second.table.column_actions[COL_CITY].isChecked()
    assert header.sortIndicatorSection() == COL_NAME
    assert second.model.sort_key == ("name", False)
    assert second.model.contact_id(0) == contacts.ids(sort="name", descending=False)[0]
    assert second.splitter.sizes() == sizes


def test_a_splitter_state_from_an_older_layout_does_not_hide_a_pane(qtbot, sample,
                                                                   private_settings):
    from PySide6.QtWidgets import QLabel, QSplitter

    from desktop_app.ui import settings

    old = QSplitter()  # the layout before the facet sidebar: list and detail only
    old.addWidget(QLabel("list"))
    old.addWidget(QLabel("detail"))
    old.setSizes([500, 300])
    settings().setValue("main/splitter", old.saveState())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert len(window.splitter.sizes()) == 3 and 0 not in window.splitter.sizes()


def test_undo_failure_is_reported_not_raised(qtbot, window, message_boxes):
    contact_id = window.detail.contact_id
    type_text(window.detail.fields["city"], "X")
    window.save_action.trigger()
    contacts.purge([contact_id])  # gone behind the window's back (e.g. the CLI)
    window.undo_action.trigger()
    assert message_boxes.take() == [("warning", f"No contact with id {contact_id}.")]
    assert not window.ops.stack.canUndo()
