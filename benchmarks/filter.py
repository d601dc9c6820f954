"""Filter speed at 100,000 contacts: count + first page through core vs the same SQL in sqlite3.

    python benchmarks/filter.py                 # builds 100,000 demo contacts in a temp dir
    python benchmarks/filter.py --db x.sqlite3  # reuses x.sqlite3 (builds it if missing)

For each filter: matches | median ms of ``contacts.count(where)`` + ``contacts.page(where,
limit=200)`` | median ms of the very statements they ran (recorded, with their parameters,
including the page's planning query) replayed in a plain sqlite3 connection | ratio. Core and
raw runs alternate, so that both see the same machine load.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import facets
import desktop_app.core.search.query as query  # noqa: E402
from desktop_app.core.storage.db import PRAGMAS, open_database  # noqa: E402

FILTERS = (
    ("one free word", "咨询"),
    ("1-character word", "王"),
    ("pinyin initials", "yh"),
    ("full pinyin", "shanghai"),
    ("field term", "source:知乎"),
    ("deal comparison", "deal>=100万"),
    ("combination", "source:知乎 city:上海 deal>=100万"),
    ("negation", "-stage:流失"),
    ("phone fragment", "1381"),
    ("rare word", "苏若曦"),
    ("no match", "不存在"),
    ("email fragment", "ample"),
    ("1 ASCII letter", "s"),
    ("ASCII + Chinese", "B站"),
    ("punctuation (LIKE)", "wx_1234"),
    ("negated word", "-北京"),
    ("word + negation", "咨询 -stage:流失"),
    ("incomplete tags", "tag:incomplete"),
    ("exact value", "source:=知乎"),
)


def _record(db, fn) -> list[tuple[str, tuple]]:
    """The statements ``fn`` runs through ``db``."""
    statements = []
    original = db.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql
    try:
        fn()
    finally:
        del db.execute_sql
    return statements


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to use (built with demo data if missing)")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args(argv)

    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench.sqlite3"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        start = time.perf_counter()
        demo.generate(args.count, seed=1)
        print(f"built {args.count} demo contacts in {time.perf_counter() - start:.1f} s")
    print(f"{contacts.count()} contacts in {path}; median of {args.repeat} runs")

    raw = sqlite3.connect(path)
    for name, value in PRAGMAS.items():
        if name != "journal_mode":
            raw.execute(f"PRAGMA {name} = {value}")

    header = f"{'filter':<42} {'matches':>8} {'core ms':>8} {'raw ms':>8} {'ratio':>6}"
    print(header)
    print("-" * len(header))
    for label, text in FILTERS:
        where = query.parse(text).where

        def core():
            contacts.count(where)
            contacts.page(where, limit=200)

        statements = _record(db, core)

        def direct():
            for sql, params in statements:
                raw.execute(sql, params).fetchall()

        core_times, raw_times = [], []
        for _ in range(args.repeat):
            for fn, times in ((core, core_times), (direct, raw_times)):
                start = time.perf_counter()
                fn()
                times.append((time.perf_counter() - start) * 1000)
        core_ms, raw_ms = statistics.median(core_times), statistics.median(raw_times)
        print(f"{label + ': ' + text:<42} {contacts.count(where):>8} {core_ms:>8.2f} "
              f"{raw_ms:>8.2f} {core_ms / raw_ms:>6.2f}")
    print()
    print(f"{'facet_counts(field, where, limit=20)':<42} {'median ms':>9}")
    for text in ("", "咨询", "source:知乎 -stage:流失", "deal>=100万"):
        where = query.parse(text).where
        for field in ("source", "city", "stage"):
            times = []
            for _ in range(max(5, args.repeat // 3)):
                start = time.perf_counter()
                facets.facet_counts(field, where)
                times.append((time.perf_counter() - start) * 1000)
            print(f"{field + ' | ' + (text or '(no filter)'):<42} {statistics.median(times):>9.2f}")
    print(f"\ndatabase file: {path.stat().st_size / 1e6:.0f} MB")
    raw.close()
    db.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
