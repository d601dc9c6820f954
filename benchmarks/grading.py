"""Grading at 100,000 leads / 2,000,000 interactions: the grade filter, one logged touch, a
full regrade after a rule change.

    python benchmarks/grading.py                       # /tmp/grading-bench/work.sqlite3
    python benchmarks/grading.py --base B.sqlite3      # copied from B once (any older schema)

Build the base once with ``contact-book demo --db B --contacts 100000 --interactions
2000000``. Prints medians (ms) and ratios:

* ``grade:A`` (and two other filter terms, for comparison): ``contacts.count(where)`` +
  ``contacts.page(where, limit=200)`` through core against the same two questions written by
  hand in a plain sqlite3 connection (runs alternate; budget: ratio <= 2);
* logging one touch with ``followup.touches.log`` (interaction, cadence hook and regrade of
  the lead, one transaction, committed): budget < 10 ms;
* ``grading.score.change_rules`` (store the rules, regrade every lead): budget <= 5 s.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.contacts import records as contacts  # noqa: E402
from desktop_app.core.followup import touches  # noqa: E402
from desktop_app.core.grading import rules as rules_mod  # noqa: E402
from desktop_app.core.grading import score  # noqa: E402
from desktop_app.core.search import query  # noqa: E402
from desktop_app.core.storage.db import PRAGMAS, open_database  # noqa: E402

WORK = Path("/tmp/grading-bench/work.sqlite3")
BASE = Path("/tmp/grading-bench/base-v7.sqlite3")
RAW = {
    "grade:A": ("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND grade = 'A'",
                "SELECT id, name, city, company, product, deal_size, title, source, phone, "
                "stage, created_at, updated_at, last_contacted_at, unanswered_count, next_due, "
                "grade, score FROM contact WHERE deleted_at IS NULL AND grade = 'A' "
                "ORDER BY updated_at DESC, id DESC LIMIT 200"),
    "等级:A,B": ("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND grade IN ('A','B')",
                "SELECT id, name, city, company, product, deal_size, title, source, phone, "
                "stage, created_at, updated_at, last_contacted_at, unanswered_count, next_due, "
                "grade, score FROM contact WHERE deleted_at IS NULL AND grade IN ('A','B') "
                "ORDER BY updated_at DESC, id DESC LIMIT 200"),
    "score:>=10": ("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND score >= 10",
                   "SELECT id, name, city, company, product, deal_size, title, source, phone, "
                   "stage, created_at, updated_at, last_contacted_at, unanswered_count, "
                   "next_due, grade, score FROM contact WHERE deleted_at IS NULL AND score >= 10 "
                   "ORDER BY updated_at DESC, id DESC LIMIT 200"),
    "source:=知乎": ("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND source = '知乎'",
                   "SELECT id, name, city, company, product, deal_size, title, source, phone, "
                   "stage, created_at, updated_at, last_contacted_at, unanswered_count, "
                   "next_due FROM contact WHERE deleted_at IS NULL AND source = '知乎' "
                   "ORDER BY updated_at DESC, id DESC LIMIT 200"),
}


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=str(BASE))
    parser.add_argument("--db", default=str(WORK))
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args(argv)
    path = Path(args.db)
    if not path.exists():
        shutil.copyfile(args.base, path)
    today = date.today()
    db = open_database(path)  # migrates a copied older base
    took = timed(lambda: score.ensure_current(today))
    rows = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    print(f"{contacts.count():,} leads, {rows:,} timeline rows in {path}; first grading of "
          f"the day {took:.0f} ms")
    print("grades:", score.counts())

    raw = sqlite3.connect(path)
    for name, value in PRAGMAS.items():
        if name != "journal_mode":
            raw.execute(f"PRAGMA {name} = {value}")
    print(f"\n{'filter':<14} {'matches':>8} {'core ms':>8} {'raw ms':>8} {'ratio':>6}")
    for text, (count_sql, page_sql) in RAW.items():
        where = query.parse(text, today).where

        def core():
            contacts.count(where)
            contacts.page(where, limit=200)

        def direct():
            raw.execute(count_sql).fetchall()
            raw.execute(page_sql).fetchall()

        core(), direct()
        core_t, raw_t = [], []
        for _ in range(args.repeat):
            core_t.append(timed(core))
            raw_t.append(timed(direct))
        c, r = statistics.median(core_t), statistics.median(raw_t)
        print(f"{text:<14} {contacts.count(where):>8,} {c:>8.2f} {r:>8.2f} {c / r:>6.2f}")

    ids = contacts.ids(None)[:: max(1, contacts.count() // 200)][:args.repeat * 2]
    now = datetime.utcnow()
    touches.log(ids[-1], "备注", summary="warm-up", now=now)  # first use imports the cadence code
    logs = [timed(lambda cid=cid: touches.log(cid, "私信", now=now)) for cid in ids]
    logs += [timed(lambda cid=cid: touches.log(cid, "电话", "接通", now=now)) for cid in ids]
    from desktop_app.core.timeline import records as timeline

    bare = []  # the record writer alone (no cadence hook, no regrade), alternating
    for cid in ids:
        bare.append(timed(lambda cid=cid: timeline.log(cid, "私信", now=now)))
        logs.append(timed(lambda cid=cid: touches.log(cid, "私信", now=now)))
    p95 = sorted(logs)[int(len(logs) * 0.95)]
    print(f"\nlog one touch (touches.log, committed): median {statistics.median(logs):.2f} ms, "
          f"p95 {p95:.2f} ms, max {max(logs):.2f} ms over {len(logs)} logs (budget < 10 ms); "
          f"the record writer alone (timeline.log, committed): median "
          f"{statistics.median(bare):.2f} ms")

    base = rules_mod.load()
    runs = []
    for k in range(3):
        t = (20 + k + 1, 10, 3)
        runs.append(timed(lambda t=t: score.change_rules(base.with_changes(thresholds=t), today)))
    runs.append(timed(lambda: score.change_rules(base, today)))
    print(f"full regrade after a rule change (change_rules): median {statistics.median(runs):.0f}"
          f" ms, max {max(runs):.0f} ms over {len(runs)} runs (budget <= 5000 ms)")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
