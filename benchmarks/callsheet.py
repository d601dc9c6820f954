"""Call sheet PDF rendering: median time to write a sheet of 100 / 500 rows (target: 500 rows
in under 3 s), and the time to build a group sheet from a demo database.

    python benchmarks/callsheet.py [--rows 100 500] [--repeat 7] [--contacts 10000]

Rows come from demo contacts (realistic tags, 15% with a second phone) with a cadence step,
an overdue day count and a last interaction on most of them, so rows differ in height.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import demo_db, median_ms, print_table  # noqa: E402

TODAY = date(2026, 11, 24)


def dress(rows, today: date):
    """Give group rows the touchpoint columns the cadence sheet will have."""
    from desktop_app.core.followup.callsheet import LastInteraction, order_due, with_due

    out = []
    for i, r in enumerate(rows):
        if i % 4:
            r = with_due(replace(r, step=f"黄金七天 · 第{(1, 3, 7)[i % 3]}天"),
                         today - timedelta(days=i % 5), today)
        else:
            r = with_due(r, today, today)
        if i % 3:
            r = replace(r, last=LastInteraction(today - timedelta(days=2 + i % 9), "电话",
                                                ("未接", "接通", "已回复")[i % 3],
                                                "说下周再打，老板出差了，预算要等下个季度批"))
        out.append(r)
    return order_due(out, today)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--contacts", type=int, default=10_000)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from desktop_app.core.followup import callsheet
    from desktop_app.core.search import query
    from desktop_app.core.storage.db import open_database

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from desktop_app.ui.printing import printer as printing

    database = open_database(demo_db(args.contacts))
    biggest = max(args.rows)
    build_ms = median_ms(lambda: callsheet.for_group(None, TODAY, "张三", limit=biggest),
                         repeat=args.repeat)
    base = callsheet.for_group(None, TODAY, "张三", limit=biggest)
    filtered_ms = median_ms(lambda: callsheet.for_group(query.parse("上海").where, TODAY),
                            repeat=args.repeat)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            sheet = replace(base, rows=tuple(dress(base.rows[:n], TODAY)))
            path = Path(tmp) / f"sheet-{n}.pdf"
            pages = printing.write_pdf(sheet, path)
            ms = median_ms(lambda: printing.write_pdf(sheet, path), repeat=args.repeat)
            results.append([n, pages, f"{ms:,.0f}", f"{path.stat().st_size / 1024:,.0f}",
                            "ok" if ms < 3000 else "SLOW"])
    database.close()
    print(f"build group sheet ({args.contacts:,} contacts, {biggest} rows): {build_ms:,.0f} ms; "
          f"filter 上海: {filtered_ms:,.0f} ms")
    print_table(["rows", "pages", "median render ms (A4 PDF)", "PDF KB", "< 3 s"], results)


if __name__ == "__main__":
    main()
