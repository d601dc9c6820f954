"""Shared helpers for the benchmark scripts: cached demo databases, medians, a table printer."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("BENCH_CACHE", Path(tempfile.gettempdir()) / "contact-book-bench"))


def demo_db(contacts: int, seed: int = 1, **options) -> Path:
    """A database with ``contacts`` demo leads, built once and reused (keyed by schema version)."""
    from desktop_app.core.storage import db as dbmod
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage import migrations

    suffix = "".join(f"-{k}{v}" for k, v in sorted(options.items()))
    path = CACHE / f"demo-{contacts}-s{seed}{suffix}-v{migrations.LATEST}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".building")
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
        database = dbmod.open_database(tmp)
        demo.generate(contacts, seed=seed, **options)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
        os.replace(tmp, path)
    return path


def median_ms(fn, repeat: int = 15, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def print_table(headers: list[str], rows: list[list]) -> None:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
