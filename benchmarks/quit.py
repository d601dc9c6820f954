"""How long quitting the window takes, next to a raw baseline.

    QT_QPA_PLATFORM=offscreen python benchmarks/quit.py [--contacts 100000] [--repeat 5]

Each run is a fresh process over a copy of a demo database that has been opened and closed by
the app once (so its backups are up to date, as on a user's machine). The child opens the
window as ``contact-book`` does (``app.run``), waits until the start-up work is done (first
paint, start check, facet counts), then, for the "change" scenario, saves one new contact,
and closes the window. Measured: from ``window.close()`` to the window gone from the screen
(hidden and the display flushed, what the user sees) and to the end of the process (the
quit backup written, the lock released, the interpreter gone).

"raw" is the floor of the same: a bare PySide6 window with a plain ``sqlite3`` connection to
the same file, closed the same way. Scenarios:

- idle:   nothing changed since the start: no backup at quit.
- change: one contact added: quitting writes a backup ("when you quit", README).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_db, print_table

CHILD = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

path, scenario = Path(sys.argv[1]), sys.argv[2]

def report(name):
    print(f"{name} {time.time():.6f}", flush=True)

if scenario == "raw":
    import sqlite3
    from PySide6.QtWidgets import QMainWindow, QTableView
    app = QApplication([])
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM contact").fetchone()
    window = QMainWindow(); window.setCentralWidget(QTableView()); window.show()
    def close():
        report("close")
        window.close()
    QTimer.singleShot(500, close)
    app.exec()
    conn.close()
    sys.exit(0)

from desktop_app import app as app_module
from desktop_app.ui.main_window import MainWindow

def watch():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        return QTimer.singleShot(50, watch)
    window = windows[0]
    settled = (window._painted and not window.safety.checking and window.safety._started
               and not window.safety.workers.busy and not window.sidebar.is_busy())
    if not settled:
        return QTimer.singleShot(50, watch)
    if scenario == "change":
        from desktop_app.core.contacts import records
        window.ops.create({"name": "退出测试", "city": "上海"}, [])
    report("close")
    window.close()

from desktop_app.core.storage import db as db_module
real_close = db_module.close_database

def close_database(database, **kwargs):  # the slow part starts: is the window gone?
    if not any(w.isVisible() for w in QApplication.topLevelWidgets()):
        report("window-gone")
    return real_close(database, **kwargs)

db_module.close_database = close_database
app_module.install_excepthook = lambda: None
QApplication.instance() or QApplication(sys.argv[:1])
QTimer.singleShot(0, watch)
code = app_module.run(path)
report("run-returned")
sys.exit(code)
"""


def prepared(contacts: int, folder: Path) -> Path:
    """A copy of the demo database that the app has opened and closed once."""
    source = demo_db(contacts)
    path = folder / "contacts.sqlite3"
    shutil.copy(source, path)
    once = subprocess.run([sys.executable, "-c", CHILD, str(path), "idle"], env=_env(),
                          capture_output=True, text=True, timeout=600)
    if once.returncode:
        raise SystemExit(once.stderr)
    return path


SETTINGS = tempfile.mkdtemp(prefix="quit-bench-settings-")  # not the user's QSettings


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CONTACT_BOOK_LANG="en",
               XDG_CONFIG_HOME=SETTINGS, XDG_DATA_HOME=SETTINGS)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def quit_ms(path: Path, scenario: str) -> tuple[float, float]:
    """(close -> process end, close -> window gone from the screen) in ms."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), scenario], env=_env(),
                         capture_output=True, text=True, timeout=600)
    ended = time.time()
    if out.returncode:
        raise SystemExit(out.stderr)
    marks = dict(line.split() for line in out.stdout.splitlines() if line.count(" ") == 1)
    close = float(marks["close"])
    gone = float(marks.get("window-gone", ended))
    return (ended - close) * 1000, (gone - close) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="quit-bench-"))
    try:
        path = prepared(args.contacts, folder)
        rows = []
        for scenario in ("raw", "idle", "change"):
            runs = [quit_ms(path, scenario) for _ in range(args.repeat)]
            total = statistics.median(r[0] for r in runs)
            inside = statistics.median(r[1] for r in runs)
            rows.append((scenario, f"{total:.0f}", f"{inside:.0f}",
                         f"{min(r[0] for r in runs):.0f}-{max(r[0] for r in runs):.0f}"))
        raw = float(rows[0][1])
        rows = [(*r, f"{float(r[1]) / raw:.1f}x") for r in rows]
        print(f"quit, {args.contacts:,} contacts, medians of {args.repeat} (ms)")
        print_table(("scenario", "close->exit", "close->window gone", "exit range", "vs raw"),
                    rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
