"""Peak memory of the window at 100,000 leads after 10 typed filters (with their facet counts)
and a scroll to the end of the list (issue #15: at most 150 MB).

    QT_QPA_PLATFORM=offscreen python benchmarks/window_memory.py [--db PATH]

--db: a 100k/2M database (default /tmp/reports_bench.sqlite3, built by benchmarks/reports.py);
a copy is used. Prints the process's peak RSS (ru_maxrss).
"""
import argparse, atexit, os, sys, shutil, tempfile, resource
os.environ["QT_QPA_PLATFORM"]="offscreen"
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent.parent))
parser = argparse.ArgumentParser()
parser.add_argument('--db', default='/tmp/reports_bench.sqlite3')
args = parser.parse_args()
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from desktop_app.core.storage.db import open_database
from desktop_app.ui.main_window import MainWindow
app=QApplication([])
work = Path(tempfile.mkdtemp())/"c.sqlite3"
atexit.register(shutil.rmtree, work.parent, True)  # a 600 MB copy a run: not left behind
shutil.copyfile(args.db, work)
db=open_database(work); w=MainWindow(db); w.resize(1440,900); w.show()
for _ in range(50): app.processEvents()
wait=QEventLoop.ProcessEventsFlag.WaitForMoreEvents
for t in ["王", "上海", "shanghai", "sh", "source:知乎", "source:知乎 city:上海 -stage:流失", "deal>=100万", "last:>7d", "unanswered:>=2", "苏若曦"]:
    w.search.edit.setText(t)
    while w.model.is_reading() or w.sidebar.is_busy(): app.processEvents(wait)
w.search.set_text("")
w.table.scrollToBottom()
for _ in range(20): app.processEvents()
print(f"peak RSS after 10 filters and a scroll to the end: "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
w.close()
