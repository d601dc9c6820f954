"""Run in a child process: start something Qt, print ``PAINTED <epoch> <maxrss_kb> <cpu_ms>`` on
first paint, and before it ``STAMP <phase> <epoch>`` lines when each phase of the start ended.

    python benchmarks/paint_probe.py bare            a bare PySide6 window with a label
    python benchmarks/paint_probe.py floor --db PATH the floor: what any peewee + PySide6 list of
                                                     that database pays (see ``floor``)
    python benchmarks/paint_probe.py app --db PATH   the real app, through its CLI entry point

For the app, the first paint counted is the contact table's viewport painting with rows in the
model. The probe wraps QApplication.exec, open_database and MainWindow.__init__ as their modules
load (``after_import``), so the app's own start-up code and import order run unchanged.
"""
import time

STARTED = time.time()  # the interpreter and site are up

import resource  # noqa: E402
import sys  # noqa: E402


def stamp(phase: str, at: float | None = None) -> None:
    print(f"STAMP {phase} {time.time() if at is None else at:.6f}", flush=True)


def cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def peak_kb() -> int:
    """This process's peak resident memory. On Linux, VmHWM: ``ru_maxrss`` would also count
    the memory of the parent this process was forked from (it survives ``exec``)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report_and_quit(app):
    print(f"PAINTED {time.time():.6f} {peak_kb()} {cpu_ms():.0f}", flush=True)
    app.quit()


def _watch(widget, app, ready=lambda: True):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint and ready():
                self.done = True
                QTimer.singleShot(0, lambda: _report_and_quit(app))
            return False

    watcher = Watcher(app)
    widget.installEventFilter(watcher)
    QTimer.singleShot(60_000, lambda: watcher.done or (print("NEVER PAINTED (no rows?)",
                                                              flush=True), app.exit(3)))
    return watcher


def bare():
    stamp("python", STARTED)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    stamp("PySide6")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Contact Book")
    window.setCentralWidget(label)
    window.resize(1200, 800)
    stamp("window")
    window.show()
    _watch(label, app)
    stamp("show")
    return app.exec()


def floor(argv):
    """The least a PySide6 + peewee window listing the contacts can do: the bare window's
    imports plus ``Qt`` (its ~100 enums are built on first use) and peewee, a COUNT and a page
    of the contacts in plain SQL, and a QTableView over a minimal model of them."""
    stamp("python", STARTED)
    import peewee  # before PySide6, whose import hook would read peewee's source (see real_app)

    stamp("app modules")
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    stamp("PySide6")
    app = QApplication(sys.argv[:1])
    db = peewee.SqliteDatabase(argv[argv.index("--db") + 1])
    alive = "FROM contact WHERE deleted_at IS NULL"
    count = db.execute_sql(f"SELECT COUNT(*) {alive}").fetchone()[0]
    stamp("database")

    class Model(QAbstractTableModel):
        rows = None

        def rowCount(self, parent=None):
            return count

        def columnCount(self, parent=None):
            return 14

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if self.rows is None:
                self.rows = db.execute_sql(
                    f"SELECT id, name, city, company, product, deal_size, title, source, stage, "
                    f"created_at, updated_at, last_contacted_at, unanswered_count, next_due "
                    f"{alive} ORDER BY updated_at DESC, id DESC LIMIT 200").fetchall()
            row = index.row()
            return str(self.rows[row][index.column()]) if row < len(self.rows) else None

    window = QMainWindow()
    view = QTableView()
    view.setModel(Model(view))
    window.setCentralWidget(view)
    window.resize(1200, 800)
    stamp("window")
    window.show()
    _watch(view.viewport(), app)
    stamp("show")
    return app.exec()


def after_import(name, callback):
    """Call ``callback(module)`` once the module ``name`` has been imported, whoever imports it
    and whenever: the probe hooks into the app without changing the order of its imports."""
    from importlib.machinery import PathFinder

    class Finder:
        def find_spec(self, fullname, path=None, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = PathFinder.find_spec(fullname, path)
            original = spec.loader.exec_module

            def exec_module(module):
                original(module)
                callback(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())


def real_app(argv):
    """The app as ``contact-book`` starts it. Its import order matters: PySide6 installs an
    import hook that reads the source of every module imported after it, so the probe imports
    nothing of its own before the app does; it wraps what it stamps as those modules load.
    Stamps, in the order the app reaches them: PySide6 (QtWidgets loaded; what ``cli.main``
    imports before it included), database (QApplication, translations and the database open),
    app modules (the window's modules), window (``MainWindow()``), show, paint."""
    stamp("python", STARTED)

    def widgets_loaded(widgets):
        stamp("PySide6")
        original_exec = widgets.QApplication.exec

        def exec_(*args, **kwargs):
            stamp("show")
            app = widgets.QApplication.instance()
            views = [w for w in app.allWidgets()
                     if isinstance(w, widgets.QTableView) and w.isVisible()]
            view = max(views, key=lambda v: v.width() * v.height())
            _watch(view.viewport(), app, ready=lambda: view.model().rowCount() > 0)
            return original_exec()  # exec is static: drop the instance

        widgets.QApplication.exec = exec_

    opened_once = []

    def wrap_open(module, name):
        original_open = getattr(module, name)

        def open_database(*args, **kwargs):
            opened = original_open(*args, **kwargs)
            if not opened_once:
                opened_once.append(True)
                stamp("database")
            return opened

        setattr(module, name, open_database)

    def app_loaded(module):  # the window's open (a current file: without core.storage.db)
        if hasattr(module, "open_window_database"):
            wrap_open(module, "open_window_database")

    def db_loaded(db):  # (trees before the window's open without peewee)
        wrap_open(db, "open_database")

    def window_loaded(module):
        stamp("app modules")
        original_init = module.MainWindow.__init__

        def init(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            stamp("window")

        module.MainWindow.__init__ = init

    after_import("PySide6.QtWidgets", widgets_loaded)
    after_import("desktop_app.app", app_loaded)
    after_import("desktop_app.core.storage.db", db_loaded)
    after_import("desktop_app.ui.main_window", window_loaded)
    from desktop_app.cli import main

    return main(argv)


if __name__ == "__main__":
    probes = {"bare": lambda argv: bare(), "floor": floor, "app": real_app}
    sys.exit(probes[sys.argv[1]](sys.argv[2:]))
