"""The filter through the UI model at 100,000 contacts: ``ContactTableModel.set_filter(text)``
until the model holds its count and first page, next to the same SQL in plain sqlite3.

    python benchmarks/filter_ui.py [--repeat 15]

Same representative filters as benchmarks/filter.py. Target: < 50 ms and <= 2x raw.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import demo_db  # noqa: E402  (puts the project on sys.path)
from filter import FILTERS, _record  # noqa: E402

from desktop_app.core.storage.db import PRAGMAS, open_database  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.contacts.table_model import ContactTableModel

    app = QApplication.instance() or QApplication([])  # noqa: F841
    path = demo_db(100_000)
    db = open_database(path)
    model = ContactTableModel()
    raw = sqlite3.connect(path)
    for name, value in PRAGMAS.items():
        if name != "journal_mode":
            raw.execute(f"PRAGMA {name} = {value}")
    print(f"{model.rowCount():,} contacts; median of {args.repeat} runs")
    header = f"{'filter':<42} {'matches':>8} {'model ms':>9} {'raw ms':>8} {'ratio':>6}"
    print(header)
    print("-" * len(header))
    worst = 0.0
    for label, text in FILTERS:
        def ui():
            model.set_filter(text)
            model.data(model.index(0, 0))  # the first page, as the view asks for it

        def reset():
            model.set_filter("§reset§")  # a different filter (not timed)

        reset()
        statements = _record(db, ui)

        def direct():
            for sql, params in statements:
                raw.execute(sql, params).fetchall()

        ui_times, raw_times = [], []
        for _ in range(args.repeat):
            reset()
            start = time.perf_counter()
            ui()
            ui_times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            direct()
            raw_times.append((time.perf_counter() - start) * 1000)
        ui_ms, raw_ms = statistics.median(ui_times), statistics.median(raw_times)
        worst = max(worst, ui_ms)
        print(f"{label + ': ' + text:<42} {model.rowCount():>8} {ui_ms:>9.2f} {raw_ms:>8.2f} "
              f"{ui_ms / raw_ms:>6.2f}")
    print(f"\nslowest model median: {worst:.1f} ms")
    raw.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
