"""Timeline benchmark: opening a lead's timeline, group logging, and the contact list with and
without millions of interactions present.

    /work/venv/bin/python benchmarks/timeline.py [--db PATH] [--contacts 100000]
        [--interactions 2000000] [--reps 15]

Builds (or reuses) PATH with the demo leads and interactions, PATH-plain with the same leads
and no interactions (the derived columns empty, as before any logging), and PATH-facts with the
same contact rows as PATH, derived columns included, but no interaction rows: with/facts is the
cost of the interactions being there; with/plain adds the effect of the contact rows' derived
values. Prints medians. Writes measured here are rolled back, so PATH stays reusable.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.followup import touches
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import query
import desktop_app.core.timeline.records as timeline  # noqa: E402
from desktop_app.core.storage.db import open_database  # noqa: E402
from desktop_app.core.storage.schema import database as proxy  # noqa: E402

NOW = datetime(2026, 11, 20, 6, 0, 0)
FILTERS = ("", "上海", "王", "咨询 上海", "138", "创始人 抖音")


def _median_ms(fn, reps: int) -> float:
    fn()  # warm the cache
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _paired_ms(fn, dbs, reps: int) -> list[float]:
    """Medians of ``fn`` on each database, runs interleaved so that drift hits all alike."""
    times: list[list[float]] = [[] for _ in dbs]
    for rep in range(reps + 1):
        for i, db in enumerate(dbs):
            proxy.initialize(db)
            start = time.perf_counter()
            fn()
            if rep:  # the first round warms the caches
                times[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()


def _build(path: Path, plain: Path, facts: Path, n_contacts: int, n_interactions: int,
           seed: int) -> None:
    if not plain.exists():
        db = open_database(plain)
        start = time.perf_counter()
        demo.generate(n_contacts, seed=seed, now=NOW)
        print(f"built {plain.name}: {n_contacts:,} leads in {time.perf_counter() - start:.1f} s")
        db.close()
    if not path.exists():
        _copy(plain, path)
        db = open_database(path)
        start = time.perf_counter()
        demo.generate_interactions(n_interactions, seed=seed, now=NOW)
        print(f"built {path.name}: {n_interactions:,} interactions in "
              f"{time.perf_counter() - start:.1f} s")
        db.close()
    if not facts.exists():
        _copy(plain, facts)
        con = sqlite3.connect(facts)
        con.execute("ATTACH ? AS w", (str(path),))
        con.execute("UPDATE contact SET last_contacted_at = c.last_contacted_at, "
                    "unanswered_count = c.unanswered_count FROM w.contact AS c "
                    "WHERE c.id = contact.id")
        con.commit()
        con.close()


def _list_rows(dbs, reps: int) -> dict[str, list[float]]:
    """The list's count + first page, per database: {label: [ms per database]}."""
    cases = {}
    for text in FILTERS:
        cases[f"count()+page(200) filter {text!r}"] = (query.parse(text).where, "updated_at")
    for sort in ("last_contacted_at", "unanswered_count"):
        cases[f"count()+page(200) sorted by {sort}"] = (None, sort)
    for term in ("last:>7d", "last:<3d", "last:never", "unanswered:>=2"):
        cases[f"count()+page(200) filter {term!r}"] = (timeline.parse_term(term, NOW.date()),
                                                       "updated_at")
    return {label: _paired_ms(lambda: (contacts.count(where),
                                       contacts.page(where, sort=sort, limit=200)), dbs, reps)
            for label, (where, sort) in cases.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "contact-book-timeline.sqlite3")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=2_000_000)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = args.db
    plain = path.with_name(f"{path.stem}-plain{path.suffix}")
    facts = path.with_name(f"{path.stem}-facts{path.suffix}")
    _build(path, plain, facts, args.contacts, args.interactions, args.seed)
    reps = max(args.reps, 15)

    others = [open_database(plain), open_database(facts)]
    db = open_database(path)
    listing = _list_rows([*others, db], reps)
    for other in others:
        other.close()
    proxy.initialize(db)
    n_leads = contacts.count()
    n_rows = db.execute_sql("SELECT count(*) FROM interaction WHERE kind = 'interaction'"
                            ).fetchone()[0]
    rnd = random.Random(args.seed)
    ids = contacts.ids()
    busiest = db.execute_sql("SELECT contact_id FROM interaction GROUP BY contact_id "
                             "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    own: dict[str, float] = {}
    own["entries(random lead, limit=200)"] = _median_ms(
        lambda: timeline.entries(rnd.choice(ids), limit=200), reps)
    own[f"entries(busiest lead, {timeline.count(busiest):,} entries, limit=200)"] = _median_ms(
        lambda: timeline.entries(busiest, limit=200), reps)
    own["entries(random lead, channel=call)"] = _median_ms(
        lambda: timeline.entries(rnd.choice(ids), "call", limit=200), reps)

    def group(n: int):
        targets = rnd.sample(ids, min(n, len(ids)))

        def run():
            with proxy.atomic() as tx:
                touches.log(targets, "wechat", "no-reply", summary="双十一活动")
                tx.rollback()
        return run
    for n in (1, 10_000):
        own[f"log() to {n:,} lead{'s' if n > 1 else ''} (rolled back)"] = _median_ms(group(n), reps)

    def undo(n: int):
        targets = rnd.sample(ids, min(n, len(ids)))

        def run():
            with proxy.atomic() as tx:
                logged = touches.log(targets, "call", "no-answer")
                touches.delete(logged.interactions)
                tx.rollback()
        return run
    own["log() + delete() (Undo) 10,000 leads (rolled back)"] = _median_ms(undo(10_000), reps)
    db.close()

    print(f"\n{n_leads:,} leads, {n_rows:,} interactions; medians of {reps} runs (ms); "
          f"SQLite {sqlite3.sqlite_version}\n")
    width = max(len(k) for k in [*own, *listing])
    print(f"{'operation':<{width}}  {'plain':>8}  {'facts':>8}  {'with':>8}  "
          f"{'with/plain':>10}  {'with/facts':>10}")
    for key, value in own.items():
        print(f"{key:<{width}}  {'':>8}  {'':>8}  {value:8.2f}")
    for key, (plain_ms, facts_ms, with_ms) in listing.items():
        print(f"{key:<{width}}  {plain_ms:8.2f}  {facts_ms:8.2f}  {with_ms:8.2f}  "
              f"{with_ms / plain_ms:10.2f}  {with_ms / facts_ms:10.2f}")


if __name__ == "__main__":
    main()
