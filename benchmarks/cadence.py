"""Cadence benchmark: 100,000 leads, each running a cadence; opening the calendar month and
the Today view (medians), with the raw SQL time beside each.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/cadence.py [--contacts 100000]
        [--reps 21] [--db PATH]

The database: ``core.contacts.demo.generate(N, seed=1)``; cadences started for every lead in one
``touchpoints.start`` per start day, the start days spread over the 90 days from TODAY - 60
(templates golden-week / close-21 / nurture in turn), so every day has work. The 60 past days
are then played: on each, a call is logged for 85% of the leads due that day (group logs, the
timeline hook completes their steps; a third of them "no answer" so retries appear); the
other 15% stay overdue. Built once and reused (PATH, default in the temp folder).

"Open" means what the UI does when the view is shown: calendar = one grouped count query for
the 6-week grid + a repaint of the month (grabbed to a pixmap); Today = recount + the first
page of rows (200, with last interactions) + a repaint of the table.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.followup import touches
from desktop_app.core.followup import agenda
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.timeline import records as timeline
import desktop_app.core.followup.touchpoints as touchpoints  # noqa: E402
from desktop_app.core.storage.db import open_database  # noqa: E402

TODAY = date(2026, 11, 24)
KEYS = ("golden-week", "close-21", "nurture")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, 0)  # 10:00 in China


def build(path: Path, n: int, seed: int = 1) -> None:
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    db = open_database(tmp)
    t0 = time.perf_counter()
    demo.generate(n, seed=seed, now=_at(TODAY - timedelta(days=61)))
    t1 = time.perf_counter()
    rnd = random.Random(seed)
    ids = contacts.ids()
    rnd.shuffle(ids)
    per_day = -(-len(ids) // 90)
    start_times = []
    for d in range(90):
        day = TODAY - timedelta(days=60 - d)
        group = ids[d * per_day:(d + 1) * per_day]
        if group:
            s = time.perf_counter()
            touchpoints.start(group, KEYS[d % 3], day, now=_at(min(day, TODAY)))
            start_times.append((len(group), time.perf_counter() - s))
    t2 = time.perf_counter()
    for d in range(60, 0, -1):
        day = TODAY - timedelta(days=d)
        due = [i.contact_id for i in agenda.items(agenda.ids(day, day))]
        done = [c for c in due if rnd.random() < 0.85]
        missed = [c for c in done if rnd.random() < 0.33]
        reached = sorted(set(done) - set(missed))
        for group, outcome in ((reached, "reached"), (missed, "no-answer")):
            if group:
                touches.log(group, "call", outcome, now=_at(day))
    t3 = time.perf_counter()
    db.execute_sql("ANALYZE")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.replace(tmp, path)
    big = max(start_times)
    print(f"built {path.name}: {n:,} leads {t1 - t0:.1f} s; cadences for all {t2 - t1:.1f} s "
          f"(largest start: {big[0]:,} leads in {big[1] * 1000:,.0f} ms); "
          f"60 days played {t3 - t2:.1f} s")


def start_all_ms(path: Path) -> tuple[float, float]:
    """One ``start`` of a cadence for every lead, in a transaction rolled back afterwards:
    (ms with no cadence running: the table emptied first, not timed; ms replacing theirs)."""
    from desktop_app.core.storage.schema import database

    db = open_database(path)
    ids = contacts.ids()
    times = []
    for fresh in (True, False):
        with database.atomic() as tx:
            if fresh:
                db.execute_sql("DELETE FROM touchpoint")
                db.execute_sql("DELETE FROM cadence")
                db.execute_sql("UPDATE contact SET next_due = NULL")
            s = time.perf_counter()
            touchpoints.start(ids, "golden-week", TODAY, existing="replace", now=_at(TODAY))
            times.append((time.perf_counter() - s) * 1000)
            tx.rollback()
    db.close()
    return times[0], times[1]


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
    parser.add_argument("--reps", type=int, default=21)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"contact-book-cadence-{args.contacts}.sqlite3"
    if not path.exists():
        build(path, args.contacts)
    whole_ms = start_all_ms(path)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841
    db = open_database(path)
    n_pending = agenda.count(None, date(9999, 12, 31))
    overdue = agenda.count(None, TODAY - timedelta(days=1))
    first, last = agenda.month_grid(TODAY.year, TODAY.month)
    rows = []

    sql_month = median_ms(lambda: agenda.day_counts(first, last), args.reps)
    sql_today = median_ms(lambda: (agenda.count(None, TODAY),
                                   agenda.items(agenda.ids(None, TODAY, limit=200))), args.reps)
    sql_day = median_ms(lambda: (agenda.count(TODAY + timedelta(days=3), TODAY + timedelta(days=3)),
                                 agenda.items(agenda.ids(TODAY + timedelta(days=3),
                                                         TODAY + timedelta(days=3), limit=200))),
                        args.reps)

    from desktop_app.ui.followup.calendar_view import CalendarView
    from desktop_app.ui.followup.today_view import TodayView

    calendar = CalendarView(today=lambda: TODAY)
    calendar.resize(1100, 760)
    calendar.show()
    today_view = TodayView(ops=None, today=lambda: TODAY)
    today_view.resize(1100, 760)
    today_view.show()
    app.processEvents()
    months = [(TODAY.year, TODAY.month), (TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1)]

    def open_month():
        y, m = months[open_month.k % 2]
        open_month.k += 1
        calendar.show_month(y, m)
        calendar.grab()
    open_month.k = 0

    def open_today():
        today_view.reload()
        today_view.grab()

    def open_day():
        calendar.select_day(TODAY + timedelta(days=3))
        calendar.grab()

    ui_month = median_ms(open_month, args.reps)
    ui_today = median_ms(open_today, args.reps)
    ui_day = median_ms(open_day, args.reps)
    rows.append(["calendar month (6-week grid)", f"{sql_month:.1f}", f"{ui_month:.1f}",
                 "ok" if ui_month < 100 else "SLOW"])
    rows.append([f"Today view ({overdue + agenda.count(TODAY, TODAY):,} rows)",
                 f"{sql_today:.1f}", f"{ui_today:.1f}", "ok" if ui_today < 100 else "SLOW"])
    day3 = agenda.count(TODAY + timedelta(days=3), TODAY + timedelta(days=3))
    rows.append([f"click a day ({day3:,} rows)", f"{sql_day:.1f}", f"{ui_day:.1f}",
                 "ok" if ui_day < 100 else "SLOW"])
    db.close()
    print(f"{args.contacts:,} leads, {n_pending:,} pending touchpoints ({overdue:,} overdue), "
          f"today {TODAY}; medians of {args.reps} runs")
    headers = ["open", "raw SQL ms", "widget ms", "< 100 ms"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(f"start a cadence for all {args.contacts:,} leads in one transaction: "
          f"{whole_ms[0]:,.0f} ms (none running), {whole_ms[1]:,.0f} ms (replacing "
          f"{n_pending:,} running)")


if __name__ == "__main__":
    main()
