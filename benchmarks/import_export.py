"""Import and export times for N contacts (default 100,000) beside a raw sqlite3 executemany of
the same rows into the same schema.

    /work/venv/bin/python benchmarks/import_export.py [N ...]   (default 100000)

"parse" = open + decode + map + clean + normalise phones (no database); "import" = the whole
run_import into an empty database (parse + duplicate matching + writing + commit);
"raw" = sqlite3 executemany of the already-parsed rows (contacts and phones) in one transaction.
The target: import <= parse + 3 x raw.
"""
from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core import contacts, demo  # noqa: E402
from desktop_app.core.db import open_database  # noqa: E402
from desktop_app.core.exporting import export_contacts  # noqa: E402
from desktop_app.core.importing import guess_mapping, open_source, run_import  # noqa: E402
from desktop_app.core.importing.mapping import RowBuilder  # noqa: E402


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
    now = contacts.utcnow().isoformat(" ")
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

    from desktop_app.core.phones import normalize

    normalize("021-6123 4567")


def main(n: int) -> None:
    warm_up()
    work = Path(tempfile.mkdtemp(prefix="cb-bench-"))
    db = open_database(work / "source.sqlite3")
    demo.generate(n, seed=42)
    ids = contacts.ids(sort="created_at", descending=False)
    exports = {}
    for fmt in ("csv", "xlsx", "vcf"):
        out = work / f"contacts.{fmt}"
        started = time.perf_counter()
        export_contacts(ids, out)
        exports[fmt] = (out, time.perf_counter() - started)
    db.close()

    print(f"{n:,} contacts ({work})")
    print(f"{'format':<6} {'export s':>9} {'file MB':>8} {'parse s':>8} {'import s':>9} "
          f"{'(write s)':>9} {'raw s':>7} {'import-parse':>13}")
    for fmt, (out, export_s) in exports.items():
        parse_s, rows = parse(out)
        raw_s = raw_insert(work / f"raw-{fmt}.sqlite3", rows)
        del rows
        gc.collect()
        db = open_database(work / f"import-{fmt}.sqlite3")
        started = time.perf_counter()
        report = run_import(open_source(out), duplicates="create")
        import_s = time.perf_counter() - started
        assert report.created == n, report.summary()
        db.close()
        ratio = (import_s - parse_s) / raw_s
        print(f"{fmt:<6} {export_s:>9.2f} {out.stat().st_size / 2**20:>8.1f} {parse_s:>8.2f} "
              f"{import_s:>9.2f} {report.seconds_writing:>9.2f} {raw_s:>7.2f} "
              f"{ratio:>11.1f}x raw", flush=True)


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [100_000]:
        main(size)
