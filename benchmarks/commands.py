"""Whole-process commands on a 100,000-lead database, each next to a raw script (Python and
sqlite3 alone; PySide6's QPdfWriter for the PDF) that produces the same rows (issue #15).

    python benchmarks/commands.py [--db /tmp/reports_bench.sqlite3] [--repeat 7] [--instructions]

--db: a 100k database (``benchmarks/reports.py`` builds /tmp/reports_bench.sqlite3); a copy is
used, where a golden-week cadence is started for every open lead of source 知乎 (day 1 =
2026-03-02) so that ``due`` has ~4,000 rows. Timed, alternating, fresh processes:

- ``due --date 2026-03-02``  vs  the due touchpoints joined to their lead and its last touch;
- ``list --filter source:知乎`` vs  those leads (first 5,000) with their phones;
- ``callsheet --date 2026-03-02 --limit 1000 --pdf``  vs  the same leads with the fields the
  sheet shows (name, naming tag, grade, stage, amount, cadence step, due date, the last
  interaction's date, channel, outcome and note, every phone with its label) written as a PDF
  of plain lines (three a lead) through QPdfWriter; and, as a lower bound, vs the narrower
  script of the sessions before (one line a lead: naming tag, first phone, step number; it
  skips the last-interaction lookup over 2,000,000 interactions and about half the text).

The raw scripts print or draw plain rows: the figure is what the app adds to the data work
(start-up, opening checks, formatting, layout: the sheet's checkboxes, outcome words, notes
lines, labels and page headers are the app's own). Both run as a user runs them after the
README's ``pip install .``: the app through the ``contact-book`` console script (pip's own
script text), both in a Python whose site-packages holds the dependencies and no editable
finder. (Run from a development venv made with ``pip install -e .``, every process, the raw
scripts' too, first imports the editable finder's pathlib, re, urllib and more: ~41 M
instructions that a raw script does not need and the app needs anyway, so the app looked
~15% closer to the raw script than it is for a user.) Byte code is cached for both.
Medians; ratio = app / raw. "app, 1 lead" is the same command on a database of one lead: the
app's start-up floor (Python, peewee, the modules, opening the file, Qt for the PDF) with no
rows to show, which bounds the ratio from below. ``--instructions`` then counts each pair once
under valgrind's callgrind (instructions do not move with the machine's other work).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CACHE, ROOT

DAY = "2026-03-02"

RAW_DUE = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute('''
    SELECT t.due, t.step, c.name, c.phone,
           (SELECT coalesce(i.channel, '') || ' ' || coalesce(i.outcome, '') || ' ' || i.summary
              FROM interaction i WHERE i.contact_id = c.id AND i.kind = 'interaction'
               AND i.deleted_at IS NULL ORDER BY i.at DESC LIMIT 1)
      FROM touchpoint t JOIN contact c ON c.id = t.contact_id
     WHERE t.status = 'due' AND t.due <= ? AND c.deleted_at IS NULL
     ORDER BY t.due, c.deal_value DESC''', (sys.argv[2],)).fetchall()
out = sys.stdout
for r in rows:
    out.write("\t".join("" if v is None else str(v) for v in r) + "\n")
print(len(rows), "touchpoints")
"""

RAW_LIST = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute('''
    SELECT c.id, c.city || '-' || c.company || '-' || c.product || '-' || c.deal_size || '-' ||
           c.name || '-' || c.title || '-' || c.source,
           (SELECT group_concat(p.raw, ' / ') FROM phone p WHERE p.contact_id = c.id),
           c.stage, c.grade, c.score
      FROM contact c WHERE c.deleted_at IS NULL AND c.source LIKE '%知乎%'
     ORDER BY c.updated_at DESC, c.id DESC LIMIT 5000''').fetchall()
out = sys.stdout
for r in rows:
    out.write("\t".join("" if v is None else str(v) for v in r) + "\n")
print(len(rows), "contacts")
"""

# What both PDF scripts start with: Qt for the PDF, the database; and their A4 writer.
_QT_AND_DB = r"""
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
app = QGuiApplication([])
db = sqlite3.connect(sys.argv[1])
"""
_WRITER = r"""writer = QPdfWriter(sys.argv[3])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
painter = QPainter(writer)
"""

RAW_PDF = r"""
import os, sqlite3, sys""" + _QT_AND_DB + r"""rows = db.execute('''
    SELECT c.city || '-' || c.company || '-' || c.product || '-' || c.deal_size || '-' ||
           c.name || '-' || c.title || '-' || c.source, c.phone, t.step
      FROM touchpoint t JOIN contact c ON c.id = t.contact_id
     WHERE t.status = 'due' AND t.due <= ? AND c.deleted_at IS NULL
     ORDER BY t.due, c.deal_value DESC LIMIT 1000''', (sys.argv[2],)).fetchall()
""" + _WRITER + r"""height = painter.fontMetrics().height() * 3
page = writer.height()
y = 0
for tag, phone, step in rows:
    if y + height > page:
        writer.newPage()
        y = 0
    painter.drawText(0, y + height // 2, f"{tag}   {phone}   step {step}")
    y += height
painter.end()
print(len(rows), "rows")
"""

RAW_PDF_ROWS = r"""
import json, os, sqlite3, sys""" + _QT_AND_DB + r"""rows = db.execute('''
    SELECT c.id, c.name, c.city || '-' || c.company || '-' || c.product || '-' || c.deal_size ||
           '-' || c.name || '-' || c.title || '-' || c.source, c.grade, c.stage,
           coalesce(c.deal_value, c.deal_size), m.name, t.step, t.due,
           li.at, li.channel, li.outcome, li.summary
      FROM touchpoint t JOIN contact c ON c.id = t.contact_id
      JOIN cadence k ON k.id = t.cadence_id JOIN cadence_template m ON m.id = k.template_id
      LEFT JOIN interaction li ON li.id = (
           SELECT i.id FROM interaction i WHERE i.contact_id = t.contact_id
              AND i.kind = 'interaction' AND i.deleted_at IS NULL
            ORDER BY i.at DESC, i.id DESC LIMIT 1)
     WHERE t.status = 'due' AND t.due <= ? AND c.deleted_at IS NULL
     ORDER BY c.grade, t.due, c.deal_value DESC,
              CASE c.stage WHEN 'proposal' THEN 0 WHEN 'interested' THEN 1
                           WHEN 'contacted' THEN 2 WHEN 'lead' THEN 3 ELSE 4 END,
              t.contact_id, t.id
     LIMIT 1000''', (sys.argv[2],)).fetchall()
phones = {}
for cid, label, raw in db.execute(
        "SELECT contact_id, label, raw FROM phone WHERE contact_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY contact_id, position",
        (json.dumps([r[0] for r in rows]),)):
    phones.setdefault(cid, []).append(f"{label} {raw}".strip())
""" + _WRITER + r"""line = painter.fontMetrics().height() * 1.3
page = writer.height()
y = 0
for (cid, name, tag, grade, stage, deal, template, step, due, at, channel, outcome,
     summary) in rows:
    last = ""
    if at:
        note = summary.splitlines()[0][:80] if summary else ""
        last = f"{at[:10]} {channel or ''} {outcome or ''}: {note}"
    lines = (f"{name}   {grade or ''} {stage} {deal or ''}   {tag}",
             f"{template} {step}   {due}   {last}",
             "   ".join(phones.get(cid, ())))
    if y + line * 4 > page:
        writer.newPage()
        y = 0
    for text in lines:
        y += line
        painter.drawText(0, int(y), text)
    y += line
painter.end()
print(len(rows), "rows")
"""


# pip's console script for ``contact-book = desktop_app.cli:main`` (pyproject.toml), as written
# into the venv's bin/ by ``pip install .``
CONSOLE_SCRIPT = """\
import re
import sys
from desktop_app.cli import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
"""


def installed_python(work: Path) -> str:
    """The Python of a venv as ``pip install .`` leaves it: the app and its dependencies
    importable (a .pth naming this venv's site-packages and the source tree), nothing of
    an editable install's start-up (its finder is imported by a .pth of this venv only)."""
    import sysconfig
    import venv

    class Builder(venv.EnvBuilder):
        def post_setup(self, context):
            self.python = context.env_exe

    builder = Builder(with_pip=False, symlinks=os.name != "nt")
    builder.create(work / "venv")
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = subprocess.run([builder.python, "-c", where],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "contact_book_bench.pth").write_text(
        f"{sysconfig.get_paths()['purelib']}\n{ROOT}\n", encoding="utf-8")
    return builder.python


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def instructions(cmd: list[str], env: dict) -> float:
    """Millions of instructions of one run of ``cmd`` (callgrind)."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *cmd], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1)) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/reports_bench.sqlite3")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--instructions", action="store_true",
                        help="also count each pair's instructions once (needs valgrind)")
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="commands-bench-"))
    db = work / "contacts.sqlite3"
    shutil.copyfile(opts.db, db)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(CACHE / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CONTACT_BOOK_DB", None)
    setup = [sys.executable, "-m", "desktop_app", "--db", str(db)]
    subprocess.run(setup + ["cadence", "start", "--filter", "source:知乎", "--template",
                          "golden-week", "--from", DAY, "--per-day", "100000"],
                   env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    tiny = work / "one.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(tiny), "add", "--tag",
                    "上海-测试-咨询-1万-张三-经理-知乎", "--phone", "13812345678"],
                   env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    python = installed_python(work)
    env.pop("PYTHONPATH")  # (the installed Python finds the app through its .pth)
    console = work / "contact-book"
    console.write_text(CONSOLE_SCRIPT, encoding="utf-8")
    app = [python, str(console), "--db", str(db)]
    scripts = {}
    for name, text in (("due", RAW_DUE), ("list", RAW_LIST), ("pdf", RAW_PDF_ROWS),
                       ("pdf_line", RAW_PDF)):
        scripts[name] = work / f"raw_{name}.py"
        scripts[name].write_text(text, encoding="utf-8")
    pairs = {
        "due": (app + ["due", "--date", DAY],
                [python, str(scripts["due"]), str(db), DAY]),
        "list --filter source:知乎": (app + ["list", "--filter", "source:知乎"],
                                     [python, str(scripts["list"]), str(db)]),
        "callsheet --pdf (1,000 leads)": (
            app + ["callsheet", "--date", DAY, "--limit", "1000", "--pdf",
                   str(work / "app.pdf")],
            [python, str(scripts["pdf"]), str(db), DAY, str(work / "raw.pdf")]),
        "  vs one line a lead (bound)": (
            app + ["callsheet", "--date", DAY, "--limit", "1000", "--pdf",
                   str(work / "app.pdf")],
            [python, str(scripts["pdf_line"]), str(db), DAY, str(work / "line.pdf")]),
    }
    for ours, raw in pairs.values():  # warm: byte code, the OS file cache, the daily check
        timed(ours, env)
        timed(raw, env)
    print(f"whole process, median of {opts.repeat} (ms)")
    print(f"{'command':<32} {'app':>8} {'raw':>8} {'ratio':>6} {'app, 1 lead':>12} {'/ raw':>6}")
    for name, (ours, raw) in pairs.items():
        floor_cmd = [str(tiny) if arg == str(db) else arg for arg in ours]
        a, r, f = [], [], []
        for _ in range(opts.repeat):
            a.append(timed(ours, env))
            r.append(timed(raw, env))
            f.append(timed(floor_cmd, env))
        am, rm, fm = statistics.median(a), statistics.median(r), statistics.median(f)
        print(f"{name:<32} {am:>8.0f} {rm:>8.0f} {am / rm:>6.2f} {fm:>12.0f} {fm / rm:>6.2f}")
    if opts.instructions:
        env["PYTHONHASHSEED"] = "0"
        print("\ninstructions, one run each (M)")
        print(f"{'command':<32} {'app':>8} {'raw':>8} {'ratio':>6}")
        for name, (ours, raw) in pairs.items():
            a, r = instructions(ours, env), instructions(raw, env)
            print(f"{name:<32} {a:>8.0f} {r:>8.0f} {a / r:>6.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
