"""Group actions at 100,000 contacts: a filter matching ~10,000, each write and its undo.

    python benchmarks/bulk.py [--repeat 3]

Works on a copy of the cached demo database (benchmarks/common.py ``demo_db``). Every undo is
checked: after it, each row holds its old values again (source/updated_at, timeline counts,
trash state).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import demo_db, print_table  # noqa: E402  (puts the project on sys.path)

from desktop_app.core.contacts import editing
from desktop_app.core.followup import touches
from desktop_app.core.contacts import bulk
from desktop_app.core.contacts import records as contacts
import desktop_app.core.search.query as query  # noqa: E402
from desktop_app.core.storage.db import open_database  # noqa: E402
from desktop_app.core.storage.schema import database  # noqa: E402

FILTER = "stage:proposal"  # 11,549 of the 100,000 demo leads


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, (time.perf_counter() - start) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--filter", default=FILTER)
    args = parser.parse_args(argv)
    source = demo_db(100_000)
    tmp = tempfile.TemporaryDirectory()
    path = Path(tmp.name) / "bulk.sqlite3"
    shutil.copy(source, path)
    open_database(path)
    where = query.parse(args.filter).where
    ids = contacts.ids(where)
    print(f"{contacts.count():,} contacts; filter {args.filter!r} matches {len(ids):,}; "
          f"median of {args.repeat}")

    def snapshot():
        return database.execute_sql(
            "SELECT id, source, stage, updated_at, deleted_at, last_contacted_at, "
            "unanswered_count FROM contact ORDER BY id").fetchall()

    def timeline_rows():
        return database.execute_sql(
            "SELECT count(*) FROM interaction WHERE deleted_at IS NULL").fetchone()[0]

    times: dict[str, list[float]] = {}
    ok = True
    for _ in range(args.repeat):
        before, entries = snapshot(), timeline_rows()
        result, ms = timed(lambda: editing.set_field(ids, "source", "展会"))
        times.setdefault("set source", []).append(ms)
        _, ms = timed(lambda: editing.undo_set(result))
        times.setdefault("undo set source", []).append(ms)
        ok &= snapshot() == before and timeline_rows() == entries

        from desktop_app.core.timeline import records as timeline

        logged, ms = timed(lambda: touches.log(ids, "call", "no-answer", summary="群发"))
        times.setdefault("log interaction", []).append(ms)
        _, ms = timed(lambda: touches.delete(logged.interactions))
        times.setdefault("undo log", []).append(ms)
        ok &= snapshot() == before and timeline_rows() == entries

        _, ms = timed(lambda: contacts.trash(ids))
        times.setdefault("trash", []).append(ms)
        _, ms = timed(lambda: contacts.restore(ids))
        times.setdefault("undo trash (restore)", []).append(ms)
        ok &= snapshot() == before
    rows = [[name, f"{len(ids):,}", f"{statistics.median(t):.0f}"] for name, t in times.items()]
    print_table(["action", "contacts", "median ms"], rows)
    print(f"every undo restored every row: {ok}")
    database.close()
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
