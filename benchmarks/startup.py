"""Whole-process cold start to the first painted contact list, next to a bare PySide6 window.

    python benchmarks/startup.py [--contacts 100000] [--repeat 9] [--no-bytecode-cache]

Each run is a fresh Python process (interpreter start, imports, database open, window, first
paint of rows); both are measured the same way in the same run, alternating. Target: the app
within 1.3x of the bare window. "cpu ms" is the child's own CPU time up to the paint: steadier
than the wall clock on a machine that is busy with other work. "floor" is what any PySide6 +
peewee window listing these contacts pays (``paint_probe.floor``): the app cannot go below it.
A second table breaks the medians down by phase (ms from the end of the previous phase).

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


PHASES = ("python", "app modules", "PySide6", "database", "window", "show", "paint")  # as reached


def run_once(args: list[str], env: dict) -> dict:
    """``{"ms": to the paint, "mb": peak, "cpu": cpu ms, phase: ms of that phase, ...}``"""
    start = time.time()
    proc = subprocess.Popen([sys.executable, PROBE, *args], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    painted, result, last = None, {}, start
    for line in proc.stdout:
        if line.startswith("STAMP"):
            phase, at = line[len("STAMP "):].rsplit(None, 1)  # a phase name may have spaces
            result[phase] = (float(at) - last) * 1000
            last = float(at)
        elif line.startswith("PAINTED"):
            _, at, rss, cpu = line.split()
            painted = float(at)
            result.update(paint=(painted - last) * 1000, ms=(painted - start) * 1000,
                          mb=int(rss) / 1024, cpu=float(cpu))
    proc.wait(timeout=60)
    if painted is None or proc.returncode:
        raise SystemExit(f"probe {args} never painted (exit {proc.returncode})")
    return result


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
    probes = {"bare": ["bare"], "floor": ["floor", "--db", str(db)],
              "app": ["app", "--db", str(db)]}
    results = {name: [] for name in probes}
    for args in probes.values():  # warm the OS file cache for all
        run_once(args, env)
    for _ in range(opts.repeat):
        for name, args in probes.items():
            results[name].append(run_once(args, env))
    def median(name, key):
        values = [r[key] for r in results[name] if key in r]
        return statistics.median(values) if values else None

    bare_ms, bare_cpu = median("bare", "ms"), median("bare", "cpu")
    rows = []
    for name, label in (("bare", "bare PySide6 window"),
                        ("floor", "floor: + Qt enums, peewee, a table"),
                        ("app", f"contact-book, {opts.contacts:,} contacts")):
        ms, cpu = median(name, "ms"), median(name, "cpu")
        rows.append([label, f"{ms:.0f}", f"{median(name, 'mb'):.0f}", f"{ms / bare_ms:.2f}x",
                     f"{cpu:.0f}", f"{cpu / bare_cpu:.2f}x"])
    code = "as the environment is" if opts.no_bytecode_cache else "byte code cached"
    print(f"cold start to first paint, median of {opts.repeat} runs each ({code})")
    print_table(["process", "ms", "peak MB", "vs bare", "cpu ms", "cpu vs bare"], rows)
    print()
    print("where the time goes (median ms of each phase; '-': no such phase)")
    rows = []
    for phase in PHASES:
        bare, least, app = (median(name, phase) for name in ("bare", "floor", "app"))
        rows.append([phase] + ["-" if v is None else f"{v:.0f}" for v in (bare, least, app)]
                    + [f"{app - (bare or 0):+.0f}", f"{app - (least or 0):+.0f}"])
    print_table(["phase", "bare", "floor", "app", "app - bare", "app - floor"], rows)


if __name__ == "__main__":
    main()
