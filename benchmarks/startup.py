"""Whole-process cold start to the first painted contact list, next to a bare PySide6 window.

    python benchmarks/startup.py [--contacts 100000] [--repeat 9] [--no-bytecode-cache]

Each run is a fresh Python process (interpreter start, imports, database open, window, first
paint of rows); both are measured the same way in the same run, alternating. Target: the app
within 1.3x of the bare window.

Byte code: an installed app (pip, PyInstaller) has its modules compiled; a development
environment with PYTHONDONTWRITEBYTECODE=1 compiles every module of the app on every start
(~0.3 s here). So the children get a byte-code cache of their own (PYTHONPYCACHEPREFIX in the
benchmark cache, filled by the warm-up runs) unless --no-bytecode-cache is given.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from common import CACHE, ROOT, demo_db, print_table

PROBE = str(ROOT / "benchmarks" / "paint_probe.py")


def run_once(args: list[str], env: dict) -> tuple[float, int]:
    start = time.time()
    proc = subprocess.Popen([sys.executable, PROBE, *args], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    painted, rss = None, 0
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            _, stamp, rss = line.split()
            painted = float(stamp)
    proc.wait(timeout=60)
    if painted is None or proc.returncode:
        raise SystemExit(f"probe {args} never painted (exit {proc.returncode})")
    return (painted - start) * 1000, int(rss) // 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="measure as the environment is (PYTHONDONTWRITEBYTECODE kept)")
    opts = parser.parse_args()
    db = demo_db(opts.contacts)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    env.pop("CONTACT_BOOK_DB", None)
    if not opts.no_bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    results = {"bare": [], "app": []}
    run_once(["bare"], env)  # warm the OS file cache for both
    run_once(["app", "--db", str(db)], env)
    for _ in range(opts.repeat):
        results["bare"].append(run_once(["bare"], env))
        results["app"].append(run_once(["app", "--db", str(db)], env))
    bare_ms = statistics.median(t for t, _ in results["bare"])
    rows = []
    for name, label in (("bare", "bare PySide6 window"),
                        ("app", f"contact-book, {opts.contacts:,} contacts")):
        ms = statistics.median(t for t, _ in results[name])
        mb = statistics.median(m for _, m in results[name])
        rows.append([label, f"{ms:.0f}", f"{mb:.0f}", f"{ms / bare_ms:.2f}x"])
    code = "as the environment is" if opts.no_bytecode_cache else "byte code cached"
    print(f"cold start to first paint, median of {opts.repeat} runs each ({code})")
    print_table(["process", "ms", "peak MB", "vs bare"], rows)


if __name__ == "__main__":
    main()
