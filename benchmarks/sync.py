"""Sync against a local Radicale: a first sync of N contacts and an incremental sync of 10
changes among N, next to a raw script that PUTs / multiget-GETs the same cards (the ratio is
our overhead over the bare HTTP work).

    python benchmarks/sync.py [--contacts 10000]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.sync.conftest import device, start_radicale  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=10_000)
    n = ap.parse_args().contacts
    tmp = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    # the server's storage in memory where there is a tmpfs: its fsyncs are the same for both
    # sides and would only add the disk's noise to the ratio
    shm = Path("/dev/shm")
    srv = Path(tempfile.mkdtemp(prefix="sync-bench-srv-", dir=shm if shm.is_dir() else None))
    server = start_radicale(srv)
    try:
        from desktop_app.core.contacts import demo, editing, records
        from desktop_app.core.sync import account, cards, run

        with device(tmp / "a.sqlite3"):
            demo.generate(n, seed=1)
            acct, _ = account.connect(server.url, "bench", "")
            acct.filter = "-stage:lost"
            t = time.perf_counter()
            r = run.sync(acct, account.client(acct), today=date(2026, 3, 2), todos=False)
            first = time.perf_counter() - t
            assert r.outcome == "ok", r.problem
            uploaded = r.created_there
            from desktop_app.core.sync import local
            synced = sorted(r.contact_id for r in local.rows().values())
            for cid in synced[:10]:
                editing.update(cid, {"notes": "bench change"})
            acct = account.load()
            t = time.perf_counter()
            r = run.sync(acct, account.client(acct), today=date(2026, 3, 2), todos=False)
            incremental = time.perf_counter() - t
            assert r.updated_there == 10, r.lines()
            print(f"contacts {n}, uploaded {uploaded}: first sync {first:.2f} s, "
                  f"incremental (10) {incremental:.2f} s; now the raw baseline...", flush=True)
            sample = [cards.state_of(x) for x in records.get_many(records.ids()[:uploaded])]
        # the raw baseline: the same number of cards PUT one by one, then read back in multigets
        from desktop_app.core.sync.dav import DavClient
        dav = DavClient(server.url, "raw", "")
        dav.mkcol("/raw/book/", calendar=False, name="raw")
        bodies = [(f"/raw/book/{i}.vcf", cards.to_card(f"raw-{i}", s)) for i, s in enumerate(sample)]
        t = time.perf_counter()
        for href, body in bodies:
            dav.put(href, body, run.VCARD, None)
        dav.multiget("/raw/book/", [h for h, _ in bodies])
        raw_first = time.perf_counter() - t
        t = time.perf_counter()
        for href, body in bodies[:10]:
            dav.put(href, body.replace(b"END:VCARD", b"NOTE:x\r\nEND:VCARD"), run.VCARD, "*")
        dav.etags("/raw/book/")
        raw_incr = time.perf_counter() - t
        print(f"contacts {n}, uploaded {uploaded}")
        print(f"first sync        {first:8.2f} s   raw PUT+multiget {raw_first:8.2f} s   ratio {first / raw_first:5.2f}")
        print(f"incremental (10)  {incremental:8.2f} s   raw 10 PUT+list  {raw_incr:8.2f} s   ratio {incremental / raw_incr:5.2f}")
    finally:
        server.stop()
        shutil.rmtree(srv, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
