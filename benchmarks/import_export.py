"""Import and export times for N contacts (default 100,000) beside a raw sqlite3 executemany of
the same rows into the same schema.

    /work/venv/bin/python benchmarks/import_export.py [N ...] [--repeat R]
        (default 100000 contacts, 3 repeats)

"parse" = open + decode + map + clean + normalise phones (no database); "import" = the whole
run_import into an empty database (parse + duplicate matching + writing + commit);
"raw" = sqlite3 executemany of the already-parsed rows (contacts and phones) in one transaction.
The target: import <= parse + 3 x raw. Every time is the median of R runs (each import into a
fresh database); "import-parse" is the ratio of the medians.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.contacts import records as contacts
from desktop_app.core.when import utcnow  # noqa: E402
import desktop_app.core.contacts.demo as demo  # noqa: E402
from desktop_app.core.storage.db import open_database  # noqa: E402
from desktop_app.core.transfer.exporting import export_contacts  # noqa: E402
from desktop_app.core.transfer.importing import guess_mapping, open_source, run_import  # noqa: E402
from desktop_app.core.transfer.importing.mapping import RowBuilder  # noqa: E402


def parse(path: Path):
    """Parse every row, keeping them as the raw baseline's input. The garbage collector is off
    meanwhile: 100,000 kept rows would otherwise make it rescan them again and again, time
    that an import (which keeps nothing) does not spend."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        source = open_source(path)
        builder = RowBuilder(source.headers, guess_mapping(source), source.guarded)
        rows = [builder.build(r) for r in source.rows() if not r.error]
        return time.perf_counter() - started, rows
    finally:
        gc.enable()


def raw_insert(db_file: Path, rows) -> float:
    db = open_database(db_file)
    conn = db.connection()
    fields = contacts._STORED
    now = utcnow().isoformat(" ")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(contacts._INSERT_SQL, [
        (i, *[(contacts._DEFAULTS | r.values)[f] for f in fields],
         r.phones[0].raw if r.phones else "", now, now, None)
        for i, r in enumerate(rows, start=1)])
    conn.executemany(contacts._PHONE_INSERT_SQL, [
        (i, pos, p.label, p.raw, p.e164, p.digits)
        for i, r in enumerate(rows, start=1) for pos, p in enumerate(r.phones)])
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def warm_up() -> None:
    """Load what the first file would otherwise pay for (phone metadata, openpyxl, xlsxwriter)."""
    import openpyxl  # noqa: F401
    import xlsxwriter  # noqa: F401

    from desktop_app.core.contacts.phones import normalize

    normalize("021-6123 4567")


def _median(times: list[float]) -> float:
    return statistics.median(times)


def main(n: int, repeat: int) -> None:
    warm_up()
    work = Path(tempfile.mkdtemp(prefix="cb-bench-"))
    db = open_database(work / "source.sqlite3")
    demo.generate(n, seed=42)
    ids = contacts.ids(sort="created_at", descending=False)
    exports = {}
    for fmt in ("csv", "xlsx", "vcf"):
        out = work / f"contacts.{fmt}"
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            export_contacts(ids, out)
            times.append(time.perf_counter() - started)
        exports[fmt] = (out, _median(times))
    db.close()

    print(f"{n:,} contacts, medians of {repeat} runs ({work})")
    print(f"{'format':<6} {'export s':>9} {'file MB':>8} {'parse s':>8} {'import s':>9} "
          f"{'(write s)':>9} {'raw s':>7} {'import-parse':>13}")
    for fmt, (out, export_s) in exports.items():
        parse_t, raw_t, import_t, write_t = [], [], [], []
        for run in range(repeat):
            parse_s, rows = parse(out)
            parse_t.append(parse_s)
            raw_t.append(raw_insert(work / f"raw-{fmt}-{run}.sqlite3", rows))
            del rows
            gc.collect()
            db = open_database(work / f"import-{fmt}-{run}.sqlite3")
            started = time.perf_counter()
            report = run_import(open_source(out), duplicates="create")
            import_t.append(time.perf_counter() - started)
            write_t.append(report.seconds_writing)
            assert report.created == n, report.summary()
            db.close()
            for name in (f"raw-{fmt}-{run}.sqlite3", f"import-{fmt}-{run}.sqlite3"):
                for suffix in ("", "-wal", "-shm"):
                    (work / f"{name}{suffix}").unlink(missing_ok=True)
        parse_s, raw_s, import_s = _median(parse_t), _median(raw_t), _median(import_t)
        ratio = (import_s - parse_s) / raw_s
        print(f"{fmt:<6} {export_s:>9.2f} {out.stat().st_size / 2**20:>8.1f} {parse_s:>8.2f} "
              f"{import_s:>9.2f} {_median(write_t):>9.2f} {raw_s:>7.2f} "
              f"{ratio:>11.1f}x raw", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for size in args.sizes:
        main(size, args.repeat)
