"""Keystroke to painted list in the real window at 100,000 leads / 2,000,000 interactions,
next to a bare QTableView over the same SQL in the same run (issue #15).

    QT_QPA_PLATFORM=offscreen python benchmarks/filter_window.py [--db PATH] [--repeat 11]

--db: a 100k/2M database (default /tmp/reports_bench.sqlite3, which benchmarks/reports.py
builds with ``contact-book demo --contacts 100000 --interactions 2000000``); a copy is used.

"window": ``MainWindow`` (as ``app.run`` builds it); the filter bar's text is set (what the
debounce would apply), then the list's viewport is repainted: the time until the count is shown
and the first rows are painted. "bare": a QTableView over a minimal model that runs the same
count and first-page SQL (``listing.count_query`` / ``page_query``) in plain sqlite3 and paints.
Between runs a different filter is applied (not timed). Also: each sort column, and a jump to
row 50,000. Medians; ratio = window / bare.
"""
from __future__ import annotations

import argparse
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
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
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

        def run(self, text):
            where = query.parse(text).where
            csql, cparams = listing.count_query(where).sql()
            psql, pparams = listing.page_query(where, limit=50).sql()
            self.beginResetModel()
            self.count = raw.execute(csql, cparams).fetchone()[0]
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
    bare.resize(1000, 800)
    bare.show()

    def timed(fn) -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    def window_step(text):
        window.search.edit.setText(text)
        window.search._emit()  # what the debounce applies
        window.table.viewport().repaint()

    def bare_step(text):
        bare_model.run(text)
        bare.viewport().repaint()

    print(f"{window.model.rowCount():,} leads; medians of {args.repeat}")
    print(f"{'filter':<34} {'matches':>8} {'window ms':>10} {'bare ms':>8} {'ratio':>6}")
    for text in FILTERS:
        w, b = [], []
        for _ in range(args.repeat):
            window_step("§other§")
            app.processEvents()
            w.append(timed(lambda: window_step(text)))
            app.processEvents()  # the facet counts report back (not timed)
            bare_step("§other§")
            b.append(timed(lambda: bare_step(text)))
        wm, bm = statistics.median(w), statistics.median(b)
        print(f"{text or '(empty)':<34} {window.model.rowCount():>8,} {wm:>10.1f} {bm:>8.1f} "
              f"{wm / bm:>6.2f}")
    window_step("")
    print("\nsort by column (window, ms):")
    header = window.table.horizontalHeader()
    for column in range(window.model.columnCount()):
        ms = statistics.median(timed(lambda: (window.table.sortByColumn(
            column, Qt.SortOrder.AscendingOrder), window.table.viewport().repaint()))
            for _ in range(3))
        print(f"  {str(window.model.headerData(column, Qt.Orientation.Horizontal)):<12} {ms:.1f}")
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    ms = statistics.median(timed(lambda: (window.table.scrollTo(window.model.index(50_000, 0)),
                                          window.table.viewport().repaint())) for _ in range(3))
    print(f"\njump to row 50,000: {ms:.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
