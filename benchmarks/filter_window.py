"""Keystroke to painted list in the real window at 100,000 leads / 2,000,000 interactions,
next to a bare QTableView over the same SQL in the same run (issue #15).

    QT_QPA_PLATFORM=offscreen python benchmarks/filter_window.py [--db PATH] [--repeat 11]

--db: a 100k/2M database (default /tmp/reports_bench.sqlite3, which benchmarks/reports.py
builds with ``contact-book demo --contacts 100000 --interactions 2000000``); a copy is used.

"window": ``MainWindow`` (as ``app.run`` builds it); the filter bar's text is set (a keystroke:
no debounce; the list reads the count and first page in its worker while the old rows stay
painted), the event loop runs until the rows arrive and the list's viewport has painted them.
"bare": a QTableView of the same size over a minimal model that runs the same count and
first-page SQL (``listing.count_query`` / ``page_query``) in plain sqlite3 and paints. Between
runs a different filter is applied and the facet counts of the sidebar are let finish (not
timed). Also: sorting by each column (next to the bare view sorting by the same SQL), a
keystroke while the detail pane shows a lead the new filter keeps at row 1,500 (the list
finds its row before it paints; no bare equivalent), a sort while the pane shows a lead (the
list selects it and scrolls to it after the sorted top has painted), and a jump to row 50,000.
Medians; ratio = window / bare.
"""
from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FILTERS = ["王", "上海", "shanghai", "sh", "source:知乎", "source:知乎 city:上海 -stage:流失",
           "deal>=100万", "last:>7d", "unanswered:>=2", "苏若曦", "不存在的词", ""]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/reports_bench.sqlite3")
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.core.contacts import listing
    from desktop_app.core.search import query
    from desktop_app.core.storage.db import PRAGMAS, open_database
    from desktop_app.ui.main_window import MainWindow

    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda mode, context, text: None if "propagateSizeHints" in text
                           else print(text, file=sys.stderr))
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="filter-window-")) / "contacts.sqlite3"
    atexit.register(shutil.rmtree, work.parent, True)  # a 600 MB copy a run: not left behind
    shutil.copyfile(args.db, work)
    db = open_database(work)
    window = MainWindow(db)
    window.resize(1440, 900)
    window.show()
    for _ in range(50):
        app.processEvents()
    raw = sqlite3.connect(work)
    for name, value in PRAGMAS.items():
        if name != "journal_mode":
            raw.execute(f"PRAGMA {name} = {value}")

    class Bare(QAbstractTableModel):
        rows: list = []
        count = 0

        def run(self, text, sort="updated_at", descending=True):
            where = query.parse(text).where
            csql, cparams = listing.count_query(where).sql()
            self.count = raw.execute(csql, cparams).fetchone()[0]
            psql, pparams = listing.page_query(where, limit=50, matches=self.count, sort=sort,
                                               descending=descending).sql()
            self.beginResetModel()
            self.rows = raw.execute(psql, pparams).fetchall()
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()):
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()):
            return len(self.rows[0]) if self.rows else 0

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    bare_model = Bare()
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(window.table.size())  # the same area to paint as the window's list
    bare.show()

    class Painted(QObject):
        """Counts the paint events of a viewport: "painted" is the first one after a step."""
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    window_paints, bare_paints = Painted(), Painted()
    window.table.viewport().installEventFilter(window_paints)
    bare.viewport().installEventFilter(bare_paints)
    wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents

    def timed(fn) -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    def until_painted(paints, before):
        while paints.count == before:  # the event loop paints what the reset invalidated
            app.processEvents(wait)

    def settle():
        window.sidebar.refresh(window.search.filter, at_once=True)  # the facets, now
        while window.sidebar.is_busy():
            app.processEvents(wait)

    shown_at = []  # the viewport's paint count when the rows were shown

    window.model.filter_shown.connect(lambda _text: shown_at.append(window_paints.count))

    def window_step(text):
        assert text != window.search.text(), "a step must change the filter"
        shown_at.clear()
        window.search.edit.setText(text)  # a keystroke
        while window.model.is_reading():
            app.processEvents(wait)  # until the worker's rows arrive
        # a paint of the new rows: the old ones may have been painted meanwhile (the chips
        # row appearing above the list moves it)
        until_painted(window_paints, shown_at[-1])

    def bare_step(text):
        before = bare_paints.count
        bare_model.run(text)
        until_painted(bare_paints, before)

    print(f"{window.model.rowCount():,} leads; medians of {args.repeat}")
    print(f"{'filter':<34} {'matches':>8} {'window ms':>10} {'bare ms':>8} {'ratio':>6}")
    for text in FILTERS:
        w, b = [], []
        for _ in range(args.repeat):
            window_step("§other§")
            settle()
            w.append(timed(lambda: window_step(text)))
            settle()
            bare_step("§other§")
            b.append(timed(lambda: bare_step(text)))
        wm, bm = statistics.median(w), statistics.median(b)
        print(f"{text or '(empty)':<34} {window.model.rowCount():>8,} {wm:>10.1f} {bm:>8.1f} "
              f"{wm / bm:>6.2f}")
    # Typing while a lead is shown that the new filter keeps, beyond the first page the list
    # reads with the rows: the list finds its row (listing.position) before it paints.
    print(f"\n{'keystroke keeping the shown lead':<34} {'its row':>8} {'window ms':>10}")
    for text in ("deal>=100万", "last:>7d", "unanswered:>=2"):
        kept = listing.ids(query.parse(text).where)
        lead = kept[min(1500, len(kept) - 1)]
        w = []
        for _ in range(args.repeat):
            window_step("§other§")
            window_step("")
            window.show_contact(lead)
            settle()
            w.append(timed(lambda: window_step(text)))
            assert window.table.current_id() == lead, "the shown lead was not kept"
        print(f"{text:<34} {kept.index(lead):>8,} {statistics.median(w):>10.1f}")
    if window.search.text():
        window_step("")
    settle()
    print(f"\n{'sort by':<34} {'':>8} {'window ms':>10} {'bare ms':>8} {'ratio':>6}")
    header = window.table.horizontalHeader()
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 3  # each a change
    for column in range(window.model.columnCount()):
        def sort_step(order, column=column):
            before = window_paints.count
            window.table.sortByColumn(column, order)
            until_painted(window_paints, before)

        def bare_sort(order, column=column):
            before = bare_paints.count
            bare_model.run("", listing.LIST_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
            until_painted(bare_paints, before)

        wm = statistics.median(timed(lambda: sort_step(order)) for order in orders)
        bm = statistics.median(timed(lambda: bare_sort(order)) for order in orders)
        name = str(window.model.headerData(column, Qt.Orientation.Horizontal))
        print(f"{name:<34} {'':>8} {wm:>10.1f} {bm:>8.1f} {wm / bm:>6.2f}")
    # The sorts above ran while the pane showed a lead (the last one kept above): the sorted
    # top paints first, then the list's worker looks up the lead's row and the list selects
    # it and scrolls to it (``lead_sorted``). Here: a sort until that is painted.
    lead = window.detail.contact_id
    print(f"\n{'sort keeping the shown lead':<34} {'its row':>8} {'window ms':>10}")
    for column in (0, 4, 11):  # name, deal size, last contact
        rows = []

        def keep_step(order, column=column):
            found = []

            def slot(_lead, row):
                found.append(row)
            window.model.lead_sorted.connect(slot)
            window.table.sortByColumn(column, order)
            while not found:
                app.processEvents(wait)
            before = window_paints.count
            until_painted(window_paints, before)  # the lead's page, scrolled to
            window.model.lead_sorted.disconnect(slot)
            assert window.table.current_id() == lead, "the shown lead was not kept"
            rows.append(found[0])

        ms = statistics.median(timed(lambda: keep_step(order)) for order in orders)
        name = str(window.model.headerData(column, Qt.Orientation.Horizontal))
        print(f"{name:<34} {rows[0]:>8,} {ms:>10.1f}")
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def jump_step(row):
        before = window_paints.count
        window.table.scrollTo(window.model.index(row, 0))
        until_painted(window_paints, before)

    ms = []
    for _ in range(5):
        window.table.scrollTo(window.model.index(0, 0))  # back to the top (not timed) ...
        app.processEvents()
        window.model._pages.clear()  # ... and row 50,000's page is read again
        ms.append(timed(lambda: jump_step(50_000)))
    ms = statistics.median(ms)
    print(f"\njump to row 50,000: {ms:.1f} ms")
    before = window_paints.count
    window.table.scrollToBottom()
    until_painted(window_paints, before)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS after the filters, sorts and a scroll to the end: {peak:.0f} MB "
          "(this process also holds the bare view and its connection)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
