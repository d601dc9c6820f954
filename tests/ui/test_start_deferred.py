"""What the window loads after its first paint works at its first use, even at once.

Each test runs a fresh process (``contact-book --db PATH`` through ``cli.main``): in the test
process these modules are long loaded."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = ("desktop_app.core.search.query", "desktop_app.core.search.sql",
            "desktop_app.core.grading", "desktop_app.core.contacts.groups",
            "desktop_app.ui.timeline.labels",
            # a current file opens without peewee and the models (``app.open_window_database``)
            "peewee", "desktop_app.core.storage.schema", "desktop_app.core.storage.db",
            "desktop_app.core.contacts.listing")

# Runs the app; at the list's first paint it records which DEFERRED modules are loaded, then
# runs ``first_use`` (the test's own lines, with ``w`` the window) at once, in the same
# event-loop turn, and prints what it returns; when that is a function, the app goes on and
# the function is asked every 20 ms until it returns something (printed then).
SCRIPT = '''
import json, sys
from desktop_app import app as app_module
original_open = app_module.open_window_database
result = {}
window = []

def open_database(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.main_window import MainWindow

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if not result and event.type() == QEvent.Type.Paint:
                w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow))
                window.append(w)
                result["loaded"] = [m for m in DEFERRED if m in sys.modules]
                result["first_use"] = first_use(w, QApplication.instance())
                if callable(result["first_use"]):
                    poll.start()
                else:
                    QTimer.singleShot(0, QApplication.instance().quit)
            return False

    def ask():
        answer = result["first_use"](window[0])
        if answer is not None:
            result["first_use"] = answer
            poll.stop()
            QApplication.instance().quit()

    poll = QTimer(interval=20)
    poll.timeout.connect(ask)

    original = QApplication.exec

    def exec_(*args):
        app = QApplication.instance()
        w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow))
        watch = Watch(app)
        w.table.viewport().installEventFilter(watch)
        return original()

    QApplication.exec = exec_
    return original_open(*args, **kwargs)

app_module.open_window_database = open_database
from desktop_app.cli import main
code = main(["--db", sys.argv[1]])
print(json.dumps([code, result]))
'''


@pytest.fixture
def db_file(tmp_path):
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.db import close_database, open_database

    path = tmp_path / "c.sqlite3"
    database = open_database(path, lock=True)
    demo.generate(60, seed=1)
    close_database(database, backup=False)
    return path


def run_first_use(db_file, body: str):
    code = (f"DEFERRED = {DEFERRED!r}\n" + "def first_use(w, app):\n"
            + "".join(f"    {line}\n" for line in body.strip().splitlines()) + SCRIPT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONTACT_BOOK_LANG="en")
    out = subprocess.run([sys.executable, "-c", code, str(db_file)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    import json

    code, result = json.loads(out.stdout.strip().splitlines()[-1])
    assert code == 0
    assert result["loaded"] == [], "loaded before the first paint"
    return result["first_use"]


def test_a_filter_typed_at_the_first_paint_filters_at_once(db_file):
    from desktop_app.core.contacts import listing
    from desktop_app.core.search import query
    from desktop_app.core.storage.db import close_database, open_database

    shown = run_first_use(db_file, """
w.search.set_text("city:上海 foo:bar")
return [w.model.rowCount(), w.search.count_label.text(), w.search.filter.text,
        [c.label.text() for c in w.search.chips.chips], w.search.error_label.text()]
""")
    database = open_database(db_file)
    try:
        expected = listing.count(query.parse("city:上海").where)
    finally:
        close_database(database, backup=False)
    assert 0 < expected < 60
    rows, count, text, chips, error = shown
    assert (rows, count, text, chips) == (expected, f"{expected:,} of 60", "city:上海 foo:bar",
                                          ["city:上海"])
    assert "foo:bar" in error


def test_the_facets_count_after_the_first_paint(db_file):
    """Asked after the paint (the filter language loads then); counted in their worker."""
    shown = run_first_use(db_file, """
def later(w):
    if w.sidebar.is_busy():
        return None
    tree = w.sidebar.tree
    stages = tree.sections["stage"]
    return [w.sidebar.computed, tree.sections["source"].childCount(),
            stages.child(0).text(0) if stages.childCount() else ""]
return later
""")
    computed, sources, first_stage = shown
    assert computed == 1 and sources > 0
    assert first_stage and first_stage[0].isalpha()  # a stage's label, e.g. "Lead"


def test_a_group_saved_at_the_first_paint_is_listed(db_file):
    shown = run_first_use(db_file, """
w.search.set_text("city:上海")
group_id = w.sidebar.groups.create("上海的")
w.sidebar.groups.reload()
return [group_id is not None, w.sidebar.groups.texts()]
""")
    created, texts = shown
    assert created and len(texts) == 1 and texts[0].startswith("上海的")


def test_the_database_opened_without_peewee_becomes_the_models_after_the_check(db_file):
    """The window's database at its first paint is the ``PlainDatabase`` of the file (no
    peewee: see DEFERRED); the start check after the paint makes it writable, and a write
    through the models (promoted on the same file) is listed."""
    shown = run_first_use(db_file, """
from desktop_app.core.storage import bound
first = [type(w.safety.db).__name__, w.safety.writable, w.model.rowCount()]
def later(w):
    if not w.safety.writable:
        return None
    from desktop_app.core.contacts import records as contacts
    contacts.create({"name": "新来的"})
    return first + [type(bound.database.obj).__name__, contacts.count()]
return later
""")
    assert shown == ["PlainDatabase", False, 60, "ContactDatabase", 61]
