"""Sync against a local Radicale: a first sync of N contacts and an incremental sync of 10
changes among N, next to a raw script that PUTs / multiget-GETs the same cards (the ratio is
our overhead over the bare HTTP work).

    python benchmarks/sync.py [--contacts 10000] [--parallel]

Radicale's PUT grows with the size of the collection (it checks the new card's UID against
the others), so at 10,000 leads each side takes about an hour. ``--parallel`` runs the two
sides at the same time, each in its own process against its own server: they share the
machine's noise, and the pair takes one hour instead of two. ``--side ours|raw`` runs one
side alone (what --parallel starts twice).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.sync.conftest import device, start_radicale  # noqa: E402

TODAY = date(2026, 3, 2)
FILTER = "-stage:lost"


def ours(n: int, url: str, tmp: Path) -> dict:
    from desktop_app.core.contacts import demo, editing
    from desktop_app.core.sync import account, local, run

    with device(tmp / "a.sqlite3"):
        demo.generate(n, seed=1)
        acct, _ = account.connect(url, "bench", "")
        acct.filter = FILTER
        t = time.perf_counter()
        r = run.sync(acct, account.client(acct), today=TODAY, todos=False)
        first = time.perf_counter() - t
        assert r.outcome == "ok", r.problem
        uploaded = r.created_there
        synced = sorted(row.contact_id for row in local.rows().values())
        for cid in synced[:10]:
            editing.update(cid, {"notes": "bench change"})
        acct = account.load()
        t = time.perf_counter()
        r = run.sync(acct, account.client(acct), today=TODAY, todos=False)
        incremental = time.perf_counter() - t
        assert r.updated_there == 10, r.lines()
    return {"cards": uploaded, "first": first, "incremental": incremental}


def raw(n: int, url: str, tmp: Path) -> dict:
    """The same cards (the same demo data and filter) PUT one by one and read back."""
    from desktop_app.core.contacts import demo
    from desktop_app.core.sync import cards, local, run
    from desktop_app.core.sync.dav import DavClient

    with device(tmp / "b.sqlite3"):
        demo.generate(n, seed=1)
        states = local.states(local.selected_ids(FILTER, TODAY))
        sample = [state for _cid, (state, _trashed) in sorted(states.items())]
    dav = DavClient(url, "raw", "")
    dav.mkcol("/raw/book/", calendar=False, name="raw")
    bodies = [(f"/raw/book/{i}.vcf", cards.to_card(f"raw-{i}", s)) for i, s in enumerate(sample)]
    t = time.perf_counter()
    for href, body in bodies:
        dav.put(href, body, run.VCARD, None)
    dav.multiget("/raw/book/", [h for h, _ in bodies])
    first = time.perf_counter() - t
    t = time.perf_counter()
    for href, body in bodies[:10]:
        dav.put(href, body.replace(b"END:VCARD", b"NOTE:x\r\nEND:VCARD"), run.VCARD, "*")
    dav.etags("/raw/book/")
    incremental = time.perf_counter() - t
    return {"cards": len(bodies), "first": first, "incremental": incremental}


def one_side(side: str, n: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"sync-bench-{side}-"))
    # the server's storage in memory where there is a tmpfs: its fsyncs are the same for both
    # sides and would only add the disk's noise to the ratio
    shm = Path("/dev/shm")
    srv = Path(tempfile.mkdtemp(prefix="sync-bench-srv-", dir=shm if shm.is_dir() else None))
    server = start_radicale(srv)
    try:
        return (ours if side == "ours" else raw)(n, server.url, tmp)
    finally:
        server.stop()
        shutil.rmtree(srv, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


def report(n: int, a: dict, b: dict) -> None:
    print(f"contacts {n}, cards {a['cards']} (raw {b['cards']})")
    print(f"first sync        {a['first']:8.2f} s   raw PUT+multiget {b['first']:8.2f} s   "
          f"ratio {a['first'] / b['first']:5.2f}")
    print(f"incremental (10)  {a['incremental']:8.2f} s   raw 10 PUT+list  {b['incremental']:8.2f} s   "
          f"ratio {a['incremental'] / b['incremental']:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=10_000)
    ap.add_argument("--parallel", action="store_true", help="both sides at once, two servers")
    ap.add_argument("--side", choices=["ours", "raw"], help="one side alone; prints JSON")
    args = ap.parse_args()
    n = args.contacts
    if args.side:
        print(json.dumps(one_side(args.side, n)), flush=True)
        return
    if args.parallel:
        procs = {side: subprocess.Popen([sys.executable, __file__, "--contacts", str(n), "--side", side],
                                        stdout=subprocess.PIPE, text=True)
                 for side in ("ours", "raw")}
        results = {}
        for side, proc in procs.items():
            out, _ = proc.communicate()
            if proc.returncode:
                sys.exit(f"the {side} side failed (exit {proc.returncode})")
            results[side] = json.loads(out.strip().splitlines()[-1])
            print(f"{side}: {results[side]}", flush=True)
        report(n, results["ours"], results["raw"])
        return
    a = one_side("ours", n)
    print(f"ours: {a}; now the raw baseline...", flush=True)
    report(n, a, one_side("raw", n))


if __name__ == "__main__":
    main()
