"""The month view with projections: 100,000 leads, cadences running on 20,000; the calendar's
6-week grid (due counts, projected counts, days over the capacity) painted, next to a raw-SQL
baseline painting the same counts.

    QT_QPA_PLATFORM=offscreen python benchmarks/calendar_paint.py [--contacts 100000]
        [--running 20000] [--reps 21]

The database: ``contact-book demo --contacts N`` (``common.demo_db``, cached), copied; then
cadences started through core (``group_start.start``, 500 open leads a day over the 40 days
from TODAY - 30, golden-week / close-21 / nurture in turn, capacity 500), and the 30 past
days played: 85% of each day's touches done by ``touchpoints.complete`` (a third "no answer",
so retries appear), the rest left overdue. Built once per size (in the bench cache).

"widget": what the Calendar tab does when a month is shown: ``CalendarView.show_month`` (the
grouped due counts, ``projection.counts``, ``projection.over_capacity``) and a repaint of the
month, grabbed to a pixmap. "raw": plain sqlite3 queries of the due counts and first-touch
counts of the grid, and the same projected counts handed over precomputed, painted by the same
calendar widget. Medians of --reps runs alternating two months; ratio = widget / raw.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import time
from datetime import date, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import CACHE, demo_db  # noqa: E402
from desktop_app.core.followup import agenda, group_start, projection  # noqa: E402
from desktop_app.core.followup import touchpoints  # noqa: E402
from desktop_app.core.storage.db import open_database  # noqa: E402
from desktop_app.core.storage.rows import sql  # noqa: E402

TODAY = date(2026, 11, 24)
KEYS = ("golden-week", "close-21", "nurture")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2)


def build(path: Path, contacts: int, running: int) -> None:
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(demo_db(contacts), tmp)
    db = open_database(tmp)
    rnd = random.Random(1)
    open_ids = [r[0] for r in sql("SELECT id FROM contact WHERE deleted_at IS NULL AND stage "
                                  "NOT IN ('won', 'lost') ORDER BY id")]
    rnd.shuffle(open_ids)
    chosen = open_ids[:running]
    per_day = -(-len(chosen) // 40)
    t0 = time.perf_counter()
    for d in range(40):
        day = TODAY - timedelta(days=30 - d)
        group = chosen[d * per_day:(d + 1) * per_day]
        if group:
            group_start.start(group, KEYS[d % 3], day, per_day=per_day, existing="replace",
                              now=_at(min(day, TODAY)))
    t1 = time.perf_counter()
    for d in range(30, 0, -1):
        day = TODAY - timedelta(days=d)
        for item in agenda.page(day, day, limit=100_000):
            if rnd.random() < 0.85:
                outcome = "no-answer" if rnd.random() < 0.33 else "reached"
                touchpoints.complete(item.touchpoint_id, outcome, today=day, now=_at(day))
    t2 = time.perf_counter()
    db.execute_sql("ANALYZE")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.replace(tmp, path)
    print(f"built {path.name}: cadences for {running:,} leads {t1 - t0:.1f} s, 30 days played "
          f"{t2 - t1:.1f} s")


def median_ms(fn, reps: int) -> float:
    fn()
    times = []
    for _ in range(reps):
        s = time.perf_counter()
        fn()
        times.append((time.perf_counter() - s) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--running", type=int, default=20_000)
    parser.add_argument("--reps", type=int, default=21)
    args = parser.parse_args()
    from desktop_app.core.storage import migrations

    path = CACHE / f"calendar-{args.contacts}-{args.running}-v{migrations.LATEST}.sqlite3"
    if not path.exists():
        build(path, args.contacts, args.running)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    from desktop_app.ui.followup.calendar_view import CalendarView

    view = CalendarView(today=lambda: TODAY)
    view.resize(1100, 760)
    view.show()
    app.processEvents()
    months = [(TODAY.year, TODAY.month), (TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1)]
    grids = [agenda.month_grid(y, m) for y, m in months]
    capacity = group_start.capacity()
    raw = sqlite3.connect(str(path))
    precomputed = [projection.counts(max(f, TODAY), l, TODAY) for f, l in grids]

    def widget(k=[0]):
        y, m = months[k[0] % 2]
        k[0] += 1
        view.show_month(y, m)
        view.calendar.grab()

    def baseline(k=[0]):
        i = k[0] % 2
        k[0] += 1
        first, last = (d.isoformat() for d in grids[i])
        due = {date.fromisoformat(d): n for d, n in raw.execute(
            "SELECT due, COUNT(*) FROM touchpoint WHERE status = 'due' AND due BETWEEN ? AND ? "
            "GROUP BY due", (first, last))}
        over = {date.fromisoformat(d) for d, n in raw.execute(
            "SELECT due, COUNT(*) FROM touchpoint WHERE status = 'due' AND step = 0 AND "
            "retry = 0 AND due BETWEEN ? AND ? GROUP BY due", (first, last)) if n > capacity}
        view.calendar.setCurrentPage(*months[i])
        view.calendar.set_counts(due, precomputed[i], over)
        view.calendar.grab()

    widget_ms = median_ms(widget, args.reps)
    raw_ms = median_ms(baseline, args.reps)
    proj_ms = median_ms(lambda: projection.counts(TODAY, grids[0][1], TODAY), args.reps)
    view.show_month(*months[0])
    cal = view.calendar
    running = sql("SELECT COUNT(*) FROM cadence WHERE status = 'active'")[0][0]
    groups = sql("SELECT COUNT(*) FROM (SELECT 1 FROM touchpoint t JOIN cadence k ON "
                 "k.id = t.cadence_id WHERE t.status = 'due' GROUP BY k.template_id, k.start, "
                 "t.step, t.retry, t.due)")[0][0]
    print(f"{args.contacts:,} leads, {running:,} running cadences ({groups:,} groups of pending "
          f"touches); month {months[0][0]}-{months[0][1]:02d}: {sum(cal.counts.values()):,} "
          f"due, {sum(cal.projected.values()):,} projected, {len(cal.over)} day(s) over "
          f"{capacity}/day; medians of {args.reps} runs")
    print(f"month view with projections painted: widget {widget_ms:.1f} ms, raw-SQL baseline "
          f"{raw_ms:.1f} ms, ratio {widget_ms / raw_ms:.2f}; target <= 100 ms: "
          f"{'ok' if widget_ms <= 100 else 'SLOW'}")
    print(f"  of which projection.counts: {proj_ms:.1f} ms")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
