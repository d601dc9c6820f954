"""Instructions (callgrind's Ir) from the interpreter's start to the first painted list: the app
and the floor of ``startup.py``, each once. Unlike the wall clock, the count does not move with
the other work on a busy machine, so two trees can be compared in any order (it leaves out the
kernel's share: file reads, page faults, the display).

    python benchmarks/startup_instructions.py [--contacts 100000]   (needs valgrind; ~1 min)

Each probe runs under ``valgrind --tool=callgrind`` and ends at its first paint. Timers of
100 ms or more are not started: under valgrind they would fire before the paint, in a real
start they do not. The byte code is cached as in ``startup.py``.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import CACHE, ROOT, demo_db

CHILD = r'''
import os, sys
sys.path.insert(0, os.path.join(sys.argv[3], "benchmarks"))
import paint_probe
paint_probe._report_and_quit = lambda app: os._exit(0)

def core_loaded(core):
    timer = core.QTimer
    start, single = timer.start, timer.singleShot
    timer.start = lambda self, *a: None if (a[0] if a else self.interval()) >= 100 \
        else start(self, *a)
    timer.singleShot = staticmethod(lambda ms, *a: None if ms >= 100 else single(ms, *a))

paint_probe.after_import("PySide6.QtCore", core_loaded)
probe = {"app": paint_probe.real_app, "floor": paint_probe.floor}[sys.argv[1]]
sys.exit(probe(["--db", sys.argv[2]]))
'''


def instructions(kind: str, db, env: dict) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out",
             sys.executable, "-c", CHILD, kind, str(db), str(ROOT)],
            env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count for {kind}:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    opts = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    db = demo_db(opts.contacts)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONHASHSEED="0",
               PYTHONPYCACHEPREFIX=str(CACHE / "pycache"))
    for name in ("CONTACT_BOOK_DB", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    for kind in ("floor", "app"):  # fill the byte-code cache first
        subprocess.run([sys.executable, "-c", CHILD, kind, str(db), str(ROOT)], env=env, cwd=ROOT,
                       capture_output=True, check=False)
    floor = instructions("floor", db, env)
    app = instructions("app", db, env)
    print(f"instructions to the first paint ({opts.contacts:,} contacts)")
    print(f"floor        {floor / 1e6:7.0f} M   1.00x")
    print(f"contact-book {app / 1e6:7.0f} M   {app / floor:.2f}x")


if __name__ == "__main__":
    main()
