"""The size and time of one automatic backup beside a raw zstd of the same database file.

    python benchmarks/backup_size.py [--contacts 100000] [--interactions 300000] [--db FILE]
        [--repeat 3]

The database is the demo one (`contact-book demo --contacts N --interactions M`, built once
and cached, see common.demo_db) unless --db names one. "backup" is ``backup.make_backup``
into a fresh ``backups/`` (online copy, search index left out, quick_check, zstd -3, fsync,
rename); "raw zstd" compresses the database file as it is with the same library and level in
the same run (``zstd -3 FILE``: what a plain compressed copy would be). The ratio is backup /
raw zstd, for size and time; times are medians of --repeat runs. Restoring it (decompress,
rebuild the search index, check, copy in) is timed once.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zstandard  # noqa: E402

from benchmarks.common import CACHE  # noqa: E402
from desktop_app.core import backup  # noqa: E402
from desktop_app.core.backup import container  # noqa: E402
from desktop_app.core.contacts import demo  # noqa: E402
from desktop_app.core.storage import migrations  # noqa: E402
from desktop_app.core.storage.db import close_database, open_database  # noqa: E402


def demo_db(contacts: int, interactions: int) -> Path:
    path = CACHE / f"demo-{contacts}-i{interactions}-v{migrations.LATEST}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.stem + "-building.sqlite3")
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
        db = open_database(tmp)
        demo.generate(contacts, seed=1)
        if interactions:
            demo.generate_interactions(interactions, seed=1)
        close_database(db, backup=False)
        os.replace(tmp, path)
    return path


def raw_zstd(path: Path, out: Path) -> tuple[int, float]:
    started = time.perf_counter()
    cctx = zstandard.ZstdCompressor(level=container.LEVEL, write_checksum=True)
    with open(path, "rb") as f, open(out, "wb") as o:
        cctx.copy_stream(f, o, size=os.fstat(f.fileno()).st_size)
    return out.stat().st_size, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=300_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    source = args.db or demo_db(args.contacts, args.interactions)
    work = Path(tempfile.mkdtemp(prefix="backup-size-"))
    try:
        db_path = work / "contacts.sqlite3"
        shutil.copyfile(source, db_path)
        raw = db_path.stat().st_size
        zstd_sizes, zstd_times, sizes, times = [], [], [], []
        for i in range(args.repeat):
            size, seconds = raw_zstd(db_path, work / f"raw-{i}.zst")
            zstd_sizes.append(size)
            zstd_times.append(seconds)
            started = time.perf_counter()
            info = backup.make_backup(db_path, "auto", thin=False)
            times.append(time.perf_counter() - started)
            sizes.append(info.size)
            if i < args.repeat - 1:
                info.path.unlink()
        db = open_database(db_path, lock=True)
        started = time.perf_counter()
        backup.restore_backup(db, info.path, full_check=False)
        restore = time.perf_counter() - started
        close_database(db, backup=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    med = statistics.median
    mb = lambda n: f"{n / 1e6:.1f} MB"  # noqa: E731
    print(f"database        {mb(raw)}  ({source})")
    print(f"raw zstd -{container.LEVEL}     {mb(med(zstd_sizes))}  {med(zstd_times):.2f} s")
    print(f"backup          {mb(med(sizes))}  {med(times):.2f} s  "
          f"(index left out, checked, synced)")
    print(f"ratio           size {med(sizes) / med(zstd_sizes):.2f}x raw zstd, "
          f"{med(sizes) / raw:.1%} of the database; time {med(times) / med(zstd_times):.2f}x")
    print(f"restore         {restore:.1f} s  (decompress, rebuild the search index, check)")


if __name__ == "__main__":
    main()
