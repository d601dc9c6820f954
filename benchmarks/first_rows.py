"""Time to the first screen of rows, and peak memory, at 1k/10k/100k contacts.

    python benchmarks/first_rows.py [--sizes 1000 10000 100000] [--repeat 15]

Compares the window's lazy model (count + one page, fetched as the view asks for rows) with
loading every row as peewee model instances. Each measurement runs in a fresh child process
so its peak RSS (VmHWM) belongs to that one approach.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

from common import ROOT, demo_db, print_table

SCREEN_ROWS = 40  # rows visible on a laptop screen


def child(kind: str, db: str, repeat: int) -> dict:
    import time

    from PySide6.QtCore import QCoreApplication

    from desktop_app.core.storage.db import open_database
    from desktop_app.core.storage.schema import Contact
    from desktop_app.ui.contacts.table_model import ContactTableModel

    app = QCoreApplication([])  # noqa: F841 - models may translate strings
    open_database(db)
    from paint_probe import peak_kb

    base_kb = peak_kb()
    times, keep = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        if kind == "lazy":
            model = ContactTableModel()
            for r in range(min(SCREEN_ROWS, model.rowCount())):
                for c in range(model.columnCount()):
                    model.data(model.index(r, c))
            keep = model
        else:
            keep = list(Contact.select())
            rows = [(m.name, m.city) for m in keep[:SCREEN_ROWS]]  # noqa: F841
        times.append((time.perf_counter() - start) * 1000)
        keep = keep if kind == "lazy" else None
    peak = peak_kb()
    return {"ms": statistics.median(times), "peak_mb": peak / 1024,
            "extra_mb": (peak - base_kb) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        kind, db, repeat = opts.child
        print(json.dumps(child(kind, db, int(repeat))))
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    rows = []
    for size in opts.sizes:
        db = str(demo_db(size))
        result = {}
        for kind, repeat in (("lazy", opts.repeat), ("all", max(3, opts.repeat // 5))):
            out = subprocess.run([sys.executable, __file__, "--child", kind, db, str(repeat)],
                                 capture_output=True, text=True, env=env, check=True)
            result[kind] = json.loads(out.stdout)
        lazy, full = result["lazy"], result["all"]
        rows.append([f"{size:,}", f"{lazy['ms']:.1f}", f"{lazy['peak_mb']:.0f}",
                     f"{full['ms']:.0f}", f"{full['peak_mb']:.0f}",
                     f"{full['ms'] / lazy['ms']:.0f}x"])
    print(f"time to the first {SCREEN_ROWS} rows (median) and process peak RSS")
    print_table(["contacts", "lazy model ms", "lazy peak MB", "all as models ms",
                 "all peak MB", "all/lazy"], rows)


if __name__ == "__main__":
    main()
