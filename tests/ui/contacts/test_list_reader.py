"""Typed filters are read in a worker: the list stays painted meanwhile, a newer keystroke
interrupts an older read (a real SQLite interrupt: the slow read below never ends on its own),
and only the newest result is ever shown."""
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.core.contacts import listing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import query
from desktop_app.core.storage.schema import database
from desktop_app.ui.contacts.table_model import ID_ROLE, ContactTableModel
from tests.ui.contacts.paints import Paints

SLOW = "city:上海"  # its count never ends until interrupted
NEVER_ENDS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
              "SELECT count(*) FROM n")


@pytest.fixture
def slow_count(monkeypatch):
    """``listing.count`` for SLOW runs a query that only an interrupt stops; ``started`` is
    set once it runs (in the worker, on its own connection)."""
    started = threading.Event()
    real = listing.count
    slow = listing.count_query(query.parse(SLOW).where).sql()

    def count(where=None, **kw):
        if listing.count_query(where).sql() == slow:
            started.set()
            database.execute_sql(NEVER_ENDS).fetchone()
        return real(where, **kw)

    monkeypatch.setattr(listing, "count", count)
    real_matched = listing.count_matched

    def count_matched(where=None, **kw):  # (the worker's count)
        if listing.count_query(where).sql() == slow:
            started.set()
            database.execute_sql(NEVER_ENDS).fetchone()
        return real_matched(where, **kw)

    monkeypatch.setattr(listing, "count_matched", count_matched)
    return started


def ids_of(model):
    return [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]


def test_a_slow_read_superseded_by_a_fast_one_never_paints_over_it(qtbot, sample, slow_count):
    model = ContactTableModel()
    before = ids_of(model)
    shown = []
    model.filter_shown.connect(shown.append)
    model.request_filter(SLOW)
    qtbot.waitUntil(slow_count.is_set, timeout=10_000)  # the slow read runs in the worker ...
    assert model.is_reading() and ids_of(model) == before  # ... while the list stays painted
    with qtbot.waitSignal(model.filter_shown, timeout=5000):
        model.request_filter("北京")  # interrupts it
    qtbot.waitUntil(lambda: not model._reader.is_busy(), timeout=5000)
    QCoreApplication.processEvents()  # deliver anything the worker still sent
    assert shown == ["北京"]  # the slow one was never shown, before or after
    expected = contacts.ids(query.parse("北京").where)
    assert ids_of(model) == expected and model.rowCount() == len(expected) > 0
    model.shutdown()


def test_only_the_last_of_several_keystrokes_is_shown(qtbot, sample):
    model = ContactTableModel()
    shown = []
    model.filter_shown.connect(shown.append)
    for text in ("上", "上海", "上海 知", "上海 知乎"):
        model.request_filter(text)
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    assert shown == ["上海 知乎"]
    assert ids_of(model) == contacts.ids(query.parse("上海 知乎").where)
    model.shutdown()


def test_a_filter_applied_at_once_drops_a_pending_read(qtbot, sample, slow_count):
    model = ContactTableModel()
    shown = []
    model.filter_shown.connect(shown.append)
    model.request_filter(SLOW)
    qtbot.waitUntil(slow_count.is_set, timeout=10_000)
    model.set_filter("北京")  # Return, a saved group, a report's click: read now
    assert not model.is_reading()
    assert ids_of(model) == contacts.ids(query.parse("北京").where)
    qtbot.waitUntil(lambda: not model._reader.is_busy(), timeout=5000)
    QCoreApplication.processEvents()
    assert shown == [] and ids_of(model) == contacts.ids(query.parse("北京").where)
    model.shutdown()


def test_typing_back_to_the_shown_filter_reads_nothing(qtbot, sample, slow_count):
    model = ContactTableModel()
    model.set_filter("北京")
    model.request_filter(SLOW)
    qtbot.waitUntil(slow_count.is_set, timeout=10_000)
    with qtbot.waitSignal(model.filter_shown, timeout=1000):
        model.request_filter("北京")  # the slow read is dropped, the list is already right
    assert not model.is_reading()
    assert ids_of(model) == contacts.ids(query.parse("北京").where)
    model.shutdown()


def test_the_window_keeps_the_shown_lead_selected_after_a_typed_filter(qtbot, window):
    from tests.ui.helpers import type_text

    kept = contacts.ids(query.parse("上海").where)[-1]
    window.show_contact(kept)
    assert window.detail.contact_id == kept
    with qtbot.waitSignal(window.model.filter_shown, timeout=3000,
                          check_params_cb=lambda t: t == "上海"):
        type_text(window.search.edit, "上海")
    assert window.table.current_id() == kept == window.detail.contact_id


def test_a_typed_filter_that_hides_the_shown_lead_shows_the_first_row_next(qtbot, window):
    """The rows paint first; the pane follows to the first listed lead one turn later."""
    from tests.ui.helpers import type_text

    beijing = contacts.ids(query.parse("北京").where)
    outside = next(i for i in contacts.ids() if i not in beijing)
    window.show_contact(outside)
    with qtbot.waitSignal(window.model.filter_shown, timeout=3000,
                          check_params_cb=lambda t: t == "北京"):
        type_text(window.search.edit, "北京")
    assert window.table.current_id() == beijing[0]
    qtbot.waitUntil(lambda: window.detail.contact_id == beijing[0], timeout=3000)


def test_the_pane_follows_the_list_after_its_rows_are_painted(qtbot, window, monkeypatch):
    """Reading a lead and its timeline for the pane (12-40 ms at 100,000 leads) waits until
    the list has painted the new rows (``after_paint``). A zero-time timer ran it before that
    paint: Qt posts a paint with a low priority, after the timer's call."""
    beijing = contacts.ids(query.parse("北京").where)
    window.show_contact(next(i for i in contacts.ids() if i not in beijing))
    paints = Paints(window.table.viewport())
    at_shown, at_pane, queued = [], [], []
    window.model.filter_shown.connect(lambda _text: at_shown.append(paints.count))
    real_show, real_after = window.detail.show_contact, window.table.after_paint
    monkeypatch.setattr(window.detail, "show_contact",
                        lambda cid: (at_pane.append(paints.count), real_show(cid)))
    monkeypatch.setattr(window.table, "after_paint",
                        lambda callback: (queued.append(callback), real_after(callback)))
    window.search.edit.setText("北京")
    qtbot.waitUntil(lambda: window.detail.contact_id == beijing[0], timeout=3000)
    assert len(queued) == 1 and len(at_pane) == 1 and at_pane[0] > at_shown[-1]
    assert window.table.current_id() == beijing[0]


def test_after_paint_runs_one_turn_after_the_next_paint(qtbot, sample):
    from desktop_app.ui.contacts import contact_list
    from desktop_app.ui.contacts.contact_list import ContactListView

    view = ContactListView(ContactTableModel())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    paints = Paints(view.viewport())
    ran = []
    view.after_paint(lambda: ran.append(paints.count))
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.MetaCall))  # not a posted call
    assert ran == []
    view.viewport().update()
    qtbot.waitUntil(lambda: bool(ran), timeout=1000)
    assert ran == [1] and paints.count >= 1
    view.hide()  # nothing painted: it runs anyway, soon
    view.after_paint(lambda: ran.append("hidden"))
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=10 * contact_list.AFTER_PAINT_LATEST_MS)
    assert ran[1] == "hidden"


@pytest.fixture
def many(db):
    from desktop_app.core.contacts import demo

    demo.generate(600, seed=2)
    return db


def _gui_statements():
    """The statements SQLite runs on this (the GUI) thread's connection from now on."""
    statements = []
    database.connection().set_trace_callback(statements.append)
    return statements


def test_the_worker_finds_the_lead_to_keep_beyond_the_first_page(qtbot, many):
    """The lead the pane shows is looked for with the rows: its page comes with them, so the
    list selects it without a query on the GUI thread (at 100,000 leads that query took
    15-100 ms of a keystroke)."""
    model = ContactTableModel()
    lead = listing.ids()[450]  # the third page of 200
    model.shown_lead = lambda: lead
    model.request_filter("-city:火星")  # lists everyone again, under another text
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    statements = _gui_statements()
    try:
        assert model.row_of(lead) == 450
        assert model.data(model.index(450, 0), ID_ROLE) == lead
        assert statements == []  # nothing read here: the worker brought rows 400-599
    finally:
        database.connection().set_trace_callback(None)
    model.shutdown()


def test_the_worker_says_when_the_lead_to_keep_is_not_listed(qtbot, many):
    model = ContactTableModel()
    shanghai = set(listing.ids(query.parse("上海").where))
    lead = next(i for i in listing.ids() if i not in shanghai)
    model.shown_lead = lambda: lead
    model.request_filter("上海")
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    statements = _gui_statements()
    try:
        assert model.row_of(lead) is None and statements == []
    finally:
        database.connection().set_trace_callback(None)
    model.set_filter("")  # read again another way: the worker's answer no longer holds
    assert model.row_of(lead) is not None
    model.shutdown()


def test_a_typed_filter_reads_a_screenful_and_the_rest_when_asked(qtbot, many):
    """The worker reads the rows the list shows, not the whole first page of 200 (at 100,000
    leads: 王 ~2 instead of ~9 ms); the rest of that page is read when a row below is asked
    for, once."""
    model = ContactTableModel()
    model.first_rows = 20
    model.request_filter("-city:火星")  # everyone, under another text
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    order = listing.ids()
    statements = _gui_statements()
    try:
        assert [model.contact_id(r) for r in range(20)] == order[:20]
        assert statements == []  # the screenful came with the count
        assert model.contact_id(150) == order[150]
        pages = [s for s in statements if '"t1"."name"' in s]  # the page queries
        assert len(pages) == 1 and "LIMIT 180 OFFSET 20" in pages[0]
        assert [model.contact_id(r) for r in range(200)] == order[:200]
        assert len([s for s in statements if '"t1"."name"' in s]) == 1
    finally:
        database.connection().set_trace_callback(None)
    assert ids_of(model) == order
    model.shutdown()


def test_the_list_reads_what_its_viewport_shows(qtbot, window):
    """The window's list tells its model how many rows it shows: a typed filter's worker
    reads those, and painting them reads nothing more."""
    from tests.ui.helpers import type_text

    with qtbot.waitSignal(window.model.filter_shown, timeout=3000):
        type_text(window.search.edit, "-")  # a lone "-": every lead, one read
    view = window.table
    shown = view.rowAt(view.viewport().height() - 1) + 1
    assert 16 <= shown < 200 and shown <= window.model.first_rows <= shown + 2
    statements = _gui_statements()
    try:
        view.viewport().repaint()
        assert statements == []
    finally:
        database.connection().set_trace_callback(None)


@pytest.fixture
def worker_reads(monkeypatch):
    """The names of the ``listing`` reads the worker makes beyond the count (page, position)."""
    calls = []
    for name in ("page", "position"):
        real = getattr(listing, name)

        def record(*args, _name=name, _real=real, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(listing, name, record)
    return calls


@pytest.mark.parametrize("text, listed", [("不存在的词", 0), ("上海", None)])
def test_the_worker_reads_nothing_it_does_not_need(qtbot, many, worker_reads, text, listed):
    """No hits: the count alone (the page and the lead's position were two more full-text
    matches, ~1 ms at 100,000 leads). Every match among the rows read: the lead to keep is
    known not to be listed without looking for its position."""
    model = ContactTableModel()
    model.first_rows = 200
    matches = listing.count(query.parse(text).where)
    assert matches == listed if listed is not None else 0 < matches < 200
    shanghai = set(listing.ids(query.parse("上海").where))
    lead = next(i for i in listing.ids() if i not in shanghai)
    model.shown_lead = lambda: lead
    model.request_filter(text)
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    assert worker_reads == ([] if matches == 0 else ["page"])
    statements = _gui_statements()
    try:
        assert model.rowCount() == matches and model.row_of(lead) is None
        assert statements == []
    finally:
        database.connection().set_trace_callback(None)
    model.shutdown()


@pytest.mark.parametrize("text", ["上海", "上海 -stage:流失", "sh"])
def test_a_keystroke_matches_the_search_index_once(qtbot, many, monkeypatch, text):
    """The worker's count and rows of a full-text filter read one match (a temporary table
    on its connection): at 100,000 leads `sh` was matched twice, ~15 ms each."""
    from desktop_app.core.storage import threads

    statements = []
    real = threads.thread_connection

    def traced():
        connection = real()
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(threads, "thread_connection", traced)
    model = ContactTableModel()
    model.first_rows = 5
    expected = listing.ids(query.parse(text).where)
    assert len(expected) > 5  # a count and a page
    model.request_filter(text)
    qtbot.waitUntil(lambda: not model.is_reading(), timeout=5000)
    assert len([s for s in statements if "MATCH" in s]) == 1
    assert model.rowCount() == len(expected)
    assert [model.contact_id(r) for r in range(len(expected))] == expected
    model.shutdown()
