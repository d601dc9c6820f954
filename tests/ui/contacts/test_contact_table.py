from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import query
from desktop_app.core.changes import Changes
from desktop_app.ui.contacts import table_model as contact_table
from desktop_app.ui.contacts.table_model import (
    COL_CREATED_AT,
    COL_DEAL_SIZE,
    COL_NAME,
    COL_STAGE,
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    ContactTableModel,
)


def ids_of(model, n=None):
    n = model.rowCount() if n is None else n
    return [model.data(model.index(r, 0), ID_ROLE) for r in range(n)]


def test_columns_follow_core():
    assert len(COLUMNS) == len(contacts.LIST_COLUMNS)
    for i, name in enumerate(contacts.LIST_COLUMNS):
        assert getattr(contact_table, f"COL_{name.upper()}") == i


def test_modeltester_with_data(qtmodeltester, sample):
    model = ContactTableModel()
    assert model.rowCount() == 200
    qtmodeltester.check(model)


def test_modeltester_with_a_filter(qtmodeltester, sample):
    model = ContactTableModel()
    model.set_filter("上海")
    assert 0 < model.rowCount() < 200
    assert model.rowCount() == contacts.count(query.parse("上海").where)
    assert all(model.data(model.index(r, 1)) == "上海" or "上海" in contacts.get(i).tag
               for r, i in enumerate(ids_of(model)))
    qtmodeltester.check(model)


def test_modeltester_in_trash(qtmodeltester, sample):
    contacts.trash(contacts.ids()[:7])
    model = ContactTableModel()
    model.set_trash(True)
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_modeltester_empty(qtmodeltester, db):
    model = ContactTableModel()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_is_sql_order(sample, column, order):
    contacts.create({"name": "面议客户", "deal_size": "面议"})  # not an amount: NULL deal_value
    model = ContactTableModel()
    model.sort(column, order)
    descending = order == Qt.SortOrder.DescendingOrder
    expected = [r[0] for r in contacts.page(sort=COLUMNS[column], descending=descending,
                                            limit=1000)]
    assert len(expected) == 201
    assert ids_of(model) == expected
    keys = [model.data(model.index(r, column), SORT_ROLE) for r in range(model.rowCount())]
    present = [k for k in keys if k is not None]
    assert present == sorted(present, reverse=descending)
    if COLUMNS[column] == "deal_size":  # NULL amounts first ascending, last descending
        missing = [i for i, k in enumerate(keys) if k is None]
        assert missing and (missing[0] == 0 if not descending else missing[-1] == 200)


def test_display_texts(db):
    cid, _ = contacts.create({"name": "叶辉", "deal_size": "1千万", "stage": "interested"},
                             now=datetime(2026, 1, 2, 3, 4, 5))
    model = ContactTableModel()
    assert model.data(model.index(0, COL_STAGE)) == "Interested"  # the English UI's word
    assert model.data(model.index(0, COL_DEAL_SIZE)) == "1千万"
    assert model.data(model.index(0, COL_DEAL_SIZE), SORT_ROLE) == 10_000_000
    local = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc).astimezone()
    assert model.data(model.index(0, COL_CREATED_AT)) == local.strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole) == "---1千万-叶辉"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"


def test_shown_view_fetches_few_pages(qtbot, db):
    demo.generate(5000, seed=1)
    model = ContactTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.fetches > 0)
    view.viewport().repaint()  # a paint now, not after a sleep: what a screenful reads
    assert model.rowCount() == 5000
    assert model.fetches == 1  # the first 200 rows cover the screen
    view.scrollToBottom()
    view.viewport().repaint()
    assert model.fetches <= 3  # the last page (and maybe the one before it), nothing between
    assert model.data(model.index(4999, 0), ID_ROLE) == contacts.ids()[-1]


def test_page_cache_is_bounded(db):
    demo.generate(5000, seed=1)
    model = ContactTableModel()
    model.max_pages = 3
    every = [model.data(model.index(r, 0), ID_ROLE) for r in range(5000)]
    assert every == contacts.ids()
    # every page once, and the top's first screenful before the rest of its page
    assert model.fetches == 5000 // contact_table.PAGE_SIZE + 1
    assert len(model._pages) == 3


def _statements():
    """The statements SQLite runs on this (the GUI) thread's connection from now on."""
    from desktop_app.core.storage.schema import database

    statements = []
    database.connection().set_trace_callback(statements.append)
    return statements


def _stop_tracing():
    from desktop_app.core.storage.schema import database

    database.connection().set_trace_callback(None)


@pytest.mark.parametrize("column", [COL_NAME, COL_CREATED_AT])
def test_a_sort_reads_a_screenful_and_counts_nothing(qtbot, db, column):
    """A sort reads the rows the view shows (not the whole first page of 200) and never
    counts again: the count does not change with the order."""
    demo.generate(600, seed=3)
    model = ContactTableModel()
    model.first_rows = 30
    order = contacts.ids(sort=COLUMNS[column], descending=False)
    statements = _statements()
    try:
        with qtbot.waitSignal(model.modelReset), qtbot.assertNotEmitted(model.count_changed):
            model.sort(column, Qt.SortOrder.AscendingOrder)  # the count is what it was
        assert [model.contact_id(r) for r in range(30)] == order[:30]
        assert len(statements) == 1 and "LIMIT 30" in statements[0]
        assert not any("count(" in s.lower() for s in statements)
        assert model.contact_id(150) == order[150]  # below the screenful: the rest of the page
        assert len(statements) == 2 and "LIMIT 170 OFFSET 30" in statements[1]
        assert ids_of(model, 200) == order[:200] and len(statements) == 2
    finally:
        _stop_tracing()
    assert model.rowCount() == 600 and ids_of(model) == order


def test_edit_repaints_without_reset(qtbot, sample):
    model = ContactTableModel()
    first = model.data(model.index(5, 0), ID_ROLE)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.apply_changes(editing.update(first, {"name": "新名字"},
                                            now=datetime(2030, 1, 1)))
    assert model.data(model.index(0, COL_NAME)) == "新名字"  # moved to the top (sorted by updated)
    assert model.rowCount() == 200


def test_membership_change_recounts(qtbot, sample):
    model = ContactTableModel()
    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.count_changed) as counted:
        model.apply_changes(contacts.trash(contacts.ids()[:3]))
    assert counted.args == [197] and model.rowCount() == 197
    with qtbot.assertNotEmitted(model.modelReset):
        model.apply_changes(Changes())


def test_row_of_and_ids_for_rows(sample):
    model = ContactTableModel()
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    order = contacts.ids(sort="name", descending=False)
    assert model.row_of(order[42]) == 42  # from SQL: nothing fetched yet
    assert model.fetches == 0
    assert model.contact_id(0) == order[0]
    assert model.row_of(order[142]) == 142  # from the fetched page
    assert model.ids_for_rows([(3, 5), (10, 10)]) == [order[3], order[4], order[5], order[10]]
    assert model.ids_for_rows([(0, 199)]) == order  # many rows: one ids() query
    model.set_filter("no-such-contact-anywhere")
    assert model.row_of(order[42]) is None


def test_a_lead_without_a_name_shows_its_email_or_wechat_in_the_name_cell(qtbot, db):
    """A phone's contact with only an e-mail (two cards of the Android vCards in the corpus)
    was a row of blanks: nothing told it apart from another. Its name's cell shows the e-mail,
    else the WeChat id; a named lead, and one with neither, are as before."""
    only_mail, _ = contacts.create({"email": "john.doe@example.com"}, [])
    only_wechat, _ = contacts.create({"wechat": "wx_lina88"}, [])
    named, _ = contacts.create({"name": "王芳", "email": "wf@example.com"}, [])
    nothing, _ = contacts.create({"notes": "见过一面"}, [])
    model = ContactTableModel()
    shown = {model.data(model.index(r, 0), ID_ROLE): model.data(model.index(r, COL_NAME))
             for r in range(model.rowCount())}
    assert shown == {only_mail: "john.doe@example.com", only_wechat: "wx_lina88",
                     named: "王芳", nothing: ""}
    others = [model.data(model.index(r, c)) for r in range(model.rowCount())
                          for c in range(1, len(COLUMNS)) if c != COL_CREATED_AT]
    assert "john.doe@example.com" not in others  # only in the name's cell
