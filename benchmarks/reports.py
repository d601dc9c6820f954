"""Reports at 100,000 leads and 2,000,000 interactions: the median of N runs of each report
(core.reports, as the window and the CLI call it) next to hand-written sqlite3 SQL computing
the same numbers (checked equal), with the ratio. Target: <= 300 ms and <= 2x.

    python benchmarks/reports.py [--db /tmp/reports_bench.sqlite3] [--runs 9] [--period 2026Q3]

Without an existing --db it is built first with
``python -m desktop_app demo --contacts 100000 --interactions 2000000 --seed 7`` (~80 s).
"""
from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from common import ROOT, median_ms, print_table

FUNNEL_SQL = (
    "SELECT COUNT(*), COUNT(contacted_on), COUNT(interested_on), COUNT(proposal_on), "
    "COUNT(won_on), SUM(lost_from = 'lead'), SUM(lost_from = 'contacted'), "
    "SUM(lost_from = 'interested'), SUM(lost_from = 'proposal'), SUM(won_amount) FROM contact "
    "WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?")
MEDIAN_SQL = (
    "SELECT g, AVG(d) FROM (SELECT g, d, ROW_NUMBER() OVER (PARTITION BY g ORDER BY d) AS rn, "
    "COUNT(*) OVER (PARTITION BY g) AS n FROM (SELECT {g} AS g, julianday(won_on) - "
    "julianday(date(created_at, 'localtime')) AS d FROM contact WHERE deleted_at IS NULL AND "
    "created_at >= ? AND created_at < ? AND won_on IS NOT NULL)) "
    "WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g")
SOURCES_SQL = (
    "SELECT {g}, COUNT(*), COUNT(contacted_on), COUNT(interested_on), COUNT(proposal_on), "
    "COUNT(won_on), COALESCE(SUM(won_amount), 0) FROM contact WHERE deleted_at IS NULL AND "
    "created_at >= ? AND created_at < ? GROUP BY {g}")
TOUCHES_SQL = (
    "SELECT c.{g}, COUNT(i.id) FROM contact c JOIN interaction i ON i.contact_id = c.id AND "
    "i.kind = 'interaction' AND i.deleted_at IS NULL AND i.channel != 'note' AND "
    "date(i.at, 'localtime') <= c.won_on WHERE c.deleted_at IS NULL AND c.created_at >= ? "
    "AND c.created_at < ? AND c.won_on IS NOT NULL GROUP BY c.{g}")
ACTIVITY_SQL = (
    "SELECT date(at, 'localtime') AS b, channel, COALESCE(outcome, ''), COUNT(*) FROM "
    "interaction WHERE kind = 'interaction' AND deleted_at IS NULL AND at >= ? AND at < ? "
    "GROUP BY b, channel, outcome")
BEFORE_WON_SQL = (
    "SELECT COUNT(DISTINCT c.id), COUNT(i.id) FROM contact c LEFT JOIN interaction i ON "
    "i.contact_id = c.id AND i.kind = 'interaction' AND i.deleted_at IS NULL AND "
    "i.channel != 'note' AND date(i.at, 'localtime') <= c.won_on WHERE c.deleted_at IS NULL "
    "AND c.won_on BETWEEN ? AND ?")


def raw_funnel(con, period):
    low, high = period.utc_bounds()
    counts = con.execute(FUNNEL_SQL, (low, high)).fetchone()
    median = dict(con.execute(MEDIAN_SQL.format(g="''"), (low, high)).fetchall()).get("")
    return [*counts[:5]], [*counts[5:9]], counts[9] or 0, median


def raw_sources(con, period, by):
    low, high = period.utc_bounds()
    rows = {r[0]: list(r[1:]) for r in con.execute(SOURCES_SQL.format(g=by), (low, high))}
    medians = dict(con.execute(MEDIAN_SQL.format(g=by), (low, high)).fetchall())
    touches = dict(con.execute(TOUCHES_SQL.format(g=by), (low, high)).fetchall())
    spend = {}
    if by == "source":
        spend = dict(con.execute("SELECT source, SUM(amount) FROM spend WHERE month BETWEEN ? "
                                 "AND ? GROUP BY source", period.months()).fetchall())
    return {v: (r, medians.get(v), touches.get(v, 0), spend.get(v)) for v, r in rows.items()}


def raw_activity(con, period):
    low, high = period.utc_bounds()
    rows = con.execute(ACTIVITY_SQL, (low, high)).fetchall()
    won = con.execute(BEFORE_WON_SQL, (period.start.isoformat(), period.end.isoformat())
                      ).fetchone()
    return sum(n for _, c, _, n in rows if c != "note"), won


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/reports_bench.sqlite3")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--period", default="2026Q3")
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(path), "demo",
                        "--contacts", "100000", "--interactions", "2000000", "--seed", "7"],
                       check=True, cwd=ROOT)
    from desktop_app.core.reports import periods, run
    from desktop_app.core.storage.db import open_database

    open_database(path)
    today = date(2026, 12, 4)
    period = periods.parse(args.period, today)
    con = sqlite3.connect(path)
    n = args.runs
    rows = []

    def compare(name, ours, raw, same):
        ours_ms = median_ms(ours, repeat=n)
        raw_ms = median_ms(raw, repeat=n)
        assert same(ours(), raw()), f"{name}: different numbers"
        ok = "ok" if ours_ms <= 300 and ours_ms <= 2 * raw_ms else "SLOW"
        rows.append([name, f"{ours_ms:.1f}", f"{raw_ms:.1f}", f"{ours_ms / raw_ms:.2f}x", ok])

    scope = run.make_scope(period, today)
    compare("funnel (cohort)", lambda: run.compute("funnel", scope),
            lambda: raw_funnel(con, period),
            lambda f, r: ([s.reached for s in f.stages], [s.lost for s in f.stages[:4]],
                          f.won_amount, f.median_days_to_won) == r)
    for by in ("source", "city", "company"):
        by_scope = run.make_scope(period, today, by=by)

        def same(report, raw):
            got = {r.value: ([r.leads, r.contacted, r.interested, r.proposal, r.won,
                              r.won_amount], r.median_days, r.touches, r.spend)
                   for r in report.rows if r.leads}
            return got == {v: tuple(x) for v, x in raw.items()}
        compare(f"sources --by {by}", lambda s=by_scope: run.compute("sources", s),
                lambda b=by: raw_sources(con, period, b), same)
    compare("activity (per day)", lambda: run.compute("activity", scope, "day"),
            lambda: raw_activity(con, period),
            lambda a, r: (a.touches, (a.won, round(a.touches_before_won * a.won))) == r)
    contacts = con.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    interactions = con.execute("SELECT COUNT(*) FROM interaction").fetchone()[0]
    print(f"{contacts:,} contacts, {interactions:,} timeline rows; period {period.label}; "
          f"median of {n} runs")
    print_table(["report", "core ms", "raw SQL ms", "ratio", "target"], rows)


if __name__ == "__main__":
    main()
